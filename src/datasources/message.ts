import type { ConversationKey, MessageFrom, MessageType } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { errorFromResponse } from './crisp-errors.ts';
import { route } from './crisp-request.ts';
import { createLimiter, limitedLoader, READS_IN_FLIGHT } from './limiter.ts';
import {
  type MessageContentModel,
  type MessageContentRaw,
  toMessageContent,
  toMessageContentRaw,
} from './message-content.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

export type MessageUserType = 'website' | 'participant';

/** Catalogue `MessageUser`. */
export interface MessageUserRaw {
  type?: MessageUserType;
  user_id?: string;
  nickname?: string;
  avatar?: string;
}

/** Catalogue `ConversationMessage`. */
export interface MessageRaw {
  session_id: string;
  website_id: string;
  type: MessageType;
  from?: MessageFrom;
  origin?: string;
  content?: MessageContentRaw;
  mentions?: string[];
  read?: string;
  delivered?: string;
  edited?: boolean;
  translated?: boolean;
  automated?: boolean;
  stamped?: boolean;
  fingerprint: number;
  timestamp: number;
  user?: MessageUserRaw;
  original?: { original_id?: string };
}

export interface MessageUserModel {
  type?: MessageUserType;
  userId?: string;
  nickname?: string;
  avatar?: string;
}

export interface MessageModel extends ConversationKey {
  fingerprint: number;
  type: MessageType;
  from?: MessageFrom;
  origin?: string;
  content: MessageContentModel;
  mentions: string[];
  read?: string;
  delivered?: string;
  edited: boolean;
  translated: boolean;
  automated: boolean;
  stamped: boolean;
  timestamp: Date;
  user?: MessageUserModel;
  originalId?: string;
}

export function toMessage(raw: MessageRaw): MessageModel {
  return {
    websiteId: raw.website_id,
    sessionId: raw.session_id,
    fingerprint: raw.fingerprint,
    type: raw.type,
    from: raw.from,
    origin: raw.origin,
    content: toMessageContent(raw.type, raw.content),
    mentions: raw.mentions ?? [],
    read: raw.read,
    delivered: raw.delivered,
    edited: raw.edited ?? false,
    translated: raw.translated ?? false,
    automated: raw.automated ?? false,
    stamped: raw.stamped ?? false,
    timestamp: new Date(raw.timestamp),
    user: raw.user && {
      type: raw.user.type,
      userId: raw.user.user_id,
      nickname: raw.user.nickname,
      avatar: raw.user.avatar,
    },
    originalId: raw.original?.original_id,
  };
}

/** Crisp answers `/messages` in batches of 20 (ruby-crisp-api#16). */
export const MESSAGE_BATCH = 20;

/** Where a batch of history starts: the latest, before or after a time (ms), as Crisp takes it. */
export interface MessageBatchSelector {
  before?: number;
  after?: number;
}

/** One batch of history, and whether messages remain beyond it in the walking direction. */
export interface MessageBatch {
  messages: MessageModel[];
  more: boolean;
}

/**
 * GET /website/{website_id}/conversation/{session_id}/messages — the latest batch, the one before
 * `timestamp_before` or the one after `timestamp_after` (ms). Crisp answers 206 when older
 * history remains (ruby-crisp-api#16), so the status is read here rather than through `request`;
 * walking forwards, a full batch also says more may follow (Crisp gives no end marker there).
 */
export async function getMessagesInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  selector: MessageBatchSelector = {},
): Promise<MessageBatch> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/messages`;
  const res = await crisp.send({
    method: 'GET',
    path,
    query: { timestamp_before: selector.before, timestamp_after: selector.after },
  });
  const envelope = res.body as { error?: boolean; reason?: string; data?: unknown } | null;
  if (res.status >= 400 || envelope?.error || !Array.isArray(envelope?.data)) {
    throw errorFromResponse(res.status, envelope?.reason, `GET ${path.template}`, res.retryAfter);
  }
  const messages = (envelope.data as MessageRaw[]).map(toMessage);
  const full = selector.after !== undefined && messages.length >= MESSAGE_BATCH;
  return { messages, more: res.status === 206 || full };
}

/** GET /website/{website_id}/conversation/{session_id}/message/{fingerprint} */
export async function getMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  fingerprint: number,
): Promise<MessageModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message/${fingerprint}`;
  return toMessage(await crisp.get<MessageRaw>(path));
}

/** Catalogue `ConversationMessageNew`. */
interface MessageNewRaw {
  type: MessageType;
  from: MessageFrom;
  origin: string;
  content: MessageContentRaw;
  fingerprint: number;
  mentions?: string[];
  user?: Omit<MessageUserRaw, 'user_id'>;
  original?: { type: string; content: string };
  translated?: boolean;
  stealth?: boolean;
  automated?: boolean;
}

