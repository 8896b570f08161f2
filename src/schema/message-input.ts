import { z } from 'zod';
import type { MessageNewModel } from '../datasources/message.ts';
import type {
  ComposeMessageInput as ComposeMessageInputModel,
  MarkMessagesInput,
  SendMessageInput as SendMessageInputModel,
  UpdateMessageInput as UpdateMessageInputModel,
} from '../resolvers/message.ts';
import { builder, type InputFields } from './builder.ts';
import { conversationInputFields, websiteIdField } from './conversation-mutation-input.ts';
import { ConversationSide } from './conversation-side.ts';
import { MessageContentInput, mimeType, text } from './message-content-input.ts';

/** Inputs of the message mutations: sender, and the send/update/compose/mark inputs. */

export const MessageUserTypeEnum = builder.enumType('MessageUserType', {
  description: 'How the sender shows in the conversation.',
  values: {
    WEBSITE: { value: 'website', description: 'As the website (the team).' },
    PARTICIPANT: {
      value: 'participant',
      description: 'As a participant of the conversation, under its own name.',
    },
  } as const,
});

/** `chat`, `email` or an integration's `urn:…` (e.g. `urn:crisp.im:slack:0`). */
export const originSchema = z
  .string()
  .regex(/^(chat|email|urn:[\w.:-]{1,200})$/, 'must be chat, email or a urn:… identifier');

export const MessageUserInput = builder
  .inputRef<NonNullable<MessageNewModel['user']>>('MessageUserInput')
  .implement({
    description: 'Who the message shows as sent by.',
    fields: (t) => ({
      type: t.field({ type: MessageUserTypeEnum, description: 'How the sender shows.' }),
      nickname: t.string({ description: "The sender's displayed name.", validate: text(128) }),
      avatar: t.field({ type: 'URL', description: "The sender's avatar image." }),
    }),
  });

const MessageOriginalInput = builder
  .inputRef<NonNullable<MessageNewModel['original']>>('MessageOriginalInput')
  .implement({
    description: 'The raw original (e.g. the HTML of an email); Crisp keeps it beside the message.',
    fields: (t) => ({
      type: t.string({
        required: true,
        description: 'The MIME type of the original, e.g. text/html.',
        validate: mimeType,
      }),
      content: t.string({
        required: true,
        description: 'The original, as text.',
        validate: z.string().min(1).max(1_000_000),
      }),
    }),
  });

export const SendMessageInput = builder
  .inputRef<SendMessageInputModel>('SendMessageInput')
  .implement({
    description: 'A message to send in a conversation.',
    fields: (t) => ({
      ...conversationInputFields(t),
      content: t.field({
        type: MessageContentInput,
        required: true,
        description: 'What the message holds; its key sets the message type.',
      }),
      from: t.field({
        type: ConversationSide,
        required: true,
        description: 'The side the message is sent from.',
      }),
      origin: t.string({
        required: true,
        defaultValue: 'chat',
        description: 'Where the message comes from: `chat`, `email` or an integration `urn:…`.',
        validate: originSchema,
      }),
      mentions: t.idList({
        description:
          "Operators to notify, for notes: their global ids, or Crisp's user_ids (of the conversation's website).",
        validate: z.array(z.string()).max(50),
      }),
      fingerprint: t.field({
        type: 'Fingerprint',
        description:
          'De-duplication key: sending twice with the same one stores one message. Generated when absent.',
      }),
      user: t.field({ type: MessageUserInput, description: 'Who the message shows as sent by.' }),
      original: t.field({
        type: MessageOriginalInput,
        description: 'The raw original to keep beside the message.',
      }),
      translated: t.boolean({ description: 'Whether the content is a translation.' }),
      stealth: t.boolean({ description: 'Deliver silently: no notification, no unread count.' }),
      automated: t.boolean({ description: 'Sent by a bot or an automation.' }),
    }),
  });

/** The three fields that name a message in every input that acts on one. */
export const messageInputFields = (t: InputFields) => ({
  messageId: t.id({
    required: true,
    description:
      "The message: its global id, or Crisp's fingerprint (then `conversationId` names its conversation).",
  }),
  conversationId: t.id({
    description:
      "The conversation of a raw `messageId`: its global id, or Crisp's session_id. When given with a global `messageId`, the two must agree.",
  }),
  websiteId: websiteIdField(t, 'a raw `conversationId`'),
});

export const UpdateMessageInput = builder
  .inputRef<UpdateMessageInputModel>('UpdateMessageInput')
  .implement({
    description: "The message and its new content, of the message's type (Crisp refuses others).",
    fields: (t) => ({
      ...messageInputFields(t),
      content: t.field({
        type: MessageContentInput,
        required: true,
        description: 'The new content.',
      }),
    }),
  });

const ComposeType = builder.enumType('ComposeType', {
  description: 'Whether typing starts or stops.',
  values: {
    START: { value: 'start', description: 'Typing started: the indicator shows.' },
    STOP: { value: 'stop', description: 'Typing stopped: the indicator hides.' },
  } as const,
});

export const ComposeMessageInput = builder
  .inputRef<ComposeMessageInputModel>('ComposeMessageInput')
  .implement({
    description: 'A typing indicator.',
    fields: (t) => ({
      ...conversationInputFields(t),
      type: t.field({
        type: ComposeType,
        required: true,
        description: 'Whether typing starts or stops.',
      }),
      from: t.field({
        type: ConversationSide,
        required: true,
        description: 'The side that types.',
      }),
      excerpt: t.string({
        description: 'What is being typed, for a live preview.',
        validate: z.string().max(2000),
      }),
      stealth: t.boolean({ description: 'Show nothing to the other side.' }),
      automated: t.boolean({ description: 'Typed by a bot or an automation.' }),
    }),
  });

/** `from` is the side that read (or received) the other side's messages. */
const markFields = (t: InputFields) => ({
  ...conversationInputFields(t),
  from: t.field({
    type: ConversationSide,
    required: true,
    description: "The side that read or received the other side's messages.",
  }),
  origin: t.string({
    required: true,
    defaultValue: 'chat',
    description: 'The channel they were read or received on: `chat`, `email` or an `urn:…`.',
    validate: originSchema,
  }),
  fingerprints: t.field({
    type: ['Fingerprint'],
    required: true,
    description: 'The messages, by fingerprint; an empty list means every pending one.',
    validate: z.array(z.number()).max(500),
  }),
});

export const MarkMessagesReadInput = builder
  .inputRef<MarkMessagesInput>('MarkMessagesReadInput')
  .implement({
    description: 'The messages of a conversation to mark read.',
    fields: markFields,
  });
export const MarkMessagesDeliveredInput = builder
  .inputRef<MarkMessagesInput>('MarkMessagesDeliveredInput')
  .implement({
    description: 'The messages of a conversation to mark delivered.',
    fields: markFields,
  });
