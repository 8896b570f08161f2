import { createHash } from 'node:crypto';
import type { RtmEvent, RtmSource } from './topics.ts';

export interface DedupeOptions {
  /** Keys remembered at most; past it the least recently used is forgotten. @default 10000 */
  maxKeys?: number;
  /** How long a message fingerprint is remembered. @default 600000 (10 min) */
  messageTtlMs?: number;
  /**
   * How long an event without an id waits for its copy from another source (a hook beside the
   * socket). Hook retries can come later than this and then pass as new. @default 60000
   */
  eventTtlMs?: number;
  now?: () => number;
}

/**
 * `exact`: the key names one occurrence (a message by its fingerprint), so any repeat is a
 * duplicate. Otherwise the key is the payload's hash, which a real repeat can share (a visitor
 * count going 3, 4, 3), so copies are paired across sources instead of all dropped.
 */
export interface DedupeKey {
  key: string;
  exact: boolean;
}

/** Objects with sorted keys, so equal payloads hash equally whatever the sender's key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function dedupeKey(e: RtmEvent): DedupeKey {
  const fingerprint = e.data.fingerprint;
  if (e.sessionId && typeof fingerprint === 'number') {
    // A fingerprint names one message of a session, sent by one side, so `message:send` and
    // `message:received` share the key: backfill rebuilds the name from `from` and must match.
    if (e.name === 'message:send' || e.name === 'message:received') {
      return { key: `message|${e.websiteId}|${e.sessionId}|${fingerprint}`, exact: true };
    }
    if (e.name === 'message:removed')
      return { key: `removed|${e.websiteId}|${e.sessionId}|${fingerprint}`, exact: true };
  }
  const hash = createHash('sha256').update(canonical(e.data)).digest('base64url');
  return { key: `${e.name}|${e.websiteId}|${hash}`, exact: false };
}

interface Occurrence {
  at: number;
  /** Sources whose copy of this occurrence has arrived (the first one included). */
  seen: Set<RtmSource>;
}

/**
 * Drops the copies of an event that reach the gateway more than once: the same event from the
 * socket and a web hook, a hook retry, a backfilled message that was also live. Bounded in keys
 * (LRU) and in time (TTL); an entry forgotten early can let one duplicate through, never drop
 * an event.
 */
export function createDedupe(options: DedupeOptions = {}) {
  const maxKeys = options.maxKeys ?? 10_000;
  const messageTtlMs = options.messageTtlMs ?? 600_000;
  const eventTtlMs = options.eventTtlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Occurrence[]>();

  function live(key: string, ttl: number, t: number): Occurrence[] {
    const list = (entries.get(key) ?? []).filter((o) => t - o.at < ttl);
    // Re-inserting moves the key to the end: Map order is the LRU order.
    entries.delete(key);
    if (list.length > 0) entries.set(key, list);
    return list;
  }

  function remember(key: string, list: Occurrence[]): void {
    entries.set(key, list);
    while (entries.size > maxKeys) entries.delete(entries.keys().next().value!);
  }

  return {
    /** True the first time an event is seen; false for a copy of one already accepted. */
    accept(e: RtmEvent): boolean {
      const t = now();
      const { key, exact } = dedupeKey(e);
      const list = live(key, exact ? messageTtlMs : eventTtlMs, t);
      if (exact) {
        if (list.length > 0) return false;
        remember(key, [{ at: t, seen: new Set([e.source]) }]);
        return true;
      }
      // This source's copy of an occurrence another source delivered first.
      const twin = list.find((o) => !o.seen.has(e.source));
      if (twin) {
        twin.seen.add(e.source);
        remember(key, list);
        return false;
      }
      // A hook retry (attempt > 1) of something already accepted.
      if (e.attempt > 1 && list.length > 0) {
        remember(key, list);
        return false;
      }
      remember(key, [...list, { at: t, seen: new Set([e.source]) }]);
      return true;
    },
    get size(): number {
      return entries.size;
    },
  };
}
