import type { ConversationKey } from '../datasources/conversation.ts';
import { messageRef } from '../request/node-id.ts';
import type { MessageInput } from '../resolvers/message.ts';
import { remove } from '../resolvers/message-removal.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { messageInputFields } from './message-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** `removeMessage`: deletes one message of a conversation. */

const RemoveMessageInput = builder.inputRef<MessageInput>('RemoveMessageInput').implement({
  description: 'The message to delete.',
  fields: messageInputFields,
});

const RemoveMessagePayload = payloadRef<{ removed?: ConversationKey & { fingerprint: number } }>(
  'removeMessage',
  (t) => ({
    removedMessageId: t.id({
      nullable: true,
      description:
        'The global id of the message removed, for a cache to evict; null when the removal failed.',
      resolve: ({ removed: r }) =>
        r ? messageRef.globalId(r.websiteId, r.sessionId, r.fingerprint) : null,
    }),
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description:
        'The conversation the message was removed from; its fields read afresh when selected. Null when the removal failed.',
      resolve: ({ removed }) => removed ?? null,
    }),
  }),
);

builder.mutationField('removeMessage', (t) =>
  t.field({
    type: RemoveMessagePayload,
    nullable: true,
    description: 'Deletes a message from its conversation (`Remove A Message In Conversation`).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: RemoveMessageInput,
        required: true,
        description: 'The message to delete.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await remove(ctx, input) }),
  }),
);
