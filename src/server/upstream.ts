import { createHash } from 'node:crypto';
import { CrispClient } from '../datasources/crisp-client.ts';
import { createQuotaCounter, type QuotaCounter } from '../datasources/quota.ts';
import {
  createFairRateLimiter,
  createLocalBucket,
  createRedisBucket,
  type RateLimiter,
} from '../datasources/rate-limit.ts';
import { ReadCache } from '../datasources/read-cache.ts';
import { createRedisStore } from '../datasources/read-cache-redis.ts';
import { createMemoryStore } from '../datasources/read-cache-store.ts';
import { createRedis } from '../datasources/redis.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

export interface Upstream {
  crisp: CrispClient;
  quota: QuotaCounter;
  /** Absent when CRISP_RATE_PER_SECOND=0. */
  rateLimiter?: RateLimiter;
  /** The shared read cache; absent when GATEWAY_CACHE=off. */
  cache?: ReadCache;
  /** Closes the pool (waiting for calls in flight, or cutting them with `force`) and Redis. */
  close(force?: boolean): Promise<void>;
}

type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * The Crisp client as the gateway runs it: the token bucket (in Redis when REDIS_URL is set, so
 * replicas share one budget per token), retries, the per-route circuit breaker and the daily
 * quota count, with one log line per call (route template and status, never a body or header),
 * and the shared read cache in front of it all (in Redis too when REDIS_URL is set).
 */
export function createUpstream(
  config: Config & { crisp: NonNullable<Config['crisp']> },
  baseUrl: string,
  log: Log,
): Upstream {
  const u = config.upstream;
  // The token's identifier never appears in Redis keys: a short hash names it.
  const tokenKey = createHash('sha256').update(config.crisp.identifier).digest('hex').slice(0, 16);
  const redis = config.redisUrl
    ? createRedis(config.redisUrl, { role: 'upstream', logger: log, failFast: true })
    : undefined;
  const bucket = { perSecond: u.ratePerSecond, burst: u.rateBurst, maxWaitMs: u.rateMaxWaitMs };
  const rateLimiter: RateLimiter | undefined =
    u.ratePerSecond <= 0
      ? undefined
      : createFairRateLimiter(
          redis
            ? createRedisBucket({
                ...bucket,
                redis,
                key: `${config.redisKeyPrefix}bucket:${tokenKey}`,
                logger: log,
              })
            : createLocalBucket(bucket),
          bucket,
        );
  const quota = createQuotaCounter({
    limit: u.dailyQuota,
    redis: redis && { client: redis, key: `${config.redisKeyPrefix}quota:${tokenKey}` },
  });
  const c = config.cache;
  const cache =
    c.enabled === 'off'
      ? undefined
      : new ReadCache({
          store: redis
            ? createRedisStore({
                redis,
                prefix: `${config.redisKeyPrefix}cache:${tokenKey}:`,
                maxAgeMs: c.maxAgeMs,
              })
            : createMemoryStore(c),
          maxAgeMs: c.maxAgeMs,
          streamDownMs: c.streamDownMs,
          reconnect: c.reconnect,
          nearQuota: () => {
            const { limit, used } = quota.snapshot();
            return c.staleNearQuota > 0 && limit !== undefined && limit - used <= c.staleNearQuota;
          },
        });
  const crisp = new CrispClient({
    baseUrl,
    ...config.crisp,
    timeoutMs: config.crispTimeoutMs,
    retry: { attempts: u.retryAttempts, maxRetryAfterMs: u.retryAfterMaxMs },
    breaker: u.breakerThreshold > 0 && {
      threshold: u.breakerThreshold,
      cooldownMs: u.breakerCooldownMs,
    },
    rateLimiter,
    quota,
    cache,
  });

  crisp.onCall((call) => {
    const line = {
      method: call.method,
      route: call.route,
      status: call.status,
      ms: Math.round(call.ms),
      attempt: call.attempt,
      error: call.error,
    };
    if (call.error || call.status >= 500) log.warn(line, 'crisp call failed');
    else log.info(line, 'crisp call');
  });
  crisp.onEvent((event) => {
    if (event.kind === 'retry')
      log.warn(
        {
          method: event.method,
          route: event.route,
          attempt: event.attempt,
          reason: event.reason,
          delayMs: Math.round(event.delayMs),
        },
        'crisp call retried',
      );
    else if (event.kind === 'refused')
      log.warn(
        { method: event.method, route: event.route, reason: event.reason },
        'crisp call refused',
      );
    else
      log.debug(
        { method: event.method, route: event.route, ms: event.ms },
        'crisp call queued for the rate limit',
      );
  });
  crisp.breakers?.onChange((route, state) => log.warn({ route, state }, 'crisp circuit changed'));

  return {
    crisp,
    quota,
    rateLimiter,
    cache,
    async close(force = false) {
      await (force ? crisp.destroy() : crisp.close());
      await cache?.close();
      await rateLimiter?.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
