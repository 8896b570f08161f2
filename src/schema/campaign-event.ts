import { tiersNote } from '../datasources/crisp-tiers.ts';
import * as live from '../resolvers/campaign-event.ts';
import { unwrap } from '../resolvers/subscription.ts';
import type { CampaignEventModel } from '../rtm/campaign-event-models.ts';
import { rtmEventByName } from '../rtm/events.ts';
import { builder } from './builder.ts';
import { Campaign } from './campaign.ts';
import { eventFields } from './rtm-event.ts';

/** `campaignEvents`: a campaign's dispatch, as Crisp reports it live. */

export const CampaignEvent = builder.interfaceRef<CampaignEventModel>('CampaignEvent').implement({
  description:
    'A campaign’s sending progressed, finished, started or stopped: one type per Crisp `campaign:*` event.',
  resolveType: (e) => e.typename,
  fields: (t) => ({
    ...eventFields(t),
    campaign: t.field({
      type: Campaign,
      description:
        'The campaign, as its node, with what the event changed; its other fields read the campaign.',
      resolve: (e) => ({
        websiteId: e.websiteId,
        campaignId: e.campaignId,
        ...(e.progress !== undefined && { progress: e.progress }),
        ...(e.isRunning !== undefined && { isRunning: e.isRunning }),
      }),
    }),
  }),
});

builder.objectRef<CampaignEventModel>('CampaignProgressEvent').implement({
  description: '`campaign:progress`: the campaign’s sending progress, in percent.',
  interfaces: [CampaignEvent],
  fields: (t) => ({
    progress: t.int({ description: 'Percent sent.', resolve: (e) => e.progress ?? 0 }),
  }),
});

builder.objectRef<CampaignEventModel>('CampaignDispatchedEvent').implement({
  description: '`campaign:dispatched`: the campaign finished dispatching.',
  interfaces: [CampaignEvent],
});

builder.objectRef<CampaignEventModel>('CampaignRunningEvent').implement({
  description: '`campaign:running`: the campaign started or stopped sending.',
  interfaces: [CampaignEvent],
  fields: (t) => ({
    isRunning: t.boolean({
      description: 'Whether it is sending now.',
      resolve: (e) => e.isRunning ?? false,
    }),
  }),
});

builder.subscriptionField('campaignEvents', (t) =>
  t.field({
    type: CampaignEvent,
    nullable: true,
    description: `${tiersNote(rtmEventByName.get('campaign:progress')!.tiers)}A website’s campaigns as they are sent (\`campaign:progress\`, \`campaign:dispatched\`, \`campaign:running\`). With another token tier it fails with FORBIDDEN at subscribe time.`,
    args: {
      websiteId: t.arg.id({
        description:
          "The website: its id (or global id). Default: the gateway's website (CRISP_WEBSITE_ID).",
      }),
    },
    subscribe: (_, args, ctx) => live.campaignEvents(ctx, args),
    resolve: (e) => unwrap(e),
  }),
);
