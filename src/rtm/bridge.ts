import { type MessageModel, type MessageRaw, toMessage } from '../datasources/message.ts';
import { rtmEventByName } from './events.ts';
import type { PubSub, RtmEvent, RtmSource } from './topics.ts';

/**
 * Crisp event → typed topic. Knows nothing about sockets or HTTP: the socket adapter, the web
 * hook receiver and backfill all hand raw events to `ingest`, which publishes them on the
 * website's channel; subscriptions then read them through the `to…` mappers below, each of
 * which parses one payload shape once and returns undefined for anything else.
 */

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface IngestMeta {
  source: RtmSource;
  /** Web hook delivery attempt. @default 1 */
  attempt?: number;
  /** The web hook envelope's `website_id`, used when the payload lacks one. */
  websiteId?: string;
  /** The web hook envelope's `timestamp` (ms). */
  timestamp?: number;
}

/**
 * Reads the scope of a raw event. Undefined when it has no website: bucket and media replies
 * (docs/crisp/RTM.md §8) cannot be routed to a website's subscribers, so they are not published.
 */
export function toRtmEvent(name: string, data: unknown, meta: IngestMeta): RtmEvent | undefined {
  if (!isData(data)) return undefined;
  const websiteId = str(data.website_id) ?? meta.websiteId;
  if (!websiteId) return undefined;
  return {
    name,
    websiteId,
    sessionId: str(data.session_id) ?? null,
    timestamp: num(data.timestamp) ?? meta.timestamp ?? null,
    data,
    source: meta.source,
    attempt: meta.attempt ?? 1,
  };
}

export interface Bridge {
  /** Publishes one raw event; unknown or unroutable events are dropped and reported false. */
  ingest(name: string, data: unknown, meta: IngestMeta): Promise<boolean>;
}

/**
 * `observe` sees each event before it is published (the read cache, which must be exact before a
 * subscriber reacts to the event by reading).
 */
export function createBridge(pubsub: PubSub, observe?: (e: RtmEvent) => Promise<void>): Bridge {
  return {
    async ingest(name, data, meta) {
      if (!rtmEventByName.has(name)) return false;
      const event = toRtmEvent(name, data, meta);
      if (!event) return false;
      await observe?.(event);
      // A website that installs the plugin stays silent on the socket until it rebinds; the
      // event can arrive by hook on a replica without the socket, so it goes through the bus.
      if (name === 'plugin:subscription:updated')
        await pubsub.publish('control', 'all', { kind: 'rebind' });
      await pubsub.publish('website', event.websiteId, event);
      return true;
    },
  };
}

// ---- Typed topics -------------------------------------------------------------------------

export const messageEventNames = [
  'message:send',
  'message:received',
  'message:updated',
  'message:removed',
] as const;
export type MessageEventKind = 'send' | 'received' | 'updated' | 'removed';

export interface MessageEventModel {
  kind: MessageEventKind;
  websiteId: string;
  sessionId: string;
  fingerprint: number;
  timestamp: number | null;
  /** The full message, on `send` and `received` (their payload is the message itself). */
  message: MessageModel | null;
  /** The new content, on `updated`. */
  content: unknown;
}

export function toMessageEvent(e: RtmEvent): MessageEventModel | undefined {
  const fingerprint = num(e.data.fingerprint);
  if (!e.sessionId || fingerprint === undefined) return undefined;
  const kind = e.name.slice('message:'.length) as MessageEventKind;
  if (!(messageEventNames as readonly string[]).includes(e.name)) return undefined;
  const full = kind === 'send' || kind === 'received';
  return {
    kind,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    fingerprint,
    timestamp: e.timestamp,
    // The RTM payload of a new message has the REST message's shape (rtm-events.json).
    message: full ? toMessage(e.data as unknown as MessageRaw) : null,
    content: kind === 'updated' ? e.data.content : null,
  };
}

export const composingEventNames = ['message:compose:send', 'message:compose:receive'] as const;

export interface ComposingModel {
  websiteId: string;
  sessionId: string;
  /** `send`: the visitor is typing; `receive`: the team side is. */
  side: 'visitor' | 'operator';
  typing: boolean;
  excerpt: string | null;
  timestamp: number | null;
}

export function toComposing(e: RtmEvent): ComposingModel | undefined {
  const type = e.data.type;
  if (!e.sessionId || (type !== 'start' && type !== 'stop')) return undefined;
  if (!(composingEventNames as readonly string[]).includes(e.name)) return undefined;
  return {
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    side: e.name === 'message:compose:send' ? 'visitor' : 'operator',
    typing: type === 'start',
    excerpt: str(e.data.excerpt) ?? null,
    timestamp: e.timestamp,
  };
}

