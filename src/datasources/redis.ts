import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { loadRedis } from '../lazy-modules.ts';

export interface RedisConnectionOptions {
  /** Named in its error lines: `upstream`, `publisher`, `subscriber`, `lease`. */
  role: string;
  logger: Pick<Logger, 'warn'>;
  /**
   * A command fails after one reconnection attempt instead of ioredis's twenty: for a caller with
   * a local fallback (the rate limiter, the quota count), which must not hold a Crisp call while
   * Redis is away. The bus and the lease wait out a short outage instead.
   * @default false
   */
  failFast?: boolean;
}

/**
 * Every Redis connection of the gateway. It connects on its first command, so building one costs
 * nothing until it is used; ioredis reconnects by itself with its own back-off. Errors are logged
 * by code only: the URL can hold a password.
 */
export function createRedis(url: string, options: RedisConnectionOptions): Redis {
  const settings: RedisOptions = {
    lazyConnect: true,
    ...(options.failFast ? { maxRetriesPerRequest: 1 } : {}),
  };
  const redis = new (loadRedis())(url, settings);
  redis.on('error', (err: NodeJS.ErrnoException) =>
    options.logger.warn({ role: options.role, code: err.code ?? err.name }, 'redis error'),
  );
  return redis;
}
