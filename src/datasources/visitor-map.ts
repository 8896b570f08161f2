import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { type GeolocationModel, type GeolocationRaw, toGeolocation } from './people.ts';

/** Where the website's visitors are (`Pinpoint Visitors On A Map`), and its blocked visitors. */

interface VisitorsMapPointRaw {
  visitors?: { count?: number; threshold?: number; sessions?: { session_id: string }[] };
  geolocation?: GeolocationRaw;
}

export interface VisitorMapPointModel {
  websiteId: string;
  count: number;
  /** Above this many visitors, Crisp lists no sessions for the point. */
  threshold: number | null;
  sessionIds: string[];
  geolocation?: GeolocationModel;
}

/** The area to zoom on; without it, the whole world in clusters. */
export interface MapArea {
  latitude: number;
  longitude: number;
  radius: number;
}

/** GET /website/{website_id}/visitors/map */
export async function pinpointVisitorsOnMap(
  crisp: CrispClient,
  websiteId: string,
  area?: MapArea,
): Promise<VisitorMapPointModel[]> {
  const query = area && {
    center_latitude: area.latitude,
    center_longitude: area.longitude,
    center_radius: area.radius,
  };
  const raw = await crisp.get<VisitorsMapPointRaw[]>(
    route`/website/${websiteId}/visitors/map`,
    query,
  );
  return raw.map((p) => ({
    websiteId,
    count: p.visitors?.count ?? 0,
    threshold: p.visitors?.threshold ?? null,
    sessionIds: (p.visitors?.sessions ?? []).map((s) => s.session_id),
    geolocation: toGeolocation(p.geolocation),
  }));
}

/** Catalogue `VisitorsBlocked`: how many visitors one block rule stopped. */
interface VisitorsBlockedRaw {
  rule?: string[];
  blocked?: number;
}

export interface BlockedVisitorsModel {
  rule: string[];
  blocked: number;
}

const toBlocked = (raw: VisitorsBlockedRaw): BlockedVisitorsModel => ({
  rule: raw.rule ?? [],
  blocked: raw.blocked ?? 0,
});

/** GET /website/{website_id}/visitors/blocked — one row per rule (the Node client types one object). */
export async function countBlockedVisitors(
  crisp: CrispClient,
  websiteId: string,
): Promise<BlockedVisitorsModel[]> {
  const raw = await crisp.get<VisitorsBlockedRaw[]>(route`/website/${websiteId}/visitors/blocked`);
  return raw.map(toBlocked);
}

/** GET /website/{website_id}/visitors/blocked/{rule} */
export async function countBlockedVisitorsInRule(
  crisp: CrispClient,
  websiteId: string,
  rule: string,
): Promise<BlockedVisitorsModel> {
  return toBlocked(
    await crisp.get<VisitorsBlockedRaw>(route`/website/${websiteId}/visitors/blocked/${rule}`),
  );
}

/** DELETE /website/{website_id}/visitors/blocked/{rule} — resets the rule's counter. */
export async function clearBlockedVisitorsInRule(
  crisp: CrispClient,
  websiteId: string,
  rule: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/visitors/blocked/${rule}`);
}
