import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { route, type CrispClient, type Tier } from '../datasources/crisp-client.ts';
import { UnauthenticatedError } from '../datasources/crisp-errors.ts';
import { messagesAfter, sessionsActiveSince } from './backfill.ts';
import { createBridge } from './bridge.ts';
import { createDedupe, type DedupeOptions } from './dedupe.ts';
import { eventsForTier } from './events.ts';
import { Feed } from './feed.ts';
import { createLocalLease, createRedisLease, type Lease } from './lease.ts';
import { createMemoryPubSub, createRedisPubSub } from './pubsub.ts';
import { createRtmSocket, type RtmSocket, type RtmSocketState } from './socket-io.ts';
import type { RtmControl, RtmEvent } from './topics.ts';
import { createWebhookHandler } from './webhook.ts';

export type RtmMode = 'websocket' | 'webhooks' | 'off';

/**
 * `standby`: another replica holds the socket. `discovering`: asking `connect/endpoints`.
 * `unauthorized`: the relay (or discovery) refused the token; nothing retries it.
 */
export type LiveState = 'off' | 'webhooks' | 'standby' | 'discovering' | RtmSocketState;

export interface LiveOptions {
  crisp: CrispClient;
  token: { identifier: string; key: string; tier: Tier };
  mode: RtmMode;
  /** Needed by the website tier, whose relay is discovered per website. */
  websiteId?: string;
  /** Turns on `POST /webhooks/crisp`. */
  webhook?: { secret: string; maxAgeMs?: number };
  /** Shares events and the socket lease between replicas; absent: one process, in memory. */
  redis?: { url: string; prefix: string };
  /** @default 15000 */
  leaseTtlMs?: number;
  /** socket.io reconnection delays, first and ceiling. @default { minMs: 1000, maxMs: 10000 } */
  reconnect?: { minMs: number; maxMs: number };
  /** Events one subscriber may fall behind before its stream is closed. @default 1000 */
  bufferSize?: number;
  /** Backfill starts this long before the disconnect, for events in flight. @default 2000 */
  backfillMarginMs?: number;
  dedupe?: DedupeOptions;
  logger?: Pick<Console, 'info' | 'warn'>;
}

export interface SubscriptionFilter {
  websiteId: string;
  /** Only this conversation's events. */
  sessionId?: string;
  /** Only these event names; all when absent. */
  names?: readonly string[];
}

interface Local {
  filter: SubscriptionFilter;
  names?: ReadonlySet<string>;
  since: number;
  deliver(e: RtmEvent): void;
}

interface WebsiteChannel {
  locals: Set<Local>;
  ready: Promise<() => Promise<void>>;
}

const MESSAGE_NAMES = ['message:send', 'message:received'];
const wantsMessages = (l: Local) => !l.names || MESSAGE_NAMES.some((n) => l.names!.has(n));

/**
 * Live events for one gateway replica: the RTM socket (when this replica holds the lease), the
 * web hook receiver, backfill after reconnections, and the fan-out to GraphQL subscribers,
 * de-duplicated once per replica. Every replica sees the same ordered stream per website from
 * the bus, so each reaches the same de-duplication result on its own.
 */
