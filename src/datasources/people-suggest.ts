import type { SuggestedDataKeyModel } from './conversation-suggestion.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/**
 * The suggestions Crisp builds from the website's contacts (segments, data keys, event names),
 * for a dashboard's autocomplete: list them, or delete one so it is no longer suggested.
 * Suggested segments are listed in people-detail.ts.
 */

export interface SuggestedEventModel {
  text: string;
  count: number;
}

/** GET /website/{website_id}/people/suggest/data/{page_number} */
export async function listSuggestedPeopleDataKeys(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SuggestedDataKeyModel[]> {
  const raw = await crisp.get<{ key: string; count?: number }[]>(
    route`/website/${websiteId}/people/suggest/data/${page}`,
  );
  return raw.map((s) => ({ key: s.key, count: s.count ?? 0 }));
}

/** GET /website/{website_id}/people/suggest/events/{page_number} */
export async function listSuggestedPeopleEvents(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SuggestedEventModel[]> {
  const raw = await crisp.get<{ text: string; count?: number }[]>(
    route`/website/${websiteId}/people/suggest/events/${page}`,
  );
  return raw.map((s) => ({ text: s.text, count: s.count ?? 0 }));
}

/** DELETE /website/{website_id}/people/suggest/segment, with a JSON body. */
export async function deleteSuggestedPeopleSegment(
  crisp: CrispClient,
  websiteId: string,
  segment: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/people/suggest/segment`, { segment });
}

/** DELETE /website/{website_id}/people/suggest/data, with a JSON body. */
export async function deleteSuggestedPeopleDataKey(
  crisp: CrispClient,
  websiteId: string,
  key: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/people/suggest/data`, { key });
}

/** DELETE /website/{website_id}/people/suggest/event (singular, unlike the list), with a JSON body. */
export async function deleteSuggestedPeopleEvent(
  crisp: CrispClient,
  websiteId: string,
  text: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/people/suggest/event`, { text });
}
