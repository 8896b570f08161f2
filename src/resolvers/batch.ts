import * as datasource from '../datasources/batch.ts';
import type { ConversationKey } from '../datasources/conversation.ts';
import type { BatchPeopleSelection, PeopleFilterModel } from '../datasources/people.ts';
import { batchRemovePeople } from '../datasources/people.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import {
  conversationRef,
  decodeNodeId,
  inboxRef,
  isGlobalId,
  personRef,
} from '../request/node-id.ts';
import { websiteIdOrDefault } from './website.ts';

export type BatchOperation = 'resolve' | 'unresolve' | 'read' | 'unread' | 'remove';

const calls = {
  resolve: datasource.batchResolveConversations,
  unresolve: datasource.batchUnresolveConversations,
  read: datasource.batchReadConversations,
  unread: datasource.batchUnreadConversations,
  remove: datasource.batchRemoveConversations,
} satisfies Record<BatchOperation, unknown>;

/**
 * The one website of a batch, and the Crisp ids of its entities. Crisp batches act within one
 * website: raw ids take `websiteId`, else the website of the first global id, else the
 * configured one; a global id of another website is refused.
 */
function batchIds(
  ctx: GatewayContext,
  ref: {
    fromInput(id: string, field: string, stated: (string | undefined)[]): readonly [string, string];
  },
  ids: readonly string[],
  field: string,
  websiteId: string | null | undefined,
): { websiteId: string; ids: string[] } {
  const firstGlobal = ids.find(isGlobalId);
  const fromGlobal = firstGlobal ? decodeNodeId(firstGlobal, field).id.split(':')[0] : undefined;
  const scope = websiteId ?? fromGlobal ?? ctx.defaultWebsiteId;
  const parsed = ids.map((id, i) => ref.fromInput(id, `${field}.${i}`, [scope]));
  return {
    websiteId: assertWebsite(ctx, parsed[0]![0], 'write'),
    ids: parsed.map(([, id]) => id),
  };
}

/** The conversations of a batch: global ids or raw session_ids, of one website. */
export interface ConversationIdsInput {
  websiteId?: string | null;
  conversationIds: string[];
}

export interface BatchConversationsInput extends ConversationIdsInput {
  inboxId?: string | null;
}

/** The website and the session_ids of a batch's conversations, checked for write access. */
export const conversationBatch = (ctx: GatewayContext, input: ConversationIdsInput) =>
  batchIds(ctx, conversationRef, input.conversationIds, 'input.conversationIds', input.websiteId);

/** The keys of the conversations a batch sent, for its payload. */
export const batchKeys = (batch: { websiteId: string; ids: string[] }): ConversationKey[] =>
  batch.ids.map((sessionId) => ({ websiteId: batch.websiteId, sessionId }));

/**
 * One batch call for many conversations. Crisp applies it asynchronously, so the result names
 * the conversations that were sent.
 */
export async function conversations(
  ctx: GatewayContext,
  operation: BatchOperation,
  input: BatchConversationsInput,
): Promise<ConversationKey[]> {
  const batch = conversationBatch(ctx, input);
  const inbox = input.inboxId
    ? inboxRef.fromInput(input.inboxId, 'input.inboxId', [batch.websiteId])[1]
    : undefined;
  await calls[operation](ctx.crisp, batch.websiteId, { sessions: batch.ids, inbox_id: inbox });
  return batchKeys(batch);
}

/** Contacts by id, or every contact a search matches. */
export interface BatchPeopleInput {
  websiteId?: string | null;
  personIds?: string[] | null;
  filter?: PeopleFilterModel[] | null;
  searchOperator?: 'and' | 'or' | null;
}

/** What a people batch acted on: the website, and the contacts when named by id. */
export interface BatchPeopleModel {
  websiteId: string;
  peopleIds?: string[];
}

/** The website of a people batch and the selection Crisp gets: ids, or a search. */
export function peopleBatch(
  ctx: GatewayContext,
  input: BatchPeopleInput,
): BatchPeopleModel & { selection: BatchPeopleSelection } {
  if (input.personIds) {
    const batch = batchIds(ctx, personRef, input.personIds, 'input.personIds', input.websiteId);
    return { websiteId: batch.websiteId, peopleIds: batch.ids, selection: batch.ids };
  }
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const selection = { filter: input.filter ?? [], operator: input.searchOperator ?? 'and' };
  return { websiteId, selection };
}

export async function removePeople(
  ctx: GatewayContext,
  input: BatchPeopleInput,
): Promise<BatchPeopleModel> {
  const { selection, ...acted } = peopleBatch(ctx, input);
  await batchRemovePeople(ctx.crisp, acted.websiteId, selection);
  return acted;
}
