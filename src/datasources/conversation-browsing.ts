// Co-browsing (MagicBrowse) sessions of a conversation: list, request, control and assist.
import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `ConversationBrowsing`. */
interface BrowsingRaw {
  browsing_id?: string;
  browsing_token?: string;
  useragent?: string;
}

export interface BrowsingKey extends ConversationKey {
  browsingId: string;
}

export interface BrowsingSessionModel extends BrowsingKey {
  token?: string;
  userAgent?: string;
}

/** Catalogue `BrowsingAssist`: one pointer action, its point under the action's own key. */
export interface BrowsingAssistModel {
  action: 'mouse' | 'click' | 'scroll';
  x: number;
  y: number;
}

/** GET /website/{website_id}/conversation/{session_id}/browsing */
export async function listBrowsingSessionsForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<BrowsingSessionModel[]> {
  const raw = await crisp.get<BrowsingRaw[]>(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/browsing`,
  );
  return raw.flatMap((b) =>
    b.browsing_id
      ? [
          {
            ...key,
            browsingId: b.browsing_id.toLowerCase(),
            token: b.browsing_token,
            userAgent: b.useragent,
          },
        ]
      : [],
  );
}

/**
 * POST /website/{website_id}/conversation/{session_id}/browsing, with no body: the visitor's
 * answer arrives as `browsing:request:initiated` or `browsing:request:rejected`.
 */
export async function initiateBrowsingSessionForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<void> {
  await crisp.request({
    method: 'POST',
    path: route`/website/${key.websiteId}/conversation/${key.sessionId}/browsing`,
  });
}

/** PATCH /website/{website_id}/conversation/{session_id}/browsing/{browsing_id} */
export async function sendActionToExistingBrowsingSession(
  crisp: CrispClient,
  key: BrowsingKey,
  action: string,
): Promise<void> {
  await crisp.patch(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/browsing/${key.browsingId}`,
    { action },
  );
}

/** PATCH /website/{website_id}/conversation/{session_id}/browsing/{browsing_id}/assist */
export async function assistExistingBrowsingSession(
  crisp: CrispClient,
  key: BrowsingKey,
  { action, x, y }: BrowsingAssistModel,
): Promise<void> {
  await crisp.patch(
    route`/website/${key.websiteId}/conversation/${key.sessionId}/browsing/${key.browsingId}/assist`,
    { action, [action]: { x, y } },
  );
}
