import { LRUCache } from 'lru-cache';

/** One cached Crisp answer. */
export interface CacheEntry {
  /** Route template (`/website/:id/conversation/:id/messages`), for patches. */
  route: string;
  /** The query string as sent, '' for none. */
  query: string;
  status: number;
  /** Crisp's JSON body as text: no reader can change a copy another reader gets. */
  body: string;
  /** When Crisp answered it (ms); a patch keeps it, so an entry's age counts from its read. */
  at: number;
  /** Generations of its scope, website and group when it was read; valid while they hold. */
  gens: Gens;
}

export type Gens = [scope: number, website: number, group: number];

/** The generation keys of one entry: the token's scope, its website, its group. */
export type GenKeys = [scope: string, website: string, group: string];

/** A group's valid entries and the generations they are valid under. */
export interface Members {
  gens: Gens;
  entries: Map<string, CacheEntry>;
}

/** One group's new entries (those left out are dropped). */
export interface Replacement {
  keys: GenKeys;
  expected: number;
  entries: Map<string, CacheEntry>;
}

export interface Lookup {
  entry?: CacheEntry;
  gens: Gens;
  /** Whether the event stream is up, as its holder last said (any replica). */
  streamUp: boolean;
  /**
   * While it is down: when its holder saw it go down, if it said so (entries were kept exact by
   * events until then); undefined when it never came up, or its holder lags or went away.
   */
  downAt?: number;
}

/**
 * Where entries live: this process (`createMemoryStore`) or Redis (`read-cache-redis.ts`).
 * Invalidation raises generations, never scans: an entry read under older ones is a miss. A raise
 * takes a fresh value of one counter, so a generation never comes back.
 */
export interface CacheStore {
  read(key: string, gens: GenKeys): Promise<Lookup>;
  /** Stores an entry read under `entry.gens` (a miss that raced a change is stored and never valid). */
  write(key: string, gens: GenKeys, entry: CacheEntry): Promise<void>;
  /**
   * The entries of these groups still valid now, with the generations they are valid under, and
   * a fresh generation to `replace` them under.
   */
  members(groups: GenKeys[]): Promise<{ gen: number; groups: Members[] }>;
  /**
   * Raises each group's generation to `gen` and stores its entries under it, if every group is
   * still at its `expected` generation; otherwise something else changed one meanwhile, nothing
   * is written and the answer is false.
   */
  replace(gen: number, changes: Replacement[]): Promise<boolean>;
  /** Raises these generations: everything read under the old ones is dropped. */
  raise(keys: string[]): Promise<void>;
  /**
   * The event stream's holder says whether events flow (when down, since `at`); while up,
   * `current` says whether its events are applied without lag (a store shared by replicas then
   * stops vouching for it).
   */
  setStream(up: boolean, current?: () => boolean, at?: number): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
}

/** Bookkeeping per entry besides its body: key, route, query, generations. */
const OVERHEAD_BYTES = 200;

/** Entries in this process, least recently used out past `maxEntries` or `maxBytes`. */
export function createMemoryStore(options: MemoryStoreOptions): CacheStore {
  const members = new Map<string, Set<string>>();
  const entries = new LRUCache<string, CacheEntry & { group: string }>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (e, key) => e.body.length + key.length + OVERHEAD_BYTES,
    ttl: options.maxAgeMs,
    dispose: (e, key) => {
      const set = members.get(e.group);
      set?.delete(key);
      if (set?.size === 0) members.delete(e.group);
    },
  });
  // Generations of groups no entry uses any more go least recently used first; a forgotten one
  // reads 0, which no entry read after a raise carries.
  const generations = new LRUCache<string, number>({ max: options.maxEntries * 4 });
  let counter = 0;
  let streamUp = false;
  let downAt: number | undefined;
  const gensOf = (keys: GenKeys): Gens => [
    generations.get(keys[0]) ?? 0,
    generations.get(keys[1]) ?? 0,
    generations.get(keys[2]) ?? 0,
  ];
  const same = (a: Gens, b: Gens) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
  const put = (key: string, group: string, entry: CacheEntry) => {
    entries.set(key, { ...entry, group });
    if (!entries.has(key)) return; // larger than maxBytes on its own
    const set = members.get(group) ?? new Set();
    members.set(group, set.add(key));
  };

  return {
    async read(key, keys) {
      return { entry: entries.get(key), gens: gensOf(keys), streamUp, downAt };
    },
    async write(key, keys, entry) {
      put(key, keys[2], entry);
    },
    async members(groups) {
      const found = groups.map((keys) => {
        const gens = gensOf(keys);
        const valid = new Map<string, CacheEntry>();
        for (const key of members.get(keys[2]) ?? []) {
          const e = entries.get(key);
          if (e && same(e.gens, gens)) valid.set(key, e);
        }
        return { gens, entries: valid };
      });
      return { gen: ++counter, groups: found };
    },
    async replace(gen, changes) {
      if (changes.some((c) => (generations.get(c.keys[2]) ?? 0) !== c.expected)) return false;
      for (const c of changes) {
        generations.set(c.keys[2], gen);
        for (const [key, entry] of c.entries) put(key, c.keys[2], entry);
      }
      return true;
    },
    async raise(keys) {
      const gen = ++counter;
      for (const key of keys) generations.set(key, gen);
    },
    async setStream(up, _current, at) {
      streamUp = up;
      downAt = up ? undefined : at;
    },
    async close() {
      entries.clear();
    },
  };
}
