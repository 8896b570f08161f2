import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { type GeolocationModel, type GeolocationRaw, toGeolocation } from './people.ts';

/** Catalogue `Visitor`: someone on the website right now (live view). */
interface VisitorRaw {
  session_id: string;
  inbox_id?: string | null;
  nickname?: string;
  email?: string;
  avatar?: string;
  useragent?: string;
  initiated?: boolean;
  active?: boolean;
  last_page?: { page_title?: string; page_url?: string };
  geolocation?: GeolocationRaw;
  timezone?: number;
  capabilities?: string[];
  locales?: string[];
}

export interface VisitorModel {
  websiteId: string;
  sessionId: string;
  inboxId?: string;
  nickname?: string;
  email?: string;
  avatar?: string;
  useragent?: string;
  initiated?: boolean;
  active?: boolean;
  lastPage?: { title?: string; url?: string };
  geolocation?: GeolocationModel;
  timezone?: number;
  capabilities: string[];
  locales: string[];
}

export interface VisitorCountModel {
  count: number;
  active: number;
  /** True when the plan caps the count. */
  limited: boolean;
}

const toVisitor = (websiteId: string, raw: VisitorRaw): VisitorModel => ({
  websiteId,
  sessionId: raw.session_id,
  inboxId: raw.inbox_id ?? undefined,
  nickname: raw.nickname,
  email: raw.email,
  avatar: raw.avatar,
  useragent: raw.useragent,
  initiated: raw.initiated,
  active: raw.active,
  lastPage: raw.last_page && { title: raw.last_page.page_title, url: raw.last_page.page_url },
  geolocation: toGeolocation(raw.geolocation),
  timezone: raw.timezone,
  capabilities: raw.capabilities ?? [],
  locales: raw.locales ?? [],
});

/** GET /website/{website_id}/visitors/count */
export async function countVisitors(
  crisp: CrispClient,
  websiteId: string,
): Promise<VisitorCountModel> {
  const raw = await crisp.get<{ count?: number; active?: number; limited?: boolean }>(
    route`/website/${websiteId}/visitors/count`,
  );
  return { count: raw.count ?? 0, active: raw.active ?? 0, limited: raw.limited ?? false };
}

/** GET /website/{website_id}/visitors/list/{page_number} */
export async function listVisitors(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<VisitorModel[]> {
  const raw = await crisp.get<VisitorRaw[]>(route`/website/${websiteId}/visitors/list/${page}`);
  return raw.map((v) => toVisitor(websiteId, v));
}

/** GET /website/{website_id}/visitors/token/{token_id} → the session the chatbox token continues. */
export async function getSessionIdentifierFromToken(
  crisp: CrispClient,
  websiteId: string,
  tokenId: string,
): Promise<string> {
  const raw = await crisp.get<{ session_id: string }>(
    route`/website/${websiteId}/visitors/token/${tokenId}`,
  );
  return raw.session_id;
}
