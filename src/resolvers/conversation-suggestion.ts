import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/conversation-suggestion.ts';
import type { GatewayContext } from '../request/context.ts';
import { pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

/** Segments and data keys in use on a website's conversations, and their removal from suggestions. */

export const segments = (
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
) =>
  pageConnection(
    args,
    (page) => datasource.listSuggestedConversationSegments(ctx.crisp, websiteId, page),
    { name: 'Website.suggestedConversationSegments', parentId: websiteId, idOf: (s) => s.segment },
  );

export const dataKeys = (
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
) =>
  pageConnection(
    args,
    (page) => datasource.listSuggestedConversationDataKeys(ctx.crisp, websiteId, page),
    { name: 'Website.suggestedConversationDataKeys', parentId: websiteId, idOf: (s) => s.key },
  );

export interface DeleteSegmentInput {
  websiteId?: string | null;
  segment: string;
}

export async function deleteSegment(ctx: GatewayContext, input: DeleteSegmentInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.deleteSuggestedConversationSegment(ctx.crisp, websiteId, input.segment);
  return { website: { id: websiteId }, deleted: input.segment };
}

export interface DeleteDataKeyInput {
  websiteId?: string | null;
  key: string;
}

export async function deleteDataKey(ctx: GatewayContext, input: DeleteDataKeyInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.deleteSuggestedConversationDataKey(ctx.crisp, websiteId, input.key);
  return { website: { id: websiteId }, deleted: input.key };
}
