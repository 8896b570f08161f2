import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { getConnectEndpoints } from '../datasources/connect.ts';
import type { CrispClient, Tier } from '../datasources/crisp-client.ts';
import { UnauthenticatedError } from '../datasources/crisp-errors.ts';
import { eventsForTier } from './events.ts';
import { createLocalLease, createRedisLease, DEFAULT_LEASE_TTL_MS, type Lease } from './lease.ts';
import { createRtmSocket, type RtmSocket, type RtmSocketState } from './socket-io.ts';

/**
 * `standby`: another replica holds the socket. `discovering`: asking `connect/endpoints`.
 * `unauthorized`: the relay (or discovery) refused the token; nothing retries it.
 */
export type RelayState = 'standby' | 'discovering' | RtmSocketState;

export interface RelayOptions {
  crisp: CrispClient;
  token: { identifier: string; key: string; tier: Tier };
  /** Needed by the website tier, whose relay is discovered per website. */
  websiteId?: string;
  /** Competes for the socket with other replicas; absent: this replica always holds it. */
  redis?: { url: string; prefix: string };
  /** @default DEFAULT_LEASE_TTL_MS */
  leaseTtlMs?: number;
  /** socket.io reconnection delays, first and ceiling. @default { minMs: 1000, maxMs: 10000 } */
  reconnect?: { minMs: number; maxMs: number };
  onEvent(name: string, data: unknown): void;
  /** After each (re)authentication: events from `since` on may have been missed. */
  onResync(since: number): void;
  /** Events flow (authenticated) or stopped (disconnected, lease lost). */
  onStream?(up: boolean): void;
  logger: Pick<Logger, 'info' | 'warn'>;
}

/** The relay URL of the token: `socket.app` of its connect endpoints. */
async function discoverRelay(crisp: CrispClient, tier: Tier, websiteId = ''): Promise<string> {
  const url = (await getConnectEndpoints(crisp, tier, websiteId)).socket.app;
  if (!url) throw new Error('connect/endpoints gave no socket.app');
  return url;
}

/** The RTM socket of one token, held by whichever replica holds the lease. */
export function buildRelay(options: RelayOptions) {
  const { logger, token } = options;
  const ttlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const lease: Lease = options.redis
    ? createRedisLease({
        url: options.redis.url,
        // One lease per token; the identifier is hashed so it never shows in Redis.
        key: `${options.redis.prefix}lease:${createHash('sha256').update(token.identifier).digest('hex').slice(0, 16)}`,
        ttlMs,
        logger,
      })
    : createLocalLease();
  let state: RelayState = 'standby';
  let socket: RtmSocket | undefined;
  let discovery: NodeJS.Timeout | undefined;
  /** When events may have started to be missed: the last disconnect, or when the lease was taken. */
  let gapSince = Date.now();

  function connect(url: string): void {
    socket = createRtmSocket({
      url,
      username: token.identifier,
      password: token.key,
      tier: token.tier,
      events: eventsForTier(token.tier),
      reconnectMinMs: options.reconnect?.minMs,
      reconnectMaxMs: options.reconnect?.maxMs,
      onEvent: options.onEvent,
      onAuthenticated: () => {
        logger.info({ tier: token.tier }, 'rtm: authenticated');
        options.onResync(gapSince);
        options.onStream?.(true);
      },
      onDisconnected: () => {
        gapSince = Date.now();
        options.onStream?.(false);
      },
      onState: (s) => {
        state = s;
        if (s === 'unauthorized')
          logger.warn({ tier: token.tier }, 'rtm: relay refused the token; not retrying');
      },
    });
    socket.start();
  }

  function discover(attempt = 0): void {
    state = 'discovering';
    discoverRelay(options.crisp, token.tier, options.websiteId).then(
      (url) => {
        if (lease.held && !socket) connect(url);
      },
      (err: unknown) => {
        if (!lease.held) return;
        if (err instanceof UnauthenticatedError) {
          state = 'unauthorized';
          return logger.warn(
            { tier: token.tier },
            'rtm: discovery refused the token; not retrying',
          );
        }
        // Discovery counts against REST quotas (docs/crisp/RTM.md §9): back off, up to 30 s.
        const delay = Math.min(30_000, 1000 * 2 ** attempt);
        logger.warn(
          { error: (err as Error).name, retryInMs: delay },
          'rtm: relay discovery failed',
        );
        discovery = setTimeout(() => discover(attempt + 1), delay);
      },
    );
  }

  function release(): void {
    clearTimeout(discovery);
    // Connected or reconnecting, this replica no longer hears the events: it says so.
    if (socket) options.onStream?.(false);
    socket?.stop();
    socket = undefined;
  }

  function onLease(held: boolean): void {
    if (held) {
      // The previous holder may have died up to a TTL ago without anyone listening since.
      gapSince = Date.now() - (options.redis ? ttlMs : 0);
      return void discover();
    }
    release();
    if (state !== 'unauthorized') state = 'standby';
  }

  return {
    get state(): RelayState {
      return state;
    },
    get held(): boolean {
      return lease.held;
    },
    /** Throttled inside the socket; a no-op on replicas that do not hold it. */
    rebind: () => socket?.rebind(),
    start: () => lease.start(onLease),
    async stop(): Promise<void> {
      release();
      await lease.stop();
    },
  };
}