const acknowledgementKinds = {
  'message:acknowledge:read:send': 'read_send',
  'message:acknowledge:read:received': 'read_received',
  'message:acknowledge:unread:send': 'unread_send',
  'message:acknowledge:delivered': 'delivered',
  'message:acknowledge:ignored': 'ignored',
} as const;
export const acknowledgementEventNames = Object.keys(acknowledgementKinds);
export type AcknowledgementKind = (typeof acknowledgementKinds)[keyof typeof acknowledgementKinds];

export interface AcknowledgementModel {
  kind: AcknowledgementKind;
  websiteId: string;
  sessionId: string;
  origin: string | null;
  fingerprints: number[];
}

export function toAcknowledgement(e: RtmEvent): AcknowledgementModel | undefined {
  const kind = acknowledgementKinds[e.name as keyof typeof acknowledgementKinds];
  const list = e.data.fingerprints;
  if (!kind || !e.sessionId || !Array.isArray(list)) return undefined;
  return {
    kind,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    origin: str(e.data.origin) ?? null,
    fingerprints: list.filter((f): f is number => typeof f === 'number'),
  };
}

/** Conversation-level changes: state, block, routing, removal, and the visitor's metas. */
const conversationKinds = {
  'session:set_state': 'state',
  'session:set_block': 'block',
  'session:set_routing': 'routing',
  'session:set_inbox': 'inbox',
  'session:removed': 'removed',
  'session:set_email': 'meta',
  'session:set_phone': 'meta',
  'session:set_address': 'meta',
  'session:set_subject': 'meta',
  'session:set_avatar': 'meta',
  'session:set_nickname': 'meta',
  'session:set_origin': 'meta',
  'session:set_data': 'meta',
  'session:set_segments': 'meta',
} as const;
export const conversationEventNames = Object.keys(conversationKinds);
export type ConversationChangeKind = (typeof conversationKinds)[keyof typeof conversationKinds];

export interface ConversationChangeModel {
  kind: ConversationChangeKind;
  /** Crisp's event name, which tells the metas apart (`session:set_email`, …). */
  name: string;
  websiteId: string;
  sessionId: string;
  state: 'pending' | 'unresolved' | 'resolved' | null;
  blocked: boolean | null;
  routingId: string | null;
  /** What changed, as Crisp sent it, without the scope fields. */
  changes: Data;
}

export function toConversationChange(e: RtmEvent): ConversationChangeModel | undefined {
  const kind = conversationKinds[e.name as keyof typeof conversationKinds];
  if (!kind || !e.sessionId) return undefined;
  const { website_id: _w, session_id: _s, inbox_id: _i, ...changes } = e.data;
  const state = e.data.state;
  return {
    kind,
    name: e.name,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    state: state === 'pending' || state === 'unresolved' || state === 'resolved' ? state : null,
    blocked: typeof e.data.is_blocked === 'boolean' ? e.data.is_blocked : null,
    routingId: str(e.data.routing_id) ?? null,
    changes,
  };
}

export const peopleEventNames = [
  'people:profile:created',
  'people:profile:updated',
  'people:profile:removed',
] as const;

export interface PeopleProfileEventModel {
  kind: 'created' | 'updated' | 'removed';
  websiteId: string;
  peopleId: string;
  email: string | null;
}

export function toPeopleProfileEvent(e: RtmEvent): PeopleProfileEventModel | undefined {
  const peopleId = str(e.data.people_id);
  if (!peopleId || !(peopleEventNames as readonly string[]).includes(e.name)) return undefined;
  return {
    kind: e.name.slice('people:profile:'.length) as PeopleProfileEventModel['kind'],
    websiteId: e.websiteId,
    peopleId,
    email: str(e.data.email) ?? null,
  };
}

export interface VisitorsCountModel {
  websiteId: string;
  count: number;
}

export function toVisitorsCount(e: RtmEvent): VisitorsCountModel | undefined {
  const count = num(e.data.visitors_count);
  if (e.name !== 'website:update_visitors_count' || count === undefined) return undefined;
  return { websiteId: e.websiteId, count };
}

export const availabilityEventNames = [
  'website:update_operators_availability',
  'website:users:available',
] as const;

export interface OperatorAvailabilityModel {
  websiteId: string;
  /** One operator (`website:update_operators_availability`), or null for the whole team. */
  userId: string | null;
  online: boolean;
}

export function toOperatorAvailability(e: RtmEvent): OperatorAvailabilityModel | undefined {
  if (e.name === 'website:users:available' && typeof e.data.available === 'boolean') {
    return { websiteId: e.websiteId, userId: null, online: e.data.available };
  }
  const userId = str(e.data.user_id);
  const availability = isData(e.data.availability) ? e.data.availability.type : undefined;
  if (
    e.name !== 'website:update_operators_availability' ||
    !userId ||
    typeof availability !== 'string'
  )
    return undefined;
  return { websiteId: e.websiteId, userId, online: availability === 'online' };
}
