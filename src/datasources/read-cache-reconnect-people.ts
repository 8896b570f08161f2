import { isDeepStrictEqual } from 'node:util';
import { route } from './crisp-request.ts';
import type { Keep, ReconnectContext } from './read-cache-reconnect.ts';
import type { CacheEntry, Gens } from './read-cache-store.ts';

/**
 * The contacts a reconnection keeps (`read-cache-reconnect.ts`): the cached profiles of a website
 * are looked up again in one search of Crisp's contact list, by their emails (every profile has
 * one), and each listed exactly as cached is kept. A list row is the profile itself (the same
 * PeopleProfile as `GET …/people/profile/{id}`); a profile the search does not list, or lists
 * otherwise, is dropped, so the search can only save reads, never keep a changed profile.
 */

/** Profiles looked up at most per website: one page of the contact list. */
const PROFILES = 20;
const PROFILE = '/website/:id/people/profile/:id';

type Profile = { people_id?: string; email?: string } & Record<string, unknown>;

export interface CachedPeople {
  websiteId: string;
  gens: Gens;
  /** The cached profiles with an email, by key (their URL). */
  profiles: Map<string, { entry: CacheEntry; profile: Profile }>;
}

/** The website's cached profiles, before the search is sent. */
export async function cachedPeople(
  ctx: ReconnectContext,
  websiteId: string,
): Promise<CachedPeople> {
  const { groups } = await ctx.store.members([ctx.keysOf(websiteId, 'people')]);
  const people = groups[0]!;
  const profiles: CachedPeople['profiles'] = new Map();
  for (const [key, entry] of people.entries) {
    if (entry.route !== PROFILE || entry.query || profiles.size >= PROFILES) continue;
    const profile = (JSON.parse(entry.body) as { data?: Profile }).data;
    if (profile?.email && profile.people_id) profiles.set(key, { entry, profile });
  }
  return { websiteId, gens: people.gens, profiles };
}

/** The profiles the contact list shows as cached; undefined when none is. */
export async function vouchedPeople(
  ctx: ReconnectContext,
  cached: CachedPeople,
): Promise<Keep | undefined> {
  if (!ctx.send || cached.profiles.size === 0) return undefined;
  const clauses = [...cached.profiles.values()].map(({ profile }) => ({
    model: 'people',
    criterion: 'email',
    operator: 'eq',
    query: [profile.email],
  }));
  const answer = await ctx
    .send({
      method: 'GET',
      path: route`/website/${cached.websiteId}/people/profiles/${1}`,
      query: { search_filter: JSON.stringify(clauses), search_operator: 'or' },
    })
    .catch(() => undefined);
  const rows = (answer?.body as { data?: unknown } | null | undefined)?.data;
  if (answer?.status !== 200 || !Array.isArray(rows)) return undefined;
  const entries = new Map<string, CacheEntry>();
  for (const [key, { entry, profile }] of cached.profiles) {
    const row = (rows as Profile[]).find((r) => r.people_id === profile.people_id);
    if (row && isDeepStrictEqual(row, profile)) entries.set(key, entry);
  }
  if (entries.size === 0) return undefined;
  return { keys: ctx.keysOf(cached.websiteId, 'people'), was: cached.gens, entries };
}
