import type { SpamKey, SpamModel } from '../datasources/conversation-spam.ts';
import * as datasource from '../datasources/conversation-spam.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { spamRef } from '../request/node-id.ts';
import { websitePages } from './page-connection.ts';

/** What the spam filter holds back on a website: the list, one item's content, the decision. */

export const spams = websitePages(
  'Website.spams',
  datasource.listSpamConversations,
  (s) => s.spamId,
);

/** One held item, with its content (`node(id:)`): the website inside the id is checked first. */
export const spam = (ctx: GatewayContext, key: SpamKey) =>
  datasource.resolveSpamConversationContent(ctx.crisp, {
    ...key,
    websiteId: assertWebsite(ctx, key.websiteId),
  });

/** The item's content: at hand when the item was read from its content route, else one read. */
export async function content(ctx: GatewayContext, s: SpamModel) {
  return s.content ?? (await spam(ctx, s)).content ?? {};
}

export interface DecideSpamInput {
  websiteId?: string | null;
  spamId: string;
  action: string;
}

export async function decide(ctx: GatewayContext, input: DecideSpamInput): Promise<SpamKey> {
  const [websiteId, spamId] = spamRef.fromInput(
    input.spamId,
    'input.spamId',
    [input.websiteId],
    [ctx.defaultWebsiteId],
  );
  const key = { websiteId: assertWebsite(ctx, websiteId, 'write'), spamId };
  await datasource.submitSpamConversationDecision(ctx.crisp, key, input.action);
  return key;
}
