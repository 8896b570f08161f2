import { invalidData } from '../http/reply.ts';
import type { PersonRecord, Raw } from '../store.ts';

/** One `search_filter` clause (PeopleFilter). */
interface Clause {
  model: string;
  criterion: string;
  operator: string;
  query: unknown[];
}

export interface PeopleQuery {
  search_text?: string;
  /** JSON-encoded PeopleFilter[] (the Node client JSON-encodes object query values). */
  search_filter?: string;
  search_operator?: string;
  sort_field?: string;
  sort_order?: string;
}

/** Field aliases; anything else is a dotted path into the profile, or `data.<key>`. */
const ALIASES: Record<string, string> = {
  nickname: 'person.nickname',
  active: 'active.last',
  last_active: 'active.last',
};

function valueAt(person: PersonRecord, criterion: string): unknown {
  const path = (ALIASES[criterion] ?? criterion).split('.');
  let node: unknown = path[0] === 'data' ? person.data : person.profile;
  for (const key of path[0] === 'data' ? path.slice(1) : path) {
    node = node !== null && typeof node === 'object' ? (node as Raw)[key] : undefined;
  }
  return node;
}

const text = (v: unknown) => String(v).toLowerCase();
/** Numbers stay numbers; ISO dates (the dashboard's date criteria) become ms. */
const numeric = (v: unknown) =>
  typeof v === 'number' ? v : Number.isNaN(Number(v)) ? Date.parse(String(v)) : Number(v);

function matches(person: PersonRecord, clause: Clause): boolean {
  const value = valueAt(person, clause.criterion);
  const values = Array.isArray(value)
    ? value
    : value === undefined || value === null
      ? []
      : [value];
  const wanted = clause.query;
  const any = (test: (v: unknown, q: unknown) => boolean) =>
    values.some((v) => wanted.some((q) => test(v, q)));
  switch (clause.operator) {
    case 'eq':
      return any((v, q) => text(v) === text(q));
    case 'neq':
      return !any((v, q) => text(v) === text(q));
    case 'has':
    case 'contains':
      return any((v, q) => text(v).includes(text(q)));
    case 'has_not':
    case 'nhas':
      return !any((v, q) => text(v).includes(text(q)));
    case 'exists':
      return values.length > 0;
    case 'gt':
      return any((v, q) => numeric(v) > numeric(q));
    case 'gte':
      return any((v, q) => numeric(v) >= numeric(q));
    case 'lt':
      return any((v, q) => numeric(v) < numeric(q));
    case 'lte':
      return any((v, q) => numeric(v) <= numeric(q));
    default:
      throw invalidData(`search_filter operator ${clause.operator} is not supported`);
  }
}

export function parseFilter(raw: string): Clause[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidData('search_filter is not valid JSON');
  }
  const ok = (c: unknown): c is Clause =>
    c !== null &&
    typeof c === 'object' &&
    typeof (c as Clause).criterion === 'string' &&
    typeof (c as Clause).operator === 'string' &&
    Array.isArray((c as Clause).query);
  if (!Array.isArray(parsed) || !parsed.every(ok))
    throw invalidData('search_filter must be an array of {model, criterion, operator, query}');
  return parsed;
}

/** Applies a filter (and/or) to contacts. */
export function filterPeople(
  people: PersonRecord[],
  clauses: Clause[],
  operator = 'and',
): PersonRecord[] {
  if (operator !== 'and' && operator !== 'or')
    throw invalidData('search_operator must be and or or');
  if (clauses.length === 0) return people;
  return people.filter((p) =>
    operator === 'or' ? clauses.some((c) => matches(p, c)) : clauses.every((c) => matches(p, c)),
  );
}

/** Free text over name, email, company and employer, as the dashboard search box does. */
export function searchPeople(people: PersonRecord[], search: string): PersonRecord[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return people;
  const fields = [
    'email',
    'person.nickname',
    'person.phone',
    'company.name',
    'person.employment.name',
  ];
  return people.filter((p) => fields.some((f) => text(valueAt(p, f) ?? '').includes(needle)));
}

/** The list route's whole query: text, filter, then sort (newest update first by default). */
export function queryPeople(all: Iterable<PersonRecord>, q: PeopleQuery): PersonRecord[] {
  let list = searchPeople([...all], q.search_text ?? '');
  if (q.search_filter) list = filterPeople(list, parseFilter(q.search_filter), q.search_operator);
  const field = q.sort_field || 'updated_at';
  const order = q.sort_order ?? (q.sort_field ? 'ascending' : 'descending');
  if (!['ascending', 'descending', 'asc', 'desc'].includes(order))
    throw invalidData('sort_order must be ascending or descending');
  const sign = order.startsWith('desc') ? -1 : 1;
  return list.sort((a, b) => {
    const x = valueAt(a, field);
    const y = valueAt(b, field);
    if (x === y) return 0;
    if (x === undefined || x === null) return 1; // missing values sort last either way
    if (y === undefined || y === null) return -1;
    const cmp =
      typeof x === 'number' && typeof y === 'number' ? x - y : text(x).localeCompare(text(y));
    return sign * cmp;
  });
}
