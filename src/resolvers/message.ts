import { randomInt } from 'node:crypto';
import type { ConversationKey } from '../datasources/conversation.ts';
import * as datasource from '../datasources/message.ts';
import {
  type ComposeModel,
  type MessageModel,
  type MessageNewModel,
  type MessagesMarkModel,
  messageBatchKey,
  messageKey,
} from '../datasources/message.ts';
import { fromContentInput, type MessageContentInputModel } from '../datasources/message-content.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

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
    const older =
      cursor === undefined
        ? batch.messages
        : batch.messages.filter((m) => m.timestamp.getTime() < cursor!);
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

/**
 * A fingerprint for a message the client sent without one: a millisecond timestamp scaled up with
 * random low digits, the same magnitude as Crisp's own, and below 2^53.
 */
const newFingerprint = () => Date.now() * 1000 + randomInt(1000);

export type SendMessageInput = ConversationInput &
  Omit<MessageNewModel, 'content' | 'fingerprint'> & {
    content: MessageContentInputModel;
    fingerprint?: number | null;
  };

export async function send(
  ctx: GatewayContext,
  input: SendMessageInput,
): Promise<MessageReceiptModel> {
  const key = keyOf(ctx, input);
  const { websiteId: _w, sessionId: _s, content, ...fields } = input;
  const fingerprint = await datasource.sendMessageInConversation(ctx.crisp, key, {
    ...fields,
    content: fromContentInput(content),
    fingerprint: input.fingerprint ?? newFingerprint(),
  });
  forget(ctx, key);
  return { ...key, fingerprint };
}

export type UpdateMessageInput = ConversationInput & {
  fingerprint: number;
  content: MessageContentInputModel;
};

export async function update(
  ctx: GatewayContext,
  input: UpdateMessageInput,
): Promise<MessageReceiptModel> {
  const key = keyOf(ctx, input);
  await datasource.updateMessageInConversation(
    ctx.crisp,
    key,
    input.fingerprint,
    fromContentInput(input.content),
  );
  ctx.loaders.message.clear(messageKey(key, input.fingerprint));
  forget(ctx, key);
  return { ...key, fingerprint: input.fingerprint };
}

export type ComposeMessageInput = ConversationInput & ComposeModel;

export async function compose(
  ctx: GatewayContext,
  input: ComposeMessageInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const { type, from, excerpt, stealth, automated } = input;
  await datasource.composeMessageInConversation(ctx.crisp, key, {
    type,
    from,
    excerpt,
    stealth,
    automated,
  });
  return key;
}

export type MarkMessagesInput = ConversationInput & MessagesMarkModel;

export async function mark(
  ctx: GatewayContext,
  receipt: 'read' | 'delivered',
  input: MarkMessagesInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const body = { from: input.from, origin: input.origin, fingerprints: input.fingerprints };
  if (receipt === 'read') await datasource.markMessagesReadInConversation(ctx.crisp, key, body);
  else await datasource.markMessagesDeliveredInConversation(ctx.crisp, key, body);
  return forget(ctx, key);
}
