import type { Sandbox } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';
import { callsOf, test, userTest } from './support/rest.ts';

const idOf = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;

describe('identity verification', () => {
  const Read = `query($w: ID) { website(id: $w) { verifySettings { isEnabled } verifySecret } }`;

  test('settings and secret are read, written and rolled', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    const before = await gateway.executeOk(Read, { w: websiteId });
    expect(before.website.verifySettings).toEqual({ isEnabled: false });
    expect(before.website.verifySecret).toMatch(/^[0-9a-f]{64}$/);
    expect(callsOf(sandbox, 'website.verify.get_key')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/verify/key` },
    ]);

    const updated = await gateway.executeOk(
      `mutation($i: UpdateVerifySettingsInput!) { updateVerifySettings(input: $i) { verifySettings { isEnabled } userErrors { code } } }`,
      { i: { websiteId, isEnabled: true } },
    );
    expect(updated.updateVerifySettings).toEqual({
      verifySettings: { isEnabled: true },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.verify.update_settings')).toMatchObject([
      { method: 'PATCH', path: `/website/${websiteId}/verify/settings`, body: { enabled: true } },
    ]);

    const rolled = await gateway.executeOk(
      `mutation($i: RollVerifyKeyInput!) { rollVerifyKey(input: $i) { website { verifySecret verifySettings { isEnabled } } userErrors { code } } }`,
      { i: { websiteId } },
    );
    expect(callsOf(sandbox, 'website.verify.roll_key')).toMatchObject([
      { method: 'POST', path: `/website/${websiteId}/verify/key` },
    ]);
    const { website } = rolled.rollVerifyKey;
    expect(website.verifySettings).toEqual({ isEnabled: true });
    expect(website.verifySecret).toMatch(/^[0-9a-f]{64}$/);
    expect(website.verifySecret).not.toBe(before.website.verifySecret);
  });

  const cached = base.extend({
    gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'on' },
  });

  cached('the secret is never served from the read cache', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    await gateway.executeOk(Read, { w: websiteId });
    await gateway.executeOk(Read, { w: websiteId });
    expect(callsOf(sandbox, 'website.verify.get_key')).toHaveLength(2);
  });
});

describe('website deletion, analytics and connect endpoints', () => {
  userTest('abortWebsiteDeletion cancels a scheduled deletion', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    const record = sandbox.seed.websites[0]!;
    record.deletionScheduledAt = Date.now();
    const data = await gateway.executeOk(
      `mutation($i: AbortWebsiteDeletionInput!) { abortWebsiteDeletion(input: $i) { website { id } userErrors { code } } }`,
      { i: { websiteId } },
    );
    expect(data.abortWebsiteDeletion).toEqual({
      website: { id: `Website:${websiteId}` },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.base.abort_deletion')).toMatchObject([
      { method: 'DELETE', path: `/website/${websiteId}/expunge` },
    ]);
    expect(record.deletionScheduledAt).toBeUndefined();
  });

  const Analytics = `query($w: ID, $q: AnalyticsQueryInput!) { website(id: $w) { analytics(query: $q) { period value hits } } }`;

  userTest(
    'analytics sends the query as a POST body and returns the series',
    async ({ gateway, sandbox }) => {
      const websiteId = idOf(sandbox);
      const created = [...sandbox.seed.websites[0]!.conversations.values()].map(
        (r) => r.conversation.created_at as number,
      );
      const from = new Date(Math.min(...created) - 1000).toISOString();
      const to = new Date(Math.max(...created) + 1000).toISOString();
      const data = await gateway.executeOk(Analytics, {
        w: websiteId,
        q: { metric: 'conversation', type: 'new', from, to, split: 'day', timezone: 'UTC' },
      });
      expect(callsOf(sandbox, 'website.analytics.generate')).toMatchObject([
        {
          method: 'POST',
          path: `/website/${websiteId}/analytics/generate`,
          body: {
            metric: 'conversation',
            type: 'new',
            date: { from, to, split: 'day', timezone: 'UTC' },
          },
        },
      ]);
      const total = data.website.analytics.reduce(
        (n: number, p: { value: number }) => n + p.value,
        0,
      );
      expect(total).toBe(created.length);
    },
  );

  userTest(
    'an analytics period ending before it starts costs no call',
    async ({ gateway, sandbox }) => {
      const res = await gateway.execute(Analytics, {
        w: idOf(sandbox),
        q: {
          metric: 'conversation',
          type: 'new',
          from: '2026-02-01T00:00:00Z',
          to: '2026-01-01T00:00:00Z',
          split: 'day',
          timezone: 'UTC',
        },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(sandbox.calls).toEqual([]);
    },
  );

  const websiteTier = base.extend({
    sandboxOptions: { tier: 'website' as const },
    gatewayEnv: async ({ sandbox }, use) =>
      use({ CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'off', CRISP_WEBSITE_ID: idOf(sandbox) }),
  });

  websiteTier('a website token reads its connect endpoints', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { connectEndpoints { socket { app } rescue { app } } } }`,
      { w: websiteId },
    );
    expect(callsOf(sandbox, 'website.connect.get_endpoints')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/connect/endpoints` },
    ]);
    expect(data.website.connectEndpoints.socket.app).toBe(sandbox.rtmUrl);
  });
});
