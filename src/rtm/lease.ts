import { randomUUID } from 'node:crypto';
import { loadRedis } from '../lazy-modules.ts';
import { reportRedisErrors } from './pubsub.ts';

/**
 * Who may hold the RTM socket. Crisp pushes every event to every socket of a token and caps
 * connections per token (RTM.md §9), so among replicas exactly one connects and fans out.
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

export interface RedisLeaseOptions {
  url: string;
  /** The Redis key; one per token. */
  key: string;
  /** A holder that stops renewing loses the lease after this long. @default 15000 */
  ttlMs?: number;
  logger: Pick<Console, 'warn'>;
}

// Renew and release only if this replica still owns the key: a holder that was paused past its
// TTL must not extend or delete the lease another replica has taken since.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** A Redis key with a TTL, set with NX and renewed every third of the TTL. */
export function createRedisLease(options: RedisLeaseOptions): Lease {
  const ttlMs = options.ttlMs ?? 15_000;
  const owner = randomUUID();
  const redis = reportRedisErrors(new (loadRedis())(options.url), options.logger, 'lease');
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

  async function tick(): Promise<void> {
    if (stopped) return;
    try {
      if (held) {
        const renewed = await redis.eval(RENEW, 1, options.key, owner, String(ttlMs));
        if (renewed === 1) lastRenewed = Date.now();
        else set(false);
      } else {
        const taken = await redis.set(options.key, owner, 'PX', ttlMs, 'NX');
        if (taken === 'OK' && stopped) await redis.eval(RELEASE, 1, options.key, owner);
        else if (taken === 'OK') {
          lastRenewed = Date.now();
          set(true);
        }
      }
    } catch {
      // Redis unreachable: past the TTL another replica may hold the lease, so let go.
      if (held && Date.now() - lastRenewed >= ttlMs) set(false);
    }
    if (!stopped) timer = setTimeout(() => void tick(), ttlMs / 3);
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
