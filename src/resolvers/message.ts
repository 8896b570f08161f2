import { randomInt } from 'node:crypto';
import type { ConversationKey } from '../datasources/conversation.ts';
import * as datasource from '../datasources/message.ts';
import {
  type ComposeModel,
  type MessageModel,
  type MessageNewModel,
  type MessagesMarkModel,
  type MessageUserModel,
  messageKey,
} from '../datasources/message.ts';
import { fromContentInput, type MessageContentInputModel } from '../datasources/message-content.ts';
import { withoutNulls } from '../datasources/without-nulls.ts';
import { assertWebsite } from '../request/access.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { isGlobalId, messageRef, operatorRef } from '../request/node-id.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

export function get(
  ctx: GatewayContext,
  c: ConversationKey,
  fingerprint: number,
): Promise<MessageModel> {
  return ctx.loaders.message.load(messageKey(c, fingerprint));
}

/**
 * `Conversation.message`: the message `id` names (its global id, or a raw fingerprint of this
 * conversation), or the deprecated `fingerprint`; exactly one of the two.
 */
export function byInput(
  ctx: GatewayContext,
  c: ConversationKey,
  args: { id?: string | null; fingerprint?: number | null },
): Promise<MessageModel> {
  if ((args.id == null) === (args.fingerprint == null)) {
    throw badInput('id', 'pass exactly one of id and fingerprint');
  }
  if (args.id == null) return get(ctx, c, args.fingerprint!);
  const [, , fingerprint] = messageRef.fromInput(args.id, 'id', [c.websiteId, c.sessionId]);
  return get(ctx, c, fingerprint);
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

/** What sendMessage wrote: the message as sent, and the conversation it went to. */
export interface SentMessageModel {
  message: MessageModel;
  conversation: ConversationKey;
}

/**
 * Sends, then builds the message from the input and Crisp's answer (its fingerprint) with no
 * read-back: the time is when Crisp answered, and what Crisp adds on its own (the default sender,
 * the original's id) stays unset.
 */
export async function send(
  ctx: GatewayContext,
  input: SendMessageInput,
): Promise<SentMessageModel> {
  const key = keyOf(ctx, input);
  const { websiteId: _w, conversationId: _c, content: contentInput, ...fields } = input;
  const mentions = (input.mentions ?? []).map(
    (id, i) => operatorRef.fromInput(id, `input.mentions.${i}`, [key.websiteId])[1],
  );
  const content = fromContentInput(contentInput);
  const fingerprint = await datasource.sendMessageInConversation(ctx.crisp, key, {
    ...fields,
    mentions: input.mentions ? mentions : null,
    content,
    fingerprint: input.fingerprint ?? newFingerprint(),
  });
  forget(ctx, key);
  const message: MessageModel = {
    ...key,
    fingerprint,
    type: content.kind,
    from: input.from,
    origin: input.origin,
    content,
    mentions,
    edited: false,
    translated: input.translated ?? false,
    automated: input.automated ?? false,
    stamped: true,
    timestamp: new Date(),
    user: input.user ? withoutNulls<MessageUserModel>(input.user) : undefined,
  };
  return { message, conversation: key };
}

/** An input naming one message (update, remove). */
export interface MessageInput {
  messageId: string;
  conversationId?: string | null;
  websiteId?: string | null;
}

export type UpdateMessageInput = MessageInput & { content: MessageContentInputModel };

/** What updateMessage wrote to: the message's key; its fields read afresh when selected. */
export interface MessageKeyModel extends ConversationKey {
  fingerprint: number;
}

/**
 * The message an input names: a global Message id, or a raw fingerprint within `conversationId`.
 * A global id and a `conversationId` given together must name the same conversation.
 */
export function messageKeyOf(ctx: GatewayContext, input: MessageInput): MessageKeyModel {
  const field = 'input.messageId';
  let scope: (string | undefined)[] = [undefined, undefined];
  if (input.conversationId) {
    const c = keyOf(ctx, { conversationId: input.conversationId, websiteId: input.websiteId });
    scope = [c.websiteId, c.sessionId];
  } else if (!isGlobalId(input.messageId)) {
    throw badInput('input.conversationId', 'a raw fingerprint needs its conversation');
  }
  const [websiteId, sessionId, fingerprint] = messageRef.fromInput(input.messageId, field, scope);
  return { websiteId: assertWebsite(ctx, websiteId, 'write'), sessionId, fingerprint };
}

export async function update(
  ctx: GatewayContext,
  input: UpdateMessageInput,
): Promise<MessageKeyModel> {
  const key = messageKeyOf(ctx, input);
  await datasource.updateMessageInConversation(
    ctx.crisp,
    key,
    key.fingerprint,
    fromContentInput(input.content),
  );
  ctx.loaders.message.clear(messageKey(key, key.fingerprint));
  forget(ctx, key);
  return key;
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
