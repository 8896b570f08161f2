import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

/** Identity verification of a conversation's visitor: status, and the link challenge. */

/** Catalogue `ConversationVerification`; its keys are already the model's. */
export interface VerificationModel {
  identity?: string;
  method?: string;
  annotation?: string;
}

/** Catalogue `ConversationVerify`. */
interface ConversationVerifyRaw {
  verified?: boolean;
  verifications?: VerificationModel[];
}

export interface ConversationVerifyModel {
  isVerified: boolean;
  verifications: VerificationModel[];
}

/** GET /website/{website_id}/conversation/{session_id}/verify */
export async function getVerifyStatusForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationVerifyModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/verify`;
  const raw = await crisp.get<ConversationVerifyRaw>(path);
  return { isVerified: raw.verified ?? false, verifications: raw.verifications ?? [] };
}

/** PATCH /website/{website_id}/conversation/{session_id}/verify */
export async function updateVerifyStatusForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  verified: boolean,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/verify`;
  await crisp.patch(path, { verified });
}

/** Catalogue body of `request_identity_verification`: `identity` is `email`, `phone` or a `urn:…`. */
interface IdentityRequestRaw {
  identity: string;
  method?: 'link';
  recipient?: string;
}

export type IdentityRequestModel = Pick<IdentityRequestRaw, 'identity'> &
  Nullable<Pick<IdentityRequestRaw, 'recipient'>>;

/** POST /website/{website_id}/conversation/{session_id}/verify/identity — a link, Crisp's one method. */
export async function requestIdentityVerificationForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  request: IdentityRequestModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/verify/identity`;
  await crisp.post(path, { ...withoutNulls<IdentityRequestRaw>(request), method: 'link' });
}

/** Catalogue body of `redeem_identity_verification_link`. */
interface IdentityRedeemRaw {
  identity: string;
  token: string;
  recipient?: string;
}

export type IdentityRedeemModel = Pick<IdentityRedeemRaw, 'identity' | 'token'> &
  Nullable<Pick<IdentityRedeemRaw, 'recipient'>>;

/** PUT /website/{website_id}/conversation/{session_id}/verify/identity/link */
export async function redeemIdentityVerificationLinkForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  redeem: IdentityRedeemModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/verify/identity/link`;
  await crisp.put(path, withoutNulls<IdentityRedeemRaw>(redeem));
}
