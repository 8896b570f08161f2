import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

export interface RateLimitOptions {
  /** Calls a second, sustained, toward Crisp for one token; 0 turns the bucket off. @default 20 */
  perSecond: number;
  /** Calls allowed at once after a quiet spell (the bucket's size). @default 40 */
  burst: number;
  /**
   * Longest a call queues for a token. Past it the call is refused (RATE_LIMITED) rather than
   * held: a client is better told than kept waiting. @default 10000
   */
  maxWaitMs: number;
}

export const defaultRateLimit: RateLimitOptions = { perSecond: 20, burst: 40, maxWaitMs: 10_000 };

/** Where a call stands with the bucket: go after `waitMs`, or refused since the queue is too long. */
export type Reservation = { ok: true; waitMs: number } | { ok: false; waitMs: number };

/**
 * A token bucket toward Crisp for one token: calls beyond the rate queue (each waits for its
 * token) instead of reaching Crisp and tripping a 429. `pause` holds every call when Crisp itself
 * asked to wait (`Retry-After`).
 */
export interface RateLimiter {
  reserve(): Promise<Reservation>;
  /** Crisp answered 429/420 with `Retry-After`: nothing goes out for `ms`. */
  pause(ms: number): void;
  close(): Promise<void>;
}

/** One process: tokens refill continuously; a call that finds none reserves the next one and waits. */
export function createLocalRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const perMs = options.perSecond / 1000;
  let tokens = options.burst;
  let last = now();
  let pausedUntil = 0;
  return {
    async reserve() {
      const t = now();
      tokens = Math.min(options.burst, tokens + (t - last) * perMs);
      last = t;
      const waitMs = Math.max(tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs), pausedUntil - t);
      if (waitMs > options.maxWaitMs) return { ok: false, waitMs };
      tokens -= 1;
      return { ok: true, waitMs };
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    async close() {},
  };
}

// The same bucket in one Redis hash per token, so every replica draws from it. Redis' own clock
// (TIME) keeps replicas with skewed clocks consistent. Returns the wait in ms, negative when refused.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perMs, burst, maxWait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local h = redis.call('HMGET', KEYS[1], 'tokens', 'ts', 'pause')
local tokens = tonumber(h[1]) or burst
local ts = tonumber(h[2]) or now
local pause = tonumber(h[3]) or 0
tokens = math.min(burst, tokens + math.max(0, now - ts) * perMs)
local wait = 0
if tokens < 1 then wait = math.ceil((1 - tokens) / perMs) end
if pause - now > wait then wait = pause - now end
if wait > maxWait then return -wait - 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - 1), 'ts', now)
redis.call('PEXPIRE', KEYS[1], 60000 + wait)
return wait
`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local cur = tonumber(redis.call('HGET', KEYS[1], 'pause')) or 0
if until_ > cur then redis.call('HSET', KEYS[1], 'pause', until_) end
redis.call('PEXPIRE', KEYS[1], 60000 + tonumber(ARGV[1]))
return 1
`;

export interface RedisRateLimitOptions extends RateLimitOptions {
  redis: Redis;
  /** The hash holding this token's bucket (the token's identifier never appears in it). */
  key: string;
  logger: { warn(obj: object, msg: string): void };
}

/**
 * The bucket shared through Redis. When Redis cannot answer, calls fall back on a local bucket
 * (logged once per outage) rather than failing: Crisp's own limits still stand behind it.
 */
export function createRedisRateLimiter(options: RedisRateLimitOptions): RateLimiter {
  const local = createLocalRateLimiter(options);
  const perMs = options.perSecond / 1000;
  let degraded = false;
  const fallback = (err: unknown) => {
    if (!degraded) options.logger.warn({ code: (err as NodeJS.ErrnoException).code ?? (err as Error).name }, 'rate limit: redis unavailable, using a local bucket');
    degraded = true;
  };
  return {
    async reserve() {
      try {
        const r = Number(await options.redis.eval(RESERVE, 1, options.key, perMs, options.burst, options.maxWaitMs));
        degraded = false;
        return r < 0 ? { ok: false, waitMs: -r - 1 } : { ok: true, waitMs: r };
      } catch (err) {
        fallback(err);
        return local.reserve();
      }
    },
    pause(ms) {
      local.pause(ms);
      options.redis.eval(PAUSE, 1, options.key, Math.ceil(ms)).catch(fallback);
    },
    async close() {},
  };
}

/** Waits out a reservation; an aborted signal ends the wait with the abort. */
export async function waitFor(reservation: Reservation, signal?: AbortSignal): Promise<void> {
  if (reservation.waitMs > 0) await sleep(reservation.waitMs, undefined, { signal });
}
