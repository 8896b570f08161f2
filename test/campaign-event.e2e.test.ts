import { test as base, describe, expect } from './support/fixtures.ts';
import { closeClients, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

const SECRET = 'campaign-hook-secret';

// Campaign events reach user tokens only; a user token's events come as web hooks here.
const userLive = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({
      CRISP_RTM_MODE: 'webhooks',
      CRISP_WEBHOOK_SECRET: SECRET,
      GATEWAY_CACHE: 'off',
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
    }),
});

const EVENTS = `subscription($w: ID) { campaignEvents(websiteId: $w) {
  __typename name
  campaign { id crispId progress isRunning }
  ... on CampaignProgressEvent { progress }
  ... on CampaignRunningEvent { isRunning }
} }`;

interface Received {
  campaignEvents: { __typename: string; campaign: { crispId: string; progress: number | null } };
}

describe('campaignEvents', () => {
  userLive(
    'dispatching a campaign streams running, progress, dispatched, then stopped',
    async ({ gateway, sandbox }) => {
      const websiteId = sandbox.seed.websiteIds[0]!;
      sandbox.addHook({ url: `${gateway.origin}/webhooks/crisp`, secret: SECRET });
      const created = await gateway.executeOk(
        `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { crispId } } }`,
        { i: { websiteId, type: 'one-shot', name: 'Live' } },
      );
      const campaignId = created.createCampaign.campaign.crispId;
      const sub = subscribeWs<Received>(gateway.url, EVENTS, { w: websiteId });
      try {
        await subscribed(gateway.gateway, websiteId);
        await gateway.executeOk(
          `mutation($i: DispatchCampaignInput!) { dispatchCampaign(input: $i) { userErrors { code } } }`,
          { i: { websiteId, campaignId } },
        );
        await waitFor(() => sub.data.length >= 4);
        expect(sub.data.map((d) => d.campaignEvents)).toEqual([
          expect.objectContaining({
            __typename: 'CampaignRunningEvent',
            name: 'CAMPAIGN_RUNNING',
            isRunning: true,
            campaign: expect.objectContaining({ crispId: campaignId, isRunning: true }),
          }),
          expect.objectContaining({
            __typename: 'CampaignProgressEvent',
            progress: 100,
            campaign: expect.objectContaining({
              id: `Campaign:${websiteId}:${campaignId}`,
              progress: 100,
            }),
          }),
          expect.objectContaining({
            __typename: 'CampaignDispatchedEvent',
            name: 'CAMPAIGN_DISPATCHED',
          }),
          expect.objectContaining({ __typename: 'CampaignRunningEvent', isRunning: false }),
        ]);
      } finally {
        sub.close();
        await closeClients();
      }
    },
  );

  base(
    'with a plugin token it fails with FORBIDDEN at subscribe time',
    async ({ gateway, sandbox }) => {
      const sub = subscribeWs<unknown>(gateway.url, EVENTS, { w: sandbox.seed.websiteIds[0]! });
      try {
        await sub.done;
        expect(sub.results[0]!.errors?.[0]).toMatchObject({
          extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
        });
      } finally {
        sub.close();
        await closeClients();
      }
    },
  );
});
