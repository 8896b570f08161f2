import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `ConversationRelations`. */
interface ConversationRelationsRaw {
  conversations?: { parent?: string | null; children?: string[] };
}

/** The conversations linked to one (split threads): its parent and its children, as keys. */
export interface ConversationRelationsModel {
  parent: ConversationKey | null;
  children: ConversationKey[];
}

/** GET /website/{website_id}/conversation/{session_id}/relations */
export async function getConversationRelations(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationRelationsModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/relations`;
  const raw = await crisp.get<ConversationRelationsRaw>(path);
  const { parent, children = [] } = raw.conversations ?? {};
  const keyOf = (sessionId: string) => ({ websiteId: key.websiteId, sessionId });
  return { parent: parent ? keyOf(parent) : null, children: children.map(keyOf) };
}
