import type { RecordRaw } from './read-cache-conversation.ts';

/**
 * A cached page of `GET /website/{id}/conversations/{page}` after one conversation's row changed.
 * Crisp lists every conversation with a message (or started by the team), newest change first
 * (`updated_at`, then `session_id`), in pages of `per_page`; a row is the conversation's record.
 * Only the pages of that plain order are rebuilt: a page with a filter, a search or another order
 * is dropped, since the change may move the conversation in or out of it.
 */

/** Query keys that leave the membership and the order as they are. */
const PLAIN = new Set(['per_page', 'order_date_updated']);

export interface ListPage {
  /** The page number, from 1. */
  page: number;
  /** The query string as sent. */
  query: string;
  rows: RecordRaw[];
}

const PAGE = /\/conversations\/(\d+)/;

export const pageNumberOf = (key: string) => Number(PAGE.exec(key)?.[1] ?? Number.NaN);

/** Whether a page lists every conversation in the plain order (its rows can be rebuilt). */
export function plainQuery(query: string): boolean {
  const params = new URLSearchParams(query);
  for (const [key, value] of params) {
    if (!PLAIN.has(key)) return false;
    if (key === 'order_date_updated' && value !== '1' && value !== 'true') return false;
  }
  return true;
}

export const perPageOf = (query: string) =>
  Number(new URLSearchParams(query).get('per_page') ?? 20);

/** Crisp's order: newest change first, then by session id. */
const before = (a: RecordRaw, b: RecordRaw) =>
  ((b.updated_at ?? 0) - (a.updated_at ?? 0) || (a.session_id < b.session_id ? -1 : 1)) < 0;

/**
 * The page's new rows, `keep` when it does not change, undefined when it cannot be rebuilt:
 * - the row is on the page: replaced and moved up (a change only moves it up); when it would
 *   pass the page's first row on a page past the first, the previous page's last row comes in
 *   instead, which this page does not hold;
 * - the row is not on the page: on the first page it comes in at its place (the last row goes to
 *   the next page); on a later page nothing moves if it sat on an earlier page (`earlier`),
 *   or if it sorts after the page's last row; otherwise the rows shift by one across pages.
 * `row` undefined: the conversation's new row is not known; pages showing it, or that it may
 * join, are dropped. A row without a preview joins no page it was not on: whether it is listed
 * (empty, or started by the team) the row does not say.
 */
export function patchPage(
  page: ListPage,
  sessionId: string,
  row: RecordRaw | undefined,
  earlier: boolean,
): RecordRaw[] | 'keep' | undefined {
  if (!plainQuery(page.query)) return undefined;
  const at = page.rows.findIndex((r) => r.session_id === sessionId);
  const size = perPageOf(page.query);
  if (!row) return at < 0 && page.page > 1 && earlier ? 'keep' : undefined;
  const others = at < 0 ? page.rows : page.rows.filter((_, i) => i !== at);
  const place = others.findIndex((r) => before(row, r));
  const index = place < 0 ? others.length : place;
  if (at >= 0) {
    if (page.page > 1 && index === 0) return undefined;
    return [...others.slice(0, index), row, ...others.slice(index)];
  }
  if (page.page > 1 && earlier) return 'keep';
  if (index >= others.length && others.length >= size) return 'keep';
  // Whether a conversation without a preview is listed (started by the team) the row does not say.
  if (page.page > 1 || !row.preview_message) return undefined;
  const rows = [...others.slice(0, index), row, ...others.slice(index)];
  return rows.length > size ? rows.slice(0, size) : rows;
}
