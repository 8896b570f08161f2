import { z } from 'zod';
import { sessionIdSchema, userIdSchema } from '../datasources/crisp-id.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type {
  AssignRoutingInput,
  BlockInput,
  ChangeStateInput,
  ConversationInput,
  TranscriptInput,
  UpdateMetasInput,
} from '../resolvers/conversation-mutation.ts';
import * as conversation from '../resolvers/conversation-mutation.ts';
import { builder } from './builder.ts';
import { Conversation, ConversationStateEnum } from './conversation.ts';
import { mutationErrors } from './errors.ts';

/** The conversation mutations; each returns the conversation, whose fields read afresh. */

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const websiteIdField = (t: InputFields) =>
  t.id({
    description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
    validate: websiteIdInputSchema.nullish(),
  });

/** The two fields that name a conversation in every input of this noun. */
export const conversationInputFields = (t: InputFields) => ({
  websiteId: websiteIdField(t),
  sessionId: t.string({ required: true, validate: sessionIdSchema }),
});

const CreateConversationInput = builder
  .inputRef<Pick<ConversationInput, 'websiteId'>>('CreateConversationInput')
  .implement({
    fields: (t) => ({ websiteId: websiteIdField(t) }),
  });

const InitiateConversationInput = builder
  .inputRef<ConversationInput>('InitiateConversationInput')
  .implement({
    fields: conversationInputFields,
  });
const RemoveConversationInput = builder
  .inputRef<ConversationInput>('RemoveConversationInput')
  .implement({
    fields: conversationInputFields,
  });

/** Crisp keeps custom data flat: scalar values only (docs/crisp/REST.md §10). */
const dataSchema = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(1024), z.number(), z.boolean()]),
);
const metaText = (max: number) => z.string().trim().min(1).max(max);

const UpdateConversationMetasInput = builder
  .inputRef<UpdateMetasInput>('UpdateConversationMetasInput')
  .implement({
    description: 'Only the fields given change (Crisp merges them).',
    fields: (t) => ({
      ...conversationInputFields(t),
      nickname: t.string({ validate: metaText(128) }),
      email: t.field({ type: 'Email' }),
      phone: t.string({
        validate: z.string().regex(/^\+?[0-9 ().-]{3,32}$/, 'must be a phone number'),
      }),
      ip: t.string({ validate: z.union([z.ipv4(), z.ipv6()]) }),
      avatar: t.field({ type: 'URL' }),
      address: t.string({ validate: metaText(512) }),
      subject: t.string({ validate: metaText(512) }),
      origin: t.string({ validate: metaText(128) }),
      segments: t.stringList({ validate: z.array(metaText(64)).max(50) }),
      // `.validate` gives the field the schema's type, so the JSON reaches Crisp typed.
      data: t
        .field({ type: 'JSON', description: 'A flat map of strings, numbers and booleans.' })
        .validate(dataSchema.nullish()),
    }),
  });

const ChangeConversationStateInput = builder
  .inputRef<ChangeStateInput>('ChangeConversationStateInput')
  .implement({
    fields: (t) => ({
      ...conversationInputFields(t),
      state: t.field({ type: ConversationStateEnum, required: true }),
    }),
  });

const AssignConversationRoutingInput = builder
  .inputRef<AssignRoutingInput>('AssignConversationRoutingInput')
  .implement({
    fields: (t) => ({
      ...conversationInputFields(t),
      assignedUserId: t.id({
        description: 'The operator to assign; null or absent unassigns.',
        validate: userIdSchema.nullish(),
      }),
      silent: t.boolean({ description: 'Skip the assignment notification.' }),
    }),
  });

const BlockConversationInput = builder.inputRef<BlockInput>('BlockConversationInput').implement({
  fields: (t) => ({ ...conversationInputFields(t), blocked: t.boolean({ required: true }) }),
});

const TranscriptRecipient = builder.enumType('TranscriptRecipient', {
  values: {
    USER: { value: 'user', description: 'The visitor (their email, or `email`).' },
    OPERATOR: { value: 'operator', description: 'The operator who asks.' },
  } as const,
});

const RequestConversationTranscriptInput = builder
  .inputRef<TranscriptInput>('RequestConversationTranscriptInput')
  .implement({
    fields: (t) => ({
      ...conversationInputFields(t),
      to: t.field({ type: TranscriptRecipient, required: true }),
      email: t.field({
        type: 'Email',
        description: 'Where to send it, instead of the address Crisp knows.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  createConversation: t.field({
    type: Conversation,
    description:
      'Creates an empty conversation; it shows in the inbox once it has a message or is initiated.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.create(ctx, input.websiteId),
  }),
  initiateConversation: t.field({
    type: Conversation,
    description: 'Starts a conversation with an existing (visitor) session.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: InitiateConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.initiate(ctx, input),
  }),
  removeConversation: t.field({
    type: 'String',
    description: 'Deletes the conversation and its messages; returns the removed session id.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RemoveConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.remove(ctx, input),
  }),
  updateConversationMetas: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateConversationMetasInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.updateMetas(ctx, input),
  }),
  changeConversationState: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ChangeConversationStateInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.changeState(ctx, input),
  }),
  assignConversationRouting: t.field({
    type: Conversation,
    description: 'Assigns the conversation to an operator, or unassigns it.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AssignConversationRoutingInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.assignRouting(ctx, input),
  }),
  blockConversation: t.field({
    type: Conversation,
    description: "Blocks (or unblocks) the visitor's messages.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BlockConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.block(ctx, input),
  }),
  requestConversationTranscript: t.field({
    type: Conversation,
    description: 'Emails a transcript of the conversation.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RequestConversationTranscriptInput, required: true }) },
    resolve: (_, { input }, ctx) => conversation.requestTranscript(ctx, input),
  }),
}));
