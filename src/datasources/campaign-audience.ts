import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { date, text } from './crisp-values.ts';

/** Catalogue `WebsiteCampaignRecipient`. */
export interface CampaignRecipientRaw {
  people_id?: string;
  email?: string;
  person?: { nickname?: string; avatar?: string };
  subscribed?: boolean;
}

/** Catalogue `WebsiteCampaignStatistic`. */
export interface CampaignStatisticRaw {
  type?: string;
  profile?: {
    people_id?: string;
    email?: string;
    person?: { nickname?: string; avatar?: string; geolocation?: { country?: string } };
  };
  data?: Record<string, unknown>;
  created_at?: number;
  updated_at?: number;
}

export interface CampaignRecipientModel {
  websiteId: string;
  peopleId: string | null;
  email: string | null;
  nickname: string | null;
  avatar: string | null;
  isSubscribed: boolean | null;
}

export interface CampaignStatisticModel extends CampaignRecipientModel {
  action: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date | null;
}

const toRecipient = (websiteId: string, raw: CampaignRecipientRaw): CampaignRecipientModel => ({
  websiteId,
  peopleId: text(raw.people_id)?.toLowerCase() ?? null,
  email: text(raw.email),
  nickname: text(raw.person?.nickname),
  avatar: text(raw.person?.avatar),
  isSubscribed: typeof raw.subscribed === 'boolean' ? raw.subscribed : null,
});

/** GET /website/{website_id}/campaign/{campaign_id}/recipients/{page_number} */
export async function listCampaignRecipients(
  crisp: CrispClient,
  websiteId: string,
  campaignId: string,
  page: number,
) {
  const path = route`/website/${websiteId}/campaign/${campaignId}/recipients/${page}`;
  const rows = await crisp.get<CampaignRecipientRaw[]>(path);
  return (Array.isArray(rows) ? rows : []).map((r) => toRecipient(websiteId, r));
}

/** GET /website/{website_id}/campaign/{campaign_id}/statistics/{action}/{page_number} */
export async function listCampaignStatistics(
  crisp: CrispClient,
  websiteId: string,
  campaignId: string,
  action: string,
  page: number,
): Promise<CampaignStatisticModel[]> {
  const path = route`/website/${websiteId}/campaign/${campaignId}/statistics/${action}/${page}`;
  const rows = await crisp.get<CampaignStatisticRaw[]>(path);
  return (Array.isArray(rows) ? rows : []).map((r) => ({
    ...toRecipient(websiteId, r.profile ?? {}),
    isSubscribed: null,
    action: text(r.type),
    data: r.data && typeof r.data === 'object' ? r.data : null,
    createdAt: date(r.created_at),
  }));
}
