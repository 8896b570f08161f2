import * as datasource from '../datasources/batch.ts';
import { batchUpdateData, batchUpdateSegments } from '../datasources/batch-data.ts';
import type { ConversationKey } from '../datasources/conversation.ts';
import { peopleSelector } from '../datasources/people.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import type { GatewayContext } from '../request/context.ts';
import { inboxRef, operatorRef } from '../request/node-id.ts';
import type { BatchPeopleInput, BatchPeopleModel, ConversationIdsInput } from './batch.ts';
import { batchKeys, conversationBatch, peopleBatch } from './batch.ts';

/**
 * The batch actions that carry a value besides the conversations: report, block, assign, move,
 * custom data and segments, and the data and segments of contacts. One Crisp call each; Crisp
 * applies it asynchronously, so each result names what was sent.
 */

export async function report(
  ctx: GatewayContext,
  input: ConversationIdsInput & { flag: string },
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  await datasource.batchReportConversations(ctx.crisp, batch.websiteId, {
    sessions: batch.ids,
    flag: input.flag,
  });
  return batchKeys(batch);
}

export async function block(
  ctx: GatewayContext,
  input: ConversationIdsInput & { blocked: boolean },
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  await datasource.batchBlockConversations(ctx.crisp, batch.websiteId, {
    sessions: batch.ids,
    blocked: input.blocked,
  });
  return batchKeys(batch);
}

export async function assign(
  ctx: GatewayContext,
  input: ConversationIdsInput & { assigneeId?: string | null },
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  const assignee = input.assigneeId
    ? operatorRef.fromInput(input.assigneeId, 'input.assigneeId', [batch.websiteId])[1]
    : null;
  await datasource.batchRoutingConversations(ctx.crisp, batch.websiteId, {
    sessions: batch.ids,
    assigned: assignee ? { user_id: assignee } : null,
  });
  return batchKeys(batch);
}

export async function moveToInbox(
  ctx: GatewayContext,
  input: ConversationIdsInput & { inboxId?: string | null },
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  const inbox = input.inboxId
    ? inboxRef.fromInput(input.inboxId, 'input.inboxId', [batch.websiteId])[1]
    : null;
  await datasource.batchInboxConversations(ctx.crisp, batch.websiteId, {
    sessions: batch.ids,
    inbox_id: inbox,
  });
  return batchKeys(batch);
}

type DataInput = { data: Record<string, PeopleDataValue> };
type SegmentsInput = { segments: string[] };

export async function updateConversationsData(
  ctx: GatewayContext,
  input: ConversationIdsInput & DataInput,
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  await batchUpdateData(ctx.crisp, batch.websiteId, { sessions: batch.ids, data: input.data });
  return batchKeys(batch);
}

export async function updateConversationsSegments(
  ctx: GatewayContext,
  input: ConversationIdsInput & SegmentsInput,
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  const body = { sessions: batch.ids, segments: input.segments };
  await batchUpdateSegments(ctx.crisp, batch.websiteId, body);
  return batchKeys(batch);
}

export async function updatePeopleData(
  ctx: GatewayContext,
  input: BatchPeopleInput & DataInput,
): Promise<BatchPeopleModel> {
  const { selection, ...acted } = peopleBatch(ctx, input);
  const body = { people: peopleSelector(selection), data: input.data };
  await batchUpdateData(ctx.crisp, acted.websiteId, body);
  return acted;
}

export async function updatePeopleSegments(
  ctx: GatewayContext,
  input: BatchPeopleInput & SegmentsInput,
): Promise<BatchPeopleModel> {
  const { selection, ...acted } = peopleBatch(ctx, input);
  const body = { people: peopleSelector(selection), segments: input.segments };
  await batchUpdateSegments(ctx.crisp, acted.websiteId, body);
  return acted;
}
