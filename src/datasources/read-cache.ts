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
import type { CacheEntry, CacheStore, GenKeys, Gens } from './read-cache-store.ts';

export interface ReadCacheOptions {
  store: CacheStore;
  /** The oldest an entry is ever served, events or not. */
  maxAgeMs: number;
  /** The oldest an entry is served while the event stream is down (or was never up). */
  streamDownMs: number;
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
 *   group, at most `maxAgeMs` old, and at most `streamDownMs` old while the event stream is not
 *   up; a `fresh` read (Cache-Control: no-cache) always goes to Crisp and refreshes the entry;
 * - a write (POST, PUT, PATCH, DELETE) drops its route family before it returns;
 * - an event patches or drops what it changes (`cache-invalidation.ts`) before subscribers hear
 *   of it: the events of one conversation one after the other, those of different ones at once;
 * - a conversation's write reads the record again and rebuilds the list rows from it while events
 *   flow (else it drops the conversation and the lists);
 * - each time the stream comes up, everything is dropped: events may have been missed.
 * HEAD and caller-shaped (`crispRequest`) reads are never cached; their writes drop like others.
 */
export class ReadCache {
  private readonly listeners = new Set<(o: CacheOutcome) => void>();
  /** The last event of each conversation (each website, for the others) still being applied. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Resolves once every event so far is applied. */
  private announced: Promise<void> = Promise.resolve();
  /** When each event not yet applied arrived. */
  private readonly pending = new Set<{ at: number }>();
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
  /** Whether events flowed at the last look (any replica's stream, through the store). */
  streamUp = false;

  constructor(private readonly options: ReadCacheOptions) {
    this.now = options.now ?? Date.now;
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
    if (req.method !== 'GET') {
      try {
        return await send(req);
      } finally {
        await this.afterWrite(String(req.path));
      }
    }
    const url = formRequest(req).url;
    const route = template('GET', req.path).slice(4);
    const { websiteId, group } = placeOf(String(req.path));
    const keys = genKeys(websiteId, group);
    const look = await this.options.store.read(url, keys).catch((err) => this.failed(err));
    if (look) this.streamUp = look.streamUp;
    const entry = look?.entry;
    const at = this.now();
    if (look && entry && !fresh && this.valid(entry, look.gens, look.streamUp, at)) {
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
    }
    return answer;
  }

  private valid(entry: CacheEntry, gens: Gens, streamUp: boolean, now: number): boolean {
    const age = now - entry.at;
    const bound = streamUp ? this.options.maxAgeMs : this.options.streamDownMs;
    return sameGens(entry.gens, gens) && age < bound && entry.at > this.failedAt;
  }

  /** One event, after those of its conversation before it; resolves after those before it. */
  apply(event: CacheEvent): Promise<void> {
    const arrived = { at: this.now() };
    this.pending.add(arrived);
    const done = this.queued(event.websiteId, event.sessionId, () => this.applyNow(event));
    void done.finally(() => this.pending.delete(arrived));
    // Applied at once, but announced in the order they came: subscribers hear them in that order.
    this.announced = Promise.all([this.announced, done]).then(() => undefined);
    return this.announced;
  }

  /** How far behind its stream the cache is: the age of the oldest event not applied yet. */
  lagMs(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const p of this.pending) oldest = Math.min(oldest, p.at);
    return this.pending.size === 0 ? 0 : this.now() - oldest;
  }

  private queued(websiteId: string, sessionId: string | null, run: () => Promise<void>) {
    const key = `${websiteId.toLowerCase()} ${sessionId?.toLowerCase() ?? ''}`;
    const done = (this.queues.get(key) ?? Promise.resolve())
      .then(run)
      .catch((err) => this.failed(err));
    this.queues.set(key, done);
    void done.then(() => this.queues.get(key) === done && this.queues.delete(key));
    return done;
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

  /** A conversation's write: its entries dropped, its record read again, the rows rebuilt. */
  private async afterWrite(path: string): Promise<void> {
    const target = writeTarget(path);
    if (!('sessionId' in target)) return this.drop(target, 'write');
    const { websiteId, sessionId, keep } = target;
    // Without events, entries live a moment: the read is not worth a call the operation did not
    // ask for; the conversation and the lists are dropped instead.
    if (!this.streamUp) {
      const groups = [`conv:${sessionId.toLowerCase()}`, 'lists'];
      return this.drop({ websiteId, groups }, 'write');
    }
    await this.queued(websiteId, sessionId, () =>
      this.conversation(websiteId, sessionId, 'write', { keep }),
    );
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
   * The event stream's holder: up (after each authentication: everything is read again, since
   * events may have been missed while it was down) or down (entries then live `streamDownMs`).
   */
  async setStream(up: boolean): Promise<void> {
    if (up) await this.drop({ scope: true }, 'reconnect');
    this.streamUp = up;
    const current = () => this.lagMs() < LAG_MS;
    await this.options.store.setStream(up, current).catch((err) => this.failed(err));
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