/** A message to send, as a client writes it; null means not given. */
export type MessageNewModel = Pick<MessageNewRaw, 'from' | 'origin' | 'fingerprint'> &
  Nullable<
    Pick<MessageNewRaw, 'mentions' | 'original' | 'translated' | 'stealth' | 'automated'>
  > & {
    content: MessageContentModel;
    user?: Nullable<Omit<MessageUserModel, 'userId'>> | null;
  };

/** POST /website/{website_id}/conversation/{session_id}/message — returns the fingerprint Crisp kept. */
export async function sendMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  { content, ...fields }: MessageNewModel,
): Promise<number> {
  const message: MessageNewRaw = {
    ...toMessageContentRaw(content),
    ...withoutNulls<Omit<MessageNewRaw, 'type' | 'content'>>(fields),
  };
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message`;
  // Crisp keeps one message per fingerprint, and one is always sent: a retry cannot duplicate it.
  const { fingerprint } = await crisp.request<{ fingerprint?: number }>({
    method: 'POST',
    path,
    body: message,
    idempotent: true,
  });
  return fingerprint ?? message.fingerprint;
}

/** PATCH /website/{website_id}/conversation/{session_id}/message/{fingerprint} */
export async function updateMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  fingerprint: number,
  content: MessageContentModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message/${fingerprint}`;
  await crisp.patch(path, { content: toMessageContentRaw(content).content });
}

/** Catalogue `ComposeMessageNew`. */
interface ComposeRaw {
  type: 'start' | 'stop';
  from: MessageFrom;
  excerpt?: string;
  stealth?: boolean;
  automated?: boolean;
}

/** A typing indicator, as a client writes it; null means not given. */
export type ComposeModel = Nullable<ComposeRaw> & Pick<ComposeRaw, 'type' | 'from'>;

/** PATCH /website/{website_id}/conversation/{session_id}/compose */
export async function composeMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  compose: ComposeModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/compose`;
  await crisp.patch(path, withoutNulls<ComposeRaw>(compose));
}

/** Catalogue `MessagesMark` (the wire's keys): `from` is the side that read (or received) the other side's messages. */
export interface MessagesMarkModel {
  from: MessageFrom;
  origin: string;
  fingerprints: number[];
}

/** PATCH /website/{website_id}/conversation/{session_id}/read */
export async function markMessagesReadInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  mark: MessagesMarkModel,
): Promise<void> {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/read`, mark);
}

/** PATCH /website/{website_id}/conversation/{session_id}/delivered */
export async function markMessagesDeliveredInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  mark: MessagesMarkModel,
): Promise<void> {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/delivered`, mark);
}

/** `messageBatch` key: the conversation and where the batch starts (`latest`, `<ms`, `>ms`). */
export function messageBatchKey(c: ConversationKey, selector: MessageBatchSelector = {}): string {
  const at =
    selector.before !== undefined
      ? `<${selector.before}`
      : selector.after !== undefined
        ? `>${selector.after}`
        : 'latest';
  return `${c.websiteId}/${c.sessionId}@${at}`;
}
/** `message` key, and the node id's payload: the conversation and the message's fingerprint. */
export const messageKey = (c: ConversationKey, fingerprint: number) =>
  `${c.websiteId}/${c.sessionId}#${fingerprint}`;

function parseMessageBatchKey(key: string): [ConversationKey, MessageBatchSelector] {
  const [websiteId = '', rest = ''] = splitOnce(key, '/');
  const [sessionId = '', at = ''] = splitOnce(rest, '@');
  const ms = Number(at.slice(1));
  const selector = at.startsWith('<') ? { before: ms } : at.startsWith('>') ? { after: ms } : {};
  return [{ websiteId, sessionId }, selector];
}

export function parseMessageKey(key: string): [ConversationKey, number] {
  const [websiteId = '', rest = ''] = splitOnce(key, '/');
  const [sessionId = '', fingerprint = ''] = splitOnce(rest, '#');
  return [{ websiteId, sessionId }, Number(fingerprint)];
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

export function createMessageLoaders(crisp: CrispClient) {
  // Crisp has no batch read across conversations: identical reads within a request happen once,
  // at most READS_IN_FLIGHT at a time. Every message of a batch primes `message`, so asking for
  // one already listed costs nothing.
  const limit = createLimiter(READS_IN_FLIGHT);
  const message = limitedLoader(limit, (key) =>
    getMessageInConversation(crisp, ...parseMessageKey(key)),
  );
  const messageBatch = limitedLoader(limit, async (key) => {
    const batch = await getMessagesInConversation(crisp, ...parseMessageBatchKey(key));
    for (const m of batch.messages) message.prime(messageKey(m, m.fingerprint), m);
    return batch;
  });
  return { message, messageBatch };
}
