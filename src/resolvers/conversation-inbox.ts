import type { ConversationKey, MessageFrom } from '../datasources/conversation.ts';
import {
  markConversationAsUnread,
  updateConversationInbox,
  updateConversationOpenState,
} from '../datasources/conversation-inbox.ts';
import type { GatewayContext } from '../request/context.ts';
import { inboxRef } from '../request/node-id.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

/** The agent's inbox actions on a conversation: unread mark, open view, inbox move. */

export type MarkUnreadInput = ConversationInput & { from: MessageFrom };

export async function markUnread(
  ctx: GatewayContext,
  input: MarkUnreadInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await markConversationAsUnread(ctx.crisp, key, input.from);
  return forget(ctx, key);
}

export type OpenStateInput = ConversationInput & { opened: boolean };

export async function updateOpenState(
  ctx: GatewayContext,
  input: OpenStateInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await updateConversationOpenState(ctx.crisp, key, input.opened);
  return key;
}

export type MoveToInboxInput = ConversationInput & { inboxId?: string | null };

/** The inbox belongs to the conversation's website, whichever form names it; null: the default. */
export async function moveToInbox(
  ctx: GatewayContext,
  input: MoveToInboxInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const inboxId = input.inboxId
    ? inboxRef.fromInput(input.inboxId, 'input.inboxId', [key.websiteId])[1]
    : null;
  await updateConversationInbox(ctx.crisp, key, inboxId);
  return forget(ctx, key);
}
