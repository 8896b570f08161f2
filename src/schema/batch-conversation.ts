import type { InputFieldMap } from '@pothos/core';
import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import type { GatewayContext } from '../request/context.ts';
import type { ConversationIdsInput } from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch-conversation.ts';
import { conversationBatchMutation, conversationIdsFields } from './batch.ts';
import type { InputFields } from './builder.ts';
import { peopleDataSchema } from './people-input.ts';

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

/** A conversation batch with its own fields besides `conversationIds` and `websiteId`. */
const conversationBatch = <Extra extends object>(
  field: string,
  routeId: string,
  description: string,
  extra: (t: InputFields) => InputFieldMap,
  run: (ctx: GatewayContext, input: ConversationIdsInput & Extra) => Promise<ConversationKey[]>,
) =>
  conversationBatchMutation<ConversationIdsInput & Extra>({
    field,
    routeId,
    description,
    fields: (t) => ({ ...conversationIdsFields(t), ...extra(t) }),
    run,
  });

/** `data`: the custom data keys a batch sets, shared with the people batch. */
export const batchDataField = (t: InputFields) =>
  t
    .field({
      type: 'JSON',
      required: true,
      description: 'The keys to set: a map of string, number and boolean values.',
    })
    .validate(peopleDataSchema);

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
  (t) => ({ data: batchDataField(t) }),
  batch.updateConversationsData,
);

conversationBatch<{ segments: string[] }>(
  'batchUpdateConversationsSegments',
  'website.batch.update_conversations_segments',
  'Tags the conversations with segments.',
  (t) => ({ segments: batchSegmentsField(t) }),
  batch.updateConversationsSegments,
);