export function buildLive(options: LiveOptions) {
  const logger = options.logger ?? console;
  const leaseTtlMs = options.leaseTtlMs ?? 15_000;
  const bufferSize = options.bufferSize ?? 1000;
  const marginMs = options.backfillMarginMs ?? 2000;
  const pubsub = options.redis ? createRedisPubSub(options.redis) : createMemoryPubSub();
  const bridge = createBridge(pubsub);
  const dedupe = createDedupe(options.dedupe);
  const channels = new Map<string, WebsiteChannel>();
  /** Newest message timestamp seen per `website|session`: where backfill resumes. */
  const lastSeen = new Map<string, number>();
  const lease: Lease | undefined =
    options.mode !== 'websocket'
      ? undefined
      : options.redis
        ? createRedisLease({
            url: options.redis.url,
            // One lease per token; the identifier is hashed so it never shows in Redis.
            key: `${options.redis.prefix}lease:${createHash('sha256').update(options.token.identifier).digest('hex').slice(0, 16)}`,
            ttlMs: leaseTtlMs,
          })
        : createLocalLease();

  let state: LiveState = options.mode === 'websocket' ? 'standby' : options.mode;
  let socket: RtmSocket | undefined;
  let discovery: NodeJS.Timeout | undefined;
  /** When events may have started to be missed: the last disconnect, or when the lease was taken. */
  let gapSince = Date.now();
  let stopControl: (() => Promise<void>) | undefined;

  /** Events this replica took from the bus, by source, and the copies it dropped. */
  const stats = { socket: 0, hook: 0, backfill: 0, duplicates: 0 };

  function onBusEvent(e: RtmEvent): void {
    const channel = channels.get(e.websiteId);
    if (!channel) return;
    stats[e.source]++;
    if (!dedupe.accept(e)) return void stats.duplicates++;
    if (e.sessionId && e.timestamp !== null && MESSAGE_NAMES.includes(e.name)) {
      const key = `${e.websiteId}|${e.sessionId}`;
      const newest = Math.max(lastSeen.get(key) ?? 0, e.timestamp);
      lastSeen.delete(key); // re-inserted last: Map order is the eviction order
      lastSeen.set(key, newest);
      if (lastSeen.size > 10_000) lastSeen.delete(lastSeen.keys().next().value!);
    }
    for (const l of channel.locals) {
      if (l.filter.sessionId && l.filter.sessionId !== e.sessionId) continue;
      if (l.names && !l.names.has(e.name)) continue;
      l.deliver(e);
    }
  }

  // ---- Backfill: every replica backfills the conversations its own subscribers follow. ----

  let backfilling: Promise<void> = Promise.resolve();

  async function backfillSession(websiteId: string, sessionId: string, since: number, subscribedAt: number) {
    const seen = lastSeen.get(`${websiteId}|${sessionId}`);
    // lastSeen is Crisp's own clock, so it is the better bound when it is older than the gap.
    const after = Math.max(Math.min(seen ?? Infinity, since - marginMs), subscribedAt);
    for (const e of await messagesAfter(options.crisp, websiteId, sessionId, after)) {
      await pubsub.publish('website', websiteId, e);
    }
  }

  async function backfill(since: number): Promise<void> {
    const sessions = new Map<string, number>();
    const websites = new Map<string, number>();
    const earliest = (m: Map<string, number>, key: string, at: number) => m.set(key, Math.min(m.get(key) ?? at, at));
    for (const [websiteId, channel] of channels) {
      for (const l of channel.locals) {
        if (!wantsMessages(l)) continue;
        if (l.filter.sessionId) earliest(sessions, `${websiteId}|${l.filter.sessionId}`, l.since);
        else earliest(websites, websiteId, l.since);
      }
    }
    for (const [websiteId, subscribedAt] of websites) {
      try {
        const active = await sessionsActiveSince(options.crisp, websiteId, Math.max(since - marginMs, subscribedAt));
        for (const sessionId of active) earliest(sessions, `${websiteId}|${sessionId}`, subscribedAt);
      } catch (err) {
        logger.warn('rtm: backfill could not list conversations', { websiteId, error: (err as Error).name });
      }
    }
    for (const [key, subscribedAt] of sessions) {
      const [websiteId, sessionId] = key.split('|') as [string, string];
      try {
        await backfillSession(websiteId, sessionId, since, subscribedAt);
      } catch (err) {
        logger.warn('rtm: backfill failed', { websiteId, sessionId, error: (err as Error).name });
      }
    }
  }

  function onControl(c: RtmControl): void {
    if (c.kind === 'rebind') socket?.rebind();
    // One backfill at a time, in order: a drop during a backfill queues the next one.
    else backfilling = backfilling.then(() => backfill(c.since));
  }

  // ---- The socket, on the replica that holds the lease. ----

  async function discoverRelay(): Promise<string> {
    const { tier } = options.token;
    const path = tier === 'website' ? route`/website/${options.websiteId ?? ''}/connect/endpoints` : `/${tier}/connect/endpoints`;
    const data = await options.crisp.get<{ socket?: { app?: unknown } }>(path);
    const url = data?.socket?.app;
    if (typeof url !== 'string' || !url) throw new Error('connect/endpoints gave no socket.app');
    return url;
  }

  function startSocket(attempt = 0): void {
    state = 'discovering';
    discoverRelay().then(
      (url) => {
        if (!lease?.held || socket) return;
        socket = createRtmSocket({
          url,
          username: options.token.identifier,
          password: options.token.key,
          tier: options.token.tier,
          events: eventsForTier(options.token.tier),
          reconnectMinMs: options.reconnect?.minMs,
          reconnectMaxMs: options.reconnect?.maxMs,
          onEvent: (name, data) => {
            bridge.ingest(name, data, { source: 'socket' }).catch((err: unknown) => {
              logger.warn('rtm: could not publish', { event: name, error: (err as Error).name });
            });
          },
          onAuthenticated: () => {
            logger.info('rtm: authenticated', { tier: options.token.tier });
            void pubsub.publish('control', 'all', { kind: 'resync', since: gapSince });
          },
          onDisconnected: () => {
            gapSince = Date.now();
          },
          onState: (s) => {
            state = s;
            if (s === 'unauthorized') logger.warn('rtm: relay refused the token; not retrying', { tier: options.token.tier });
          },
        });
        socket.start();
      },
      (err: unknown) => {
        if (!lease?.held) return;
        if (err instanceof UnauthenticatedError) {
          state = 'unauthorized';
          return logger.warn('rtm: discovery refused the token; not retrying', { tier: options.token.tier });
        }
        const delay = Math.min(30_000, 1000 * 2 ** attempt);
        logger.warn('rtm: relay discovery failed', { error: (err as Error).name, retryInMs: delay });
        discovery = setTimeout(() => startSocket(attempt + 1), delay);
      },
    );
  }

  function onLease(held: boolean): void {
    if (held) {
      // The previous holder may have died up to a TTL ago without anyone listening since.
      gapSince = Date.now() - (options.redis ? leaseTtlMs : 0);
      startSocket();
    } else {
      clearTimeout(discovery);
      socket?.stop();
      socket = undefined;
      if (state !== 'unauthorized') state = 'standby';
    }
  }

  const webhook = options.webhook && options.mode !== 'off'
    ? createWebhookHandler({
        secret: options.webhook.secret,
        maxAgeMs: options.webhook.maxAgeMs,
        ingest: (name, data, meta) => bridge.ingest(name, data, meta),
        logger,
      })
    : undefined;

  return {
    get state(): LiveState {
      return state;
    },
    /** Whether this replica holds the RTM socket. */
    get holdsSocket(): boolean {
      return lease?.held ?? false;
    },
    /** `POST /webhooks/crisp`, when a hook secret is configured. */
    handleWebhook: webhook as ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined,

    /** Resolves once every backfill queued so far has run. */
    settled: (): Promise<void> => backfilling,

    /** Counters since start, for metrics and tests. */
    stats: stats as Readonly<typeof stats>,

    /** Local subscribers of a website (for tests and metrics). */
    subscribers(websiteId: string): number {
      return channels.get(websiteId)?.locals.size ?? 0;
    },

    /**
     * A subscriber's stream: events of one website, filtered, mapped to a typed model (events
     * `map` turns into undefined are skipped), buffered up to `bufferSize`. Resolves once the
     * subscription is active on the bus, so events published after that reach it.
     */
    async subscribe<T>(filter: SubscriptionFilter, map: (e: RtmEvent) => T | undefined): Promise<Feed<T>> {
      let channel = channels.get(filter.websiteId);
      if (!channel) {
        channel = { locals: new Set(), ready: pubsub.subscribe('website', filter.websiteId, onBusEvent) };
        channels.set(filter.websiteId, channel);
      }
      const owner = channel;
      const local: Local = {
        filter,
        names: filter.names ? new Set(filter.names) : undefined,
        since: Date.now(),
        deliver: (e) => {
          const value = map(e);
          if (value !== undefined) feed.push(value);
        },
      };
      const feed: Feed<T> = new Feed<T>(bufferSize, () => {
        owner.locals.delete(local);
        if (owner.locals.size > 0 || channels.get(filter.websiteId) !== owner) return;
        channels.delete(filter.websiteId);
        void owner.ready.then((unsubscribe) => unsubscribe());
      });
      owner.locals.add(local);
      try {
        await owner.ready;
      } catch (err) {
        await feed.return();
        throw err;
      }
      return feed;
    },

    async start(): Promise<void> {
      stopControl = await pubsub.subscribe('control', 'all', onControl);
      lease?.start(onLease);
    },

    async stop(): Promise<void> {
      clearTimeout(discovery);
      socket?.stop();
      socket = undefined;
      await lease?.stop();
      await stopControl?.();
      await backfilling.catch(() => undefined);
      await pubsub.close();
      state = 'off';
    },
  };
}

export type Live = ReturnType<typeof buildLive>;
