import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, test } from 'vitest';
import { CircuitBreakers } from '../../src/datasources/circuit-breaker.ts';
import { createQuotaCounter } from '../../src/datasources/quota.ts';
import { createLocalBucket, createRedisBucket } from '../../src/datasources/rate-limit.ts';
import { defaultRetryPolicy, retryDelay } from '../../src/datasources/retry.ts';

describe('retry delays', () => {
  test('back off exponentially with jitter, up to the ceiling, within the attempts', () => {
    const p = { ...defaultRetryPolicy, attempts: 5, baseDelayMs: 100, maxDelayMs: 300 };
    expect(retryDelay(p, 1, {}, () => 0)).toBe(50);
    expect(retryDelay(p, 1, {}, () => 0.999)).toBe(99);
    expect(retryDelay(p, 2, {}, () => 0)).toBe(100);
    expect(retryDelay(p, 4, {}, () => 0.999)).toBeLessThanOrEqual(300);
    expect(retryDelay(p, 5, {})).toBeUndefined();
  });

  test('Retry-After is honoured up to the cap; the daily quota is not retried', () => {
    const p = { ...defaultRetryPolicy, maxRetryAfterMs: 5000 };
    expect(retryDelay(p, 1, { retryAfterS: 2 }, () => 0)).toBe(2000);
    expect(retryDelay(p, 1, { retryAfterS: 6 })).toBeUndefined();
    expect(retryDelay(p, 1, { reason: 'quota_limit_exceeded' })).toBeUndefined();
  });
});

describe('circuit breaker', () => {
  test('opens after the threshold, lets one probe through after the cool-down, closes on success', () => {
    let now = 0;
    const b = new CircuitBreakers({ threshold: 2, cooldownMs: 100 }, () => now);
    const r = 'GET /website/:id';
    b.failure(r);
    expect(b.allow(r)).toBe(true);
    b.failure(r);
    expect(b.state(r)).toBe('open');
    expect(b.allow(r)).toBe(false);
    now = 100;
    expect(b.allow(r)).toBe(true);
    expect(b.state(r)).toBe('half_open');
    expect(b.allow(r)).toBe(false); // one probe at a time
    b.failure(r);
    expect(b.state(r)).toBe('open');
    now = 200;
    expect(b.allow(r)).toBe(true);
    b.success(r);
    expect(b.state(r)).toBe('closed');
    expect(b.allow('GET /other')).toBe(true);
  });
});

describe('token bucket', () => {
  test('a burst is free, then each call waits for its token; past maxWait it is refused', async () => {
    let now = 0;
    const bucket = createLocalBucket({ perSecond: 10, burst: 3, maxWaitMs: 250 }, () => now);
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await bucket.reserve());
    expect(waits).toEqual([
      { ok: true, waitMs: 0 },
      { ok: true, waitMs: 0 },
      { ok: true, waitMs: 0 },
      { ok: true, waitMs: 100 },
      { ok: true, waitMs: 200 },
    ]);
    expect(await bucket.reserve()).toEqual({ ok: false, waitMs: 300 });
    now = 1000;
    expect(await bucket.reserve()).toEqual({ ok: true, waitMs: 0 });
    bucket.pause(200);
    expect(await bucket.reserve()).toEqual({ ok: true, waitMs: 200 });
  });

  test('replicas share one bucket through Redis', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    const key = `crisp-gateway-test:bucket:${randomUUID()}`;
    const logger = { warn() {} };
    const a = createRedisBucket({ perSecond: 2, burst: 2, maxWaitMs: 10_000, redis, key, logger });
    const b = createRedisBucket({ perSecond: 2, burst: 2, maxWaitMs: 10_000, redis, key, logger });
    try {
      const waits = [
        await a.reserve(),
        await b.reserve(),
        await a.reserve(),
        await b.reserve(),
      ].map((r) => r.waitMs);
      expect(waits.slice(0, 2)).toEqual([0, 0]);
      // The third and fourth calls, from either replica, wait about 0.5 s and 1 s.
      expect(waits[2]).toBeGreaterThan(400);
      expect(waits[3]).toBeGreaterThan(900);
    } finally {
      await redis.del(key);
      await redis.quit();
    }
  });
});

describe('daily quota', () => {
  test('counts calls per UTC day and starts again at midnight', () => {
    let now = Date.parse('2026-03-01T23:59:59Z');
    const quota = createQuotaCounter({ limit: 5000, now: () => now });
    quota.count();
    quota.count();
    expect(quota.snapshot()).toEqual({ day: '2026-03-01', used: 2, limit: 5000 });
    now += 2000;
    expect(quota.snapshot()).toEqual({ day: '2026-03-02', used: 0, limit: 5000 });
  });
});
