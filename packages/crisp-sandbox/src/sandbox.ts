import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storageListener } from './bucket/storage.ts';
import { validateEvent } from './catalogue.ts';
import { startActivity } from './conversation/activity.ts';
import { relateConversations } from './conversation/relation-routes.ts';
import { appendMessage, type MessageInput } from './conversation/send.ts';
import { type Fault, Faults, type RateLimit, type RouteSelector } from './http/faults.ts';
import { type HookTarget, startHookSender } from './http/hooks.ts';
import { type CallRecord, restListener } from './http/server.ts';
import { operatorInvites } from './operator/invite.ts';
import { startRelay } from './rtm/relay.ts';
import { seedStore } from './seed/seed.ts';
import { createSeedView, type SandboxSeed } from './seed/view.ts';
import { type EmittedEvent, type Raw, SandboxStore, type Tier } from './store.ts';
import { newWebsite } from './website/website.ts';

export interface SandboxOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Token accepted on every seeded website. @default 'sandbox-identifier' */
  identifier?: string;
  /** @default 'sandbox-key' */
  key?: string;
  /** @default 'plugin' */
  tier?: Tier;
  /** Web hook targets that receive every event, signed with their secret. */
  hooks?: HookTarget[];
  /** Simulated visitor activity (messages, typing, state changes) every `ms`. @default off */
  activityMs?: number;
  /**
   * Checks every response `data` and every emitted event against the catalogue's schemas and
   * records each mismatch in `violations`, and refuses a body holding a key its schema does not
   * name with 400 `invalid_data` (tests turn this on). @default false
   */
  strict?: boolean;
  /** How long an RTM socket may stay silent before it authenticates. @default 10000 */
  rtmAuthTimeoutMs?: number;
}

/** A token the sandbox accepts, as `setToken` takes it. */
export interface TokenInput {
  identifier: string;
  key: string;
  tier: Tier;
  /** Websites it may reach. @default every website, or the ones it had when it is replaced */
  websiteIds?: Iterable<string>;
}

export interface Sandbox {
  /** REST base, e.g. `http://127.0.0.1:4010/v1`. */
  url: string;
  origin: string;
  /** What `connect/endpoints` advertises as `socket.app`. */
  rtmUrl: string;
  token: { identifier: string; key: string; tier: Tier };
  /** Read-only views of the data: the seeded websites, plus those created since. */
  seed: SandboxSeed;
  calls: CallRecord[];
  resetCalls(): void;
  /** Schema mismatches seen in strict mode: `<catalogue id or event>: <first error>`. */
  violations: string[];
  /** The next `times` calls of `route` answer `status` with `reason`. */
  failNext(
    route: RouteSelector,
    answer: { status: number; reason: string; retryAfter?: number },
    times?: number,
  ): void;
  /** The next `times` calls of `route` suffer a transport-level fault. */
  faultNext(route: RouteSelector, fault: Fault, times?: number): void;
  setLatency(ms: number, route?: RouteSelector): void;
  setRateLimit(limit: RateLimit): void;
  quotaUsed(identifier?: string): number;
  /** Forgets armed faults, latency and rate limits. */
  resetFaults(): void;
  /** Sends an RTM event (and its web hooks) as if a write had happened. */
  emit(websiteId: string, event: string, data: Raw): void;
  /** Stores a message in a conversation and sends its events, as if someone had just sent it. */
  appendMessage(websiteId: string, sessionId: string, message: MessageInput): Raw;
  /** Makes one conversation the child of another, as Crisp does when it splits a conversation. */
  relateConversations(websiteId: string, parentSessionId: string, childSessionId: string): void;
  /** Follows every event the sandbox sends; returns the function that stops following. */
  onEvent(listener: (event: EmittedEvent) => void): () => void;
  /** Adds an empty website, as `POST /website` would, reachable by the `grant` token if given. */
  addWebsite(website: { name: string; domain: string; grant?: string }): string;
  /**
   * Lists a pending invitation with the website's operators, as `POST …/operator/invite` would;
   * `details` as Crisp lists it (an invite to someone who has a Crisp account carries a user_id).
   */
  addInvite(websiteId: string, details: Raw & { email: string }): void;
  /** Adds a token, or replaces the one with the same identifier (a key rotation, say). */
  setToken(token: TokenInput): void;
  addHook(target: HookTarget): void;
  /** Cuts every RTM connection from the server side (clients reconnect and re-authenticate). */
  dropRtmConnections(): void;
  close(): Promise<void>;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const identifier = options.identifier ?? 'sandbox-identifier';
  const key = options.key ?? 'sandbox-key';
  const tier = options.tier ?? 'plugin';
  const store = new SandboxStore();
  seedStore(store, { identifier, key, tier });
  const faults = new Faults();
  const calls: CallRecord[] = [];
  const violations: string[] = [];
  if (options.strict) {
    store.events.on('event', ({ event, data }) => {
      const v = validateEvent(event, data);
      if (!v.ok) violations.push(`${event}: ${v.message}`);
    });
  }

