import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RateLimitOptions {
  /** Calls a second, sustained, toward Crisp for one token; 0 turns the bucket off. */
  perSecond: number;
  /** Calls allowed at once after a quiet spell (the bucket's size). */
  burst: number;
  /**
   * Longest a call queues for a token. Past it the call is refused (RATE_LIMITED) rather than
   * held: a client is better told than kept waiting.
   */
  maxWaitMs: number;
}

/** Where a call stands with the bucket: go after `waitMs`, or refused since the queue is too long. */
export type Reservation = { ok: true; waitMs: number } | { ok: false; waitMs: number };

/**
 * A token bucket toward Crisp for one token: a call that finds no token reserves the next one
 * and is told how long to wait for it. `pause` holds every call when Crisp itself asked to wait
 * (`Retry-After`).
 */
export interface TokenBucket {
  reserve(): Promise<Reservation>;
  /** Crisp answered 429/420 with `Retry-After`: nothing goes out for `ms`. */
  pause(ms: number): void;
  close(): Promise<void>;
}

/**
 * What the Crisp client draws from before each attempt: calls beyond the rate queue (instead of
 * reaching Crisp and tripping a 429), one queue per caller, served in turn.
 */
export interface RateLimiter {
  /**
   * Resolves once the call may go: `waitMs` is how long it queued. Refused (`ok: false`) when
   * the calls ahead of it would hold it past `maxWaitMs`. An aborted signal ends the wait.
   */
  reserve(caller?: string, signal?: AbortSignal): Promise<Reservation>;
  pause(ms: number): void;
  /** Each call that queued, with its caller and wait (metrics). Returns an unsubscribe function. */
  onWait(listener: (caller: string, ms: number) => void): () => void;
  close(): Promise<void>;
}

/** One process: tokens refill continuously; a call that finds none reserves the next one and waits. */
export function createLocalBucket(
  options: RateLimitOptions,
  now: () => number = Date.now,
): TokenBucket {
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

export interface RedisBucketOptions extends RateLimitOptions {
  redis: Redis;
  /** The hash holding this token's bucket (the token's identifier never appears in it). */
  key: string;
  logger: Pick<Logger, 'warn'>;
}

/**
 * The bucket shared through Redis. When Redis cannot answer, calls fall back on a local bucket
 * (logged once per outage) rather than failing: Crisp's own limits still stand behind it.
 */
export function createRedisBucket(options: RedisBucketOptions): TokenBucket {
  const local = createLocalBucket(options);
  const perMs = options.perSecond / 1000;
  let degraded = false;
  const fallback = (err: unknown) => {
    if (!degraded)
      options.logger.warn(
        { code: (err as NodeJS.ErrnoException).code ?? (err as Error).name },
        'rate limit: redis unavailable, using a local bucket',
      );
    degraded = true;
  };
  return {
    async reserve() {
      try {
        const r = Number(
          await options.redis.eval(
            RESERVE,
            1,
            options.key,
            perMs,
            options.burst,
            options.maxWaitMs,
          ),
        );
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

interface Waiter {
  since: number;
  /** The bucket held the dispatch back while this call was queued. */
  delayed: boolean;
  grant(reservation: Reservation): void;
}

/**
 * Fair queueing in front of a bucket: each caller (API key, JWT subject) has its own queue, and
 * tokens go to the callers in turn, so a caller with a hundred calls queued delays another's
 * single call by about one token per active caller, not by its whole backlog. Hand-written: the
 * queue libraries at hand (p-queue, bottleneck) serve FIFO or by fixed priority, not round-robin.
 *
 * One token is reserved at a time and handed to the next caller once it is due. The queues live
 * in this process; with Redis every replica's queue draws from the shared bucket, one
 * outstanding reservation each, so replicas get turns as well.
 */
export function createFairRateLimiter(
  bucket: TokenBucket,
  options: Pick<RateLimitOptions, 'perSecond' | 'maxWaitMs'>,
  now: () => number = Date.now,
): RateLimiter {
  // Map order is the turn order: a caller served goes to the back.
  const queues = new Map<string, Waiter[]>();
  const listeners = new Set<(caller: string, ms: number) => void>();
  const interval = 1000 / options.perSecond;
  let pausedUntil = 0;
  let dispatching = false;

  /** Calls served before a new one of `caller`: its own, and as many of every other caller's plus one. */
  function ahead(caller: string): number {
    const mine = queues.get(caller)?.length ?? 0;
    let n = mine;
    for (const [other, queue] of queues)
      if (other !== caller) n += Math.min(queue.length, mine + 1);
    return n;
  }

  function next(): Waiter | undefined {
    for (const [caller, queue] of queues) {
      queues.delete(caller);
      const waiter = queue.shift();
      if (queue.length > 0) queues.set(caller, queue);
      if (waiter) return waiter;
    }
    return undefined;
  }

  async function dispatch(): Promise<void> {
    dispatching = true;
    try {
      while (queues.size > 0) {
        const reservation = await bucket.reserve();
        if (reservation.ok && reservation.waitMs > 0) {
          // Everyone queued now waits for this token: only they count a wait, not the calls
          // served at once whose grant merely took a few ticks.
          for (const queue of queues.values()) for (const w of queue) w.delayed = true;
          await sleep(reservation.waitMs);
        }
        // Callers that gave up meanwhile have left their queue; the token then goes unused.
        next()?.grant(reservation);
      }
    } finally {
      dispatching = false;
    }
  }

  return {
    reserve(caller = 'gateway', signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const waitMs = Math.max(0, pausedUntil - now()) + ahead(caller) * interval;
      if (waitMs > options.maxWaitMs)
        return Promise.resolve({ ok: false, waitMs: Math.ceil(waitMs) });
      return new Promise<Reservation>((resolve, reject) => {
        const onAbort = () => {
          const queue = queues.get(caller);
          const at = queue?.indexOf(waiter) ?? -1;
          if (at >= 0) queue!.splice(at, 1);
          if (queue?.length === 0) queues.delete(caller);
          reject(signal!.reason);
        };
        const waiter: Waiter = {
          since: now(),
          delayed: false,
          grant(reservation) {
            signal?.removeEventListener('abort', onAbort);
            if (!reservation.ok) return resolve(reservation);
            const waited = waiter.delayed ? now() - waiter.since : 0;
            if (waited > 0) for (const l of listeners) l(caller, waited);
            resolve({ ok: true, waitMs: waited });
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const queue = queues.get(caller);
        if (queue) queue.push(waiter);
        else queues.set(caller, [waiter]);
        if (!dispatching) void dispatch();
      });
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
      bucket.pause(ms);
    },
    onWait(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => bucket.close(),
  };
}
