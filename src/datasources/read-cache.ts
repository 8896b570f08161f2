import {
  type CacheEvent,
  eventActions,
  fallbackAction,
  type GroupKind,
  placeOf,
  type Target,
  writeTarget,
} from './cache-invalidation.ts';
import type { CrispAnswer } from './crisp-envelope.ts';
import { type CrispRequest, formRequest, template } from './crisp-request.ts';
import { type Change, patchConversation, type Send } from './read-cache-patch.ts';
import { ChangeQueue } from './read-cache-queue.ts';
import { RecentWebsites, revalidate } from './read-cache-reconnect.ts';
import type { CacheEntry, CacheStore, GenKeys, Gens, Lookup } from './read-cache-store.ts';

export interface ReadCacheOptions {
  store: CacheStore;
  /** The oldest an entry is ever served, events or not. */
  maxAgeMs: number;
  /**
   * While the event stream is down (or was never up), how long an entry is served after it was
   * last known exact: when the stream went down, or its read if later.
   */
  streamDownMs: number;
  /**
   * What is kept when the stream comes back: what Crisp's lists show unchanged
   * (`read-cache-reconnect.ts`), or nothing. @default 'rows'
   */
  reconnect?: 'rows' | 'all';
  /**
   * Whether the day's Crisp quota is nearly spent: an out-of-date entry is then served rather
   * than spending a call (`GATEWAY_CACHE_STALE_NEAR_QUOTA`), and the caller is told.
   */
  nearQuota?: () => boolean;
  now?: () => number;
}

/** What the cache did, for metrics: one read, or what an event, a write or a reconnect dropped. */
export type CacheOutcome =
  | { kind: 'hit' | 'miss' | 'fresh' | 'stale'; route: string }
  | { kind: 'patch' | 'invalidate'; cause: string; count: number };

/** Events applied later than this after they arrived: the cache lags behind its stream. */
const LAG_MS = 500;
/** Tries of a patch that raced another writer of the same groups, before dropping them. */
const PATCH_TRIES = 3;

const genKeys = (websiteId: string | null, group: string): GenKeys => [
  'scope',
  `w:${websiteId ?? ''}`,
  `g:${websiteId ?? ''}:${group}`,
];
const sameGens = (a: Gens, b: Gens) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
const groupName = (kind: GroupKind, sessionId: string | null) =>
  kind === 'conversation' ? sessionId && `conv:${sessionId.toLowerCase()}` : kind;

/**
 * Crisp's GET answers shared by every request of one token (the store is keyed by the token's
 * hash, never its secret), kept exact by events and the gateway's own writes:
 * - a read is served from an entry read under the current generations of its scope, website and
 *   group, at most `maxAgeMs` old, and while the event stream is not up, at most `streamDownMs`
 *   after it was last known exact; a `fresh` read (Cache-Control: no-cache) always goes to Crisp
 *   and refreshes the entry;
 * - a write (POST, PUT, PATCH, DELETE) drops its route family before it returns;
 * - an event patches or drops what it changes (`cache-invalidation.ts`) before subscribers hear
 *   of it: the events of one conversation one after the other, those of different ones at once;
 * - a conversation's write reads the record again and rebuilds the list rows from it while events
 *   flow, before its own events are applied (else it drops the conversation and the lists);
 * - each time the stream comes up, everything is dropped but what Crisp's conversation lists
 *   vouch for (`read-cache-reconnect.ts`): events may have been missed.
 * HEAD and caller-shaped (`crispRequest`) reads are never cached; their writes drop like others.
 */
export class ReadCache {
  private readonly listeners = new Set<(o: CacheOutcome) => void>();
  /** GET reads on their way to Crisp, by generations and URL, with their answer as JSON text. */
  private readonly flights = new Map<string, Promise<{ status: number; body: string | null }>>();
  /**
   * The client's transmit, for the record reads a change needs: the first read's, so those reads
   * take that caller's rate-limit turns.
   */
  private send?: Send;
  private readonly now: () => number;
  /** Entries read before a store failure are not trusted: a drop may not have reached them. */
  private failedAt = 0;
  /** For `revalidate`: the websites read for lately. */
  private readonly websites = new RecentWebsites();
  /** Events and writes, in order per conversation. */
  private readonly changes: ChangeQueue;
  /** Whether events flowed at the last look (any replica's stream, through the store). */
  streamUp = false;

