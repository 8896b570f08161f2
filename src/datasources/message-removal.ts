import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** DELETE /website/{website_id}/conversation/{session_id}/message/{fingerprint} */
export async function removeMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  fingerprint: number,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message/${fingerprint}`;
  await crisp.delete(path);
}
