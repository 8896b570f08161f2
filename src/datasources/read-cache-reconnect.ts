import { isDeepStrictEqual } from 'node:util';
import type { RecordRaw } from './read-cache-conversation.ts';
import { pageNumberOf, perPageOf, plainQuery } from './read-cache-list.ts';
import type { Send } from './read-cache-patch.ts';
import { cachedPeople, vouchedPeople } from './read-cache-reconnect-people.ts';
import type { CacheEntry, CacheStore, GenKeys, Gens, Members } from './read-cache-store.ts';

/**
 * What the read cache keeps when the event stream comes back after missing events for a while.
 * Everything is dropped, but what Crisp's lists show unchanged. For each website whose first page
 * of the plain conversation list the gateway has read, the first two pages are read again, and
 * each conversation listed whose row, which is its record (state, metas, `updated_at`, the last
 * message, the unread counts…), is what was cached keeps its record, history, state and metas; a
 * changed one keeps its record, as the row now; the first page is cached as read. A missed
 * message, state, routing or meta change moves `updated_at`, and a read receipt the unread
 * counts. What a row does not show can still have been missed: a delivery mark, or an edit of a
 * message before the last. Those show on a fresh read, or once the entry reaches its maximum age.
 * The website's cached contacts are looked up in one search (`read-cache-reconnect-people.ts`).
 */

/** Websites revalidated at most, the most recently read; the others are just dropped. */
const WEBSITES = 10;
/** List pages read again per website; the conversations past them are just dropped. */
const PAGES = 2;

const RECORD = '/website/:id/conversation/:id';
/** The routes of a conversation its row vouches for. */
const VOUCHED = new Set([RECORD, `${RECORD}/messages`, `${RECORD}/state`, `${RECORD}/meta`]);

export interface ReconnectContext {
  store: CacheStore;
  /** The client's transmit; undefined before the first read (nothing is cached then). */
  send?: Send;
  now: () => number;
  keysOf: (websiteId: string, group: string) => GenKeys;
}

/** The first page of the plain conversation list, as the gateway last asked for it. */
export interface FirstPage {
  key: string;
  route: string;
  query: string;
}

const isFirstPage = (key: string, e: { route: string; query: string }) =>
  e.route.endsWith('/conversations/:id') && pageNumberOf(key) === 1 && plainQuery(e.query);

/**
 * The websites entries were last read for, up to `WEBSITES`, the most recent last, each with the
 * first page of its list the gateway last read (revalidated even when no longer cached: a change
 * the cache could not rebuild may have dropped it just before the socket went).
 */
export class RecentWebsites {
  private readonly seen = new Map<string, FirstPage | undefined>();

  /** An entry stored for the website, under `key` (its URL). */
  read(websiteId: string, key: string, entry: { route: string; query: string }): void {
    const page = isFirstPage(key, entry)
      ? { key, route: entry.route, query: entry.query }
      : this.seen.get(websiteId);
    this.seen.delete(websiteId);
    this.seen.set(websiteId, page);
    if (this.seen.size > WEBSITES) this.seen.delete(this.seen.keys().next().value!);
  }

  list(): { websiteId: string; firstPage?: FirstPage }[] {
    return [...this.seen].map(([websiteId, firstPage]) => ({ websiteId, firstPage }));
  }
}

interface Listed {
  websiteId: string;
  /** The first page: its key (the URL), route and query, rows as cached, and the lists' generations. */
  key: string;
  entry: { route: string; query: string };
  rows: RecordRaw[];
  gens: Gens;
  /** The cached entries of the conversations it shows, by lower-case session id. */
  before: Map<string, Members>;
}

interface Page {
  at: number;
  status: number;
  body: string;
  rows: RecordRaw[];
}

const dataOf = (e: CacheEntry) => (JSON.parse(e.body) as { data?: unknown }).data;
const sameSite = (a: Gens, b: Gens) => a[1] === b[1] && a[2] === b[2];
const sessionOf = (row: RecordRaw) => row.session_id.toLowerCase();
const convGroup = (sessionId: string) => `conv:${sessionId.toLowerCase()}`;

/** The website's first page of the plain list: as cached, else as last read (no rows). */
async function listed(
  ctx: ReconnectContext,
  websiteId: string,
  firstPage?: FirstPage,
): Promise<Listed | undefined> {
  const { groups } = await ctx.store.members([ctx.keysOf(websiteId, 'lists')]);
  const lists = groups[0]!;
  for (const [key, entry] of lists.entries) {
    const rows = dataOf(entry);
    if (!isFirstPage(key, entry) || !Array.isArray(rows)) continue;
    const sessions = (rows as RecordRaw[]).map(sessionOf);
    const found = await ctx.store.members(sessions.map((s) => ctx.keysOf(websiteId, convGroup(s))));
    const before = new Map(sessions.map((s, i) => [s, found.groups[i]!]));
    return { websiteId, key, entry, rows, gens: lists.gens, before };
  }
  if (!firstPage) return undefined;
  const { key, ...entry } = firstPage;
  return { websiteId, key, entry, rows: [], gens: lists.gens, before: new Map() };
}

