import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { CrispClient, Tier } from '../datasources/crisp-client.ts';
import type { ReadCache } from '../datasources/read-cache.ts';
import { type BackfillTargets, createBackfill, earliest, type Gap } from './backfill.ts';
import { createBridge } from './bridge.ts';
import { createDedupe, type DedupeOptions } from './dedupe.ts';
import { createFanOut } from './fan-out.ts';
import { type Feed, LiveEventsGapError } from './feed.ts';
import { createMemoryPubSub, createRedisPubSub } from './pubsub.ts';
import { buildRelay, type RelayState } from './relay.ts';
import { createReplies, DEFAULT_REPLY_TIMEOUT_MS, type Replies } from './replies.ts';
import {
  Local,
  type SubscriptionFilter,
  type WebsiteChannel,
  wantsMessages,
} from './subscriber.ts';
import type { RtmControl, RtmEvent } from './topics.ts';
import { createWebhookHandler } from './webhook.ts';

export type RtmMode = 'websocket' | 'webhooks' | 'off';

/** `webhooks`: no socket by design; otherwise the relay's state (`unauthorized` is final). */
export type LiveState = 'off' | 'webhooks' | RelayState;

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
  /** @default DEFAULT_LEASE_TTL_MS */
  leaseTtlMs?: number;
  /** socket.io reconnection delays, first and ceiling. @default { minMs: 1000, maxMs: 10000 } */
  reconnect?: { minMs: number; maxMs: number };
  /** Events one subscriber may fall behind before its stream is closed. @default 1000 */
  bufferSize?: number;
  /** Backfill starts this long before the disconnect, for events in flight. @default 2000 */
  backfillMarginMs?: number;
  /** Back-off between reads of a gap whose backfill failed, first and ceiling. @default { minMs: 1000, maxMs: 30000 } */
  backfillRetry?: { minMs: number; maxMs: number };
  /** A gap still not backfilled this long after the reconnection is signalled to its subscribers. @default 60000 */
  gapSignalMs?: number;
  dedupe?: DedupeOptions;
  /** The read cache, told of every event this replica ingests and of the socket's state. */
  cache?: Pick<ReadCache, 'apply' | 'setStream'>;
  /** How long a request answered over RTM (bucket URL, animation list) waits. @default DEFAULT_REPLY_TIMEOUT_MS */
  replyTimeoutMs?: number;
  logger: Pick<Logger, 'info' | 'warn'>;
}

/** Subscribers one turn of the event loop delivers an event to (see `fan-out.ts`). */
const FAN_OUT_SLICE = 256;

/**
 * Live events for one gateway replica: the RTM socket (when this replica holds the lease), the
 * web hook receiver, backfill after reconnections, and the fan-out to GraphQL subscribers,
 * de-duplicated once per replica. Every replica sees the same ordered stream per website from
 * the bus, so each reaches the same de-duplication result on its own.
 */
