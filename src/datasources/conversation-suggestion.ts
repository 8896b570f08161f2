// The segments and custom data keys in use on a website's conversations, for autocomplete.
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { SuggestedSegmentModel } from './people-detail.ts';

export interface SuggestedDataKeyModel {
  key: string;
  count: number;
}

/** GET /website/{website_id}/conversations/suggest/segments/{page_number} */
export async function listSuggestedConversationSegments(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SuggestedSegmentModel[]> {
  const raw = await crisp.get<{ segment?: string; count?: number }[]>(
    route`/website/${websiteId}/conversations/suggest/segments/${page}`,
  );
  return raw.flatMap((s) => (s.segment ? [{ segment: s.segment, count: s.count ?? 0 }] : []));
}

/** DELETE /website/{website_id}/conversations/suggest/segment, naming the segment in the body. */
export async function deleteSuggestedConversationSegment(
  crisp: CrispClient,
  websiteId: string,
  segment: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/conversations/suggest/segment`, { segment });
}

/** GET /website/{website_id}/conversations/suggest/data/{page_number} */
export async function listSuggestedConversationDataKeys(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SuggestedDataKeyModel[]> {
  const raw = await crisp.get<{ key?: string; count?: number }[]>(
    route`/website/${websiteId}/conversations/suggest/data/${page}`,
  );
  return raw.flatMap((s) => (s.key ? [{ key: s.key, count: s.count ?? 0 }] : []));
}

/** DELETE /website/{website_id}/conversations/suggest/data, naming the key in the body. */
export async function deleteSuggestedConversationDataKey(
  crisp: CrispClient,
  websiteId: string,
  key: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/conversations/suggest/data`, { key });
}
