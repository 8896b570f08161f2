import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/campaign.ts';
import {
  type CampaignAction,
  type CampaignModel,
  type CampaignParent,
  type CampaignWriteRaw,
  campaignKey,
} from '../datasources/campaign.ts';
import * as audience from '../datasources/campaign-audience.ts';
import type { NullableDeep } from '../datasources/without-nulls.ts';
import type { GatewayContext } from '../request/context.ts';
import { campaignRef, operatorRef, personRef } from '../request/node-id.ts';
import { pageConnection } from './page-connection.ts';
import { parentField } from './parent-field.ts';
import { websiteIdOrDefault, writeTarget } from './website.ts';
import { websiteResource } from './website-resource.ts';

/** The website's campaigns (`Website.campaigns`), one campaign, its lookup and existence check. */
export const {
  list: campaigns,
  get: campaign,
  lookup,
  exists,
} = websiteResource({
  name: 'Website.campaigns',
  ref: campaignRef,
  idOf: (c: CampaignModel) => c.campaignId,
  loader: (ctx) => ctx.loaders.campaign,
  list: datasource.listCampaigns,
  check: datasource.checkCampaignExists,
});

export const tags = (ctx: GatewayContext, websiteId: string) =>
  datasource.listCampaignTags(ctx.crisp, websiteId);

/**
 * One field of a campaign: from the parent when it holds it (a list row holds the excerpt, a
 * read everything, an event what it changed), else from the campaign's read.
 */
export async function field<K extends keyof CampaignModel>(
  ctx: GatewayContext,
  c: CampaignParent,
  key: K,
): Promise<CampaignModel[K] | null> {
  return (await parentField(c, key, () => campaign(ctx, c.websiteId, c.campaignId))) ?? null;
}

export async function sender(ctx: GatewayContext, c: CampaignParent) {
  const userId = await field(ctx, c, 'senderUserId');
  return userId ? { websiteId: c.websiteId, userId } : null;
}

export const recipients = (
  ctx: GatewayContext,
  c: CampaignParent,
  args: DefaultConnectionArguments,
) =>
  pageConnection(
    args,
    (page) => audience.listCampaignRecipients(ctx.crisp, c.websiteId, c.campaignId, page),
    {
      name: 'Campaign.recipients',
      parentId: campaignKey(c.websiteId, c.campaignId),
      idOf: (r) => r.peopleId ?? r.email ?? '',
    },
  );

export const statistics = (
  ctx: GatewayContext,
  c: CampaignParent,
  { action, ...args }: DefaultConnectionArguments & { action: string },
) =>
  pageConnection(
    // The action is part of the cursor: a cursor of another action is refused.
    { ...args, action } as DefaultConnectionArguments,
    (page) => audience.listCampaignStatistics(ctx.crisp, c.websiteId, c.campaignId, action, page),
    {
      name: 'Campaign.statistics',
      parentId: campaignKey(c.websiteId, c.campaignId),
      idOf: (s) => `${s.peopleId ?? s.email ?? ''}:${s.createdAt?.getTime() ?? ''}`,
    },
  );

/** Which campaign a mutation acts on: its global id, or a raw campaign_id of `websiteId`. */
export interface CampaignTarget {
  websiteId?: string | null;
  campaignId: string;
}

function target(ctx: GatewayContext, input: CampaignTarget) {
  const t = writeTarget(ctx, campaignRef, input.campaignId, 'input.campaignId', input.websiteId);
  return { websiteId: t.websiteId, campaignId: t.id };
}

export interface CreateCampaignInput {
  websiteId?: string | null;
  type: string;
  name: string;
}

/** Creates the campaign; the campaign with what the write set, no read-back. */
export async function create(ctx: GatewayContext, input: CreateCampaignInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const campaignId = await datasource.createNewCampaign(ctx.crisp, websiteId, {
    type: input.type,
    name: input.name,
  });
  return { websiteId, campaignId };
}

