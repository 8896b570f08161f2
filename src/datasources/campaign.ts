import { type CampaignDetailModel, toDetail } from './campaign-detail.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { bool, date, num, text } from './crisp-values.ts';
import { perKeyLoader, websiteKey } from './website-key.ts';
import { type NullableDeep, withoutNulls } from './without-nulls.ts';

/** Catalogue `WebsiteFilter`: one condition of a segment-style filter. */
export interface CampaignFilterRaw {
  model?: string;
  criterion?: string;
  operator?: string;
  query?: Record<string, unknown>;
}

/** Catalogue `WebsiteCampaignItem` (the list's `WebsiteCampaignExcerpt` holds its first keys). */
export interface CampaignRaw {
  campaign_id?: string;
  type?: string;
  format?: string;
  name?: string;
  subject?: string;
  tag?: string;
  ready?: boolean;
  dispatched?: boolean;
  running?: boolean;
  progress?: number;
  targets?: number;
  reached?: number;
  created_at?: number;
  updated_at?: number;
  dispatched_at?: number;
  sender?: { user_id?: string };
  recipients?: {
    type?: string;
    segments?: string[];
    people?: string[];
    filter?: CampaignFilterRaw[];
  };
  flow?: {
    launch_event?: string;
    assert_filter?: CampaignFilterRaw[];
    assert_delay?: number;
    deliver_once?: boolean;
    deliver_delay?: number;
  };
  message?: string;
  options?: {
    deliver_to_chatbox?: boolean;
    deliver_to_email?: boolean;
    sender_name_website?: boolean;
    sender_email_reply?: boolean;
    tracking?: boolean;
  };
  statistics?: { opened?: number; clicked?: number; unsubscribed?: number };
}

/** What save (PUT) and update (PATCH) write: catalogue `WebsiteCampaignItemWrite`. */
export type CampaignWriteRaw = Pick<
  CampaignRaw,
  | 'type'
  | 'format'
  | 'name'
  | 'subject'
  | 'tag'
  | 'sender'
  | 'recipients'
  | 'flow'
  | 'message'
  | 'options'
>;

/** What a list row holds (catalogue `WebsiteCampaignExcerpt`). */
export interface CampaignExcerptModel {
  type: string | null;
  format: string | null;
  name: string | null;
  subject: string | null;
  tag: string | null;
  isReady: boolean | null;
  isDispatched: boolean | null;
  isRunning: boolean | null;
  progress: number | null;
  targetCount: number | null;
  reachedCount: number | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  dispatchedAt: Date | null;
}

export interface CampaignModel extends CampaignExcerptModel, Partial<CampaignDetailModel> {
  websiteId: string;
  campaignId: string;
}

/** A campaign as a field gets it: its key alone (a write, `node(id:)`), a list row or a read. */
export type CampaignParent = Pick<CampaignModel, 'websiteId' | 'campaignId'> &
  Partial<CampaignModel>;

/** A campaign's loader key. */
export const campaignKey = websiteKey;

/** A list row, or a read (`isFull`): only a read holds the details' keys. */
export function toCampaign(websiteId: string, raw: CampaignRaw, isFull: boolean): CampaignModel {
  return {
    websiteId,
    campaignId: String(raw.campaign_id ?? '').toLowerCase(),
    type: text(raw.type),
    format: text(raw.format),
    name: text(raw.name),
    subject: text(raw.subject),
    tag: text(raw.tag),
    isReady: bool(raw.ready),
    isDispatched: bool(raw.dispatched),
    isRunning: bool(raw.running),
    progress: num(raw.progress),
    targetCount: num(raw.targets),
    reachedCount: num(raw.reached),
    createdAt: date(raw.created_at),
    updatedAt: date(raw.updated_at),
    dispatchedAt: date(raw.dispatched_at),
    ...(isFull && toDetail(websiteId, raw)),
  };
}

