import type { ConversationKey } from '../datasources/conversation.ts';
import type { CallKey, CallMode, CallSignalingModel } from '../datasources/conversation-call.ts';
import * as datasource from '../datasources/conversation-call.ts';
import { NotFoundError } from '../datasources/crisp-errors.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { callRef } from '../request/node-id.ts';
import { type ConversationInput, keyOf } from './conversation-mutation.ts';
import { type ConversationPartInput, partKeyOf } from './conversation-scoped.ts';

/** Audio and video calls of a conversation: start one, read the ongoing one, abort, signal. */

/** The ongoing call; null when there is none (Crisp answers not_found). */
export async function ongoing(
  ctx: GatewayContext,
  { websiteId, sessionId }: ConversationKey,
): Promise<CallKey | null> {
  try {
    return await datasource.getOngoingCallSessionForConversation(ctx.crisp, {
      websiteId,
      sessionId,
    });
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

const ROUTE = 'GET /website/:website_id/conversation/:session_id/call';

/** One call by its key (`node(id:)`): only the ongoing call of a conversation can be read. */
export async function call(ctx: GatewayContext, key: CallKey): Promise<CallKey> {
  assertWebsite(ctx, key.websiteId);
  const current = await datasource.getOngoingCallSessionForConversation(ctx.crisp, key);
  if (current.callId !== key.callId) throw new NotFoundError('not_found', ROUTE, 404);
  return current;
}

export async function initiate(
  ctx: GatewayContext,
  input: ConversationInput & { mode: CallMode },
): Promise<CallKey> {
  return datasource.initiateNewCallSessionForConversation(ctx.crisp, keyOf(ctx, input), input.mode);
}

export interface CallInput extends ConversationPartInput {
  callId: string;
}

const callKeyOf = (ctx: GatewayContext, input: CallInput): CallKey => {
  const [key, callId] = partKeyOf(ctx, callRef, input.callId, 'input.callId', input);
  return { ...key, callId };
};

export async function abort(ctx: GatewayContext, input: CallInput): Promise<CallKey> {
  const key = callKeyOf(ctx, input);
  await datasource.abortOngoingCallSessionForConversation(ctx.crisp, key);
  return key;
}

export async function transmitSignaling(
  ctx: GatewayContext,
  input: CallInput & CallSignalingModel,
): Promise<CallKey> {
  const key = callKeyOf(ctx, input);
  await datasource.transmitSignalingOnOngoingCallSession(ctx.crisp, key, {
    type: input.type,
    payload: input.payload,
  });
  return key;
}
