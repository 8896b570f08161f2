import type { Routes } from '../http/handler.ts';
import { invalidData, page } from '../http/reply.ts';
import type { PersonRecord, SandboxStore, WebsiteRecord } from '../store.ts';
import { createPerson, dataOf, writeProfile } from './profile.ts';
import {
  assertEmailFree,
  bindConversations,
  findPerson,
  personConversations,
  removePerson,
  requirePerson,
  syncConversations,
} from './record.ts';
import { queryPeople } from './search.ts';

const idOf = (website: WebsiteRecord) => website.website.website_id as string;

export function profileUpdated(
  store: SandboxStore,
  website: WebsiteRecord,
  person: PersonRecord,
): void {
  const { people_id, email, person: card, updated_at } = person.profile;
  store.emit(idOf(website), 'people:profile:updated', {
    website_id: idOf(website),
    people_id,
    email,
    update: { updated_at, ...(card ? { person: card } : {}) },
  });
  syncConversations(store, website, person);
}

export const peopleRoutes: Routes = {
  'website.people.get_statistics': ({ website }) => ({ total: website.people.size }),

  'website.people.list_profiles': ({ website, query, page: n }) =>
    page(queryPeople(website.people.values(), query), n).map((p) => p.profile),

  'website.people.add_profile': ({ website, body, store }) => {
    assertEmailFree(website, body.email);
    const person = createPerson(body, store.now());
    website.people.set(person.profile.people_id, person);
    store.emit(idOf(website), 'people:profile:created', {
      website_id: idOf(website),
      people_id: person.profile.people_id,
      email: person.profile.email,
    });
    bindConversations(store, website, person);
    return { people_id: person.profile.people_id };
  },

  'website.people.check_profile_exists': ({ website, params }) =>
    findPerson(website, params.people_id!) !== undefined,

  'website.people.get_profile': ({ website, params }) =>
    requirePerson(website, params.people_id!).profile,

  'website.people.save_profile': ({ website, params, body, store }) => {
    const person = requirePerson(website, params.people_id!);
    assertEmailFree(website, body.email, person);
    writeProfile(person, body, 'replace', store.now());
    profileUpdated(store, website, person);
    bindConversations(store, website, person);
    return {};
  },

  'website.people.update_profile': ({ website, params, body, store }) => {
    const person = requirePerson(website, params.people_id!);
    assertEmailFree(website, body.email, person);
    writeProfile(person, body, 'merge', store.now());
    profileUpdated(store, website, person);
    bindConversations(store, website, person);
    return {};
  },

  'website.people.remove_profile': ({ website, params, store }) => {
    removePerson(store, website, requirePerson(website, params.people_id!));
    return {};
  },

  'website.people.list_conversations': ({ website, params, query, page: n }) => {
    const person = requirePerson(website, params.people_id!);
    const flag = (name: string) => query[name] === '1';
    const sessions = personConversations(website, person)
      .map((r) => r.conversation)
      .filter((c) => !flag('filter_unread') || (c.unread?.operator ?? 0) > 0)
      .filter((c) => !flag('filter_resolved') || c.state === 'resolved')
      .filter((c) => !flag('filter_not_resolved') || c.state !== 'resolved')
      .sort((a, b) => (b.updated_at ?? 0) - (a.updated_at ?? 0));
    return page(sessions, n).map((c) => c.session_id as string);
  },

  'website.people.add_event': ({ website, params, body, store }) => {
    const person = requirePerson(website, params.people_id!);
    person.events.unshift({
      text: body.text,
      data: body.data ?? {},
      color: body.color ?? 'grey',
      timestamp: store.now(),
    });
    return {};
  },

  'website.people.list_events': ({ website, params, page: n }) =>
    page(requirePerson(website, params.people_id!).events, n),

  'website.people.get_data': ({ website, params }) => ({
    data: requirePerson(website, params.people_id!).data,
  }),

  'website.people.save_data': ({ website, params, body }) => {
    requirePerson(website, params.people_id!).data = dataOf(body);
    return {};
  },

  'website.people.update_data': ({ website, params, body }) => {
    const person = requirePerson(website, params.people_id!);
    person.data = { ...person.data, ...dataOf(body) };
    return {};
  },

  'website.people.get_subscription': ({ website, params }) => ({
    email: requirePerson(website, params.people_id!).subscribed,
  }),

  'website.people.update_subscription': ({ website, params, body, store }) => {
    const person = requirePerson(website, params.people_id!);
    if (typeof body.email !== 'boolean')
      throw invalidData("data must have required property 'email'");
    if (person.subscribed !== body.email && typeof person.profile.email === 'string') {
      store.emit(idOf(website), 'email:subscribe', {
        website_id: idOf(website),
        email: person.profile.email,
        subscribed: body.email,
      });
    }
    person.subscribed = body.email;
    return {};
  },
};
