import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { personRef, websiteIdInputSchema } from '../request/node-id.ts';
import type {
  BatchConversationsInput,
  BatchRemovePeopleInput as BatchRemovePeopleInputModel,
  RemovedPeopleModel,
} from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationGlobalId } from './conversation-mutation.ts';
import { PeopleFilterInput, SearchOperator, searchOperatorDescription } from './people-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Batch operations over many conversations or contacts of one website (Crisp `website.batch.*`). */

const websiteIdField = (t: InputFields, of: string) =>
  t.id({
    description: `The website of ${of}; default: the website of the first global id, else the configured one (CRISP_WEBSITE_ID). Every id must belong to it.`,
    validate: websiteIdInputSchema.nullish(),
  });

const batchFields = (t: InputFields) => ({
  conversationIds: t.idList({
    required: true,
    description:
      "The conversations (1 to 500), of one website: global ids, or Crisp's session_ids.",
    validate: z.array(z.string()).min(1).max(500),
  }),
  websiteId: websiteIdField(t, 'raw `conversationIds`'),
  inboxId: t.id({
    description:
      "Limits the operation to conversations of this inbox: its global id, or Crisp's inbox_id.",
  }),
});

const conversationsPayload = (name: string) =>
  payloadRef<{ conversations?: ConversationKey[] }>(name, (t) => ({
    conversations: t.field({
      type: [Conversation],
      nullable: true,
      description:
        'The conversations sent to Crisp; their fields read afresh when selected. Null when the write failed.',
      resolve: (p) => p.conversations ?? null,
    }),
  }));

const BatchRemoveConversationsPayload = payloadRef<{ conversations?: ConversationKey[] }>(
  'batchRemoveConversations',
  (t) => ({
    removedConversationIds: t.idList({
      nullable: true,
      description:
        'The global ids of the conversations sent for removal, for a cache to evict; null when the write failed.',
      resolve: (p) => p.conversations?.map(conversationGlobalId) ?? null,
    }),
  }),
);

const operations = [
  [
    'batchResolveConversations',
    'resolve',
    'website.batch.resolve_conversations',
    'Marks the conversations resolved.',
    conversationsPayload('batchResolveConversations'),
  ],
  [
    'batchReadConversations',
    'read',
    'website.batch.read_conversations',
    'Marks every message of the conversations read.',
    conversationsPayload('batchReadConversations'),
  ],
  [
    'batchRemoveConversations',
    'remove',
    'website.batch.remove_conversations',
    'Deletes the conversations and their messages.',
    BatchRemoveConversationsPayload,
  ],
] as const;

for (const [field, operation, routeId, description, Payload] of operations) {
  const Input = builder
    .inputRef<BatchConversationsInput>(`${field[0]!.toUpperCase()}${field.slice(1)}Input`)
    .implement({ description: `The conversations to act on. ${description}`, fields: batchFields });
  builder.mutationField(field, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description: `${tierNote(routeId)}${description} Crisp applies it asynchronously.`,
      extensions: withUserErrors,
      args: {
        input: t.arg({ type: Input, required: true, description: 'The conversations to act on.' }),
      },
      resolve: async (_, { input }, ctx) => ({
        conversations: await batch.conversations(ctx, operation, input),
      }),
    }),
  );
}

const BatchRemovePeopleInput = builder
  .inputRef<BatchRemovePeopleInputModel>('BatchRemovePeopleInput')
  .implement({
    description: 'Removes contacts by id, or every contact a search matches (exactly one).',
    fields: (t) => ({
      personIds: t.idList({
        description:
          "The contacts, of one website: global ids, or Crisp's people_ids. Exactly one of `personIds` and `filter`.",
        validate: z.array(z.string()).min(1).max(500).nullish(),
      }),
      filter: t.field({
        type: [PeopleFilterInput],
        description:
          'Removes every contact this search matches. Exactly one of `personIds` and `filter`.',
      }),
      searchOperator: t.field({ type: SearchOperator, description: searchOperatorDescription }),
      websiteId: websiteIdField(t, 'raw `personIds` or of `filter`'),
    }),
    validate: z
      .looseObject({
        personIds: z.array(z.string()).nullish(),
        filter: z.array(z.unknown()).nullish(),
      })
      .refine((v) => (v.personIds == null) !== (v.filter == null), {
        message: 'pass exactly one of personIds or filter',
        path: ['personIds'],
      }),
  });

const BatchRemovePeoplePayload = payloadRef<{ removed?: RemovedPeopleModel }>(
  'batchRemovePeople',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website whose contacts were removed; null when the write failed.',
      resolve: ({ removed }) => (removed ? { id: removed.websiteId } : null),
    }),
    removedPersonIds: t.idList({
      nullable: true,
      description:
        'The global ids of the contacts sent for removal, for a cache to evict; null when the write failed or a `filter` chose them (Crisp does not say which).',
      resolve: ({ removed }) =>
        removed?.peopleIds?.map((p) => personRef.globalId(removed.websiteId, p)) ?? null,
    }),
  }),
);

builder.mutationField('batchRemovePeople', (t) =>
  t.field({
    type: BatchRemovePeoplePayload,
    nullable: true,
    description: `${tierNote('website.batch.remove_people')}Removes many contacts at once; Crisp may finish the work after answering.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: BatchRemovePeopleInput,
        required: true,
        description: 'The contacts to remove.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await batch.removePeople(ctx, input) }),
  }),
);
