import { createRequire } from 'node:module';
import type { Redis as RedisClass } from 'ioredis';
import type { io as ioFunction } from 'socket.io-client';

/**
 * Packages only some configurations use, loaded on first use: a gateway without REDIS_URL never
 * holds ioredis, one with CRISP_RTM_MODE=off or webhooks never holds socket.io-client. Both
 * are CommonJS, so a synchronous require keeps their callers synchronous.
 */
const require = createRequire(import.meta.url);

export const loadRedis = (): typeof RedisClass =>
  (require('ioredis') as typeof import('ioredis')).Redis;

export const loadSocketIo = (): typeof ioFunction =>
  (require('socket.io-client') as typeof import('socket.io-client')).io;
