import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `PeopleCampaign`: a campaign as one contact received it. */
interface PeopleCampaignRaw {
  campaign_id: string;
  type?: string;
  name?: string;
  created_at?: number;
  updated_at?: number;
  dispatched_at?: number;
  occurred_at?: number;
  statistics?: string[];
}

export interface PersonCampaignModel {
  websiteId: string;
  campaignId: string;
  type: string | null;
  name: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  dispatchedAt: Date | null;
  occurredAt: Date | null;
  /** What the contact did with it, as Crisp names it (`delivered`, `opened`, `clicked`…). */
  statistics: string[];
}

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : null);

export const toPersonCampaign = (
  websiteId: string,
  raw: PeopleCampaignRaw,
): PersonCampaignModel => ({
  websiteId,
  campaignId: raw.campaign_id.toLowerCase(),
  type: raw.type ?? null,
  name: raw.name ?? null,
  createdAt: date(raw.created_at),
  updatedAt: date(raw.updated_at),
  dispatchedAt: date(raw.dispatched_at),
  occurredAt: date(raw.occurred_at),
  statistics: raw.statistics ?? [],
});

/** GET /website/{website_id}/people/campaigns/{people_id}/list/{page_number} */
export async function listPeopleCampaigns(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  page: number,
): Promise<PersonCampaignModel[]> {
  const raw = await crisp.get<PeopleCampaignRaw[]>(
    route`/website/${websiteId}/people/campaigns/${peopleId}/list/${page}`,
  );
  return raw.map((c) => toPersonCampaign(websiteId, c));
}
