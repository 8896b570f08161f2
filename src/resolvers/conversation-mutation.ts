import * as datasource from '../datasources/conversation.ts';
import {
  type ConversationKey,
  type ConversationPart,
  type ConversationState,
  conversationKey,
  conversationPartKey,
} from '../datasources/conversation.ts';
import type {
  ConversationMetaUpdateModel,
  TranscriptRequestModel,
} from '../datasources/conversation-detail.ts';
import * as detail from '../datasources/conversation-detail.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { conversationRef, operatorRef } from '../request/node-id.ts';
import { websiteIdOrDefault } from './website.ts';

/** The conversation mutations: each writes, then drops what the request read of the conversation. */

/**
 * Mutation inputs name a conversation by its global id, or by Crisp's session_id within
 * `websiteId` (default: CRISP_WEBSITE_ID).
 */
export interface ConversationInput {
  websiteId?: string | null;
  conversationId: string;
}

/** For mutations: the caller needs write access to the website. */
export function keyOf(ctx: GatewayContext, input: ConversationInput): ConversationKey {
  const [websiteId, sessionId] = conversationRef.fromInput(
    input.conversationId,
    'input.conversationId',
    [input.websiteId],
    [ctx.defaultWebsiteId],
  );
  return { websiteId: assertWebsite(ctx, websiteId, 'write'), sessionId };
}

const parts: ConversationPart[] = ['state', 'metas', 'routing', 'block'];

/** After a write, drop what this request already read of the conversation so fields read afresh. */
export function forget(ctx: GatewayContext, key: ConversationKey): ConversationKey {
  ctx.loaders.conversation.clear(conversationKey(key));
  for (const part of parts) ctx.loaders.conversationPart.clear(conversationPartKey(key, part));
  return key;
}

/**
 * A mutation that writes to one conversation: names it (refusing bad input before any call), runs
 * `write`, then forgets what the request read of it unless the write leaves that as it was.
 */
export const conversationWrite =
  <I extends ConversationInput>(
    write: (crisp: GatewayContext['crisp'], key: ConversationKey, input: I) => Promise<void>,
    { keepsReads = false } = {},
  ) =>
  async (ctx: GatewayContext, input: I): Promise<ConversationKey> => {
    const key = keyOf(ctx, input);
    await write(ctx.crisp, key, input);
    return keepsReads ? key : forget(ctx, key);
  };

export function create(
  ctx: GatewayContext,
  websiteId: string | null | undefined,
): Promise<ConversationKey> {
  return datasource.createNewConversation(ctx.crisp, websiteIdOrDefault(ctx, websiteId, 'write'));
}

export async function initiate(
  ctx: GatewayContext,
  input: ConversationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.initiateConversationWithExistingSession(ctx.crisp, key);
  return forget(ctx, key);
}

export async function remove(
  ctx: GatewayContext,
  input: ConversationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.removeConversation(ctx.crisp, key);
  return forget(ctx, key);
}

export type UpdateMetasInput = ConversationInput & ConversationMetaUpdateModel;

export async function updateMetas(
  ctx: GatewayContext,
  input: UpdateMetasInput,
): Promise<ConversationKey> {
  const { websiteId: _w, conversationId: _c, ...metas } = input;
  const key = keyOf(ctx, input);
  await detail.updateConversationMetas(ctx.crisp, key, metas);
  return forget(ctx, key);
}

export type ChangeStateInput = ConversationInput & { state: ConversationState };

export async function changeState(
  ctx: GatewayContext,
  input: ChangeStateInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.changeConversationState(ctx.crisp, key, input.state);
  return forget(ctx, key);
}

export type AssignRoutingInput = ConversationInput & {
  assigneeId?: string | null;
  silent?: boolean | null;
};

export async function assignRouting(
  ctx: GatewayContext,
  input: AssignRoutingInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  // The operator belongs to the conversation's website, whichever form names it.
  const assignee = input.assigneeId
    ? operatorRef.fromInput(input.assigneeId, 'input.assigneeId', [key.websiteId])[1]
    : null;
  await detail.assignConversationRouting(ctx.crisp, key, assignee, input.silent);
  return forget(ctx, key);
}

export type BlockInput = ConversationInput & { blocked: boolean };

export async function block(ctx: GatewayContext, input: BlockInput): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.blockIncomingMessagesForConversation(ctx.crisp, key, input.blocked);
  return forget(ctx, key);
}

export type TranscriptInput = ConversationInput & TranscriptRequestModel;

export async function requestTranscript(
  ctx: GatewayContext,
  input: TranscriptInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.requestEmailTranscriptForConversation(ctx.crisp, key, {
    to: input.to,
    email: input.email,
  });
  return key;
}
