import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { validateBody, validateEvent, validateResponse } from './catalogue.ts';
import { Faults, type Fault, type RateLimit, type RouteSelector } from './faults.ts';
import { startHookSender, type HookTarget } from './hooks.ts';
import { handlers } from './routes/index.ts';
import { envelope, Reply, SandboxError, successReason } from './reply.ts';
import { matchRoute, operationFor, routeKey } from './router.ts';
import { startRelay } from './rtm.ts';
import { seedStore } from './seed.ts';
import { startActivity } from './activity.ts';
import { SandboxStore, type Raw, type Tier, type Token } from './store.ts';

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
}

/** One REST call as the sandbox saw it; tests read these to count and check upstream traffic. */
export interface CallRecord {
  /** Catalogue id, or `unknown` for an unmatched route. */
  id: string;
  /** `GET /website/:website_id/conversation/:session_id` */
  route: string;
  method: string;
  /** Path relative to `/v1`, as sent (encoded). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
}

export interface Sandbox {
  /** REST base, e.g. `http://127.0.0.1:4010/v1`. */
  url: string;
  origin: string;
  /** What `connect/endpoints` advertises as `socket.app`. */
  rtmUrl: string;
  token: { identifier: string; key: string; tier: Tier };
  store: SandboxStore;
  calls: CallRecord[];
  resetCalls(): void;
  /** Schema mismatches seen in strict mode: `<catalogue id or event>: <first error>`. */
  violations: string[];
  /** The next `times` calls of `route` answer `status` with `reason`. */
  failNext(route: RouteSelector, answer: { status: number; reason: string; retryAfter?: number }, times?: number): void;
  /** The next `times` calls of `route` suffer a transport-level fault. */
  faultNext(route: RouteSelector, fault: Fault, times?: number): void;
  setLatency(ms: number, route?: RouteSelector): void;
  setRateLimit(limit: RateLimit): void;
  quotaUsed(identifier?: string): number;
  addHook(target: HookTarget): void;
  /** Cuts every RTM connection from the server side (clients reconnect and re-authenticate). */
  dropRtmConnections(): void;
  /** Forgets armed faults, latency and rate limits. */
  resetFaults(): void;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

function authenticate(req: IncomingMessage, store: SandboxStore): Token | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const [identifier, ...rest] = Buffer.from(header.slice(6), 'base64').toString().split(':');
  const token = identifier ? store.tokens.get(identifier) : undefined;
  const tier = req.headers['x-crisp-tier'] ?? 'user';
  return token && token.key === rest.join(':') && token.tier === tier ? token : undefined;
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

