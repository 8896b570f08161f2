import { Crisp } from 'crisp-api';
import { createSandbox, type Sandbox, type Tier } from 'crisp-sandbox';
import { test as base, expect } from 'vitest';

/**
 * Tests of the official Node client (`crisp-api`) against a strict sandbox of their own: `crisp`
 * is the client on the sandbox's token; `succeeded` gathers the catalogue ids answered with a
 * success over every sandbox of the file, for its coverage test.
 */
interface Fixtures {
  tier: Tier;
  sandbox: Sandbox;
  crisp: Crisp;
  websiteId: string;
}

export const test = base.extend<Fixtures>({
  tier: 'plugin',
  sandbox: async ({ tier }, use) => {
    const sandbox = await createSandbox({ strict: true, tier });
    await use(sandbox);
    await sandbox.close();
    expect(sandbox.violations).toEqual([]);
    expect(sandbox.calls.filter((c) => c.id === 'unknown')).toEqual([]);
    for (const call of sandbox.calls) if (call.status < 400) succeeded.add(call.id);
  },
  crisp: async ({ sandbox }, use) => {
    const crisp = new Crisp();
    // The client appends `/v1/` to the host itself.
    crisp.setRestHost(sandbox.origin);
    crisp.authenticateTier(sandbox.token.tier, sandbox.token.identifier, sandbox.token.key);
    await use(crisp);
  },
  websiteId: async ({ sandbox }, use) => use(sandbox.seed.websiteIds[0]!),
});

export const userTest = test.extend<{ tier: Tier }>({ tier: 'user' });

/** Catalogue ids answered with a success, over every sandbox of this file. */
export const succeeded = new Set<string>();
