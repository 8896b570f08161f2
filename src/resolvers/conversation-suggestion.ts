import * as datasource from '../datasources/conversation-suggestion.ts';
import type { GatewayContext } from '../request/context.ts';
import { websitePages } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

/** Segments and data keys in use on a website's conversations, and their removal from suggestions. */

export const segments = websitePages(
  'Website.suggestedConversationSegments',
  datasource.listSuggestedConversationSegments,
  (s) => s.segment,
);

export const dataKeys = websitePages(
  'Website.suggestedConversationDataKeys',
  datasource.listSuggestedConversationDataKeys,
  (s) => s.key,
);

export interface DeleteSegmentInput {
  websiteId?: string | null;
  segment: string;
}

export interface DeleteDataKeyInput {
  websiteId?: string | null;
  key: string;
}

/** Drops one name from a suggestion list: the website (write access), then Crisp's DELETE. */
async function drop(
  ctx: GatewayContext,
  websiteIdInput: string | null | undefined,
  name: string,
  remove: (crisp: GatewayContext['crisp'], websiteId: string, name: string) => Promise<void>,
) {
  const websiteId = websiteIdOrDefault(ctx, websiteIdInput, 'write');
  await remove(ctx.crisp, websiteId, name);
  return { website: { id: websiteId }, deleted: name };
}

export const deleteSegment = (ctx: GatewayContext, input: DeleteSegmentInput) =>
  drop(ctx, input.websiteId, input.segment, datasource.deleteSuggestedConversationSegment);

export const deleteDataKey = (ctx: GatewayContext, input: DeleteDataKeyInput) =>
  drop(ctx, input.websiteId, input.key, datasource.deleteSuggestedConversationDataKey);
