import type { ConversationRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import {
  type ConversationState,
  emitSession,
  hiddenOf,
  type MessageFrom,
  requireConversation,
  scopeOf,
  setState,
  touch,
} from './model.ts';
import { isChat, refreshDerived } from './summary.ts';

/** Sending: how a message is stored and announced, and typing (compose). */

/** What a sender supplies: the `send_message` body, or the same shape from the demo activity. */
export interface MessageInput {
  type: string;
  from: MessageFrom;
  origin: string;
  content: unknown;
  fingerprint?: number;
  timestamp?: number;
  user?: Raw;
  mentions?: string[];
  references?: Raw[];
  /** Raw original (e.g. an email's HTML); stored and exposed through `original.original_id`. */
  original?: { type?: string; content?: string };
  properties?: Record<string, string | number | boolean>;
  stealth?: boolean;
  translated?: boolean;
  automated?: boolean;
}

/** A fingerprint not yet used in the conversation, starting from `candidate`. */
function freeFingerprint(record: ConversationRecord, candidate: number): number {
  const used = new Set(record.messages.map((m) => m.fingerprint as number));
  let f = candidate;
  while (used.has(f)) f += 1;
  return f;
}

function defaultUser(website: WebsiteRecord, record: ConversationRecord, from: MessageFrom): Raw {
  const c = record.conversation;
  if (from === 'user') {
    return { type: 'participant', user_id: c.session_id, nickname: c.meta?.nickname ?? 'visitor' };
  }
  return { type: 'website', user_id: c.website_id, nickname: website.website.name ?? 'Crisp' };
}

/** The RTM payload of a message: the stored message minus REST-only fields, plus its scope. */
export function messageEvent(record: ConversationRecord, m: Raw): Raw {
  const { preview: _p, read: _r, delivered: _d, ignored: _i, ...rest } = m;
  return { ...rest, ...scopeOf(record) };
}

/** Visitor messages travel as `message:send`, all the team side writes as `message:received`. */
export const messageEventName = (m: Raw) =>
  m.from === 'user' && isChat(m) ? 'message:send' : 'message:received';

/**
 * Builds and stores a message without announcing it (the seed uses this directly). Returns the
 * existing message when a caller-supplied fingerprint is already in the conversation.
 */
export function storeMessage(
  website: WebsiteRecord,
  record: ConversationRecord,
  input: MessageInput,
  timestamp: number,
): Raw {
  if (input.fingerprint !== undefined) {
    const existing = record.messages.find((m) => m.fingerprint === input.fingerprint);
    if (existing) return existing;
  }
  const sessionId = record.conversation.session_id as string;
  const fingerprint =
    input.fingerprint ?? freeFingerprint(record, timestamp * 100 + (record.messages.length % 100));
  const message: Raw = {
    session_id: sessionId,
    website_id: record.conversation.website_id,
    type: input.type,
    from: input.from,
    origin: input.origin,
    content: input.content,
    preview: [],
    mentions: input.mentions ?? [],
    stamped: true,
    edited: false,
    translated: input.translated ?? false,
    automated: input.automated ?? false,
    fingerprint,
    timestamp,
    user: input.user ?? defaultUser(website, record, input.from),
  };
  if (input.references) message.references = input.references;
  if (input.properties) message.properties = input.properties;
  // A stealth message does not bump the other side's unread counter.
  if (input.stealth) message.read = input.origin;
  if (input.original) {
    const originalId = `${sessionId.slice(8, 16)}-${fingerprint}`;
    hiddenOf(record).originals.set(originalId, {
      website_id: message.website_id,
      session_id: sessionId,
      original_id: originalId,
      type: input.original.type ?? 'text/plain',
      headers: {},
      content: input.original.content ?? '',
      timestamp,
    });
    message.original = { original_id: originalId };
  }
  const at = record.messages.findIndex((m) => m.timestamp > timestamp);
  record.messages.splice(at < 0 ? record.messages.length : at, 0, message);
  if (message.type === 'file') {
    const { name, type, url } = message.content as Raw;
    record.files.push({ name, type, url, fingerprint, timestamp });
  }
  touch(record, timestamp);
  return message;
}

/**
 * Stores a message and emits what Crisp would. A caller-supplied fingerprint that already exists
 * in the conversation is a retry: nothing is stored twice and the existing message is returned.
 * A visitor message reopens a resolved conversation; the team's first reply moves a pending one
 * to unresolved.
 */
export function appendMessage(
  store: SandboxStore,
  website: WebsiteRecord,
  sessionId: string,
  input: MessageInput,
): Raw {
  const record = requireConversation(website, sessionId);
  const count = record.messages.length;
  const message = storeMessage(website, record, input, input.timestamp ?? store.now());
  if (record.messages.length === count) return message;
  const mentionsBefore = (record.conversation.mentions as string[]).length;
  refreshDerived(record);
  store.emit(message.website_id, messageEventName(message), messageEvent(record, message));
  if ((record.conversation.mentions as string[]).length !== mentionsBefore) {
    emitSession(store, record, 'session:set_mentions', { mentions: record.conversation.mentions });
  }
  const state = record.conversation.state as ConversationState;
  const reopens = input.from === 'user' ? state === 'resolved' : state === 'pending';
  if (isChat(message) && reopens) setState(store, record, 'unresolved', message.timestamp);
  return message;
}

/** Typing: `message:compose:send` from the visitor, `message:compose:receive` from the team. */
export function compose(
  store: SandboxStore,
  record: ConversationRecord,
  input: {
    type: 'start' | 'stop';
    from: MessageFrom;
    excerpt?: string;
    automated?: boolean;
    /** The typing operator's card. */
    user?: Raw;
  },
): void {
  const timestamp = store.now();
  const atom: Raw = { type: input.type, timestamp };
  if (input.excerpt !== undefined) atom.excerpt = input.excerpt;
  if (input.automated !== undefined) atom.automated = input.automated;
  if (input.user) atom.user = input.user;
  const side = input.from === 'user' ? 'visitor' : 'operator';
  record.conversation.compose = { ...record.conversation.compose, [side]: atom };
  const { user: _u, ...payload } = atom;
  if (input.from === 'user')
    return void emitSession(store, record, 'message:compose:send', payload);
  const card = input.user ? { user: input.user } : {};
  emitSession(store, record, 'message:compose:receive', { ...payload, ...card });
}
