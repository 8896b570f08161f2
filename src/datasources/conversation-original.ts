import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `ConversationOriginal`: what a message was made from (an e-mail's HTML and headers). */
interface ConversationOriginalRaw {
  original_id?: string;
  type?: string;
  headers?: Record<string, unknown>;
  content?: string;
  timestamp?: number;
}

export interface ConversationOriginalModel {
  mimeType?: string;
  headers: Record<string, unknown>;
  content?: string;
  timestamp?: Date;
}

/** GET /website/{website_id}/conversation/{session_id}/original/{original_id} */
export async function getOriginalMessageInConversation(
  crisp: CrispClient,
  key: ConversationKey,
  originalId: string,
): Promise<ConversationOriginalModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/original/${originalId}`;
  const raw = await crisp.get<ConversationOriginalRaw>(path);
  return {
    mimeType: raw.type,
    headers: raw.headers ?? {},
    content: raw.content,
    timestamp: typeof raw.timestamp === 'number' ? new Date(raw.timestamp) : undefined,
  };
}
