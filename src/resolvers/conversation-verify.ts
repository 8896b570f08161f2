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
import { type ConversationInput, conversationWrite } from './conversation-mutation.ts';

/** `Conversation.verification`: whether the visitor is verified, and how. */
export function verification(
  ctx: GatewayContext,
  c: ConversationKey,
): Promise<ConversationVerifyModel> {
  return getVerifyStatusForConversation(ctx.crisp, c);
}

export type UpdateVerificationInput = ConversationInput & { verified: boolean };

export const update = conversationWrite<UpdateVerificationInput>((crisp, key, input) =>
  updateVerifyStatusForConversation(crisp, key, input.verified),
);

export type RequestIdentityInput = ConversationInput & IdentityRequestModel;

/** Sends the challenge; nothing changes on the conversation until it is redeemed. */
export const requestIdentity = conversationWrite<RequestIdentityInput>(
  (crisp, key, { identity, recipient }) =>
    requestIdentityVerificationForConversation(crisp, key, { identity, recipient }),
  { keepsReads: true },
);

export type RedeemIdentityInput = ConversationInput & IdentityRedeemModel;

export const redeemIdentity = conversationWrite<RedeemIdentityInput>(
  (crisp, key, { identity, token, recipient }) =>
    redeemIdentityVerificationLinkForConversation(crisp, key, { identity, token, recipient }),
);
