import { notFound, SandboxError } from '../http/reply.ts';
import type {
  ConversationRecord,
  PersonRecord,
  Raw,
  SandboxStore,
  WebsiteRecord,
} from '../store.ts';

const sameEmail = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

/**
 * Every people route takes the contact's email in place of its people_id (docs/crisp/REST.md §10).
 */
export function findPerson(website: WebsiteRecord, idOrEmail: string): PersonRecord | undefined {
  if (!idOrEmail.includes('@')) return website.people.get(idOrEmail);
  return [...website.people.values()].find((p) => sameEmail(p.profile.email, idOrEmail));
}

export function requirePerson(website: WebsiteRecord, idOrEmail: string): PersonRecord {
  const person = findPerson(website, idOrEmail);
  if (!person) throw notFound('people profile');
  return person;
}

/** Crisp keeps one profile per email in a website. */
export function assertEmailFree(website: WebsiteRecord, email: unknown, self?: PersonRecord): void {
  const owner = typeof email === 'string' ? findPerson(website, email) : undefined;
  if (owner && owner !== self)
    throw new SandboxError('people_exists', 'a people profile already uses this email');
}

/** The conversations of a contact: linked by people_id, or still only sharing its email. */
export function personConversations(
  website: WebsiteRecord,
  person: PersonRecord,
): ConversationRecord[] {
  const { people_id: id, email } = person.profile;
  return [...website.conversations.values()].filter(
    ({ conversation: c }) =>
      c.people_id === id || (c.people_id === undefined && sameEmail(c.meta?.email, email)),
  );
}

/** Links the conversations that carry the contact's email, as Crisp does when a profile appears. */
export function bindConversations(
  store: SandboxStore,
  website: WebsiteRecord,
  person: PersonRecord,
): void {
  const websiteId = website.website.website_id as string;
  for (const { conversation: c } of personConversations(website, person)) {
    if (c.people_id === person.profile.people_id) continue;
    c.people_id = person.profile.people_id;
    store.emit(websiteId, 'people:bind:session', {
      website_id: websiteId,
      session_id: c.session_id,
      inbox_id: c.inbox_id ?? null,
      people_id: person.profile.people_id,
    });
  }
}

/** Pushes the contact's card onto each of its conversations (`people:sync:profile`). */
export function syncConversations(
  store: SandboxStore,
  website: WebsiteRecord,
  person: PersonRecord,
): void {
  const websiteId = website.website.website_id as string;
  const identity: Raw = {};
  if (person.profile.person) identity.person = person.profile.person;
  if (person.profile.company) identity.company = person.profile.company;
  for (const { conversation: c } of personConversations(website, person)) {
    if (c.people_id !== person.profile.people_id) continue;
    store.emit(websiteId, 'people:sync:profile', {
      website_id: websiteId,
      session_id: c.session_id,
      inbox_id: c.inbox_id ?? null,
      people_id: person.profile.people_id,
      identity,
    });
  }
}

/** Removes the contact and detaches its conversations (they stay, without a profile). */
export function removePerson(
  store: SandboxStore,
  website: WebsiteRecord,
  person: PersonRecord,
): void {
  const websiteId = website.website.website_id as string;
  for (const { conversation: c } of personConversations(website, person)) {
    if (c.people_id === person.profile.people_id) delete c.people_id;
  }
  website.people.delete(person.profile.people_id);
  store.emit(websiteId, 'people:profile:removed', {
    website_id: websiteId,
    people_id: person.profile.people_id,
    email: person.profile.email,
  });
}
