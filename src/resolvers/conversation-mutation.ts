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
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

/** The conversation mutations: each writes, then drops what the request read of the conversation. */

/** Mutation inputs name a conversation by website (default: CRISP_WEBSITE_ID) and session id. */
export interface ConversationInput {
  websiteId?: string | null;
  sessionId: string;
}

/** For mutations: the caller needs write access to the website. */
export function keyOf(ctx: GatewayContext, input: ConversationInput): ConversationKey {
  return {
    websiteId: websiteIdOrDefault(ctx, input.websiteId, 'write'),
    sessionId: input.sessionId,
  };
}

const parts: ConversationPart[] = ['state', 'metas', 'routing', 'block'];

/** After a write, drop what this request already read of the conversation so fields read afresh. */
export function forget(ctx: GatewayContext, key: ConversationKey): ConversationKey {
  ctx.loaders.conversation.clear(conversationKey(key));
  for (const part of parts) ctx.loaders.conversationPart.clear(conversationPartKey(key, part));
  return key;
}

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

export async function remove(ctx: GatewayContext, input: ConversationInput): Promise<string> {
  const key = keyOf(ctx, input);
  await datasource.removeConversation(ctx.crisp, key);
  forget(ctx, key);
  return key.sessionId;
}

export type UpdateMetasInput = ConversationInput & ConversationMetaUpdateModel;

export async function updateMetas(
  ctx: GatewayContext,
  input: UpdateMetasInput,
): Promise<ConversationKey> {
  const { websiteId: _w, sessionId: _s, ...metas } = input;
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
  assignedUserId?: string | null;
  silent?: boolean | null;
};

export async function assignRouting(
  ctx: GatewayContext,
  input: AssignRoutingInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.assignConversationRouting(
    ctx.crisp,
    key,
    input.assignedUserId ?? null,
    input.silent,
  );
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
