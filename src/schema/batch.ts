import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type { BatchConversationsInput } from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationGlobalId } from './conversation-mutation.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Batch operations over many conversations or contacts of one website (Crisp `website.batch.*`). */

export const websiteIdField = (t: InputFields, of: string) =>
  t.id({
    description: `The website of ${of}; default: the website of the first global id, else the configured one (CRISP_WEBSITE_ID). Every id must belong to it.`,
    validate: websiteIdInputSchema.nullish(),
  });

/** `conversationIds` and `websiteId`: the conversations of every conversation batch. */
export const conversationIdsFields = (t: InputFields) => ({
  conversationIds: t.idList({
    required: true,
    description:
      "The conversations (1 to 500), of one website: global ids, or Crisp's session_ids.",
    validate: z.array(z.string()).min(1).max(500),
  }),
  websiteId: websiteIdField(t, 'raw `conversationIds`'),
});

const batchFields = (t: InputFields) => ({
  ...conversationIdsFields(t),
  inboxId: t.id({
    description:
      "Limits the operation to conversations of this inbox: its global id, or Crisp's inbox_id.",
  }),
});

/** `<Name>Payload.conversations`: the conversations a batch sent. */
export const conversationsPayload = (name: string) =>
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
    'batchUnresolveConversations',
    'unresolve',
    'website.batch.unresolve_conversations',
    'Marks the conversations unresolved.',
    conversationsPayload('batchUnresolveConversations'),
  ],
  [
    'batchReadConversations',
    'read',
    'website.batch.read_conversations',
    'Marks every message of the conversations read.',
    conversationsPayload('batchReadConversations'),
  ],
  [
    'batchUnreadConversations',
    'unread',
    'website.batch.unread_conversations',
    "Marks the conversations unread by the team (the visitor's last messages count as unread again).",
    conversationsPayload('batchUnreadConversations'),
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
