import type { MessageFrom } from '../datasources/conversation.ts';
import {
  markConversationAsUnread,
  updateConversationInbox,
  updateConversationOpenState,
} from '../datasources/conversation-inbox.ts';
import { inboxRef } from '../request/node-id.ts';
import { type ConversationInput, conversationWrite } from './conversation-mutation.ts';

/** The agent's inbox actions on a conversation: unread mark, open view, inbox move. */

export type MarkUnreadInput = ConversationInput & { from: MessageFrom };

export const markUnread = conversationWrite<MarkUnreadInput>((crisp, key, input) =>
  markConversationAsUnread(crisp, key, input.from),
);

export type OpenStateInput = ConversationInput & { opened: boolean };

// Who has the conversation open is not a field the gateway reads.
export const updateOpenState = conversationWrite<OpenStateInput>(
  (crisp, key, input) => updateConversationOpenState(crisp, key, input.opened),
  { keepsReads: true },
);

export type MoveToInboxInput = ConversationInput & { inboxId?: string | null };

/** The inbox belongs to the conversation's website, whichever form names it; null: the default. */
export const moveToInbox = conversationWrite<MoveToInboxInput>((crisp, key, input) => {
  const inboxId = input.inboxId
    ? inboxRef.fromInput(input.inboxId, 'input.inboxId', [key.websiteId])[1]
    : null;
  return updateConversationInbox(crisp, key, inboxId);
});
