// A contact's timeline, custom data, subscription and conversations, and website-wide people counts.
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : undefined);

/** GET /website/{website_id}/people/stats */
export async function getPeopleStatistics(
  crisp: CrispClient,
  websiteId: string,
): Promise<{ total: number }> {
  const raw = await crisp.get<{ total?: number }>(route`/website/${websiteId}/people/stats`);
  return { total: raw.total ?? 0 };
}

export interface SuggestedSegmentModel {
  segment: string;
  count: number;
}

/** GET /website/{website_id}/people/suggest/segments/{page_number} */
export async function listSuggestedPeopleSegments(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<SuggestedSegmentModel[]> {
  const raw = await crisp.get<{ segment: string; count?: number }[]>(
    route`/website/${websiteId}/people/suggest/segments/${page}`,
  );
  return raw.map((s) => ({ segment: s.segment, count: s.count ?? 0 }));
}

/** GET /website/{website_id}/people/conversations/{people_id}/list/{page_number} → bare session ids. */
export function listPeopleConversations(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  page: number,
): Promise<string[]> {
  return crisp.get<string[]>(
    route`/website/${websiteId}/people/conversations/${peopleId}/list/${page}`,
  );
}

/** Custom data values are scalars only (docs/crisp/REST.md §10). */
export type PeopleDataValue = string | number | boolean;

interface PeopleEventRaw {
  text: string;
  data?: Record<string, unknown>;
  color?: string;
  timestamp?: number;
}

export interface PeopleEventModel {
  text: string;
  data?: Record<string, unknown>;
  color?: string;
  timestamp?: Date;
}

/**
 * POST /website/{website_id}/people/events/{people_id} — one event object (an array is refused).
 * The body is exactly `{text, data, color}`: the event is picked out, so a caller passing its
 * whole input (which also names the website and the contact) sends nothing more.
 */
export async function addPeopleEvent(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  { text, data, color }: { text: string; data?: Record<string, PeopleDataValue>; color?: string },
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/people/events/${peopleId}`, { text, data, color });
}

/** GET /website/{website_id}/people/events/{people_id}/list/{page_number} */
export async function listPeopleEvents(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  page: number,
): Promise<PeopleEventModel[]> {
  const raw = await crisp.get<PeopleEventRaw[]>(
    route`/website/${websiteId}/people/events/${peopleId}/list/${page}`,
  );
  return raw.map((e) => ({
    text: e.text,
    data: e.data,
    color: e.color,
    timestamp: date(e.timestamp),
  }));
}

/** GET /website/{website_id}/people/data/{people_id} */
export async function getPeopleData(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
): Promise<Record<string, PeopleDataValue>> {
  const raw = await crisp.get<{ data?: Record<string, PeopleDataValue> }>(
    route`/website/${websiteId}/people/data/${peopleId}`,
  );
  return raw.data ?? {};
}

/** PUT /website/{website_id}/people/data/{people_id} — replaces every key; `{data}` is the wire shape. */
export async function savePeopleData(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  data: Record<string, PeopleDataValue>,
): Promise<void> {
  await crisp.put(route`/website/${websiteId}/people/data/${peopleId}`, { data });
}

/** PATCH /website/{website_id}/people/data/{people_id} — merges the keys sent. */
export async function updatePeopleData(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  data: Record<string, PeopleDataValue>,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/people/data/${peopleId}`, { data });
}

/** GET /website/{website_id}/people/subscription/{people_id} */
export async function getPeopleSubscriptionStatus(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
): Promise<{ email: boolean }> {
  const raw = await crisp.get<{ email?: boolean }>(
    route`/website/${websiteId}/people/subscription/${peopleId}`,
  );
  return { email: raw.email ?? false };
}

/** PATCH /website/{website_id}/people/subscription/{people_id} */
export async function updatePeopleSubscriptionStatus(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  email: boolean,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/people/subscription/${peopleId}`, { email });
}
