import { randomInt } from 'node:crypto';
import type { ConversationKey } from '../datasources/conversation.ts';
import * as datasource from '../datasources/message.ts';
import {
  type ComposeModel,
  type MessageModel,
  type MessageNewModel,
  type MessagesMarkModel,
  messageKey,
} from '../datasources/message.ts';
import { fromContentInput, type MessageContentInputModel } from '../datasources/message-content.ts';
import type { GatewayContext } from '../request/context.ts';
import { messageRef } from '../request/node-id.ts';
import { badInput } from './bad-input.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

/** What sendMessage and updateMessage return: the message is read only if selected. */
export interface MessageReceiptModel extends ConversationKey {
  fingerprint: number;
}

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
