import type { Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { PersonRecord, WebsiteRecord } from '../store.ts';

/**
 * The suggestions Crisp builds from the contacts (segments, data keys, event names), counted
 * live from the store, most used first. Deleting one stops suggesting it; the contacts keep the
 * value, and it stays unsuggested for the life of the sandbox.
 */

type Kind = 'segment' | 'key' | 'text';

const valuesOf: Record<Kind, (p: PersonRecord) => string[]> = {
  segment: (p) => p.profile.segments ?? [],
  key: (p) => Object.keys(p.data),
  text: (p) => p.events.map((e) => e.text as string),
};

const dismissed = new WeakMap<WebsiteRecord, Record<Kind, Set<string>>>();

function dismissedOf(website: WebsiteRecord): Record<Kind, Set<string>> {
  let sets = dismissed.get(website);
  if (!sets) {
    sets = { segment: new Set(), key: new Set(), text: new Set() };
    dismissed.set(website, sets);
  }
  return sets;
}

/** The values of one kind in use, with how often, most used first; deleted ones left out. */
function suggestions(website: WebsiteRecord, kind: Kind): [string, number][] {
  const counts = new Map<string, number>();
  for (const person of website.people.values()) {
    for (const v of valuesOf[kind](person)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const hidden = dismissedOf(website)[kind];
  return [...counts]
    .filter(([v]) => !hidden.has(v))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const list =
  (kind: Kind): Routes[string] =>
  ({ website, page: n }) =>
    page(suggestions(website, kind), n).map(([value, count]) => ({ [kind]: value, count }));

/** A value no contact has (or already deleted) is not suggested: `not_found`. */
const remove =
  (kind: Kind, what: string): Routes[string] =>
  ({ website, body }) => {
    const value = body[kind] as string;
    if (!suggestions(website, kind).some(([v]) => v === value)) throw notFound(what);
    dismissedOf(website)[kind].add(value);
    return {};
  };

export const peopleSuggestRoutes: Routes = {
  'website.people.list_suggested_segments': list('segment'),
  'website.people.list_suggested_data_keys': list('key'),
  'website.people.list_suggested_events': list('text'),
  'website.people.delete_suggested_segment': remove('segment', 'segment'),
  'website.people.delete_suggested_data_key': remove('key', 'data key'),
  'website.people.delete_suggested_event': remove('text', 'event'),
};
