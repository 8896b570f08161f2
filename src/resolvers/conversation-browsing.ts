import type { ConversationKey } from '../datasources/conversation.ts';
import type {
  BrowsingAssistModel,
  BrowsingKey,
  BrowsingSessionModel,
} from '../datasources/conversation-browsing.ts';
import * as datasource from '../datasources/conversation-browsing.ts';
import { NotFoundError } from '../datasources/crisp-errors.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { browsingSessionRef } from '../request/node-id.ts';
import { type ConversationInput, keyOf } from './conversation-mutation.ts';
import { type ConversationPartInput, partKeyOf } from './conversation-scoped.ts';

/** Co-browsing sessions of a conversation: the list, a request to start one, control and assist. */

export const sessions = (ctx: GatewayContext, { websiteId, sessionId }: ConversationKey) =>
  datasource.listBrowsingSessionsForConversation(ctx.crisp, { websiteId, sessionId });

const ROUTE = 'GET /website/:website_id/conversation/:session_id/browsing';

/** One session by its key (`node(id:)`): Crisp serves the conversation's list only. */
export async function session(ctx: GatewayContext, key: BrowsingKey) {
  assertWebsite(ctx, key.websiteId);
  const found = (await sessions(ctx, key)).find((b) => b.browsingId === key.browsingId);
  if (!found) throw new NotFoundError('not_found', ROUTE, 404);
  return found;
}

/** A session's details: at hand when it was listed, else read from the conversation's list. */
export const detail = (ctx: GatewayContext, b: BrowsingKey) =>
  'token' in b ? (b as BrowsingSessionModel) : session(ctx, b);

export async function initiate(ctx: GatewayContext, input: ConversationInput) {
  const key = keyOf(ctx, input);
  await datasource.initiateBrowsingSessionForConversation(ctx.crisp, key);
  return key;
}

export interface BrowsingSessionInput extends ConversationPartInput {
  browsingSessionId: string;
}

const browsingKeyOf = (ctx: GatewayContext, input: BrowsingSessionInput): BrowsingKey => {
  const [key, browsingId] = partKeyOf(
    ctx,
    browsingSessionRef,
    input.browsingSessionId,
    'input.browsingSessionId',
    input,
  );
  return { ...key, browsingId };
};

export async function sendAction(
  ctx: GatewayContext,
  input: BrowsingSessionInput & { action: string },
): Promise<BrowsingKey> {
  const key = browsingKeyOf(ctx, input);
  await datasource.sendActionToExistingBrowsingSession(ctx.crisp, key, input.action);
  return key;
}

export async function assist(
  ctx: GatewayContext,
  input: BrowsingSessionInput & BrowsingAssistModel,
): Promise<BrowsingKey> {
  const key = browsingKeyOf(ctx, input);
  await datasource.assistExistingBrowsingSession(ctx.crisp, key, input);
  return key;
}
