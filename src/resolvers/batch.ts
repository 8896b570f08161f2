import * as datasource from '../datasources/batch.ts';
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

export type BatchOperation = 'resolve' | 'read' | 'remove';

const calls = {
  resolve: datasource.batchResolveConversations,
  read: datasource.batchReadConversations,
  remove: datasource.batchRemoveConversations,
} satisfies Record<BatchOperation, unknown>;

export interface BatchConversationsInput {
  websiteId?: string | null;
  sessionIds: string[];
  inboxId?: string | null;
}

/**
 * One batch call for many conversations. Crisp applies it asynchronously, so the result only
 * echoes the sessions that were sent.
 */
export async function conversations(
  ctx: GatewayContext,
  operation: BatchOperation,
  input: BatchConversationsInput,
): Promise<string[]> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await calls[operation](ctx.crisp, websiteId, {
    sessions: input.sessionIds,
    inbox_id: input.inboxId ?? undefined,
  });
  return input.sessionIds;
}
