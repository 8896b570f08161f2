import type {
  MarkUnreadInput,
  MoveToInboxInput,
  OpenStateInput,
} from '../resolvers/conversation-inbox.ts';
import * as inbox from '../resolvers/conversation-inbox.ts';
import { builder } from './builder.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { conversationInputFields } from './conversation-mutation-input.ts';
import { ConversationSide } from './conversation-side.ts';

/** The agent's inbox actions on a conversation: unread mark, open view, inbox move. */

const MarkConversationUnreadInput = builder
  .inputRef<MarkUnreadInput>('MarkConversationUnreadInput')
  .implement({
    description: 'The conversation to mark unread, and for which side.',
    fields: (t) => ({
      ...conversationInputFields(t),
      from: t.field({
        type: ConversationSide,
        required: true,
        defaultValue: 'operator',
        description:
          "The side that marks it: `OPERATOR` puts the visitor's last message back to unread for the team. Default: OPERATOR.",
      }),
    }),
  });

const UpdateConversationOpenStateInput = builder
  .inputRef<OpenStateInput>('UpdateConversationOpenStateInput')
  .implement({
    description: 'The conversation, and whether an operator has it open.',
    fields: (t) => ({
      ...conversationInputFields(t),
      opened: t.boolean({
        required: true,
        description: 'Whether an operator has the conversation open (true) or closed it (false).',
      }),
    }),
  });

const MoveConversationToInboxInput = builder
  .inputRef<MoveToInboxInput>('MoveConversationToInboxInput')
  .implement({
    description: 'The conversation and the inbox to file it in.',
    fields: (t) => ({
      ...conversationInputFields(t),
      inboxId: t.id({
        description:
          "The inbox: its global id, or Crisp's inbox_id (of the conversation's website). Null or absent moves it back to the default inbox.",
      }),
    }),
  });

conversationMutation(
  'markConversationUnread',
  MarkConversationUnreadInput,
  "Marks the conversation unread: the other side's last message is unread again (`Mark Conversation As Unread`).",
  inbox.markUnread,
);
conversationMutation(
  'updateConversationOpenState',
  UpdateConversationOpenStateInput,
  'Tells Crisp an operator opened or closed the conversation, as the Crisp apps do (`Update Conversation Open State`); other operators see it.',
  inbox.updateOpenState,
);
conversationMutation(
  'moveConversationToInbox',
  MoveConversationToInboxInput,
  'Files the conversation in another inbox, or back in the default one (`Update Conversation Inbox`).',
  inbox.moveToInbox,
);