/** GET /website/{website_id}/campaigns/list/{page_number} */
export async function listCampaigns(crisp: CrispClient, websiteId: string, page: number) {
  const path = route`/website/${websiteId}/campaigns/list/${page}`;
  const rows = await crisp.get<CampaignRaw[]>(path);
  return (Array.isArray(rows) ? rows : []).map((r) => toCampaign(websiteId, r, false));
}

/** GET /website/{website_id}/campaigns/tags */
export async function listCampaignTags(crisp: CrispClient, websiteId: string) {
  const tags = await crisp.get<string[]>(route`/website/${websiteId}/campaigns/tags`);
  return Array.isArray(tags) ? tags.filter((t) => typeof t === 'string') : [];
}

/** GET /website/{website_id}/campaign/{campaign_id} */
export async function getCampaign(crisp: CrispClient, websiteId: string, campaignId: string) {
  const raw = await crisp.get<CampaignRaw>(route`/website/${websiteId}/campaign/${campaignId}`);
  return toCampaign(websiteId, { ...raw, campaign_id: campaignId }, true);
}

/** HEAD /website/{website_id}/campaign/{campaign_id} */
export const checkCampaignExists = (crisp: CrispClient, websiteId: string, campaignId: string) =>
  crisp.head(route`/website/${websiteId}/campaign/${campaignId}`);

/** POST /website/{website_id}/campaign: the new campaign's id. */
export async function createNewCampaign(
  crisp: CrispClient,
  websiteId: string,
  campaign: { type: string; name: string },
): Promise<string> {
  const path = route`/website/${websiteId}/campaign`;
  const created = await crisp.post<{ campaign_id?: string }>(path, campaign);
  return String(created?.campaign_id ?? '').toLowerCase();
}

/** PUT /website/{website_id}/campaign/{campaign_id}: replaces the campaign. */
export async function saveCampaign(
  crisp: CrispClient,
  websiteId: string,
  campaignId: string,
  campaign: NullableDeep<CampaignWriteRaw>,
) {
  const path = route`/website/${websiteId}/campaign/${campaignId}`;
  await crisp.put(path, withoutNulls<CampaignWriteRaw>(campaign));
}

/** PATCH /website/{website_id}/campaign/{campaign_id}: changes what is sent. */
export async function updateCampaign(
  crisp: CrispClient,
  websiteId: string,
  campaignId: string,
  campaign: NullableDeep<CampaignWriteRaw>,
) {
  const path = route`/website/${websiteId}/campaign/${campaignId}`;
  await crisp.patch(path, withoutNulls<CampaignWriteRaw>(campaign));
}

/** DELETE /website/{website_id}/campaign/{campaign_id} */
export async function removeCampaign(crisp: CrispClient, websiteId: string, campaignId: string) {
  await crisp.delete(route`/website/${websiteId}/campaign/${campaignId}`);
}

/** The campaign actions Crisp runs with an empty POST. */
export type CampaignAction = 'dispatch' | 'pause' | 'resume' | 'test';

/** POST /website/{website_id}/campaign/{campaign_id}/{dispatch,pause,resume,test} */
export async function runCampaignAction(
  crisp: CrispClient,
  websiteId: string,
  campaignId: string,
  action: CampaignAction,
) {
  if (action === 'dispatch')
    return void (await crisp.post(route`/website/${websiteId}/campaign/${campaignId}/dispatch`));
  if (action === 'pause')
    return void (await crisp.post(route`/website/${websiteId}/campaign/${campaignId}/pause`));
  if (action === 'resume')
    return void (await crisp.post(route`/website/${websiteId}/campaign/${campaignId}/resume`));
  await crisp.post(route`/website/${websiteId}/campaign/${campaignId}/test`);
}

export function createCampaignLoaders(crisp: CrispClient) {
  // Keyed by websiteKey(websiteId, campaignId): one read per campaign per request.
  return { campaign: perKeyLoader((websiteId, id) => getCampaign(crisp, websiteId, id)) };
}
