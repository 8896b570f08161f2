// Audio and video calls of a conversation: start, read the ongoing one, abort, and signaling.
import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

export interface CallKey extends ConversationKey {
  callId: string;
}

export type CallMode = 'audio' | 'video';

/** POST /website/{website_id}/conversation/{session_id}/call → the new call's id. */
export async function initiateNewCallSessionForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  mode: CallMode,
): Promise<CallKey> {
  const raw = await crisp.post<{ call_id: string }>(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/call`,
    { mode },
  );
  return { ...key, callId: raw.call_id.toLowerCase() };
}

/** GET /website/{website_id}/conversation/{session_id}/call */
export async function getOngoingCallSessionForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<CallKey> {
  const raw = await crisp.get<{ call_id: string }>(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/call`,
  );
  return { ...key, callId: raw.call_id.toLowerCase() };
}

/** DELETE /website/{website_id}/conversation/{session_id}/call/{call_id} (its body is optional). */
export async function abortOngoingCallSessionForConversation(
  crisp: CrispClient,
  key: CallKey,
): Promise<void> {
  await crisp.delete(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/call/${key.callId}`,
    {},
  );
}

/** Catalogue `CallSignaling`: WebRTC signaling (an SDP offer, an ICE candidate) to relay. */
export interface CallSignalingModel {
  type: string;
  payload: Record<string, unknown>;
}

/** PATCH /website/{website_id}/conversation/{session_id}/call/{call_id} */
export async function transmitSignalingOnOngoingCallSession(
  crisp: CrispClient,
  key: CallKey,
  signaling: CallSignalingModel,
): Promise<void> {
  await crisp.patch(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/call/${key.callId}`,
    signaling,
  );
}
