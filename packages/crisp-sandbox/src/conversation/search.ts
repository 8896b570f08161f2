import { invalidData } from '../http/reply.ts';
import type { ConversationRecord, Raw, WebsiteRecord } from '../store.ts';
import { hiddenOf } from './model.ts';

/** The inbox query behind `GET /website/{website_id}/conversations/{page_number}`. */

type Test = (record: ConversationRecord) => boolean;

function flag(query: Record<string, string>, name: string): boolean {
  const value = query[name];
  if (value === undefined || value === '') return false;
  if (value !== '0' && value !== '1') throw invalidData(`${name} must be 0 or 1`);
  return value === '1';
}

function date(query: Record<string, string>, name: string): number | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw invalidData(`${name} must be an ISO 8601 date`);
  return at;
}

/** `per_page`, 20 to 50 (20 by default). */
export function perPage(query: Record<string, string>): number {
  const value = query.per_page;
  if (value === undefined || value === '') return 20;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 50) throw invalidData('per_page must be from 20 to 50');
  return n;
}

const lower = (v: unknown) => String(v).toLowerCase();

/** Values at a criterion path: the conversation first, then its metas (`email` = `meta.email`). */
function valuesAt(c: Raw, path: string): unknown[] {
  const step = (v: unknown, key: string) =>
    v && typeof v === 'object' ? (v as Raw)[key] : undefined;
  const walk = (root: unknown) => path.split('.').reduce<unknown>(step, root);
  const found = walk(c) ?? walk(c.meta);
  if (found === undefined || found === null) return [];
  return Array.isArray(found) ? found : [found];
}

/** Filter operators, as the people search uses them (`eq`, `has`, `gte`, ...). */
const operators: Record<string, (values: unknown[], query: string[]) => boolean> = {
  eq: (vs, q) => vs.some((v) => q.some((x) => lower(v) === lower(x))),
  neq: (vs, q) => !vs.some((v) => q.some((x) => lower(v) === lower(x))),
  has: (vs, q) => vs.some((v) => q.some((x) => lower(v).includes(lower(x)))),
  nhas: (vs, q) => !vs.some((v) => q.some((x) => lower(v).includes(lower(x)))),
  gt: (vs, q) => vs.some((v) => q.some((x) => Number(v) > Number(x))),
  gte: (vs, q) => vs.some((v) => q.some((x) => Number(v) >= Number(x))),
  lt: (vs, q) => vs.some((v) => q.some((x) => Number(v) < Number(x))),
  lte: (vs, q) => vs.some((v) => q.some((x) => Number(v) <= Number(x))),
};

/** `search_type=filter`: `ConversationFilterCriterion`, joined by `search_operator`. */
function filterTest(searchQuery: string, operator: string | undefined): Test {
  let clauses: unknown;
  try {
    clauses = JSON.parse(searchQuery);
  } catch {
    throw invalidData('search_query must be a JSON array of filter criteria');
  }
  if (!Array.isArray(clauses)) throw invalidData('search_query must be a JSON array of criteria');
  if (operator !== undefined && operator !== 'and' && operator !== 'or') {
    throw invalidData('search_operator must be and or or');
  }
  const tests = clauses.map((clause: Raw): Test => {
    const op = operators[clause?.operator];
    if (typeof clause?.criterion !== 'string' || !Array.isArray(clause.query) || !op) {
      throw invalidData('each filter needs model, criterion, a known operator and a query array');
    }
    return (r) => op(valuesAt(r.conversation, clause.criterion), clause.query.map(String));
  });
  return operator === 'or' ? (r) => tests.some((t) => t(r)) : (r) => tests.every((t) => t(r));
}

/** `search_type=text`: visitor identity, subject, and the text of every message. */
function textTest(needle: string): Test {
  const q = needle.toLowerCase();
  return ({ conversation: c, messages }) =>
    [
      c.meta?.nickname,
      c.meta?.email,
      c.meta?.phone,
      c.meta?.subject,
      c.last_message,
      c.session_id,
    ].some((v) => v !== undefined && lower(v).includes(q)) ||
    messages.some((m) => typeof m.content === 'string' && m.content.toLowerCase().includes(q));
}

function searchTest(query: Record<string, string>): Test | undefined {
  const q = query.search_query;
  if (q === undefined || q === '') return undefined;
  const type = query.search_type || 'text';
  if (type === 'text') return textTest(q);
  if (type === 'segment') {
    const segment = lower(q);
    const has = (segments: string[] = []) => segments.some((s) => lower(s) === segment);
    return ({ conversation: c }) => has(c.meta?.segments);
  }
  if (type === 'filter') return filterTest(q, query.search_operator);
  throw invalidData('search_type must be text, segment or filter');
}

/** Ascending sort keys: newest first for dates, longest-waiting first for `order_date_waiting`. */
const sortKeys: Record<'updated' | 'created' | 'waiting', (c: Raw) => number> = {
  updated: (c) => -c.updated_at,
  created: (c) => -c.created_at,
  waiting: (c) => c.waiting_since ?? Number.MAX_SAFE_INTEGER,
};

/** Every conversation the query selects, in Crisp's order (most recent activity first). */
export function searchConversations(website: WebsiteRecord, query: Record<string, string>): Raw[] {
  const tests: Test[] = [];
  const on = (test: (c: Raw) => boolean) => tests.push((r) => test(r.conversation));
  // Empty sessions stay out of the inbox unless asked for, or initiated by the team.
  const shown = (r: ConversationRecord) => r.messages.length > 0 || hiddenOf(r).initiated;
  if (!flag(query, 'include_empty')) tests.push(shown);
  if (flag(query, 'filter_unread')) on((c) => (c.unread?.operator ?? 0) > 0);
  if (flag(query, 'filter_resolved')) on((c) => c.state === 'resolved');
  if (flag(query, 'filter_not_resolved')) on((c) => c.state !== 'resolved');
  if (flag(query, 'filter_mention')) on((c) => (c.mentions ?? []).length > 0);
  if (flag(query, 'filter_unassigned')) on((c) => !c.assigned?.user_id);
  const assigned = query.filter_assigned;
  // Older clients send 0/1; the current Node typing sends the assignee's user_id.
  if (assigned === '1') on((c) => Boolean(c.assigned?.user_id));
  else if (assigned && assigned !== '0') on((c) => c.assigned?.user_id === assigned);
  if (query.filter_inbox_id) on((c) => c.inbox_id === query.filter_inbox_id);
  // Dates bound the last update, as in Crisp's reference.
  const start = date(query, 'filter_date_start');
  const end = date(query, 'filter_date_end');
  if (start !== undefined) on((c) => c.updated_at >= start);
  if (end !== undefined) on((c) => c.updated_at <= end);
  const search = searchTest(query);
  if (search) tests.push(search);

  const order = flag(query, 'order_date_updated')
    ? 'updated'
    : flag(query, 'order_date_created')
      ? 'created'
      : flag(query, 'order_date_waiting')
        ? 'waiting'
        : 'updated';
  const key = sortKeys[order];
  return [...website.conversations.values()]
    .filter((r) => tests.every((t) => t(r)))
    .map((r) => r.conversation)
    .sort((a, b) => key(a) - key(b) || (a.session_id < b.session_id ? -1 : 1));
}
