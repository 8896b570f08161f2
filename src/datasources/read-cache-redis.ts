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

/** How often the stream holder renews its word, or withdraws it while its events lag. */
const LAG_CHECK_MS = 100;

/**
 * A fresh generation, then each group's generations, member names and entries.
 * KEYS[1] the counter, then per group its three generation keys and its members key; ARGV[1]
 * the entry key prefix.
 */
const MEMBERS = `
local out = { redis.call('INCR', KEYS[1]) }
for i = 2, #KEYS, 4 do
  local names = redis.call('SMEMBERS', KEYS[i + 3])
  local values = {}
  if #names > 0 then
    local keys = {}
    for j, name in ipairs(names) do keys[j] = ARGV[1] .. name end
    values = redis.call('MGET', unpack(keys))
  end
  out[#out + 1] = { redis.call('MGET', KEYS[i], KEYS[i + 1], KEYS[i + 2]), names, values }
end
return out`;

/**
 * Stores each group's entries under a new generation if every group is still at its expected
 * one; otherwise another writer changed one meanwhile, and nothing is written.
 * KEYS: the n groups' generation keys, then entries; ARGV: n, new generation, generation TTL,
 * entry TTL, the n expected generations, then one value per entry.
 */
const REPLACE = `
local n = tonumber(ARGV[1])
for i = 1, n do
  if tonumber(redis.call('GET', KEYS[i]) or '0') ~= tonumber(ARGV[4 + i]) then return 0 end
end
for i = 1, n do redis.call('SET', KEYS[i], ARGV[2], 'PX', ARGV[3]) end
for i = n + 1, #KEYS do redis.call('SET', KEYS[i], ARGV[4 + i], 'PX', ARGV[4]) end
return 1`;

/** Takes a fresh generation and gives it to every key in KEYS[2..]. ARGV: generation TTL. */
const RAISE = `
local gen = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], gen, 'PX', ARGV[1]) end
return gen`;

/**
 * Entries in Redis, shared by every replica of one token: one MGET per read (the entry, its three
 * generations and the stream flag), drops that are a counter and a SET, and patches that are two
 * scripts (one reads the groups an event changes, one writes them back if no one changed them
 * meanwhile), seen by every replica at its next read. Redis bounds the memory (`maxmemory`); entries and generations expire.
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
      // '1' while up; `d<ms>` once its holder saw it go down at that time; absent otherwise.
      const flag = rest[3];
      return {
        entry: entry ? (JSON.parse(entry) as CacheEntry) : undefined,
        gens: toGens(rest),
        streamUp: flag === '1',
        downAt: flag?.startsWith('d') ? Number(flag.slice(1)) : undefined,
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
    async members(groups) {
      const keys = groups.flatMap((g) => [...g.map(genKey), membersKey(g[2])]);
      const [gen, ...found] = (await redis.eval(
        MEMBERS,
        1 + keys.length,
        counterKey,
        ...keys,
        entryKey(''),
      )) as [number, ...[(string | null)[], string[], (string | null)[]][]];
      return {
        gen,
        groups: found.map(([genValues, names, values]) => {
          const gens = toGens(genValues);
          const entries = new Map<string, CacheEntry>();
          names.forEach((name, i) => {
            const raw = values[i];
            const e = raw ? (JSON.parse(raw) as CacheEntry) : undefined;
            if (e && e.gens[0] === gens[0] && e.gens[1] === gens[1] && e.gens[2] === gens[2])
              entries.set(name, e);
          });
          return { gens, entries };
        }),
      };
    },
    async replace(gen, changes) {
      const entries = changes.flatMap((c) => [...c.entries]);
      const done = await redis.eval(
        REPLACE,
        changes.length + entries.length,
        ...changes.map((c) => genKey(c.keys[2])),
        ...entries.map(([key]) => entryKey(key)),
        changes.length,
        gen,
        genTtlMs,
        maxAgeMs,
        ...changes.map((c) => c.expected),
        ...entries.map(([, e]) => JSON.stringify(e)),
      );
      return done === 1;
    },
    async raise(keys) {
      await redis.eval(RAISE, 1 + keys.length, counterKey, ...keys.map(genKey), genTtlMs);
    },
    async setStream(up, current = () => true, at) {
      clearInterval(renew);
      renew = undefined;
      if (!up && at === undefined) return void (await redis.del(streamKey));
      if (!up) return void (await redis.set(streamKey, `d${at}`, 'PX', maxAgeMs));
      // While this replica's events lag, others must not serve entries as if they were exact.
      const mark = () =>
        (current() ? redis.set(streamKey, '1', 'PX', streamTtlMs) : redis.del(streamKey)).catch(
          () => undefined,
        );
      await mark();
      renew = setInterval(mark, LAG_CHECK_MS);
      renew.unref();
    },
    /** Ends the holder's word (a standby leaves the holder's); the connection is the caller's. */
    async close() {
      if (renew) await redis.del(streamKey).catch(() => undefined);
      clearInterval(renew);
    },
  };
}
