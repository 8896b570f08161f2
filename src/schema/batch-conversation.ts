import type { InputFieldMap } from '@pothos/core';
import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { GatewayContext } from '../request/context.ts';
import type { ConversationIdsInput } from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch-conversation.ts';
import { conversationIdsFields, conversationsPayload } from './batch.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { peopleDataSchema } from './people-input.ts';
import { withUserErrors } from './user-error.ts';

/**
 * The conversation batches that carry a value: report, block, assign, move to an inbox, custom
 * data and segments. Each payload names the conversations sent (`conversations`).
 */

/** `segments`: the segments a batch adds, shared with the people batch. */
export const batchSegmentsField = (t: InputFields) =>
  t.stringList({
    required: true,
    description: 'The segments to add (1 to 50, each 1 to 100 characters).',
    validate: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
  });

function conversationBatch<Extra extends object>(
  field: string,
  routeId: string,
  description: string,
  extra: (t: InputFields) => InputFieldMap,
  run: (ctx: GatewayContext, input: ConversationIdsInput & Extra) => Promise<ConversationKey[]>,
) {
  const Input = builder.inputType(`${field[0]!.toUpperCase()}${field.slice(1)}Input`, {
    description: `The conversations to act on. ${description}`,
    fields: (t) => ({ ...conversationIdsFields(t), ...extra(t) }),
  });
  const Payload = conversationsPayload(field);
  builder.mutationField(field, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description: `${tierNote(routeId)}${description} Crisp applies it asynchronously.`,
      extensions: withUserErrors,
      args: {
        input: t.arg({ type: Input, required: true, description: 'The conversations to act on.' }),
      },
      // The extra fields' types are lost in Pothos's argument mapping; `Extra` names them.
      resolve: async (_, args, ctx) => ({
        conversations: await run(
          ctx,
          (args as unknown as { input: ConversationIdsInput & Extra }).input,
        ),
      }),
    }),
  );
}

conversationBatch<{ flag: string }>(
  'batchReportConversations',
  'website.batch.report_conversations',
  'Reports the conversations to Crisp (as spam, for example).',
  (t) => ({
    flag: t.string({
      required: true,
      description: "The report's category, as Crisp names it (e.g. `spam`).",
      validate: z.string().trim().min(1).max(100),
    }),
  }),
  batch.report,
);

conversationBatch<{ blocked: boolean }>(
  'batchBlockConversations',
  'website.batch.block_conversations',
  "Blocks (or unblocks) the incoming messages of the conversations' visitors.",
  (t) => ({
    blocked: t.boolean({
      required: true,
      description: "Whether the visitors' incoming messages are blocked.",
    }),
  }),
  batch.block,
);

conversationBatch<{ assigneeId?: string | null }>(
  'batchAssignConversations',
  'website.batch.routing_conversations',
  'Assigns the conversations to one operator, or unassigns them (`Batch Routing Conversations`).',
  (t) => ({
    assigneeId: t.id({
      description:
        "The operator to assign: their global id, or Crisp's user_id (of the batch's website). Null or absent unassigns.",
    }),
  }),
  batch.assign,
);

conversationBatch<{ inboxId?: string | null }>(
  'batchMoveConversationsToInbox',
  'website.batch.inbox_conversations',
  'Moves the conversations to an inbox (`Batch Inbox Conversations`).',
  (t) => ({
    inboxId: t.id({
      description:
        "The inbox to move them to: its global id, or Crisp's inbox_id. Null or absent moves them to the default inbox.",
    }),
  }),
  batch.moveToInbox,
);

conversationBatch<{ data: Record<string, string | number | boolean> }>(
  'batchUpdateConversationsData',
  'website.batch.update_conversations_data',
  "Sets custom data keys on the conversations, merged into each conversation's other keys.",
  (t) => ({
    data: t
      .field({
        type: 'JSON',
        required: true,
        description: 'The keys to set: a map of string, number and boolean values.',
      })
      .validate(peopleDataSchema),
  }),
  batch.updateConversationsData,
);

conversationBatch<{ segments: string[] }>(
  'batchUpdateConversationsSegments',
  'website.batch.update_conversations_segments',
  'Tags the conversations with segments.',
  (t) => ({ segments: batchSegmentsField(t) }),
  batch.updateConversationsSegments,
);
