import type { ConversationRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import { emitSession, touch } from './model.ts';

/** Conversation metas: the partial update and the per-key events Crisp sends for it. */

/** Scalar metas and the event that announces each one. */
const scalarEvents: Record<string, string> = {
  nickname: 'session:set_nickname',
  email: 'session:set_email',
  phone: 'session:set_phone',
  address: 'session:set_address',
  subject: 'session:set_subject',
  avatar: 'session:set_avatar',
  origin: 'session:set_origin',
};

/** Device metas and the `session:sync:*` event (with its payload) for each one. */
const deviceEvents: Record<string, (value: unknown) => [string, Raw]> = {
  geolocation: (v) => ['session:sync:geolocation', { geolocation: v }],
  system: (v) => ['session:sync:system', { system: v }],
  timezone: (v) => ['session:sync:timezone', { timezone: { offset: v } }],
  locales: (v) => ['session:sync:locales', { locales: { locales: v } }],
  capabilities: (v) => ['session:sync:capabilities', { capabilities: v }],
};

/** The seeded contact whose email matches, if any (contact emails are case-insensitive). */
export function personByEmail(website: WebsiteRecord, email: string): string | undefined {
  const wanted = email.toLowerCase();
  for (const [peopleId, person] of website.people) {
    if (String(person.profile.email ?? '').toLowerCase() === wanted) return peopleId;
  }
  return undefined;
}

/**
 * Merges a `ConversationMetaUpdate` into the conversation: supplied keys replace stored ones,
 * `data` merges key by key, `device` merges by sub-key. Setting an email that belongs to a
 * contact links the conversation to it (`people:bind:session`).
 */
export function updateMetas(
  store: SandboxStore,
  website: WebsiteRecord,
  record: ConversationRecord,
  patch: Raw,
): void {
  const meta = record.conversation.meta as Raw;
  for (const [key, event] of Object.entries(scalarEvents)) {
    if (patch[key] === undefined) continue;
    meta[key] = patch[key];
    emitSession(store, record, event, { [key]: patch[key] });
  }
  if (patch.ip !== undefined) {
    meta.ip = patch.ip;
    const network: Raw = { ip: patch.ip };
    if (meta.connection) network.connection = meta.connection;
    emitSession(store, record, 'session:sync:network', { network });
  }
  if (patch.segments !== undefined) {
    meta.segments = [...new Set(patch.segments as string[])];
    emitSession(store, record, 'session:set_segments', { segments: meta.segments });
  }
  if (patch.data !== undefined) {
    meta.data = { ...meta.data, ...patch.data };
    emitSession(store, record, 'session:set_data', { data: meta.data });
  }
  if (patch.device !== undefined) {
    meta.device = { ...meta.device, ...patch.device };
    for (const [key, value] of Object.entries(patch.device as Raw)) {
      const toEvent = deviceEvents[key];
      if (!toEvent) continue;
      const [event, data] = toEvent(value);
      emitSession(store, record, event, data);
    }
  }
  if (typeof patch.email === 'string') {
    const peopleId = personByEmail(website, patch.email);
    if (peopleId && record.conversation.people_id !== peopleId) {
      record.conversation.people_id = peopleId;
      emitSession(store, record, 'people:bind:session', { people_id: peopleId });
    }
  }
  touch(record, store.now());
}
