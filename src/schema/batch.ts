import { z } from 'zod';
import { inboxIdSchema, sessionIdSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type { BatchConversationsInput } from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';

/** Batch operations over many conversations of one website (Crisp `website.batch.*`). */

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const batchFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  websiteId: t.id({
    description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
    validate: websiteIdInputSchema.nullish(),
  }),
  sessionIds: t.stringList({ required: true, validate: z.array(sessionIdSchema).min(1).max(500) }),
  inboxId: t.id({
    description: 'Limits the operation to conversations of this inbox.',
    validate: inboxIdSchema.nullish(),
  }),
});

const operations = [
  [
    'batchResolveConversations',
    'BatchResolveConversationsInput',
    'resolve',
    'website.batch.resolve_conversations',
    'Marks the conversations resolved.',
  ],
  [
    'batchReadConversations',
    'BatchReadConversationsInput',
    'read',
    'website.batch.read_conversations',
    'Marks every message of the conversations read.',
  ],
  [
    'batchRemoveConversations',
    'BatchRemoveConversationsInput',
    'remove',
    'website.batch.remove_conversations',
    'Deletes the conversations and their messages.',
  ],
] as const;

for (const [field, inputName, operation, routeId, description] of operations) {
  const Input = builder
    .inputRef<BatchConversationsInput>(inputName)
    .implement({ fields: batchFields });
  builder.mutationField(field, (t) =>
    t.field({
      type: ['String'],
      description: `${tierNote(routeId)}${description} Crisp applies it asynchronously; returns the session ids sent.`,
      errors: { types: mutationErrors },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: (_, { input }, ctx) => batch.conversations(ctx, operation, input),
    }),
  );
}