  constructor(private readonly options: ReadCacheOptions) {
    this.now = options.now ?? Date.now;
    this.changes = new ChangeQueue(this.now, (err) => this.failed(err));
  }

  onOutcome(listener: (o: CacheOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The client's `send`, through the cache. `stale` collects the routes answered from an
   * out-of-date entry near the quota (see `nearQuota`); without it, none is.
   */
  async through(
    req: CrispRequest,
    fresh: boolean,
    send: Send,
    stale?: string[],
  ): Promise<CrispAnswer> {
    this.send ??= send;
    if (req.method === 'HEAD' || (req.method === 'GET' && (req.raw || req.secret)))
      return send(req);
    if (req.method !== 'GET') return this.write(req, send);
    const url = formRequest(req).url;
    const route = template('GET', req.path).slice(4);
    const { websiteId, group } = placeOf(String(req.path));
    const keys = genKeys(websiteId, group);
    const look = await this.options.store.read(url, keys).catch((err) => this.failed(err));
    if (look) this.streamUp = look.streamUp;
    const entry = look?.entry;
    const at = this.now();
    if (look && entry && !fresh && this.valid(entry, look, at)) {
      this.emit({ kind: 'hit', route });
      return { status: entry.status, body: JSON.parse(entry.body) as unknown };
    }
    if (entry && !fresh && stale && this.options.nearQuota?.()) {
      this.emit({ kind: 'stale', route });
      stale.push(route);
      return { status: entry.status, body: JSON.parse(entry.body) as unknown };
    }
    // A read already on its way under the same generations answers this one too: nothing it
    // could miss has been applied since it left (a write or an event would have moved them).
    const flight = look && !fresh ? `${look.gens.join('.')} ${url}` : undefined;
    const shared = flight && this.flights.get(flight);
    if (shared) {
      this.emit({ kind: 'hit', route });
      const { status, body } = await shared;
      return { status, body: body === null ? null : (JSON.parse(body) as unknown) };
    }
    this.emit({ kind: fresh ? 'fresh' : 'miss', route });
    const sent = send(req);
    if (flight) {
      const text = sent.then((a) => ({
        status: a.status,
        body: a.body === null ? null : JSON.stringify(a.body),
      }));
      this.flights.set(flight, text);
      void text.catch(() => undefined).finally(() => this.flights.delete(flight));
    }
    const answer = await sent;
    if (look && (answer.status === 200 || answer.status === 206) && answer.body !== null) {
      const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      const body = JSON.stringify(answer.body);
      const stored: CacheEntry = { route, query, status: answer.status, body, at, gens: look.gens };
      await this.options.store.write(url, keys, stored).catch((err) => this.failed(err));
      if (websiteId) this.websites.read(websiteId, url, stored);
    }
    return answer;
  }

  /**
   * Read under the current generations, younger than the maximum age, and while the stream is
   * down, known exact less than `streamDownMs` ago: events kept it exact until the stream went
   * down (when its holder saw that), or it was read since.
   */
  private valid(entry: CacheEntry, look: Lookup, now: number): boolean {
    const exactAt = Math.max(entry.at, look.downAt ?? entry.at);
    return (
      sameGens(entry.gens, look.gens) &&
      now - entry.at < this.options.maxAgeMs &&
      (look.streamUp || now - exactAt < this.options.streamDownMs) &&
      entry.at > this.failedAt
    );
  }

  /** One event, after those of its conversation before it; resolves after those before it. */
  apply(event: CacheEvent): Promise<void> {
    return this.changes.event(event.websiteId, event.sessionId, () => this.applyNow(event));
  }

  /** How far behind its stream the cache is: the age of the oldest event not applied yet. */
  lagMs(): number {
    return this.changes.lagMs();
  }

  private async applyNow(e: CacheEvent): Promise<void> {
    const websiteId = e.websiteId.toLowerCase();
    const action = eventActions[e.name] ?? fallbackAction(e.name);
    if (action === 'website') return this.drop({ websiteId, everything: true }, e.name);
    const patching = Boolean(action.patch && e.sessionId);
    const groups = action.drop
      .filter((kind) => !(kind === 'conversation' && patching))
      .map((kind) => groupName(kind, e.sessionId))
      .filter((g): g is string => Boolean(g));
    if (groups.length > 0) await this.drop({ websiteId, groups }, e.name);
    if (patching) await this.conversation(websiteId, e.sessionId!, e.name, { event: e, action });
  }

  /**
   * A write, and what it changed dropped or read again before it returns. A conversation's write
   * takes its turn in the conversation's queue as it is sent: its own events, which Crisp may send
   * before it answers, are applied after its record is read back and find their change there.
   * Without events, entries live a moment: the read is not worth a call the operation did not ask
   * for, and the conversation and the lists are dropped instead.
   */
  private async write(req: CrispRequest, send: Send): Promise<CrispAnswer> {
    const target = writeTarget(String(req.path));
    const sent = send(req);
    if ('sessionId' in target && this.streamUp) {
      const { websiteId, sessionId, keep } = target;
      // Handled now: the write may fail while the queue is still busy.
      const settled = sent.catch(() => undefined);
      await this.changes.queued(websiteId, sessionId, async () => {
        await settled;
        await this.conversation(websiteId, sessionId, 'write', { keep });
      });
      return sent;
    }
    try {
      return await sent;
    } finally {
      if ('sessionId' in target) {
        const groups = [`conv:${target.sessionId.toLowerCase()}`, 'lists'];
        await this.drop({ websiteId: target.websiteId, groups }, 'write');
      } else await this.drop(target, 'write');
    }
  }

  private async conversation(
    websiteId: string,
    sessionId: string,
    cause: string,
    change: Change,
  ): Promise<void> {
    const group = `conv:${sessionId.toLowerCase()}`;
    const keys = { conv: genKeys(websiteId, group), lists: genKeys(websiteId, 'lists') };
    for (let i = 0; i < PATCH_TRIES; i++) {
      const ctx = { store: this.options.store, send: this.send, now: this.now() };
      const count = await patchConversation(ctx, sessionId, keys, change);
      if (count !== undefined) return this.emit({ kind: 'patch', cause, count });
    }
    await this.drop({ websiteId, groups: [group, 'lists'] }, cause);
  }

  /** Drops what a write, an event or a reconnection may have changed. */
  async drop(target: Target, cause: string): Promise<void> {
    if ('none' in target || 'sessionId' in target) return;
    const keys =
      'scope' in target
        ? ['scope']
        : 'everything' in target
          ? [genKeys(target.websiteId, '')[1]]
          : target.groups.map((g) => genKeys(target.websiteId, g)[2]);
    await this.options.store.raise(keys).catch((err) => this.failed(err));
    this.emit({ kind: 'invalidate', cause, count: keys.length });
  }

  /**
   * The event stream's holder: up (after each authentication: what may have been missed while it
   * was down is dropped) or down (entries then live `streamDownMs` more).
   */
  async setStream(up: boolean): Promise<void> {
    const at = this.now();
    if (up) await this.revalidate();
    this.streamUp = up;
    const current = () => this.lagMs() < LAG_MS;
    await this.options.store.setStream(up, current, at).catch((err) => this.failed(err));
  }

  /** After events may have been missed: everything dropped, but what Crisp's lists vouch for. */
  private async revalidate(): Promise<void> {
    const ctx = { store: this.options.store, send: this.send, now: this.now, keysOf: genKeys };
    const websites = this.options.reconnect === 'all' ? [] : this.websites.list();
    const kept = await revalidate(ctx, websites).catch(async (err) => {
      this.failed(err);
      await this.options.store.raise(['scope']).catch(() => undefined);
      return 0;
    });
    if (kept > 0) this.emit({ kind: 'patch', cause: 'reconnect', count: kept });
    this.emit({ kind: 'invalidate', cause: 'reconnect', count: 1 });
  }

  /** A store that could not be read or written: the read goes to Crisp, older entries are dropped. */
  private failed(_err: unknown): undefined {
    this.failedAt = this.now();
    return undefined;
  }

  private emit(outcome: CacheOutcome): void {
    for (const l of this.listeners) l(outcome);
  }

  close(): Promise<void> {
    return this.options.store.close();
  }
}