  const rest = restListener({
    store,
    faults,
    calls,
    violations: options.strict ? violations : undefined,
  });
  const storage = storageListener(store);
  const server = createServer((req, res) => storage(req, res) || rest(req, res));
  server.keepAliveTimeout = 30_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const rtmUrl = `${origin.replace(/^http/, 'ws')}/rtm/`;
  store.relayUrl = rtmUrl;
  store.origin = origin;
  const relay = startRelay(server, store, '/rtm/', { authTimeoutMs: options.rtmAuthTimeoutMs });
  const hooks = startHookSender(store, options.hooks ?? []);
  const activity = options.activityMs ? startActivity(store, options.activityMs) : undefined;

  const websiteOf = (websiteId: string) => {
    const website = store.websites.get(websiteId);
    if (!website) throw new Error(`no website ${websiteId} in the sandbox`);
    return website;
  };

  return {
    url: `${origin}/v1`,
    origin,
    rtmUrl,
    token: { identifier, key, tier },
    seed: createSeedView(store),
    calls,
    resetCalls: () => void calls.splice(0),
    violations,
    failNext: (route, answer, times = 1) => faults.arm(route, { kind: 'fail', ...answer }, times),
    faultNext: (route, fault, times = 1) => faults.arm(route, fault, times),
    setLatency: (ms, route) => faults.setLatency(ms, route),
    setRateLimit: (limit) => faults.setRateLimit(limit),
    quotaUsed: (id = identifier) => faults.quotaUsed(id),
    resetFaults: () => faults.reset(),
    emit: (websiteId, event, data) => store.emit(websiteId, event, data),
    appendMessage: (websiteId, sessionId, message) =>
      appendMessage(store, websiteOf(websiteId), sessionId, message),
    relateConversations: (websiteId, parentId, childId) =>
      relateConversations(websiteOf(websiteId), parentId, childId),
    onEvent(listener) {
      store.events.on('event', listener);
      return () => void store.events.off('event', listener);
    },
    addWebsite({ name, domain, grant }) {
      const record = newWebsite(store, name, domain);
      const id = record.website.website_id as string;
      store.websites.set(id, record);
      if (grant) store.tokens.get(grant)?.websiteIds.add(id);
      return id;
    },
    addInvite(websiteId, details) {
      operatorInvites(websiteOf(websiteId)).set(details.email, { type: 'invite', details });
    },
    setToken({ websiteIds, ...token }) {
      const reach =
        websiteIds ?? store.tokens.get(token.identifier)?.websiteIds ?? store.websites.keys();
      store.tokens.set(token.identifier, { ...token, websiteIds: new Set(reach) });
    },
    addHook: (target) => hooks.add(target),
    dropRtmConnections: () => relay.disconnectAll(),
    async close() {
      activity?.stop();
      hooks.stop();
      await relay.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