/** A page as Crisp lists it now; undefined when it could not be read. */
async function readPage(ctx: ReconnectContext, path: string): Promise<Page | undefined> {
  if (!ctx.send) return undefined;
  const at = ctx.now();
  const answer = await ctx.send({ method: 'GET', path }).catch(() => undefined);
  const rows = (answer?.body as { data?: unknown } | null)?.data;
  if (!answer || (answer.status !== 200 && answer.status !== 206) || !Array.isArray(rows))
    return undefined;
  return {
    at,
    status: answer.status,
    body: JSON.stringify(answer.body),
    rows: rows as RecordRaw[],
  };
}

/** The first pages as Crisp lists them now (the second only after a full first). */
async function readPages(ctx: ReconnectContext, list: Listed): Promise<Page[]> {
  const pages: Page[] = [];
  for (let n = 1; n <= PAGES; n++) {
    const page = await readPage(ctx, list.key.replace('/conversations/1', `/conversations/${n}`));
    if (!page) return n === 1 ? [] : pages;
    pages.push(page);
    if (page.rows.length < perPageOf(list.entry.query)) break;
  }
  return pages;
}

/** What to store back for one group, and the generations it must still have. */
export interface Keep {
  keys: GenKeys;
  was: Gens;
  entries: Map<string, CacheEntry>;
}

/**
 * What the rows of `pages` vouch for, conversation by conversation: an unchanged one keeps its
 * record, history, state and metas; a changed one its record, as the row now. Each is compared
 * with the cache as it was before the pages were read (`list.before`), or, for one the cached
 * page did not show, as it is after: an entry an event changed since is then newer than the page,
 * and kept only when its record is the row (a changed one keeps nothing: its record may be newer).
 */
async function vouched(ctx: ReconnectContext, list: Listed, pages: Page[]): Promise<Keep[]> {
  const rows = pages.flatMap((p) => p.rows.map((row) => ({ row, at: p.at })));
  const keysOf = (row: RecordRaw) => ctx.keysOf(list.websiteId, convGroup(row.session_id));
  const unseen = rows.map((r) => sessionOf(r.row)).filter((s) => !list.before.has(s));
  const after = await ctx.store.members(
    unseen.map((s) => ctx.keysOf(list.websiteId, convGroup(s))),
  );
  const late = new Map(unseen.map((s, i) => [s, after.groups[i]!]));
  const kept: Keep[] = [];
  for (const { row, at } of rows) {
    const early = list.before.get(sessionOf(row));
    const members = early ?? late.get(sessionOf(row))!;
    const [recordKey, record] =
      [...members.entries].find(([, e]) => e.route === RECORD && !e.query) ?? [];
    const cached = record ? dataOf(record) : list.rows.find((r) => r.session_id === row.session_id);
    const entries = new Map<string, CacheEntry>();
    if (isDeepStrictEqual(cached, row)) {
      for (const [key, e] of members.entries) if (VOUCHED.has(e.route)) entries.set(key, e);
    } else if (early && recordKey && record) {
      const body = JSON.stringify({ ...(JSON.parse(record.body) as object), data: row });
      entries.set(recordKey, { ...record, at, body });
    }
    if (entries.size > 0) kept.push({ keys: keysOf(row), was: members.gens, entries });
  }
  return kept;
}

/** Stores `keep` back under the generations the drop left, group by group; returns the entries. */
async function restore(ctx: ReconnectContext, keep: Keep[]): Promise<number> {
  const now = await ctx.store.members(keep.map((k) => k.keys));
  let count = 0;
  for (const [i, k] of keep.entries()) {
    const gens = now.groups[i]!.gens;
    // An event or a write changed the group since its snapshot: it stays dropped.
    if (!sameSite(gens, k.was)) continue;
    const entries = new Map<string, CacheEntry>();
    for (const [key, e] of k.entries) entries.set(key, { ...e, gens: [gens[0], gens[1], now.gen] });
    if (await ctx.store.replace(now.gen, [{ keys: k.keys, expected: gens[2], entries }]))
      count += entries.size;
  }
  return count;
}

/**
 * Drops everything the token has cached, then keeps what Crisp's lists vouch for on `websites`
 * (see above). Returns the entries kept.
 */
export async function revalidate(
  ctx: ReconnectContext,
  websites: { websiteId: string; firstPage?: FirstPage }[],
): Promise<number> {
  const keep: Keep[] = [];
  await Promise.all(
    websites.map(async ({ websiteId, firstPage }) => {
      const people = await cachedPeople(ctx, websiteId);
      const contacts = vouchedPeople(ctx, people);
      const list = await listed(ctx, websiteId, firstPage);
      const pages = list ? await readPages(ctx, list) : [];
      if (list && pages.length > 0) {
        const { at, status, body } = pages[0]!;
        const page = { ...list.entry, at, status, body, gens: list.gens };
        const first = new Map([[list.key, page]]);
        keep.push({ keys: ctx.keysOf(websiteId, 'lists'), was: list.gens, entries: first });
        keep.push(...(await vouched(ctx, list, pages)));
      }
      const vouchedContacts = await contacts;
      if (vouchedContacts) keep.push(vouchedContacts);
    }),
  );
  await ctx.store.raise(['scope']);
  return restore(ctx, keep);
}
