import type { InputFieldMap } from '@pothos/core';
import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { GatewayContext } from '../request/context.ts';
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

/**
 * A mutation over many conversations: `<Field>Input` from `fields`, `<Field>Payload` naming the
 * conversations sent unless `payload` says otherwise.
 */
export function conversationBatchMutation<Input extends object>(m: {
  field: string;
  routeId: string;
  description: string;
  fields: (t: InputFields) => InputFieldMap;
  run: (ctx: GatewayContext, input: Input) => Promise<ConversationKey[]>;
  payload?: ReturnType<typeof conversationsPayload>;
}) {
  const Input = builder.inputType(`${m.field[0]!.toUpperCase()}${m.field.slice(1)}Input`, {
    description: `The conversations to act on. ${m.description}`,
    fields: m.fields,
  });
  builder.mutationField(m.field, (t) =>
    t.field({
      type: m.payload ?? conversationsPayload(m.field),
      nullable: true,
      description: `${tierNote(m.routeId)}${m.description} Crisp applies it asynchronously.`,
      extensions: withUserErrors,
      args: {
        input: t.arg({ type: Input, required: true, description: 'The conversations to act on.' }),
      },
      // The input's field types are lost in Pothos's argument mapping; `Input` names them.
      resolve: async (_, args, ctx) => ({
        conversations: await m.run(ctx, (args as unknown as { input: Input }).input),
      }),
    }),
  );
}

for (const [field, operation, routeId, description, payload] of operations) {
  conversationBatchMutation<BatchConversationsInput>({
    field,
    routeId,
    description,
    fields: batchFields,
    run: (ctx, input) => batch.conversations(ctx, operation, input),
    payload,
  });
}
