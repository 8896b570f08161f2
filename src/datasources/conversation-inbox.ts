import type { ConversationKey, MessageFrom } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** How a conversation shows in the team's inbox: its unread mark, its open view, its inbox. */

/** PATCH /website/{website_id}/conversation/{session_id}/unread — `from` is the side that marks. */
export async function markConversationAsUnread(
  crisp: CrispClient,
  key: ConversationKey,
  from: MessageFrom,
): Promise<void> {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/unread`, {
    from,
  });
}

/** PATCH /website/{website_id}/conversation/{session_id}/open */
export async function updateConversationOpenState(
  crisp: CrispClient,
  key: ConversationKey,
  opened: boolean,
): Promise<void> {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/open`, {
    opened,
  });
}

/** PATCH /website/{website_id}/conversation/{session_id}/inbox — `null` moves it to the default inbox. */
export async function updateConversationInbox(
  crisp: CrispClient,
  key: ConversationKey,
  inboxId: string | null,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/inbox`;
  await crisp.patch(path, { inbox_id: inboxId });
}
