import { randomInt } from 'node:crypto';
import type { ConversationKey, MessageFrom } from '../datasources/conversation.ts';
import { toMessageContentRaw, type MessageContentModel } from '../datasources/message-content.ts';
import * as datasource from '../datasources/message.ts';
import { messageBatchKey, messageKey, type MessageModel, type MessageUserType } from '../datasources/message.ts';
import type { GatewayContext } from '../server/context.ts';
import { forget, keyOf, type ConversationInput } from './conversation-mutation.ts';

/** What sendMessage and updateMessage return: the message is read only if selected. */
export interface MessageReceiptModel extends ConversationKey {
  fingerprint: number;
}

/**
 * The `limit` messages before `before`, oldest first. Crisp returns the latest batch, or the one
 * before `timestamp_before`; this walks back batch by batch only while `limit` is not reached and
 * Crisp says older history remains. Identical batch reads in one request happen once (loader).
 */
export async function messages(
  ctx: GatewayContext,
  c: ConversationKey,
  before: Date | undefined,
  limit: number,
) {
  const newestFirst: MessageModel[] = [];
  let cursor = before?.getTime();
  let more = true;
  while (newestFirst.length < limit && more) {
    const batch = await ctx.loaders.messageBatch.load(messageBatchKey(c, cursor));
    const older = cursor === undefined ? batch.messages : batch.messages.filter((m) => m.timestamp.getTime() < cursor!);
    newestFirst.push(...[...older].reverse());
    more = batch.more && older.length > 0;
    cursor = older[0]?.timestamp.getTime();
  }
  const page = newestFirst.slice(0, limit).reverse();
  const edges = page.map((node) => ({ cursor: node.timestamp.toISOString(), node }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: newestFirst.length > limit || more,
      // The connection only walks back in time (Relay allows false when paginating backwards).
      hasNextPage: false,
    },
  };
}

export function get(
  ctx: GatewayContext,
  c: ConversationKey,
  fingerprint: number,
): Promise<MessageModel> {
  return ctx.loaders.message.load(messageKey(c, fingerprint));
}

/** `MessageContentInput` as validated: exactly one key, named after the message type. */
type ContentInput = { [K in MessageContentModel['kind']]?: unknown };

/** The oneOf key is the type; its value is the content (a string for text and note). */
function contentOf(input: ContentInput): MessageContentModel {
  const [kind, value] = Object.entries(input).find(([, v]) => v !== null && v !== undefined)!;
  const content = typeof value === 'string' ? { kind, text: value } : { kind, ...withoutNulls(value as object) };
  return content as MessageContentModel;
}

/** GraphQL gives absent optional input fields as null; Crisp expects them left out. */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  ) as T;
}

/**
 * A fingerprint for a message the client sent without one: a millisecond timestamp scaled up with
 * random low digits, the same magnitude as Crisp's own, and below 2^53.
 */
const newFingerprint = () => Date.now() * 1000 + randomInt(1000);

export interface SendMessageInput extends ConversationInput {
  content: ContentInput;
  from: MessageFrom;
  origin: string;
  mentions?: string[] | null;
  fingerprint?: number | null;
  user?: { type?: MessageUserType | null; nickname?: string | null; avatar?: string | null } | null;
  original?: { type: string; content: string } | null;
  translated?: boolean | null;
  stealth?: boolean | null;
  automated?: boolean | null;
}

export async function send(
  ctx: GatewayContext,
  input: SendMessageInput,
): Promise<MessageReceiptModel> {
  const key = keyOf(ctx, input);
  const fingerprint = await datasource.sendMessageInConversation(ctx.crisp, key, {
    ...toMessageContentRaw(contentOf(input.content)),
    from: input.from,
    origin: input.origin,
    fingerprint: input.fingerprint ?? newFingerprint(),
    mentions: input.mentions ?? undefined,
    user: input.user
      ? {
          type: input.user.type ?? undefined,
          nickname: input.user.nickname ?? undefined,
          avatar: input.user.avatar ?? undefined,
        }
      : undefined,
    original: input.original ?? undefined,
    translated: input.translated ?? undefined,
    stealth: input.stealth ?? undefined,
    automated: input.automated ?? undefined,
  });
  forget(ctx, key);
  return { ...key, fingerprint };
}

export async function update(
  ctx: GatewayContext,
  input: ConversationInput & { fingerprint: number; content: ContentInput },
): Promise<MessageReceiptModel> {
  const key = keyOf(ctx, input);
  const { content } = toMessageContentRaw(contentOf(input.content));
  await datasource.updateMessageInConversation(ctx.crisp, key, input.fingerprint, content);
  ctx.loaders.message.clear(messageKey(key, input.fingerprint));
  forget(ctx, key);
  return { ...key, fingerprint: input.fingerprint };
}

export async function compose(
  ctx: GatewayContext,
  input: ConversationInput & {
    type: 'start' | 'stop';
    from: MessageFrom;
    excerpt?: string | null;
    stealth?: boolean | null;
    automated?: boolean | null;
  },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const { type, from, excerpt, stealth, automated } = input;
  await datasource.composeMessageInConversation(ctx.crisp, key, {
    type,
    from,
    excerpt: excerpt ?? undefined,
    stealth: stealth ?? undefined,
    automated: automated ?? undefined,
  });
  return key;
}

export async function mark(
  ctx: GatewayContext,
  receipt: 'read' | 'delivered',
  input: ConversationInput & { from: MessageFrom; origin: string; fingerprints: number[] },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const body = { from: input.from, origin: input.origin, fingerprints: input.fingerprints };
  if (receipt === 'read') await datasource.markMessagesReadInConversation(ctx.crisp, key, body);
  else await datasource.markMessagesDeliveredInConversation(ctx.crisp, key, body);
  return forget(ctx, key);
}