  async function handle(req: IncomingMessage, res: ServerResponse, record: CallRecord): Promise<void> {
    const send = (status: number, reason: string, data: unknown, error = status >= 400) => {
      record.status = status;
      res.statusCode = status;
      if (req.method === 'HEAD') return void res.end();
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(envelope(error, reason, data));
    };
    const fail = (e: SandboxError) => send(e.status, e.reason, { namespace: 'response', message: e.message });

    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!url.pathname.startsWith('/v1/')) return fail(new SandboxError(404, 'not_found', 'the route does not exist'));
    record.path = url.pathname.slice(3);
    record.query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);

    const token = authenticate(req, store);
    if (!token) return fail(new SandboxError(401, 'unauthorized', 'the token is not valid'));
    const match = matchRoute(req.method ?? 'GET', record.path);
    if (!match) return fail(new SandboxError(404, 'not_found', 'the route does not exist'));
    const { endpoint, params } = match;
    Object.assign(record, { id: endpoint.id, route: routeKey(endpoint) });

    const latency = faults.latencyFor(endpoint);
    if (latency) await sleep(latency);
    const fault = faults.rate(token.identifier, Date.now()) ?? faults.take(endpoint);
    if (fault?.kind === 'fail') {
      if (fault.retryAfter) res.setHeader('retry-after', String(Math.ceil(fault.retryAfter)));
      return fail(new SandboxError(fault.status, fault.reason));
    }
    if (fault?.kind === 'reset') {
      record.status = 0;
      return void req.socket.destroy();
    }
    if (fault?.kind === 'timeout') {
      record.status = 0;
      await sleep(fault.ms);
      return void req.socket.destroy();
    }

    // A website token reaches its own routes and, like a plugin token limited to one website, the plugin ones.
    if (!endpoint.tiers.includes(token.tier) && !(token.tier === 'website' && endpoint.tiers.includes('plugin'))) {
      return fail(new SandboxError(403, 'restricted_route_tier', 'the route is not open to this tier'));
    }
    let body: Raw = {};
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8')) as Raw;
      } catch {
        return fail(new SandboxError(400, 'invalid_data', 'the body is not valid JSON'));
      }
    }
    record.body = raw.length > 0 ? body : undefined;
    // Faults and tiers above went by the path; the body may select the path's other operation.
    const operation = operationFor(endpoint, body);
    record.id = operation.id;
    const valid = validateBody(operation.id, body, { closed: options.strict });
    if (!valid.ok) return fail(new SandboxError(400, 'invalid_data', valid.message));

    const websiteId = params.website_id;
    const website = websiteId ? store.websites.get(websiteId) : undefined;
    if (websiteId !== undefined) {
      if (!website) return fail(new SandboxError(404, 'not_found', 'website not found'));
      if (!token.websiteIds.has(websiteId)) {
        return fail(token.tier === 'plugin' ? new SandboxError(404, 'not_subscribed', 'plugin not subscribed') : new SandboxError(403, 'not_allowed'));
      }
    }
    const handler = handlers[operation.id];
    if (!handler) return fail(new SandboxError(404, 'not_found', 'the route does not exist'));
    const pageNumber = params.page_number === undefined ? 1 : Number(params.page_number);
    if (!Number.isInteger(pageNumber) || pageNumber < 1) return fail(new SandboxError(400, 'invalid_data', 'page_number must be >= 1'));

    const result = await handler({ endpoint: operation, params, query: record.query, body, token, store, website: website!, page: pageNumber });
    if (endpoint.method === 'HEAD') return send(result ? 200 : 404, result ? 'resolved' : 'not_found', null);
    if (fault?.kind === 'malformed') {
      record.status = 200;
      res.setHeader('content-type', 'application/json');
      return void res.end('{"error":false,"reason":"resolved","data":{');
    }
    const reply = result instanceof Reply ? result : new Reply(result ?? {});
    if (options.strict) {
      const v = validateResponse(operation.id, reply.data);
      if (!v.ok) violations.push(`${operation.id}: ${v.message}`);
    }
    if (fault?.kind === 'slowBody') {
      record.status = reply.status;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
      const text = envelope(false, reply.reason ?? successReason[endpoint.method]!, reply.data);
      res.write(text.slice(0, 1));
      await sleep(fault.ms);
      return void res.end(text.slice(1));
    }
    send(reply.status, reply.reason ?? successReason[endpoint.method]!, reply.data, false);
  }

  const server = createServer((req, res) => {
    const record: CallRecord = { id: 'unknown', route: '', method: req.method ?? 'GET', path: req.url ?? '', query: {}, body: undefined, status: 0, at: Date.now() };
    calls.push(record);
    handle(req, res, record).catch((err: unknown) => {
      if (err instanceof SandboxError) {
        record.status = err.status;
        res.statusCode = err.status;
        if (req.method === 'HEAD') return void res.end();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        return void res.end(envelope(true, err.reason, { namespace: 'response', message: err.message }));
      }
      record.status = 500;
      res.statusCode = 500;
      res.end(envelope(true, 'error', { namespace: 'response', message: 'internal error' }));
      console.error('sandbox: handler failed', record.id, err);
    });
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const rtmUrl = `${origin.replace(/^http/, 'ws')}/rtm/`;
  store.relayUrl = rtmUrl;
  const relay = startRelay(server, store, '/rtm/');
  const hooks = startHookSender(store, options.hooks ?? []);
  const activity = options.activityMs ? startActivity(store, options.activityMs) : undefined;

  return {
    url: `${origin}/v1`,
    origin,
    rtmUrl,
    token: { identifier, key, tier },
    store,
    calls,
    resetCalls: () => void calls.splice(0),
    violations,
    failNext: (route, answer, times = 1) => faults.arm(route, { kind: 'fail', ...answer }, times),
    faultNext: (route, fault, times = 1) => faults.arm(route, fault, times),
    setLatency: (ms, route) => faults.setLatency(ms, route),
    setRateLimit: (limit) => faults.setRateLimit(limit),
    quotaUsed: (id = identifier) => faults.quotaUsed(id),
    addHook: (target) => hooks.add(target),
    dropRtmConnections: () => relay.disconnectAll(),
    resetFaults: () => faults.reset(),
    async close() {
      activity?.stop();
      hooks.stop();
      await relay.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
