import { z } from 'zod';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type {
  AssignRoutingInput,
  BlockInput,
  ChangeStateInput,
  ConversationInput,
  TranscriptInput,
  UpdateMetasInput,
} from '../resolvers/conversation-mutation.ts';
import { builder, type InputFields } from './builder.ts';
import { ConversationStateEnum } from './conversation.ts';
import { ConversationSide } from './conversation-side.ts';

/** The inputs of the conversation mutations; each names its conversation the same way. */

/** The website of an input's raw ids; default: the configured one. */
export const websiteIdField = (t: InputFields, of: string) =>
  t.id({
    description: `The website of ${of}; default: the configured one (CRISP_WEBSITE_ID). When given with a global id, the two must agree.`,
    validate: websiteIdInputSchema.nullish(),
  });

/** The two fields that name a conversation in every input that acts on one. */
export const conversationInputFields = (t: InputFields) => ({
  conversationId: t.id({
    required: true,
    description:
      "The conversation: its global id, or Crisp's session_id (then `websiteId` or the configured website applies).",
  }),
  websiteId: websiteIdField(t, 'a raw `conversationId`'),
});

export const CreateConversationInput = builder
  .inputRef<Pick<ConversationInput, 'websiteId'>>('CreateConversationInput')
  .implement({
    description: 'Where to create a new, empty conversation.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
        validate: websiteIdInputSchema.nullish(),
      }),
    }),
  });

export const InitiateConversationInput = builder
  .inputRef<ConversationInput>('InitiateConversationInput')
  .implement({
    description: 'The existing (visitor) session to start a conversation with.',
    fields: conversationInputFields,
  });

export const RemoveConversationInput = builder
  .inputRef<ConversationInput>('RemoveConversationInput')
  .implement({ description: 'The conversation to delete.', fields: conversationInputFields });

/** Crisp keeps custom data flat: scalar values only (docs/crisp/REST.md §10). */
const dataSchema = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(1024), z.number(), z.boolean()]),
);
const metaText = (max: number) => z.string().trim().min(1).max(max);

export const UpdateConversationMetasInput = builder
  .inputRef<UpdateMetasInput>('UpdateConversationMetasInput')
  .implement({
    description: 'The metas to change; only the fields given change (Crisp merges them).',
    fields: (t) => ({
      ...conversationInputFields(t),
      nickname: t.string({ description: "The visitor's name.", validate: metaText(128) }),
      // Visitors type these and Crisp stores them unchecked, so they are strings on both sides,
      // checked here (docs/schema-design.md §6).
      email: t.string({
        description: "The visitor's email address.",
        validate: z.email('must be an email address').max(254),
      }),
      phone: t.string({
        description: "The visitor's phone number.",
        validate: z.string().regex(/^\+?[0-9 ().-]{3,32}$/, 'must be a phone number'),
      }),
      ip: t.string({
        description: "The visitor's IP address (v4 or v6).",
        validate: z.union([z.ipv4(), z.ipv6()]),
      }),
      avatar: t.string({
        description: "The visitor's avatar: an http(s) image URL.",
        validate: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048),
      }),
      address: t.string({ description: "The visitor's postal address.", validate: metaText(512) }),
      subject: t.string({
        description: 'The subject of the conversation.',
        validate: metaText(512),
      }),
      origin: t.string({
        description: 'Where the conversation started: `chat`, `email` or an integration `urn:…`.',
        validate: metaText(128),
      }),
      segments: t.stringList({
        description: 'The segments (tags) of the conversation; replaces the current list.',
        validate: z.array(metaText(64)).max(50),
      }),
      // `.validate` gives the field the schema's type, so the JSON reaches Crisp typed.
      data: t
        .field({
          type: 'JSONObject',
          description: 'Custom data: a flat map of strings, numbers and booleans.',
        })
        .validate(dataSchema.nullish()),
    }),
  });

export const ChangeConversationStateInput = builder
  .inputRef<ChangeStateInput>('ChangeConversationStateInput')
  .implement({
    description: 'The conversation and its new state.',
    fields: (t) => ({
      ...conversationInputFields(t),
      state: t.field({
        type: ConversationStateEnum,
        required: true,
        description: 'The new state.',
      }),
    }),
  });

export const AssignConversationRoutingInput = builder
  .inputRef<AssignRoutingInput>('AssignConversationRoutingInput')
  .implement({
    description: 'The conversation and the operator to assign it to.',
    fields: (t) => ({
      ...conversationInputFields(t),
      assigneeId: t.id({
        description:
          "The operator to assign: their global id, or Crisp's user_id (of the conversation's website). Null or absent unassigns.",
      }),
      silent: t.boolean({ description: 'Skip the assignment notification.' }),
    }),
  });

export const BlockConversationInput = builder
  .inputRef<BlockInput>('BlockConversationInput')
  .implement({
    description: "The conversation whose visitor's messages to block or unblock.",
    fields: (t) => ({
      ...conversationInputFields(t),
      blocked: t.boolean({
        required: true,
        description: "Whether the visitor's incoming messages are blocked.",
      }),
    }),
  });

export const RequestConversationTranscriptInput = builder
  .inputRef<TranscriptInput>('RequestConversationTranscriptInput')
  .implement({
    description: 'The conversation whose transcript to email, and to whom.',
    fields: (t) => ({
      ...conversationInputFields(t),
      to: t.field({
        type: ConversationSide,
        required: true,
        description:
          'Who receives it: the visitor (at `email` or the address Crisp knows), or the operator who asks.',
      }),
      email: t.field({
        type: 'EmailAddress',
        description: 'Where to send it, instead of the address Crisp knows.',
      }),
    }),
  });
