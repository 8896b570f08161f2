import type { ConversationKey } from '../datasources/conversation.ts';
import type { MessageModel } from '../datasources/message.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import * as message from '../resolvers/message.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { Message } from './message.ts';
import {
  ComposeMessageInput,
  MarkMessagesDeliveredInput,
  MarkMessagesReadInput,
  SendMessageInput,
  UpdateMessageInput,
} from './message-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** The message mutations: send, update, typing indicator, read and delivered receipts. */

const SendMessagePayload = payloadRef<{ message?: MessageModel; conversation?: ConversationKey }>(
  'sendMessage',
  (t) => ({
    message: t.field({
      type: Message,
      nullable: true,
      description:
        "The message as written: what the input and Crisp's answer give, with no read-back; null when the write failed.",
      resolve: (p) => p.message ?? null,
    }),
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description:
        'The conversation the message went to; its fields read afresh when selected. Null when the write failed.',
      resolve: (p) => p.conversation ?? null,
    }),
  }),
);

const UpdateMessagePayload = payloadRef<{ updated?: message.MessageKeyModel }>(
  'updateMessage',
  (t) => ({
    message: t.field({
      type: Message,
      nullable: true,
      description:
        'The message updated, read afresh when selected (its own call): null when the write failed, or with an error at this path when that read fails.',
      extensions: crispCalls({ calls: 1 }),
      resolve: ({ updated }, _, ctx) =>
        updated ? message.get(ctx, updated, updated.fingerprint) : null,
    }),
  }),
);

builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: SendMessagePayload,
    nullable: true,
    description:
      'Sends a message in the conversation (`Send A Message In Conversation`). A fingerprint always goes with it (generated when absent), so a retry cannot duplicate it.',
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: SendMessageInput, required: true, description: 'The message to send.' }),
    },
    resolve: (_, { input }, ctx) => message.send(ctx, input),
  }),
  updateMessage: t.field({
    type: UpdateMessagePayload,
    nullable: true,
    description: "Replaces a message's content (`Update A Message In Conversation`).",
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: UpdateMessageInput,
        required: true,
        description: 'The message and its new content.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ updated: await message.update(ctx, input) }),
  }),
}));

conversationMutation(
  'composeMessage',
  ComposeMessageInput,
  'Starts or stops the typing indicator (`Compose A Message In Conversation`).',
  message.compose,
);
conversationMutation(
  'markMessagesRead',
  MarkMessagesReadInput,
  "Marks the other side's messages read (`Mark Messages As Read In Conversation`).",
  (ctx, input) => message.mark(ctx, 'read', input),
);
conversationMutation(
  'markMessagesDelivered',
  MarkMessagesDeliveredInput,
  "Marks the other side's messages delivered (`Mark Messages As Delivered In Conversation`).",
  (ctx, input) => message.mark(ctx, 'delivered', input),
);