export function buildLive(options: LiveOptions) {
  const { logger } = options;
  const bufferSize = options.bufferSize ?? 1000;
  const pubsub = options.redis
    ? createRedisPubSub({ ...options.redis, logger })
    : createMemoryPubSub();
  const { cache } = options;
  const bridge = createBridge(pubsub, cache && ((e) => cache.apply(e)));
  const dedupe = createDedupe(options.dedupe);
  const replies = createReplies({
    pubsub,
    timeoutMs: options.replyTimeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS,
  });
  const channels = new Map<string, WebsiteChannel>();
  const backfill = createBackfill({
    crisp: options.crisp,
    publish: (e) => pubsub.publish('website', e.websiteId, e),
    targets,
    marginMs: options.backfillMarginMs,
    retry: options.backfillRetry,
    signalAfterMs: options.gapSignalMs,
    onGap,
    logger,
  });
  const relay =
    options.mode === 'websocket'
      ? buildRelay({
          crisp: options.crisp,
          token: options.token,
          websiteId: options.websiteId,
          redis: options.redis,
          leaseTtlMs: options.leaseTtlMs,
          reconnect: options.reconnect,
          onEvent: (name, data) => {
            bridge.ingest(name, data, { source: 'socket' }).catch((err: unknown) => {
              logger.warn({ event: name, error: (err as Error).name }, 'rtm: could not publish');
            });
          },
          // Every replica backfills what its own subscribers follow, so the news goes on the bus.
          onResync: (since) => void pubsub.publish('control', 'all', { kind: 'resync', since }),
          onStream: (up) => void cache?.setStream(up),
          logger,
        })
      : undefined;
  let stopControl: (() => Promise<void>) | undefined;
  let stopReplies: (() => Promise<void>) | undefined;
  let stopped = false;

  const fanOut = createFanOut(FAN_OUT_SLICE);

  /** Events this replica took from the bus, by source, and the copies it dropped. */
  const stats = { socket: 0, hook: 0, backfill: 0, duplicates: 0 };

  /** A subscriber's stream ended: the website's channel closes with its last subscriber. */
  function release(local: Local): void {
    const { channel, filter } = local;
    channel.locals.delete(local);
    if (channel.locals.size > 0 || channels.get(filter.websiteId) !== channel) return;
    channels.delete(filter.websiteId);
    void channel.ready.then((unsubscribe) => unsubscribe());
  }

  function onBusEvent(e: RtmEvent): void {
    const channel = channels.get(e.websiteId);
    if (!channel) return;
    stats[e.source]++;
    if (!dedupe.accept(e)) return void stats.duplicates++;
    backfill.observe(e);
    // Each field maps an event once, however many subscribe to it: models are read, never changed.
    const mapped = new Map<Local['map'], unknown>();
    const batch: unknown[] = [];
    for (const l of channel.locals) {
      if (l.filter.sessionId && l.filter.sessionId !== e.sessionId) continue;
      if (l.names && !l.names.has(e.name)) continue;
      let value = mapped.get(l.map);
      if (value === undefined && !mapped.has(l.map)) {
        value = l.map(e);
        mapped.set(l.map, value);
      }
      if (value !== undefined) batch.push(l, value);
    }
    fanOut.deliver(batch);
  }

  /** The conversations and websites whose messages local subscribers follow. */
  function targets(): BackfillTargets {
    const found: BackfillTargets = { sessions: new Map(), websites: new Map() };
    for (const [websiteId, channel] of channels) {
      for (const l of channel.locals) {
        if (!wantsMessages(l)) continue;
        if (l.filter.sessionId)
          earliest(found.sessions, `${websiteId}|${l.filter.sessionId}`, l.since);
        else earliest(found.websites, websiteId, l.since);
      }
    }
    return found;
  }

  /**
   * Tells the message subscribers a gap concerns, those that were already following when the
   * socket came back: a conversation's gap reaches its own subscribers and the website-wide ones,
   * a website's (its conversations could not be listed) the website-wide ones.
   */
  function onGap(gap: Gap): void {
    const channel = channels.get(gap.websiteId);
    if (!channel) return;
    const { websiteId, sessionId } = gap;
    const error = new LiveEventsGapError({
      websiteId,
      ...(sessionId && { sessionId }),
      from: new Date(gap.from).toISOString(),
      to: new Date(gap.to).toISOString(),
    });
    const batch: unknown[] = [];
    for (const l of channel.locals) {
      if (!wantsMessages(l) || l.since > gap.to) continue;
      if (l.filter.sessionId && l.filter.sessionId !== sessionId) continue;
      batch.push(l, error);
    }
    fanOut.deliver(batch);
  }

  function onControl(c: RtmControl): void {
    if (c.kind === 'rebind') relay?.rebind();
    else backfill.schedule(c.since);
  }

  const webhook =
    options.webhook && options.mode !== 'off'
      ? createWebhookHandler({
          secret: options.webhook.secret,
          maxAgeMs: options.webhook.maxAgeMs,
          ingest: (name, data, meta) => bridge.ingest(name, data, meta),
          claim: (key, ttlMs) => pubsub.claim(key, ttlMs),
          logger,
        })
      : undefined;

  return {
    get state(): LiveState {
      if (stopped) return 'off';
      return relay?.state ?? (options.mode === 'websocket' ? 'standby' : options.mode);
    },
    /** Whether this replica holds the RTM socket. */
    get holdsSocket(): boolean {
      return relay?.held ?? false;
    },
    /** `POST /webhooks/crisp`, when a hook secret is configured. */
    handleWebhook: webhook as
      | ((req: IncomingMessage, res: ServerResponse) => Promise<void>)
      | undefined,

    /** Requests whose answer Crisp sends over RTM, matched to it by id on whichever replica. */
    replies: replies as Replies,

    /** Resolves once every backfill queued so far has run. */
    settled: () => backfill.settled(),

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
    async subscribe<T>(
      filter: SubscriptionFilter,
      map: (e: RtmEvent) => T | undefined,
    ): Promise<Feed<T>> {
      let channel = channels.get(filter.websiteId);
      if (!channel) {
        channel = {
          locals: new Set(),
          ready: pubsub.subscribe('website', filter.websiteId, onBusEvent),
        };
        channels.set(filter.websiteId, channel);
      }
      const local = new Local(bufferSize, channel, filter, map, release);
      channel.locals.add(local);
      try {
        await channel.ready;
      } catch (err) {
        await local.return();
        throw err;
      }
      return local as Feed<T>;
    },

    async start(): Promise<void> {
      stopControl = await pubsub.subscribe('control', 'all', onControl);
      stopReplies = await pubsub.subscribe('reply', 'all', replies.receive);
      relay?.start();
    },

    async stop(): Promise<void> {
      stopped = true;
      await relay?.stop();
      await stopControl?.();
      await stopReplies?.();
      replies.close();
      backfill.stop();
      await backfill.settled();
      await pubsub.close();
    },
  };
}

export type Live = ReturnType<typeof buildLive>;
