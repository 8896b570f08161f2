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

/** PATCH /website/{website_id}/batch/unresolve */
export async function batchUnresolveConversations(
  crisp: CrispClient,
  websiteId: string,
  body: BatchConversationsRaw,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/unresolve`, body);
}

/** PATCH /website/{website_id}/batch/unread */
export async function batchUnreadConversations(
  crisp: CrispClient,
  websiteId: string,
  body: BatchConversationsRaw,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/unread`, body);
}

/** POST /website/{website_id}/batch/report — the one batch route Crisp takes as a POST. */
export async function batchReportConversations(
  crisp: CrispClient,
  websiteId: string,
  body: { sessions: string[]; flag: string },
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/batch/report`, body);
}

/** PATCH /website/{website_id}/batch/block */
export async function batchBlockConversations(
  crisp: CrispClient,
  websiteId: string,
  body: { sessions: string[]; blocked: boolean },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/block`, body);
}

/** PATCH /website/{website_id}/batch/routing — `assigned: null` unassigns. */
export async function batchRoutingConversations(
  crisp: CrispClient,
  websiteId: string,
  body: { sessions: string[]; assigned: { user_id: string } | null },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/routing`, body);
}

/** PATCH /website/{website_id}/batch/inbox — `inbox_id: null` moves to the default inbox. */
export async function batchInboxConversations(
  crisp: CrispClient,
  websiteId: string,
  body: { sessions: string[]; inbox_id: string | null },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/batch/inbox`, body);
}
