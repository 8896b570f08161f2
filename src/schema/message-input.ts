import { z } from 'zod';
import { userIdSchema } from '../datasources/crisp-id.ts';
import type { MessageNewModel } from '../datasources/message.ts';
import type {
  ComposeMessageInput as ComposeMessageInputModel,
  MarkMessagesInput,
  SendMessageInput as SendMessageInputModel,
  UpdateMessageInput as UpdateMessageInputModel,
} from '../resolvers/message.ts';
import { builder } from './builder.ts';
import { conversationInputFields } from './conversation-mutation.ts';

/** Inputs of the message mutations: content by type, sender, and the send/update/compose/mark inputs. */

export const MessageFromEnum = builder.enumType('MessageFrom', {
  values: {
    USER: { value: 'user', description: 'The visitor or contact side.' },
    OPERATOR: { value: 'operator', description: 'The team side, bots included.' },
  } as const,
});

export const MessageUserTypeEnum = builder.enumType('MessageUserType', {
  values: { WEBSITE: { value: 'website' }, PARTICIPANT: { value: 'participant' } } as const,
});

import { MessageContentInput, mimeType, text } from './message-content-input.ts';

/** `chat`, `email` or an integration's `urn:…` (e.g. `urn:crisp.im:slack:0`). */
const originSchema = z
  .string()
  .regex(/^(chat|email|urn:[\w.:-]{1,200})$/, 'must be chat, email or a urn:… identifier');

const MessageUserInput = builder
  .inputRef<NonNullable<MessageNewModel['user']>>('MessageUserInput')
  .implement({
    description: 'Who the message shows as sent by.',
    fields: (t) => ({
      type: t.field({ type: MessageUserTypeEnum }),
      nickname: t.string({ validate: text(128) }),
      avatar: t.field({ type: 'URL' }),
    }),
  });

const MessageOriginalInput = builder
  .inputRef<NonNullable<MessageNewModel['original']>>('MessageOriginalInput')
  .implement({
    description: 'The raw original (e.g. the HTML of an email); Crisp keeps it beside the message.',
    fields: (t) => ({
      type: t.string({ required: true, validate: mimeType }),
      content: t.string({ required: true, validate: z.string().min(1).max(1_000_000) }),
    }),
  });

export const SendMessageInput = builder
  .inputRef<SendMessageInputModel>('SendMessageInput')
  .implement({
    fields: (t) => ({
      ...conversationInputFields(t),
      content: t.field({ type: MessageContentInput, required: true }),
      from: t.field({ type: MessageFromEnum, required: true }),
      origin: t.string({ required: true, defaultValue: 'chat', validate: originSchema }),
      mentions: t.idList({
        description: 'Operators (user ids) to notify, for notes.',
        validate: z.array(userIdSchema).max(50),
      }),
      fingerprint: t.field({
        type: 'Fingerprint',
        description:
          'De-duplication key: sending twice with the same one stores one message. Generated when absent.',
      }),
      user: t.field({ type: MessageUserInput }),
      original: t.field({ type: MessageOriginalInput }),
      translated: t.boolean(),
      stealth: t.boolean({ description: 'Deliver silently: no notification, no unread count.' }),
      automated: t.boolean({ description: 'Sent by a bot or an automation.' }),
    }),
  });

export const UpdateMessageInput = builder
  .inputRef<UpdateMessageInputModel>('UpdateMessageInput')
  .implement({
    description: "The new content must be of the message's type (Crisp refuses others).",
    fields: (t) => ({
      ...conversationInputFields(t),
      fingerprint: t.field({ type: 'Fingerprint', required: true }),
      content: t.field({ type: MessageContentInput, required: true }),
    }),
  });

const ComposeType = builder.enumType('ComposeType', {
  values: { START: { value: 'start' }, STOP: { value: 'stop' } } as const,
});

export const ComposeMessageInput = builder
  .inputRef<ComposeMessageInputModel>('ComposeMessageInput')
  .implement({
    description: 'A typing indicator.',
    fields: (t) => ({
      ...conversationInputFields(t),
      type: t.field({ type: ComposeType, required: true }),
      from: t.field({ type: MessageFromEnum, required: true }),
      excerpt: t.string({
        description: 'What is being typed, for a live preview.',
        validate: z.string().max(2000),
      }),
      stealth: t.boolean(),
      automated: t.boolean(),
    }),
  });

type InputFields = Parameters<typeof conversationInputFields>[0];

/** `from` is the side that read (or received) the other side's messages. */
const markFields = (t: InputFields) => ({
  ...conversationInputFields(t),
  from: t.field({
    type: MessageFromEnum,
    required: true,
    description: 'The side that read or received the messages.',
  }),
  origin: t.string({ required: true, defaultValue: 'chat', validate: originSchema }),
  fingerprints: t.field({
    type: ['Fingerprint'],
    required: true,
    description: 'The messages; an empty list means every pending one.',
    validate: z.array(z.number()).max(500),
  }),
});

export const MarkMessagesReadInput = builder
  .inputRef<MarkMessagesInput>('MarkMessagesReadInput')
  .implement({
    fields: markFields,
  });
export const MarkMessagesDeliveredInput = builder
  .inputRef<MarkMessagesInput>('MarkMessagesDeliveredInput')
  .implement({
    fields: markFields,
  });
