import type { Redis } from 'ioredis';
import type { CacheEntry, CacheStore, Gens } from './read-cache-store.ts';

export interface RedisStoreOptions {
  redis: Redis;
  /** Every key's prefix: `<REDIS_KEY_PREFIX>cache:<token hash>:`. */
  prefix: string;
  maxAgeMs: number;
  /** How long the stream holder's word that events flow lasts unless renewed. @default 1500 */
  streamTtlMs?: number;
}

/**
 * Stores the group's entries under a new generation if the group is still at the expected one;
 * otherwise another replica dropped it meanwhile, and nothing is written.
 * KEYS[1] the group's generation, KEYS[2..] entries; ARGV: expected, new, generation TTL, entry
 * TTL, then one value per entry.
 */
const REPLACE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i + 3], 'PX', ARGV[4]) end
return 1`;

/** Takes a fresh generation and gives it to every key in KEYS[2..]. ARGV: generation TTL. */
const RAISE = `
local gen = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], gen, 'PX', ARGV[1]) end
return gen`;

/**
 * Entries in Redis, shared by every replica of one token: one MGET per read (the entry, its three
 * generations and the stream flag), and drops that are a counter and a SET, seen by every replica
 * at its next read. Redis bounds the memory (`maxmemory`); entries and generations expire.
 */
export function createRedisStore(options: RedisStoreOptions): CacheStore {
  const { redis, prefix, maxAgeMs } = options;
  const streamTtlMs = options.streamTtlMs ?? 1500;
  // A generation outlives the entries read under it.
  const genTtlMs = 2 * maxAgeMs;
  const entryKey = (key: string) => `${prefix}e:${key}`;
  const genKey = (key: string) => `${prefix}g:${key}`;
  const membersKey = (group: string) => `${prefix}m:${group}`;
  const streamKey = `${prefix}stream`;
  let renew: NodeJS.Timeout | undefined;
  const toGens = (values: (string | null)[]): Gens => [
    Number(values[0] ?? 0),
    Number(values[1] ?? 0),
    Number(values[2] ?? 0),
  ];
  const counterKey = `${prefix}n`;

  return {
    async read(key, keys) {
      const [entry, ...rest] = await redis.mget(entryKey(key), ...keys.map(genKey), streamKey);
      return {
        entry: entry ? (JSON.parse(entry) as CacheEntry) : undefined,
        gens: toGens(rest),
        streamUp: rest[3] === '1',
      };
    },
    async write(key, keys, entry) {
      await redis
        .multi()
        .set(entryKey(key), JSON.stringify(entry), 'PX', maxAgeMs)
        .sadd(membersKey(keys[2]), key)
        .pexpire(membersKey(keys[2]), maxAgeMs)
        .exec();
    },
    async members(keys) {
      const names = await redis.smembers(membersKey(keys[2]));
      const values = await redis.mget(...keys.map(genKey), ...names.map(entryKey));
      const gens = toGens(values);
      const entries = new Map<string, CacheEntry>();
      names.forEach((name, i) => {
        const raw = values[i + 3];
        const e = raw ? (JSON.parse(raw) as CacheEntry) : undefined;
        if (e && e.gens[0] === gens[0] && e.gens[1] === gens[1] && e.gens[2] === gens[2])
          entries.set(name, e);
      });
      return { gens, entries };
    },
    async replace(keys, expected, build) {
      const gen = await redis.incr(counterKey);
      const entries = [...build(gen)];
      await redis.eval(
        REPLACE,
        1 + entries.length,
        genKey(keys[2]),
        ...entries.map(([key]) => entryKey(key)),
        expected,
        gen,
        genTtlMs,
        maxAgeMs,
        ...entries.map(([, e]) => JSON.stringify(e)),
      );
    },
    async raise(keys) {
      await redis.eval(RAISE, 1 + keys.length, counterKey, ...keys.map(genKey), genTtlMs);
    },
    async setStream(up) {
      clearInterval(renew);
      renew = undefined;
      if (!up) return void (await redis.del(streamKey));
      const mark = () => redis.set(streamKey, '1', 'PX', streamTtlMs).catch(() => undefined);
      await mark();
      renew = setInterval(mark, streamTtlMs / 3);
      renew.unref();
    },
    /** Ends the holder's word (a standby leaves the holder's); the connection is the caller's. */
    async close() {
      if (renew) await redis.del(streamKey).catch(() => undefined);
      clearInterval(renew);
    },
  };
}
