import type { CacheEvent, EventAction } from './cache-invalidation.ts';
import type { CrispAnswer } from './crisp-envelope.ts';
import { type CrispRequest, route } from './crisp-request.ts';
import type { History, MessageRaw, Next, RecordRaw } from './read-cache-conversation.ts';
import { type ListPage, pageNumberOf, patchPage } from './read-cache-list.ts';
import type { CacheEntry, CacheStore, GenKeys, Members } from './read-cache-store.ts';

/**
 * One conversation's change applied to its cached entries and to the website's cached list pages,
 * in one read and one write of the store: the history, state and metas patched, the record
 * rebuilt (or read once when Crisp stamps the change with a time the event does not carry), and
 * each list page rebuilt around the new row (`read-cache-list.ts`). Entries that cannot be
 * rebuilt are left out, which drops them.
 */

export type Send = (req: CrispRequest) => Promise<CrispAnswer>;

/** An event and what it does, or the gateway's own write (keeping the entries of these routes). */
export type Change = { event: CacheEvent; action: EventAction } | { keep: readonly string[] };

export interface PatchContext {
  store: CacheStore;
  /** Reads the record when a change needs it; undefined before the first read. */
  send?: Send;
  now: number;
}

const RECORD = '/website/:id/conversation/:id';
const MESSAGES = `${RECORD}/messages`;

type Envelope = { data?: unknown } & Record<string, unknown>;
const parse = (e: CacheEntry) => JSON.parse(e.body) as Envelope;
const under = (e: CacheEntry, m: Members, gen: number): CacheEntry => ({
  ...e,
  gens: [m.gens[0], m.gens[1], gen],
});
const withData = (e: CacheEntry, data: unknown, status = e.status): CacheEntry => ({
  ...e,
  status,
  body: JSON.stringify({ ...parse(e), data }),
});

/** The conversation's record, read again; undefined when Crisp does not answer it. */
async function readRecord(
  ctx: PatchContext,
  websiteId: string,
  sessionId: string,
): Promise<{ record: RecordRaw; entry: CacheEntry } | undefined> {
  if (!ctx.send) return undefined;
  const path = route`/website/${websiteId}/conversation/${sessionId}`;
  const answer = await ctx.send({ method: 'GET', path });
  if (answer.status !== 200 || answer.body === null) return undefined;
  const body = answer.body as Envelope;
  const entry = { route: RECORD, query: '', status: 200, body: JSON.stringify(body), at: ctx.now };
  return { record: body.data as RecordRaw, entry: { ...entry, gens: [0, 0, 0] } };
}

/**
 * Applies `change` to the conversation's group `conv` and the website's `lists`; returns the
 * number of entries rewritten, or undefined when another writer changed a group meanwhile (the
 * caller tries again).
 */
export async function patchConversation(
  ctx: PatchContext,
  sessionId: string,
  keys: { conv: GenKeys; lists: GenKeys },
  change: Change,
): Promise<number | undefined> {
  const websiteId = keys.conv[1].slice(2);
  const { gen, groups } = await ctx.store.members([keys.conv, keys.lists]);
  const [conv, lists] = groups as [Members, Members];
  let count = 0;
  const nextConv = new Map<string, CacheEntry>();
  let recordKey: string | undefined;
  let recordEntry: CacheEntry | undefined;
  for (const [key, entry] of conv.entries) {
    if (entry.route === RECORD && entry.query === '') {
      [recordKey, recordEntry] = [key, entry];
      continue;
    }
    if ('keep' in change) {
      if (change.keep.includes(entry.route)) nextConv.set(key, under(entry, conv, gen));
      continue;
    }
    const changed = change.action.patch?.({ ...entry, data: parse(entry).data }, change.event);
    if (changed === 'keep') nextConv.set(key, under(entry, conv, gen));
    else if (changed) {
      count++;
      nextConv.set(key, under(withData(entry, changed.data, changed.status), conv, gen));
    }
  }

  const pages: (ListPage & { key: string; entry: CacheEntry })[] = [];
  for (const [key, entry] of lists.entries) {
    const rows = parse(entry).data;
    if (entry.route.endsWith('/conversations/:id') && Array.isArray(rows))
      pages.push({ key, entry, page: pageNumberOf(key), query: entry.query, rows });
  }
  const old =
    (recordEntry && (parse(recordEntry).data as RecordRaw)) ??
    pages.flatMap((p) => p.rows).find((r) => r.session_id === sessionId);

  let next: Next;
  // Shown nowhere: a change that leaves `updated_at` as is moves it into no page either.
  if (old === undefined) next = 'event' in change && change.action.still ? 'same' : undefined;
  else if ('keep' in change) next = 'refresh';
  else {
    const batch = [...nextConv.values()].find((e) => e.route === MESSAGES && e.query === '');
    const history: History | undefined = batch && {
      messages: parse(batch).data as MessageRaw[],
      complete: batch.status === 200,
    };
    next = change.action.record?.(old, change.event, history);
  }
  if (next === 'refresh') {
    const read = await readRecord(ctx, websiteId, sessionId);
    next = read && { record: read.record };
    // Stored only over a cached record: a new key would not be a member the next patch sees.
    if (read && recordEntry) recordEntry = read.entry;
  }
  if (next === 'same') {
    if (recordKey && recordEntry) nextConv.set(recordKey, under(recordEntry, conv, gen));
    const done = await ctx.store.replace(gen, [
      { keys: keys.conv, expected: conv.gens[2], entries: nextConv },
    ]);
    return done ? count : undefined;
  }
  const row = next?.record;
  if (row && recordKey && recordEntry) {
    count++;
    nextConv.set(recordKey, under(withData(recordEntry, row), conv, gen));
  }
  const nextLists = new Map<string, CacheEntry>();
  for (const [key, entry] of lists.entries) {
    const page = pages.find((p) => p.key === key);
    const earlier = pages.some(
      (p) =>
        p.query === page?.query &&
        p.page < page.page &&
        p.rows.some((r) => r.session_id === sessionId),
    );
    const rows = page ? patchPage(page, sessionId, row, earlier) : undefined;
    if (rows === 'keep') nextLists.set(key, under(entry, lists, gen));
    else if (rows) {
      count++;
      nextLists.set(key, under(withData(entry, rows), lists, gen));
    }
  }
  const done = await ctx.store.replace(gen, [
    { keys: keys.conv, expected: conv.gens[2], entries: nextConv },
    { keys: keys.lists, expected: lists.gens[2], entries: nextLists },
  ]);
  return done ? count : undefined;
}
