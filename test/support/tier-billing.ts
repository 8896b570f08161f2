/**
 * The tier table's samples for campaign, plugin and plan fields (test/tier.e2e.test.ts): each
 * names the first seeded website, and a campaign or plugin no website has, for which Crisp
 * still answers a user token's call (404).
 */
const MISSING = '0b5e8d3c-1f2a-4c6d-8e9f-a0b1c2d3e4f5';

type Sample = (s: { websiteId: string }) => Record<string, unknown>;

export const billingInputs: Record<string, Sample> = {
  pluginSubscriptions: () => ({}),
  planSubscriptions: () => ({}),
  subscribePlugin: (s) => ({ websiteId: s.websiteId, pluginId: MISSING }),
  unsubscribePlugin: (s) => ({ websiteId: s.websiteId, pluginId: MISSING }),
  subscribePlan: (s) => ({ websiteId: s.websiteId, planId: 'no-such-plan' }),
  unsubscribePlan: (s) => ({ websiteId: s.websiteId }),
  changePlanBillPeriod: (s) => ({ websiteId: s.websiteId, period: 'YEARLY' }),
  redeemPlanCoupon: (s) => ({ websiteId: s.websiteId, code: 'NO-SUCH-COUPON' }),
  createCampaign: (s) => ({ websiteId: s.websiteId, type: 'one-shot', name: 'Tier' }),
  ...Object.fromEntries(
    [
      'saveCampaign',
      'updateCampaign',
      'removeCampaign',
      'dispatchCampaign',
      'pauseCampaign',
      'resumeCampaign',
      'testCampaign',
    ].map((name) => [
      name,
      (s: { websiteId: string }) => ({ websiteId: s.websiteId, campaignId: MISSING }),
    ]),
  ),
};
