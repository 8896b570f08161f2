import * as datasource from '../datasources/campaign-template.ts';
import {
  type CampaignTemplateModel,
  type CampaignTemplateParent,
  templateKey,
} from '../datasources/campaign-template.ts';
import type { GatewayContext } from '../request/context.ts';
import { campaignTemplateRef } from '../request/node-id.ts';
import { parentField } from './parent-field.ts';
import { websiteIdOrDefault, writeTarget } from './website.ts';
import { websiteResource } from './website-resource.ts';

/** The website's templates (`Website.campaignTemplates`), one template, lookup and check. */
export const {
  list: templates,
  get: template,
  lookup,
  exists,
} = websiteResource({
  name: 'Website.campaignTemplates',
  ref: campaignTemplateRef,
  idOf: (t: CampaignTemplateModel) => t.templateId,
  loader: (ctx) => ctx.loaders.campaignTemplate,
  list: datasource.listCampaignTemplates,
  check: datasource.checkCampaignTemplateExists,
});

/** One field: from the parent when it holds it (a list row lacks `content`), else a read. */
export async function field<K extends keyof CampaignTemplateModel>(
  ctx: GatewayContext,
  t: CampaignTemplateParent,
  key: K,
): Promise<CampaignTemplateModel[K] | null> {
  return (await parentField(t, key, () => template(ctx, t.websiteId, t.templateId))) ?? null;
}

export interface TemplateTarget {
  websiteId?: string | null;
  templateId: string;
}

function target(ctx: GatewayContext, input: TemplateTarget) {
  const t = writeTarget(
    ctx,
    campaignTemplateRef,
    input.templateId,
    'input.templateId',
    input.websiteId,
  );
  return { websiteId: t.websiteId, templateId: t.id };
}

export interface CreateTemplateInput {
  websiteId?: string | null;
  format: string;
  name: string;
}

export async function create(ctx: GatewayContext, input: CreateTemplateInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const templateId = await datasource.createNewCampaignTemplate(ctx.crisp, websiteId, {
    format: input.format,
    name: input.name,
  });
  return { websiteId, templateId };
}

export type WriteTemplateInput = TemplateTarget & {
  type?: string | null;
  name?: string | null;
  format?: string | null;
  content?: string | null;
};

/** Saves (replaces) or updates (changes what is given) the template; its key, no read-back. */
export async function write(ctx: GatewayContext, input: WriteTemplateInput, replace: boolean) {
  const { websiteId, templateId } = target(ctx, input);
  const { type, name, format, content } = input;
  const body = { type, name, format, content };
  if (replace) await datasource.saveCampaignTemplate(ctx.crisp, websiteId, templateId, body);
  else await datasource.updateCampaignTemplate(ctx.crisp, websiteId, templateId, body);
  ctx.loaders.campaignTemplate.clear(templateKey(websiteId, templateId));
  return { websiteId, templateId };
}

export async function remove(ctx: GatewayContext, input: TemplateTarget) {
  const { websiteId, templateId } = target(ctx, input);
  await datasource.removeCampaignTemplate(ctx.crisp, websiteId, templateId);
  return { websiteId, id: templateId };
}
