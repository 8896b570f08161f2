import type { ConversationState } from '../datasources/conversation.ts';
import type { ConversationMetaModel } from '../datasources/conversation-detail.ts';
import { type MessageModel, type MessageRaw, toMessage } from '../datasources/message.ts';
import type { RtmEvent, RtmSource } from './topics.ts';

/**
 * Crisp event → the model a subscription field resolves, one parser per payload shape. Each
 * model names its GraphQL type (`typename`), read from the agent's side: `message:send` (the
 * visitor wrote) is a `MessageReceivedEvent`, `message:received` (the team wrote) a
 * `MessageSentEvent`. A model is built once per event and replica, and shared by every
 * subscriber of the field: it is read, never changed. Payloads of another shape map to undefined.
 */

type Data = Record<string, unknown>;

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const isData = (v: unknown): v is Data =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What every event carries. */
export interface EventModel {
  typename: string;
  /** Crisp's event name, e.g. `message:send`. */
  name: string;
  source: RtmSource;
  /** The payload's timestamp, else the web hook's; null when Crisp gave none. */
  occurredAt: Date | null;
  websiteId: string;
}

/** An event about one conversation. */
export interface SessionEventModel extends EventModel {
  sessionId: string;
}

export const base = (e: RtmEvent, typename: string): EventModel => ({
  typename,
  name: e.name,
  source: e.source,
  occurredAt: e.timestamp === null ? null : new Date(e.timestamp),
  websiteId: e.websiteId,
});

export const inSession = (e: RtmEvent, typename: string): SessionEventModel | undefined =>
  e.sessionId ? { ...base(e, typename), sessionId: e.sessionId } : undefined;

// ---- crispEvents -------------------------------------------------------------------------

/** Any event, as Crisp sent it, with the time every event type carries. */
export type CrispEventModel = RtmEvent & Pick<EventModel, 'occurredAt'>;

export const toCrispEvent = (e: RtmEvent): CrispEventModel => ({
  ...e,
  occurredAt: e.timestamp === null ? null : new Date(e.timestamp),
});

// ---- messageEvents ------------------------------------------------------------------------

const messageTypes = {
  'message:send': 'MessageReceivedEvent',
  'message:received': 'MessageSentEvent',
  'message:updated': 'MessageUpdatedEvent',
  'message:removed': 'MessageRemovedEvent',
} as const;
export const messageEventNames = Object.keys(messageTypes);

export interface MessageEventModel extends SessionEventModel {
  fingerprint: number;
  /** The whole message, on a new one: the RTM payload has the REST message's shape. */
  message: MessageModel | null;
}

export function toMessageEvent(e: RtmEvent): MessageEventModel | undefined {
  const typename = messageTypes[e.name as keyof typeof messageTypes];
  const fingerprint = num(e.data.fingerprint);
  const scoped = typename && inSession(e, typename);
  if (!scoped || fingerprint === undefined) return undefined;
  const whole = e.name === 'message:send' || e.name === 'message:received';
  return {
    ...scoped,
    fingerprint,
    message: whole ? toMessage(e.data as unknown as MessageRaw) : null,
  };
}

// ---- typingEvents -------------------------------------------------------------------------

export const typingEventNames = ['message:compose:send', 'message:compose:receive'];

export interface TypingEventModel extends SessionEventModel {
  /** Crisp's `from`: `user` (the visitor, `compose:send`) or `operator` (`compose:receive`). */
  side: 'user' | 'operator';
  isTyping: boolean;
  excerpt: string | null;
  /** The typing operator's user_id, when Crisp sends the operator card. */
  userId: string | null;
}

export function toTypingEvent(e: RtmEvent): TypingEventModel | undefined {
  const type = e.data.type;
  const scoped = typingEventNames.includes(e.name) && inSession(e, 'TypingEvent');
  if (!scoped || (type !== 'start' && type !== 'stop')) return undefined;
  const side = e.name === 'message:compose:send' ? 'user' : 'operator';
  const user = isData(e.data.user) ? e.data.user : {};
  return {
    ...scoped,
    side,
    isTyping: type === 'start',
    excerpt: str(e.data.excerpt) ?? null,
    userId: (side === 'operator' && str(user.user_id)?.toLowerCase()) || null,
  };
}

// ---- readEvents ---------------------------------------------------------------------------

const readTypes = {
  'message:acknowledge:read:send': ['MessagesReadEvent', 'user'],
  'message:acknowledge:read:received': ['MessagesReadEvent', 'operator'],
  'message:acknowledge:unread:send': ['MessagesUnreadEvent', null],
  'message:acknowledge:delivered': ['MessagesDeliveredEvent', null],
  'message:acknowledge:ignored': ['MessagesIgnoredEvent', null],
} as const;
export const readEventNames = Object.keys(readTypes);

export interface ReadEventModel extends SessionEventModel {
  /** Who read: `user` (the visitor) or `operator` (the team); null on the other acknowledgements. */
  by: 'user' | 'operator' | null;
  /** The channel Crisp names (`chat`, `email`, `urn:…`). */
  via: string | null;
  fingerprints: number[];
}

export function toReadEvent(e: RtmEvent): ReadEventModel | undefined {
  const [typename, by] = readTypes[e.name as keyof typeof readTypes] ?? [];
  const list = e.data.fingerprints;
  const scoped = typename && inSession(e, typename);
  if (!scoped || !Array.isArray(list)) return undefined;
  return {
    ...scoped,
    by: by ?? null,
    via: str(e.data.origin) ?? null,
    fingerprints: list.filter((f): f is number => typeof f === 'number'),
  };
}

