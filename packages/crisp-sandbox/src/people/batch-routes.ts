import type { Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import type { PersonRecord, Raw, WebsiteRecord } from '../store.ts';
import { findPerson, removePerson } from './record.ts';
import { profileUpdated } from './routes.ts';
import { filterPeople, searchPeople } from './search.ts';

/** Which contacts a batch selects: explicit ids or emails, or a text / filter search. */
function selectPeople(website: WebsiteRecord, selector: Raw): PersonRecord[] {
  const all = [...website.people.values()];
  if (Array.isArray(selector.profiles)) {
    return selector.profiles
      .map((id: string) => findPerson(website, id))
      .filter((p): p is PersonRecord => p !== undefined);
  }
  if (typeof selector.search === 'string') return searchPeople(all, selector.search);
  if (selector.search && Array.isArray(selector.search.filter))
    return filterPeople(all, selector.search.filter, selector.search.operator);
  throw invalidData('people must select profiles or search');
}

/**
 * The contact batches. Each shares its method and path with a conversation batch; the `people`
 * key selects it (`operationFor` in http/router.ts picks it before validation).
 */
export const peopleBatchRoutes: Routes = {
  'website.batch.remove_people': ({ website, body, store }) => {
    for (const person of selectPeople(website, body.people)) removePerson(store, website, person);
    return {};
  },

  // Merged key by key, as website.people.update_data does; Crisp sends no event for data.
  'website.batch.update_people_data': ({ website, body }) => {
    for (const person of selectPeople(website, body.people)) {
      person.data = { ...person.data, ...body.data };
    }
    return {};
  },

  // Segments add to those a contact has, as the conversation batch does.
  'website.batch.update_people_segments': ({ website, body, store }) => {
    for (const person of selectPeople(website, body.people)) {
      const segments = [...(person.profile.segments ?? []), ...body.segments];
      person.profile.segments = [...new Set(segments)];
      person.profile.updated_at = store.now();
      profileUpdated(store, website, person);
    }
    return {};
  },
};
