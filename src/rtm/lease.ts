import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { createRedis } from '../datasources/redis.ts';

/**
 * Who may hold the RTM socket. Crisp pushes every event to every socket of a token and caps
 * connections per token (docs/crisp/RTM.md §9), so among replicas exactly one connects and fans
 * out.
 */
export interface Lease {
  readonly held: boolean;
  /** Starts competing; `onChange` fires on every gain and loss. */
  start(onChange: (held: boolean) => void): void;
  /** Stops competing and gives the lease up at once, so another replica need not wait the TTL. */
  stop(): Promise<void>;
}

/** Without Redis there is one replica, and it always holds the socket. */
export function createLocalLease(): Lease {
  let held = false;
  return {
    get held() {
      return held;
    },
    start(onChange) {
      held = true;
      onChange(true);
    },
    async stop() {
      held = false;
    },
  };
}

/** Short, so that a dead holder is replaced within seconds (see `createRedisLease`). */
export const DEFAULT_LEASE_TTL_MS = 3000;

export interface RedisLeaseOptions {
  url: string;
  /** The Redis key; one per token. */
  key: string;
  /** A holder that stops renewing loses the lease after this long. @default DEFAULT_LEASE_TTL_MS */
  ttlMs?: number;
  logger: Pick<Logger, 'warn'>;
}

// Renew and release only if this replica still owns the key: a holder that was paused past its
// TTL must not extend or delete the lease another replica has taken since.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A Redis key with a TTL, set with NX and renewed every third of the TTL. A holder that dies
 * without releasing it (SIGKILL, a lost host) is replaced once the key lapses, so failover takes
 * the TTL at most, plus one standby's attempt: standbys try every twelfth of the TTL (250 ms at
 * the default 3 s), a SET NX each, cheap for Redis, so the lapse is noticed almost at once.
 */
export function createRedisLease(options: RedisLeaseOptions): Lease {
  const ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const owner = randomUUID();
  const redis = createRedis(options.url, { role: 'lease', logger: options.logger });
  let held = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastRenewed = 0;
  let onChange: (held: boolean) => void = () => {};

  const set = (next: boolean) => {
    if (held === next) return;
    held = next;
    onChange(next);
  };

  // The key's TTL runs from when Redis ran the command, which is after it was sent: counting
  // from the sending keeps this replica's idea of its lease on the safe side.
  async function tick(): Promise<void> {
    if (stopped) return;
    const sentAt = Date.now();
    try {
      if (held) {
        const renewed = await redis.eval(RENEW, 1, options.key, owner, String(ttlMs));
        if (renewed === 1) lastRenewed = sentAt;
        else set(false);
      } else {
        const taken = await redis.set(options.key, owner, 'PX', ttlMs, 'NX');
        if (taken === 'OK' && stopped) await redis.eval(RELEASE, 1, options.key, owner);
        else if (taken === 'OK') {
          lastRenewed = sentAt;
          set(true);
        }
      }
    } catch {
      // Redis unreachable: past the TTL another replica may hold the lease, so let go.
      if (held && Date.now() - lastRenewed >= ttlMs) set(false);
    }
    if (!stopped) timer = setTimeout(() => void tick(), held ? ttlMs / 3 : ttlMs / 12);
  }

  return {
    get held() {
      return held;
    },
    start(listener) {
      onChange = listener;
      void tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (held) await redis.eval(RELEASE, 1, options.key, owner).catch(() => undefined);
      set(false);
      await redis.quit().catch(() => undefined);
    },
  };
}