// ---- conversationEvents -------------------------------------------------------------------

/** The conversation metas one `session:set_*` event sets, by their payload key. */
const metaKeys = ['email', 'phone', 'address', 'subject', 'avatar', 'nickname', 'origin'] as const;
type MetaKey = (typeof metaKeys)[number] | 'data' | 'segments';

const conversationTypes: Record<string, string> = {
  'session:set_state': 'ConversationStateChangedEvent',
  'session:set_block': 'ConversationBlockedEvent',
  'session:set_routing': 'ConversationAssignedEvent',
  'session:set_inbox': 'ConversationInboxChangedEvent',
  'session:removed': 'ConversationRemovedEvent',
  'session:set_data': 'ConversationMetasChangedEvent',
  'session:set_segments': 'ConversationMetasChangedEvent',
  ...Object.fromEntries(metaKeys.map((k) => [`session:set_${k}`, 'ConversationMetasChangedEvent'])),
};
export const conversationEventNames = Object.keys(conversationTypes);

/** What the event says of the conversation: only the fields it changed are set. */
export interface ConversationChange {
  state?: ConversationState;
  isBlocked?: boolean;
  /** The assignee's user_id; null when unassigned. */
  assignedUserId?: string | null;
  inboxId?: string | null;
  /** The metas the event set, and only those. */
  metas?: Partial<Pick<ConversationMetaModel, MetaKey>>;
}

export interface ConversationEventModel extends SessionEventModel {
  change: ConversationChange;
}

const STATES: readonly string[] = ['pending', 'unresolved', 'resolved'];

function changeOf(e: RtmEvent): ConversationChange | undefined {
  const d = e.data;
  switch (e.name) {
    case 'session:set_state':
      return STATES.includes(d.state as string)
        ? { state: d.state as ConversationState }
        : undefined;
    case 'session:set_block':
      return typeof d.is_blocked === 'boolean' ? { isBlocked: d.is_blocked } : undefined;
    case 'session:set_routing':
      return { assignedUserId: str(d.routing_id) ?? null };
    case 'session:set_inbox':
      return { inboxId: str(d.inbox_id) ?? null };
    case 'session:removed':
      return {};
    case 'session:set_data':
      return isData(d.data)
        ? { metas: { data: d.data as ConversationMetaModel['data'] } }
        : undefined;
    case 'session:set_segments':
      return Array.isArray(d.segments)
        ? { metas: { segments: d.segments.filter((s): s is string => typeof s === 'string') } }
        : undefined;
  }
  const key = e.name.slice('session:set_'.length) as (typeof metaKeys)[number];
  return typeof d[key] === 'string' ? { metas: { [key]: d[key] } } : undefined;
}

export function toConversationEvent(e: RtmEvent): ConversationEventModel | undefined {
  const typename = conversationTypes[e.name];
  const scoped = typename && inSession(e, typename);
  const change = scoped && changeOf(e);
  return scoped && change ? { ...scoped, change } : undefined;
}

// ---- personEvents -------------------------------------------------------------------------

const personTypes = {
  'people:profile:created': 'PersonCreatedEvent',
  'people:profile:updated': 'PersonUpdatedEvent',
  'people:profile:removed': 'PersonRemovedEvent',
} as const;
export const personEventNames = Object.keys(personTypes);

export interface PersonEventModel extends EventModel {
  peopleId: string;
}

export function toPersonEvent(e: RtmEvent): PersonEventModel | undefined {
  const typename = personTypes[e.name as keyof typeof personTypes];
  const peopleId = str(e.data.people_id)?.toLowerCase();
  return typename && peopleId ? { ...base(e, typename), peopleId } : undefined;
}

// ---- operatorAvailabilityEvents -----------------------------------------------------------

export const availabilityEventNames = [
  'website:update_operators_availability',
  'website:users:available',
];

export interface OperatorAvailabilityEventModel extends EventModel {
  /** The operator's user_id (`website:update_operators_availability`). */
  userId: string;
  availability: string;
}

export interface TeamAvailabilityEventModel extends EventModel {
  isAvailable: boolean;
}

export function toAvailabilityEvent(
  e: RtmEvent,
): OperatorAvailabilityEventModel | TeamAvailabilityEventModel | undefined {
  if (e.name === 'website:users:available') {
    if (typeof e.data.available !== 'boolean') return undefined;
    return { ...base(e, 'TeamAvailabilityChangedEvent'), isAvailable: e.data.available };
  }
  const userId = str(e.data.user_id)?.toLowerCase();
  const availability = isData(e.data.availability) ? str(e.data.availability.type) : undefined;
  if (e.name !== 'website:update_operators_availability' || !userId || !availability)
    return undefined;
  return { ...base(e, 'OperatorAvailabilityChangedEvent'), userId, availability };
}

// ---- visitorCountEvents -------------------------------------------------------------------

export const visitorCountEventNames = ['website:update_visitors_count'];

export interface VisitorCountEventModel extends EventModel {
  count: number;
}

export function toVisitorCountEvent(e: RtmEvent): VisitorCountEventModel | undefined {
  const count = num(e.data.visitors_count);
  if (e.name !== 'website:update_visitors_count' || count === undefined) return undefined;
  return { ...base(e, 'VisitorCountChangedEvent'), count };
}
