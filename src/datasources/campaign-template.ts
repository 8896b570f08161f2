import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { date, text } from './crisp-values.ts';
import { perKeyLoader, websiteKey } from './website-key.ts';
import { type NullableDeep, withoutNulls } from './without-nulls.ts';

/** Catalogue `WebsiteCampaignTemplateItem` (the list's excerpt lacks `content`). */
export interface CampaignTemplateRaw {
  template_id?: string;
  type?: string;
  name?: string;
  format?: string;
  content?: string;
  created_at?: number;
  updated_at?: number;
}

export interface CampaignTemplateModel {
  websiteId: string;
  templateId: string;
  type: string | null;
  name: string | null;
  format: string | null;
  /** Only on a read. */
  content?: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** A template as a field gets it: its key alone (a write, `node(id:)`), a list row or a read. */
export type CampaignTemplateParent = Pick<CampaignTemplateModel, 'websiteId' | 'templateId'> &
  Partial<CampaignTemplateModel>;

/** A template's loader key. */
export const templateKey = websiteKey;

const toTemplate = (
  websiteId: string,
  raw: CampaignTemplateRaw,
  isFull: boolean,
): CampaignTemplateModel => ({
  websiteId,
  templateId: String(raw.template_id ?? '').toLowerCase(),
  type: text(raw.type),
  name: text(raw.name),
  format: text(raw.format),
  ...(isFull && { content: text(raw.content) }),
  createdAt: date(raw.created_at),
  updatedAt: date(raw.updated_at),
});

/** GET /website/{website_id}/campaigns/templates/{page_number} */
export async function listCampaignTemplates(crisp: CrispClient, websiteId: string, page: number) {
  const path = route`/website/${websiteId}/campaigns/templates/${page}`;
  const rows = await crisp.get<CampaignTemplateRaw[]>(path);
  return (Array.isArray(rows) ? rows : []).map((r) => toTemplate(websiteId, r, false));
}

/** GET /website/{website_id}/campaigns/template/{template_id} */
export async function getCampaignTemplate(
  crisp: CrispClient,
  websiteId: string,
  templateId: string,
): Promise<CampaignTemplateModel> {
  const path = route`/website/${websiteId}/campaigns/template/${templateId}`;
  const raw = await crisp.get<CampaignTemplateRaw>(path);
  return toTemplate(websiteId, { ...raw, template_id: templateId }, true);
}

/** HEAD /website/{website_id}/campaigns/template/{template_id} */
export const checkCampaignTemplateExists = (
  crisp: CrispClient,
  websiteId: string,
  templateId: string,
) => crisp.head(route`/website/${websiteId}/campaigns/template/${templateId}`);

/** POST /website/{website_id}/campaigns/template: the new template's id. */
export async function createNewCampaignTemplate(
  crisp: CrispClient,
  websiteId: string,
  template: { format: string; name: string },
): Promise<string> {
  const path = route`/website/${websiteId}/campaigns/template`;
  const created = await crisp.post<{ template_id?: string }>(path, template);
  return String(created?.template_id ?? '').toLowerCase();
}

export type CampaignTemplateWriteRaw = Pick<
  CampaignTemplateRaw,
  'type' | 'name' | 'format' | 'content'
>;

/** PUT /website/{website_id}/campaigns/template/{template_id}: replaces the template. */
export async function saveCampaignTemplate(
  crisp: CrispClient,
  websiteId: string,
  templateId: string,
  template: NullableDeep<CampaignTemplateWriteRaw>,
) {
  const path = route`/website/${websiteId}/campaigns/template/${templateId}`;
  await crisp.put(path, withoutNulls<CampaignTemplateWriteRaw>(template));
}

/** PATCH /website/{website_id}/campaigns/template/{template_id}: changes what is sent. */
export async function updateCampaignTemplate(
  crisp: CrispClient,
  websiteId: string,
  templateId: string,
  template: NullableDeep<CampaignTemplateWriteRaw>,
) {
  const path = route`/website/${websiteId}/campaigns/template/${templateId}`;
  await crisp.patch(path, withoutNulls<CampaignTemplateWriteRaw>(template));
}

/** DELETE /website/{website_id}/campaigns/template/{template_id} */
export async function removeCampaignTemplate(
  crisp: CrispClient,
  websiteId: string,
  templateId: string,
) {
  await crisp.delete(route`/website/${websiteId}/campaigns/template/${templateId}`);
}

export function createCampaignTemplateLoaders(crisp: CrispClient) {
  // Keyed by websiteKey(websiteId, templateId): one read per template per request.
  return {
    campaignTemplate: perKeyLoader((websiteId, id) => getCampaignTemplate(crisp, websiteId, id)),
  };
}
