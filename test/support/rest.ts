import type { Sandbox } from 'crisp-sandbox';
import { test as base } from './fixtures.ts';

/** The tier table's samples for the campaign, plugin and plan fields (tier.e2e.test.ts). */

// Every test counts the REST calls its query plans: the live RTM feed, which reads its endpoints,
// is off, and so is the read cache, which would answer a repeated read without a call.
export const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'off' } });

// Crisp opens the batch routes to user tokens only; the website defaults to the first seeded one.
export const userTest = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({
      CRISP_RTM_MODE: 'off',
      GATEWAY_CACHE: 'off',
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
    }),
});

/** The REST calls the sandbox saw for one route of the catalogue, e.g. `website.people.get_profile`. */
export const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);
