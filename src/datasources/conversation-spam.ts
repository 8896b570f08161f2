// What Crisp's spam filter holds back: the list, one item's content, and the decision on it.
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `ConversationSpam`; `ConversationSpamContent` adds `content`. */
export interface SpamRaw {
  spam_id: string;
  type?: string;
  reason?: string;
  metadata?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  timestamp?: number;
  content?: Record<string, unknown>;
}

export interface SpamKey {
  websiteId: string;
  spamId: string;
}

export interface SpamModel extends SpamKey {
  type?: string;
  reason?: string;
  metadata?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  receivedAt?: Date;
  /** Present when read from the content route. */
  content?: Record<string, unknown>;
}

export const toSpam = (websiteId: string, raw: SpamRaw): SpamModel => ({
  websiteId,
  spamId: raw.spam_id.toLowerCase(),
  type: raw.type,
  reason: raw.reason,
  metadata: raw.metadata,
  headers: raw.headers,
  receivedAt: typeof raw.timestamp === 'number' ? new Date(raw.timestamp) : undefined,
  content: raw.content,
});

/** GET /website/{website_id}/conversations/spams/{page_number} */
export async function listSpamConversations(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SpamModel[]> {
  const raw = await crisp.get<SpamRaw[]>(route`/website/${websiteId}/conversations/spams/${page}`);
  return raw.filter((s) => typeof s.spam_id === 'string').map((s) => toSpam(websiteId, s));
}

/** GET /website/{website_id}/conversations/spam/{spam_id}/content (singular `spam` here). */
export async function resolveSpamConversationContent(
  crisp: CrispClient,
  { websiteId, spamId }: SpamKey,
): Promise<SpamModel> {
  const raw = await crisp.get<Partial<SpamRaw>>(
    route`/website/${websiteId}/conversations/spam/${spamId}/content`,
  );
  return {
    ...toSpam(websiteId, { ...raw, spam_id: raw.spam_id ?? spamId }),
    content: raw.content ?? {},
  };
}

/** POST /website/{website_id}/conversations/spam/{spam_id}/decision */
export async function submitSpamConversationDecision(
  crisp: CrispClient,
  { websiteId, spamId }: SpamKey,
  action: string,
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/conversations/spam/${spamId}/decision`, { action });
}
