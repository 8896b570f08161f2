import type { ConversationKey } from '../datasources/conversation.ts';
import {
  type ConversationVerifyModel,
  getVerifyStatusForConversation,
  type IdentityRedeemModel,
  type IdentityRequestModel,
  redeemIdentityVerificationLinkForConversation,
  requestIdentityVerificationForConversation,
  updateVerifyStatusForConversation,
} from '../datasources/conversation-verify.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

/** `Conversation.verification`: whether the visitor is verified, and how. */
export function verification(
  ctx: GatewayContext,
  c: ConversationKey,
): Promise<ConversationVerifyModel> {
  return getVerifyStatusForConversation(ctx.crisp, c);
}

export type UpdateVerificationInput = ConversationInput & { verified: boolean };

export async function update(
  ctx: GatewayContext,
  input: UpdateVerificationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await updateVerifyStatusForConversation(ctx.crisp, key, input.verified);
  return forget(ctx, key);
}

export type RequestIdentityInput = ConversationInput & IdentityRequestModel;

/** Sends the challenge; nothing changes on the conversation until it is redeemed. */
export async function requestIdentity(
  ctx: GatewayContext,
  input: RequestIdentityInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const { identity, recipient } = input;
  await requestIdentityVerificationForConversation(ctx.crisp, key, { identity, recipient });
  return key;
}

export type RedeemIdentityInput = ConversationInput & IdentityRedeemModel;

export async function redeemIdentity(
  ctx: GatewayContext,
  input: RedeemIdentityInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  const { identity, token, recipient } = input;
  await redeemIdentityVerificationLinkForConversation(ctx.crisp, key, {
    identity,
    token,
    recipient,
  });
  return forget(ctx, key);
}
