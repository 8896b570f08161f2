import type { Sandbox } from 'crisp-sandbox';
import { describe } from 'vitest';
import { test } from './support/fixtures.ts';

const firstWebsiteId = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;

describe('create and delete (user token)', () => {
  // User tokens do not reach the RTM relay through plugin discovery; live events play no part here.
  const userTest = test.extend({
    sandboxOptions: { tier: 'user' as const },
    gatewayEnv: { CRISP_RTM_MODE: 'off' },
  });
  const CreateWebsite = /* GraphQL */ `
    mutation CreateWebsite($input: CreateWebsiteInput!) {
      createWebsite(input: $input) {
        website { id crispId name domain }
        userErrors { code message field }
      }
    }`;
  const DeleteWebsite = /* GraphQL */ `
    mutation DeleteWebsite($input: DeleteWebsiteInput!) {
      deleteWebsite(input: $input) {
        removedWebsiteId
        userErrors { code field }
      }
    }`;

  userTest(
    'createWebsite posts name and domain and returns the website',
    async ({ gateway, sandbox, expect }) => {
      const data = await gateway.executeOk(CreateWebsite, {
        input: { name: ' Hooli ', domain: 'Hooli.example' },
      });
      expect(data.createWebsite).toMatchObject({
        website: { name: 'Hooli', domain: 'hooli.example' },
        userErrors: [],
      });
      expect(sandbox.calls.map((c) => [c.method, c.path, c.body])).toEqual([
        ['POST', '/website', { name: 'Hooli', domain: 'hooli.example' }],
      ]);
      const { id, crispId } = data.createWebsite.website;
      expect(sandbox.seed.websiteIds).toContain(crispId);
      expect(id).toBe(`Website:${crispId}`);
    },
  );

  userTest(
    'createWebsite with a bad domain is BAD_USER_INPUT in userErrors with no call',
    async ({ gateway, sandbox, expect }) => {
      const data = await gateway.executeOk(CreateWebsite, {
        input: { name: 'x', domain: 'http://x' },
      });
      expect(data.createWebsite).toMatchObject({
        website: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'domain'] }],
      });
      expect(sandbox.calls).toHaveLength(0);
    },
  );

  userTest(
    'deleteWebsite sends the password as a verify challenge',
    async ({ gateway, sandbox, expect }) => {
      const websiteId = firstWebsiteId(sandbox);
      const data = await gateway.executeOk(DeleteWebsite, {
        input: { websiteId, password: 'sandbox-password' },
      });
      expect(data.deleteWebsite).toEqual({
        removedWebsiteId: `Website:${websiteId}`,
        userErrors: [],
      });
      expect(sandbox.calls.map((c) => [c.method, c.path, c.body])).toEqual([
        [
          'DELETE',
          `/website/${websiteId}`,
          { verify: { method: 'password', secret: 'sandbox-password' } },
        ],
      ]);
      expect(sandbox.seed.website(websiteId)?.deletionScheduledAt).toBeTypeOf('number');
    },
  );

  userTest(
    'a wrong password (a Crisp failure) lands in userErrors as FORBIDDEN',
    async ({ gateway, sandbox, expect }) => {
      const data = await gateway.executeOk(DeleteWebsite, {
        input: { websiteId: `Website:${firstWebsiteId(sandbox)}`, password: 'nope' },
      });
      expect(data.deleteWebsite).toEqual({
        removedWebsiteId: null,
        userErrors: [{ code: 'FORBIDDEN', field: null }],
      });
      expect(sandbox.calls.map((c) => [c.method, c.status])).toEqual([['DELETE', 403]]);
    },
  );

  test('a plugin token may not create websites: FORBIDDEN in userErrors', async ({
    gateway,
    expect,
  }) => {
    const data = await gateway.executeOk(CreateWebsite, {
      input: { name: 'Hooli', domain: 'hooli.example' },
    });
    expect(data.createWebsite).toMatchObject({
      website: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
  });
});