/** A filter condition as an input gives it. */
export interface CampaignFilterInput {
  model?: string | null;
  criterion: string;
  operator: string;
  query?: object | null;
}

const toFilters = (list: CampaignFilterInput[] | null | undefined) =>
  list?.map((f) => ({
    ...f,
    model: f.model ?? 'people',
    query: f.query as Record<string, unknown> | null | undefined,
  }));

/** The campaign fields an input may write, as the input names them. */
export interface CampaignFields {
  type?: string | null;
  format?: string | null;
  name?: string | null;
  subject?: string | null;
  tag?: string | null;
  message?: string | null;
  senderId?: string | null;
  audience?: {
    type?: string | null;
    segments?: string[] | null;
    personIds?: string[] | null;
    filter?: CampaignFilterInput[] | null;
  } | null;
  flow?: {
    launchEvent?: string | null;
    assertFilter?: CampaignFilterInput[] | null;
    assertDelay?: number | null;
    isDeliveredOnce?: boolean | null;
    deliverDelay?: number | null;
  } | null;
  delivery?: {
    deliverToChatbox?: boolean | null;
    deliverToEmail?: boolean | null;
    senderNameWebsite?: boolean | null;
    senderEmailReply?: boolean | null;
    tracking?: boolean | null;
  } | null;
}

/** The write body: ids given as global or raw ids are checked against the campaign's website. */
function toWrite(websiteId: string, f: CampaignFields): NullableDeep<CampaignWriteRaw> {
  const { audience: a, flow, delivery: o } = f;
  return {
    type: f.type,
    format: f.format,
    name: f.name,
    subject: f.subject,
    tag: f.tag,
    message: f.message,
    sender: f.senderId
      ? { user_id: operatorRef.fromInput(f.senderId, 'input.senderId', [websiteId])[1] }
      : undefined,
    recipients: a && {
      type: a.type,
      segments: a.segments,
      people: a.personIds?.map(
        (id, i) => personRef.fromInput(id, `input.audience.personIds.${i}`, [websiteId])[1],
      ),
      filter: toFilters(a.filter),
    },
    flow: flow && {
      launch_event: flow.launchEvent,
      assert_filter: toFilters(flow.assertFilter),
      assert_delay: flow.assertDelay,
      deliver_once: flow.isDeliveredOnce,
      deliver_delay: flow.deliverDelay,
    },
    options: o && {
      deliver_to_chatbox: o.deliverToChatbox,
      deliver_to_email: o.deliverToEmail,
      sender_name_website: o.senderNameWebsite,
      sender_email_reply: o.senderEmailReply,
      tracking: o.tracking,
    },
  };
}

export type WriteCampaignInput = CampaignTarget & CampaignFields;

/** Saves (replaces) or updates (changes what is given) the campaign; its key, no read-back. */
export async function write(ctx: GatewayContext, input: WriteCampaignInput, replace: boolean) {
  const { websiteId, campaignId } = target(ctx, input);
  const body = toWrite(websiteId, input);
  if (replace) await datasource.saveCampaign(ctx.crisp, websiteId, campaignId, body);
  else await datasource.updateCampaign(ctx.crisp, websiteId, campaignId, body);
  ctx.loaders.campaign.clear(campaignKey(websiteId, campaignId));
  return { websiteId, campaignId };
}

export async function remove(ctx: GatewayContext, input: CampaignTarget) {
  const { websiteId, campaignId } = target(ctx, input);
  await datasource.removeCampaign(ctx.crisp, websiteId, campaignId);
  return { websiteId, id: campaignId };
}

/** Dispatches, pauses, resumes or test-sends the campaign; its key. */
export async function run(ctx: GatewayContext, input: CampaignTarget, action: CampaignAction) {
  const { websiteId, campaignId } = target(ctx, input);
  await datasource.runCampaignAction(ctx.crisp, websiteId, campaignId, action);
  ctx.loaders.campaign.clear(campaignKey(websiteId, campaignId));
  return { websiteId, campaignId };
}
