import { z } from 'zod';
import type { CampaignModel, CampaignParent } from '../datasources/campaign.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { campaignRef } from '../request/node-id.ts';
import * as campaign from '../resolvers/campaign.ts';
import { builder } from './builder.ts';
import { CampaignAudience, CampaignRecipient, CampaignStatistic } from './campaign-audience.ts';
import { CampaignCounts, CampaignDeliverySettings, CampaignFlow } from './campaign-delivery.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Operator } from './operator.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

/** Campaigns: the node, its parts, and the website's campaign lists (user tokens only). */

const USER_ONLY = tierNote('website.campaign.get');

/** A field of the campaign: from the parent when it holds it, else one read of the campaign. */
const member = <K extends keyof CampaignModel>(key: K) => ({
  nullable: true as const,
  extensions: crispCalls({ calls: 1, loader: 'campaign', unlessLoaded: true }),
  resolve: (c: CampaignParent, _: unknown, ctx: GatewayContext) => campaign.field(ctx, c, key),
});

export const Campaign = builder.objectRef<CampaignParent>('Campaign');

builder.node(Campaign, {
  description: `${USER_ONLY}A marketing campaign of a website: a message sent to chosen contacts by email or in the chatbox.`,
  ...websiteNodeId<CampaignParent>(
    campaignRef,
    'campaignId',
    (ctx, websiteId, campaignId) => campaign.campaign(ctx, websiteId, campaignId),
    'Global id; pass it to `node(id:)` or to any input that names a campaign.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('campaignId', { description: "Crisp's campaign_id (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the campaign belongs to.',
      resolve: (c) => ({ id: c.websiteId }),
    }),
    name: t.string({ description: 'The campaign name; null when not set.', ...member('name') }),
    type: t.string({
      description:
        'The campaign kind, as Crisp names it (`one-shot`, `automated`): a string, as Crisp does not document the set. Null when not set.',
      ...member('type'),
    }),
    format: t.string({
      description: 'The format of the message (`markdown`, `html`…); null when not set.',
      ...member('format'),
    }),
    subject: t.string({
      description: 'The email subject; null when not set.',
      ...member('subject'),
    }),
    tag: t.string({ description: 'The tag that groups it; null when not set.', ...member('tag') }),
    message: t.string({
      description: 'The message body; null when not set.',
      ...member('message'),
    }),
    isReady: t.boolean({
      description: 'Whether it is fully configured and may be dispatched.',
      ...member('isReady'),
    }),
    isDispatched: t.boolean({
      description: 'Whether it was dispatched.',
      ...member('isDispatched'),
    }),
    isRunning: t.boolean({ description: 'Whether it is sending now.', ...member('isRunning') }),
    progress: t.int({ description: 'Dispatch progress, in percent.', ...member('progress') }),
    targetCount: t.int({
      description: 'How many recipients it targets.',
      ...member('targetCount'),
    }),
    reachedCount: t.int({
      description: 'How many recipients it reached so far.',
      ...member('reachedCount'),
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was created.',
      ...member('createdAt'),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed.',
      ...member('updatedAt'),
    }),
    dispatchedAt: t.field({
      type: 'DateTime',
      description: 'When it was dispatched; null before.',
      ...member('dispatchedAt'),
    }),
    sender: t.field({
      type: Operator,
      nullable: true,
      description: 'The operator it is sent as; null when not set.',
      extensions: member('senderUserId').extensions,
      resolve: (c, _, ctx) => campaign.sender(ctx, c),
    }),
    audience: t.field({
      type: CampaignAudience,
      description: 'Who it goes to.',
      ...member('audience'),
    }),
    flow: t.field({
      type: CampaignFlow,
      description: 'When an automated campaign goes out; null for a one-shot one.',
      ...member('flow'),
    }),
    delivery: t.field({
      type: CampaignDeliverySettings,
      description: 'How it is delivered.',
      ...member('options'),
    }),
    counts: t.field({
      type: CampaignCounts,
      description: 'How many recipients opened, clicked or unsubscribed.',
      ...member('statistics'),
    }),
    recipients: t.field({
      nullable: true,
      type: itemConnection(CampaignRecipient, {
        item: 'a recipient',
        items: 'recipients',
        order: 'in Crisp’s order',
      }),
      description: `The contacts it targets; null when they could not be read.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls }),
      args: pagingArgs(t.arg, 'recipients'),
      resolve: (c, args, ctx) => campaign.recipients(ctx, c, args),
    }),
    statistics: t.field({
      nullable: true,
      type: itemConnection(CampaignStatistic, {
        item: 'a statistic',
        items: 'statistics',
        order: 'in Crisp’s order',
      }),
      description: `What each recipient did, for one action; null when it could not be read.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls }),
      args: {
        ...pagingArgs(t.arg, 'statistics'),
        action: t.arg.string({
          required: true,
          description: 'The action to list, as Crisp names it, e.g. `opened` or `clicked`.',
          validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a Crisp action name'),
        }),
      },
      resolve: (c, args, ctx) => campaign.statistics(ctx, c, args),
    }),
  }),
});

const CampaignConnection = itemConnection(Campaign, {
  item: 'a campaign',
  items: 'campaigns',
  order: 'newest first',
});

builder.objectFields(Website, (t) => ({
  campaigns: t.field({
    nullable: true,
    type: CampaignConnection,
    description: `${USER_ONLY}The website’s campaigns, newest first; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: pagingArgs(t.arg, 'campaigns'),
    resolve: (w, args, ctx) => campaign.campaigns(ctx, w.id, args),
  }),
  campaign: t.field({
    nullable: true,
    type: Campaign,
    description: `${USER_ONLY}One campaign; null with a NOT_FOUND error when there is none.`,
    extensions: crispCalls({ calls: 1, loader: 'campaign', loaded: true }),
    args: {
      id: t.arg.id({
        required: true,
        description: "The campaign: its global id, or Crisp's campaign_id (on this website).",
      }),
    },
    resolve: (w, { id }, ctx) => campaign.lookup(ctx, w.id, id),
  }),
  campaignExists: t.boolean({
    nullable: true,
    description: `${USER_ONLY}Whether the campaign exists (\`HEAD /website/{website_id}/campaign/{campaign_id}\`).`,
    extensions: crispCalls({ calls: 1 }),
    args: {
      id: t.arg.id({
        required: true,
        description: "The campaign: its global id, or Crisp's campaign_id.",
      }),
    },
    resolve: (w, { id }, ctx) => campaign.exists(ctx, w.id, id),
  }),
  campaignTags: t.stringList({
    nullable: true,
    description: `${tierNote('website.campaign.tags.list')}The tags the website’s campaigns use; null when they could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => campaign.tags(ctx, w.id),
  }),
}));
