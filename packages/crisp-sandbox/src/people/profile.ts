import { randomUUID } from 'node:crypto';
import { deepMerge, isObject } from '../deep-merge.ts';
import { invalidData } from '../http/reply.ts';
import type { PersonRecord, Raw } from '../store.ts';

const CARD_FIELDS = ['email', 'person', 'company', 'segments', 'notepad'] as const;

/** The writable part of a PeopleProfileUpdate body; `active` (ms) is recorded as `active.last`. */
function cardOf(body: Raw): Raw {
  const card: Raw = {};
  for (const f of CARD_FIELDS) if (body[f] !== undefined) card[f] = body[f];
  if (typeof card.email === 'string' && !card.email.includes('@'))
    throw invalidData('email must be an email address');
  return card;
}

/** POST /people/profile: Crisp wants at least an email and a nickname. */
export function createPerson(body: Raw, now: number): PersonRecord {
  if (typeof body.email !== 'string') throw invalidData("data must have required property 'email'");
  if (typeof body.person?.nickname !== 'string')
    throw invalidData("data/person must have required property 'nickname'");
  const profile: Raw = {
    people_id: randomUUID(),
    segments: [],
    notepad: '',
    ...cardOf(body),
    active: { now: false, ...(typeof body.active === 'number' ? { last: body.active } : {}) },
    score: 0,
    created_at: now,
    updated_at: now,
  };
  return { profile, data: {}, events: [], subscribed: true };
}

/**
 * PATCH merges the card; PUT overwrites it, so fields left out are cleared. The email is the
 * contact's identity, so a PUT without one keeps it.
 */
export function writeProfile(
  person: PersonRecord,
  body: Raw,
  mode: 'merge' | 'replace',
  now: number,
): void {
  const card = cardOf(body);
  const current = person.profile;
  const next: Raw =
    mode === 'merge'
      ? deepMerge(current, card)
      : {
          people_id: current.people_id,
          email: current.email,
          segments: [],
          notepad: '',
          ...card,
          active: current.active,
          score: current.score,
          created_at: current.created_at,
        };
  if (typeof body.active === 'number') next.active = { ...next.active, last: body.active };
  next.updated_at = now;
  person.profile = next;
}

/** People data bodies: `{data: {...}}` per the README, or the flat map the Node client types. */
export function dataOf(body: Raw): Record<string, string | number | boolean> {
  const map: unknown = isObject(body.data) && Object.keys(body).length === 1 ? body.data : body;
  const entries = Object.entries(map as Raw);
  for (const [key, value] of entries) {
    if (!['string', 'number', 'boolean'].includes(typeof value))
      throw invalidData(`data/${key} must be a string, number or boolean`);
  }
  return Object.fromEntries(entries);
}
