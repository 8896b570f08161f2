import { notFound } from '../http/reply.ts';
import type { ConversationRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import { refreshDerived } from './summary.ts';

/**
 * The conversation writes that routes, batch routes and the demo activity share. Each write keeps
 * the derived fields (preview, unread counters, waiting_since) in step and emits the RTM events
 * Crisp sends for it.
 */

export type ConversationState = 'pending' | 'unresolved' | 'resolved';
export type MessageFrom = 'user' | 'operator';

/** Crisp's numeric `status` beside `state` (the catalogue marks this mapping unconfirmed). */
export const statusOf: Record<ConversationState, number> = {
  pending: 0,
  unresolved: 1,
  resolved: 2,
};

/** State the catalogue's Conversation shape has no field for. */
interface Hidden {
  originals: Map<string, Raw>;
  /** Set by `initiate`: an empty conversation that still shows in the inbox. */
  initiated: boolean;
}
const hidden = new WeakMap<ConversationRecord, Hidden>();

export function hiddenOf(record: ConversationRecord): Hidden {
  let h = hidden.get(record);
  if (!h) {
    h = { originals: new Map(), initiated: false };
    hidden.set(record, h);
  }
  return h;
}

export function requireConversation(website: WebsiteRecord, sessionId: string): ConversationRecord {
  const record = website.conversations.get(sessionId);
  if (!record) throw notFound('conversation');
  return record;
}

/** The fields every session-scoped event starts with. */
export const scopeOf = (record: ConversationRecord) => ({
  website_id: record.conversation.website_id as string,
  session_id: record.conversation.session_id as string,
  inbox_id: (record.conversation.inbox_id ?? null) as string | null,
});

export function emitSession(
  store: SandboxStore,
  record: ConversationRecord,
  event: string,
  data: Raw = {},
): void {
  store.emit(record.conversation.website_id, event, { ...scopeOf(record), ...data });
}

/** A new, empty conversation; not listed until it has a message or is initiated. */
export function createConversation(
  website: WebsiteRecord,
  init: { sessionId: string; at: number; meta?: Raw; state?: ConversationState },
): ConversationRecord {
  const state = init.state ?? 'pending';
  const record: ConversationRecord = {
    conversation: {
      session_id: init.sessionId,
      website_id: website.website.website_id,
      inbox_id: null,
      state,
      status: statusOf[state],
      is_verified: false,
      is_blocked: false,
      availability: 'offline',
      active: { now: false },
      verifications: [],
      participants: [],
      mentions: [],
      compose: {},
      unread: { operator: 0, visitor: 0 },
      meta: { segments: [], data: {}, ...init.meta },
      created_at: init.at,
      updated_at: init.at,
    },
    messages: [],
    pages: [],
    events: [],
    files: [],
    blocked: false,
  };
  website.conversations.set(init.sessionId, record);
  return record;
}

export function touch(record: ConversationRecord, at: number): void {
  record.conversation.updated_at = Math.max(record.conversation.updated_at ?? 0, at);
}

export function setState(
  store: SandboxStore,
  record: ConversationRecord,
  state: ConversationState,
  at = store.now(),
): void {
  const c = record.conversation;
  if (c.state === state) return;
  c.state = state;
  c.status = statusOf[state];
  touch(record, at);
  refreshDerived(record);
  emitSession(store, record, 'session:set_state', { state });
}

/** Assigns the conversation to an operator, or unassigns it with `null`. */
export function assignRouting(
  store: SandboxStore,
  record: ConversationRecord,
  userId: string | null,
): void {
  const c = record.conversation;
  const previous = (c.assigned?.user_id ?? null) as string | null;
  if (userId) c.assigned = { user_id: userId };
  else delete c.assigned;
  touch(record, store.now());
  const routing = { routing_id: userId, previous_routing_id: previous };
  emitSession(store, record, 'session:set_routing', routing);
}

export function setBlocked(
  store: SandboxStore,
  record: ConversationRecord,
  blocked: boolean,
): void {
  record.blocked = blocked;
  record.conversation.is_blocked = blocked;
  emitSession(store, record, 'session:set_block', { is_blocked: blocked });
}

export function removeConversation(
  store: SandboxStore,
  website: WebsiteRecord,
  sessionId: string,
): void {
  const record = requireConversation(website, sessionId);
  website.conversations.delete(sessionId);
  emitSession(store, record, 'session:removed');
}
