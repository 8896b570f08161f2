import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `BatchConversationsOperation`: the sessions to act on, optionally scoped to an inbox. */
export interface BatchConversationsRaw {
  sessions: string[];
  inbox_id?: string;
}

/** PATCH /website/{website_id}/batch/resolve */
export async function batchResolveConversations(
  crisp: CrispClient,
  websiteId: string,
  body: BatchConversationsRaw,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/resolve`, body);
}

/** PATCH /website/{website_id}/batch/read */
export async function batchReadConversations(
  crisp: CrispClient,
  websiteId: string,
  body: BatchConversationsRaw,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/read`, body);
}

/**
 * PATCH /website/{website_id}/batch/remove — the same route removes people when the body says
 * `people`; `sessions` makes it remove conversations.
 */
export async function batchRemoveConversations(
  crisp: CrispClient,
  websiteId: string,
  body: BatchConversationsRaw,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/remove`, body);
}
