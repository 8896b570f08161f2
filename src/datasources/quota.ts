import type { Redis } from 'ioredis';

const DAY_MS = 86_400_000;

/** `2026-05-04`: Crisp's daily plugin quota is counted per UTC day. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface QuotaSnapshot {
  /** The UTC day counted. */
  day: string;
  /** Calls sent to Crisp that day (every attempt counts, retries included). */
  used: number;
  /**
   * The token's daily quota, when known (docs/crisp/REST.md §7: about 5,000 for plugin, 10,000 for
   * website).
   */
  limit?: number;
}

export interface QuotaCounter {
  /** Counts one call sent to Crisp. */
  count(): void;
  snapshot(): QuotaSnapshot;
}

export interface QuotaOptions {
  limit?: number;
  /** With several replicas: one counter per day in Redis, under `key:<day>`. */
  redis?: { client: Redis; key: string };
  now?: () => number;
}

/**
 * Calls sent to Crisp per UTC day. Alone, the count is this process's; with Redis every replica
 * adds to one counter (kept two days), and the snapshot shows the last total Redis answered.
 */
export function createQuotaCounter(options: QuotaOptions = {}): QuotaCounter {
  const now = options.now ?? Date.now;
  let day = utcDay(now());
  // The current day's bounds in ms, so that counting a call compares two numbers.
  let dayStart = Math.floor(now() / DAY_MS) * DAY_MS;
  let local = 0;
  let shared = 0;
  const roll = () => {
    const t = now();
    if (t >= dayStart && t < dayStart + DAY_MS) return;
    dayStart = Math.floor(t / DAY_MS) * DAY_MS;
    const today = utcDay(t);
    if (today !== day) {
      day = today;
      local = 0;
      shared = 0;
    }
  };
  return {
    count() {
      roll();
      local += 1;
      const redis = options.redis;
      if (!redis) return;
      const key = `${redis.key}:${day}`;
      const counted = day;
      redis.client
        .multi()
        .incr(key)
        .expire(key, 2 * 86_400)
        .exec()
        .then((res) => {
          const total = Number(res?.[0]?.[1]);
          if (counted === day && Number.isFinite(total)) shared = Math.max(shared, total);
        })
        // Redis being away costs the shared count, never the call.
        .catch(() => undefined);
    },
    snapshot() {
      roll();
      return { day, used: Math.max(local, shared), limit: options.limit };
    },
  };
}
