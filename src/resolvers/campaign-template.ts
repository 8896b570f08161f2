import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/campaign-template.ts';
import {
  type CampaignTemplateModel,
  type CampaignTemplateParent,
  templateKey,
} from '../datasources/campaign-template.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { campaignTemplateRef } from '../request/node-id.ts';
import { pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

export const templates = (
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
) =>
  pageConnection(args, (page) => datasource.listCampaignTemplates(ctx.crisp, websiteId, page), {
    name: 'Website.campaignTemplates',
    parentId: websiteId,
    idOf: (t) => t.templateId,
  });

export const template = (ctx: GatewayContext, websiteId: string, templateId: string) =>
  ctx.loaders.campaignTemplate.load(templateKey(websiteId, templateId));

/** `Website.campaignTemplate(id:)`: a global CampaignTemplate id or a raw template_id. */
export function lookup(ctx: GatewayContext, websiteId: string, id: string) {
  const [, templateId] = campaignTemplateRef.fromInput(id, 'id', [websiteId]);
  return template(ctx, websiteId, templateId);
}

export function exists(ctx: GatewayContext, websiteId: string, id: string) {
  const [, templateId] = campaignTemplateRef.fromInput(id, 'id', [websiteId]);
  return datasource.checkCampaignTemplateExists(ctx.crisp, websiteId, templateId);
}

/** One field: from the parent when it holds it (a list row lacks `content`), else a read. */
export async function field<K extends keyof CampaignTemplateModel>(
  ctx: GatewayContext,
  t: CampaignTemplateParent,
  key: K,
): Promise<CampaignTemplateModel[K] | null> {
  const model =
    key in t ? (t as CampaignTemplateModel) : await template(ctx, t.websiteId, t.templateId);
  return model[key] ?? null;
}

export interface TemplateTarget {
  websiteId?: string | null;
  templateId: string;
}

function target(ctx: GatewayContext, input: TemplateTarget) {
  const [websiteId, templateId] = campaignTemplateRef.fromInput(
    input.templateId,
    'input.templateId',
    [input.websiteId],
    [ctx.defaultWebsiteId],
  );
  return { websiteId: assertWebsite(ctx, websiteId, 'write'), templateId };
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
  return { websiteId, templateId };
}
