import * as datasource from '../datasources/batch.ts';
import type { ConversationKey } from '../datasources/conversation.ts';
import type { PeopleFilterModel } from '../datasources/people.ts';
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

export type BatchOperation = 'resolve' | 'read' | 'remove';

const calls = {
  resolve: datasource.batchResolveConversations,
  read: datasource.batchReadConversations,
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

export interface BatchConversationsInput {
  websiteId?: string | null;
  conversationIds: string[];
  inboxId?: string | null;
}

/**
 * One batch call for many conversations. Crisp applies it asynchronously, so the result names
 * the conversations that were sent.
 */
export async function conversations(
  ctx: GatewayContext,
  operation: BatchOperation,
  input: BatchConversationsInput,
): Promise<ConversationKey[]> {
  const batch = batchIds(
    ctx,
    conversationRef,
    input.conversationIds,
    'input.conversationIds',
    input.websiteId,
  );
  const inbox = input.inboxId
    ? inboxRef.fromInput(input.inboxId, 'input.inboxId', [batch.websiteId])[1]
    : undefined;
  await calls[operation](ctx.crisp, batch.websiteId, { sessions: batch.ids, inbox_id: inbox });
  return batch.ids.map((sessionId) => ({ websiteId: batch.websiteId, sessionId }));
}

/** Contacts by id, or every contact a search matches. */
export interface BatchRemovePeopleInput {
  websiteId?: string | null;
  personIds?: string[] | null;
  filter?: PeopleFilterModel[] | null;
  searchOperator?: 'and' | 'or' | null;
}

/** What batchRemovePeople acted on: the website, and the contacts when named by id. */
export interface RemovedPeopleModel {
  websiteId: string;
  peopleIds?: string[];
}

export async function removePeople(
  ctx: GatewayContext,
  input: BatchRemovePeopleInput,
): Promise<RemovedPeopleModel> {
  if (input.personIds) {
    const batch = batchIds(ctx, personRef, input.personIds, 'input.personIds', input.websiteId);
    await batchRemovePeople(ctx.crisp, batch.websiteId, batch.ids);
    return { websiteId: batch.websiteId, peopleIds: batch.ids };
  }
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await batchRemovePeople(ctx.crisp, websiteId, {
    filter: input.filter ?? [],
    operator: input.searchOperator ?? 'and',
  });
  return { websiteId };
}
