import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test, userTest } from './support/rest.ts';

function seeded(sandbox: Sandbox) {
  const [websiteId, second] = sandbox.seed.websiteIds as [string, string];
  return { websiteId, second, pluginId: sandbox.seed.plugin.pluginId };
}

describe('the plugin root, with a plugin token', () => {
  test('plugin: account, session, endpoints, websites since, and its subscription on a website', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, pluginId } = seeded(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { plugin { id crispId isSessionValid endpoints { socketUrl }
        websitesSince(since: "2000-01-01T00:00:00Z", includePlan: true) { website { crispId } difference planName }
        subscription(websiteId: $w) { id name isActive since
          settings { values schema } usage { name units price } provenance { signed expiresAt } }
      } }`,
      { w: websiteId },
    );
    const p = data.plugin;
    expect(p).toMatchObject({ id: `Plugin:${pluginId}`, crispId: pluginId, isSessionValid: true });
    expect(p.endpoints.socketUrl).toMatch(/^(http|ws)/);
    expect(p.websitesSince.map((w: { website: { crispId: string } }) => w.website.crispId)).toEqual(
      [...sandbox.seed.plugin.installedAt.keys()],
    );
    expect(p.websitesSince[0]).toMatchObject({ difference: 'added', planName: 'Essentials' });
    expect(p.subscription).toMatchObject({
      id: `PluginSubscription:${websiteId}:${pluginId}`,
      name: 'Sandbox Helper',
      isActive: true,
      settings: { values: { notify_channel: '#support' }, schema: { type: 'object' } },
      usage: [],
    });
    expect(p.subscription.provenance.signed).toEqual(expect.any(String));
    expect(callsOf(sandbox, 'plugin.connect.account.get')).toMatchObject([
      { method: 'GET', path: '/plugin/connect/account' },
    ]);
    expect(callsOf(sandbox, 'plugin.connect.session.check')).toMatchObject([{ method: 'HEAD' }]);
    expect(callsOf(sandbox, 'plugin.connect.endpoints.get')).toHaveLength(1);
    expect(callsOf(sandbox, 'plugin.connect.websites.list_since')).toMatchObject([
      {
        query: {
          date_since: '2000-01-01T00:00:00.000Z',
          filter_configured: '0',
          include_plan: '1',
        },
      },
    ]);
    for (const [id, path] of [
      ['plugin.subscription.get', ''],
      ['plugin.subscription.settings.get', '/settings'],
      ['plugin.subscription.bill.usage.get', '/bill/usage'],
      ['plugin.subscription.attest.provenance.get', '/attest/provenance'],
    ] as const) {
      expect(callsOf(sandbox, id), id).toMatchObject([
        { method: 'GET', path: `/plugins/subscription/${websiteId}/${pluginId}${path}` },
      ]);
    }
  });

  test('node(id:) resolves the token’s own plugin and a plan reads through the website', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, pluginId } = seeded(sandbox);
    const data = await gateway.executeOk(
      `query($id: ID!, $w: ID) { node(id: $id) { ... on Plugin { crispId } }
        website(id: $w) { planSubscription { name billPeriod isTrialing website { crispId } } } }`,
      { id: `Plugin:${pluginId}`, w: websiteId },
    );
    expect(data.node).toEqual({ crispId: pluginId });
    expect(data.website.planSubscription).toEqual({
      name: 'Essentials',
      billPeriod: 'MONTHLY',
      isTrialing: false,
      website: { crispId: websiteId },
    });
    expect(callsOf(sandbox, 'plan.subscription.get')).toMatchObject([
      { method: 'GET', path: `/plans/subscription/${websiteId}` },
    ]);
  });

  test('settings, usage, channel and event writes send their calls', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, pluginId } = seeded(sandbox);
    const id = `PluginSubscription:${websiteId}:${pluginId}`;
    const run = (mutation: string, input: Record<string, unknown>) =>
      gateway.executeOk(
        `mutation($i: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) { pluginSubscription { id } userErrors { code field } } }`,
        { i: { pluginId: id, ...input } },
      );
    expect(
      (await run('savePluginSettings', { settings: { notify_channel: '#help' } }))
        .savePluginSettings,
    ).toEqual({
      pluginSubscription: { id },
      userErrors: [],
    });
    await run('updatePluginSettings', { settings: { escalate_after_minutes: 5 } });
    await run('reportPluginUsage', { name: 'messages', units: 3, price: 0.3 });
    await run('forwardPluginChannel', {
      namespace: 'sync',
      identifier: 'r1',
      payload: { step: 1 },
    });
    await run('dispatchPluginEvent', { name: 'synced', data: { n: 1 } });
    const base = `/plugins/subscription/${websiteId}/${pluginId}`;
    expect(callsOf(sandbox, 'plugin.subscription.settings.save')).toMatchObject([
      { method: 'PUT', path: `${base}/settings`, body: { notify_channel: '#help' } },
    ]);
    expect(callsOf(sandbox, 'plugin.subscription.settings.update')).toMatchObject([
      { method: 'PATCH', path: `${base}/settings`, body: { escalate_after_minutes: 5 } },
    ]);
    expect(callsOf(sandbox, 'plugin.subscription.bill.usage.report')).toMatchObject([
      {
        method: 'POST',
        path: `${base}/bill/usage`,
        body: { name: 'messages', units: 3, price: 0.3 },
      },
    ]);
    expect(callsOf(sandbox, 'plugin.subscription.channel.forward')).toMatchObject([
      { method: 'POST', body: { namespace: 'sync', identifier: 'r1', payload: { step: 1 } } },
    ]);
    expect(callsOf(sandbox, 'plugin.subscription.event.dispatch')).toMatchObject([
      { method: 'POST', body: { name: 'synced', data: { n: 1 } } },
    ]);
    const read = await gateway.executeOk(
      `query($w: ID) { plugin { subscription(websiteId: $w) { settings { values } usage { name } } } }`,
      { w: websiteId },
    );
    expect(read.plugin.subscription).toEqual({
      settings: { values: { notify_channel: '#help', escalate_after_minutes: 5 } },
      usage: [{ name: 'messages' }],
    });
  });

  test('settings that are not a JSON object are refused with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, pluginId } = seeded(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: SavePluginSettingsInput!) { savePluginSettings(input: $i) { pluginSubscription { id } userErrors { code field } } }`,
      { i: { websiteId, pluginId, settings: [1, 2] } },
    );
    expect(data.savePluginSettings).toEqual({
      pluginSubscription: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'settings'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('plugin and plan subscriptions, with a user token', () => {
  userTest(
    'the account’s subscriptions, a website’s plugins and a coupon',
    async ({ gateway, sandbox }) => {
      const { websiteId } = seeded(sandbox);
      const data = await gateway.executeOk(
        `query($w: ID) {
        pluginSubscriptions { edges { node { website { crispId } name } } }
        planSubscriptions { edges { node { website { crispId } name } } }
        website(id: $w) { pluginSubscriptions { edges { node { name } } } planCoupon(code: "WELCOME20") { code rebatePercent } }
      }`,
        { w: websiteId },
      );
      expect(data.pluginSubscriptions.edges.length).toBe(sandbox.seed.plugin.installedAt.size + 1);
      expect(data.planSubscriptions.edges).toHaveLength(sandbox.seed.websiteIds.length);
      expect(
        data.website.pluginSubscriptions.edges.map((e: { node: { name: string } }) => e.node.name),
      ).toEqual(['Sandbox Helper', 'Status Board']);
      expect(data.website.planCoupon).toEqual({ code: 'WELCOME20', rebatePercent: 20 });
      expect(callsOf(sandbox, 'plugin.subscription.list_all')).toMatchObject([
        { path: '/plugins/subscription' },
      ]);
      expect(callsOf(sandbox, 'plan.subscription.list_all')).toMatchObject([
        { path: '/plans/subscription' },
      ]);
      expect(callsOf(sandbox, 'plugin.subscription.list_for_website')).toMatchObject([
        { path: `/plugins/subscription/${websiteId}` },
      ]);
      expect(callsOf(sandbox, 'plan.subscription.coupon.check')).toMatchObject([
        { query: { code: 'WELCOME20' } },
      ]);
    },
  );

  userTest(
    'subscribe and unsubscribe a plugin; plan, bill period, coupon and cancel',
    async ({ gateway, sandbox }) => {
      const { websiteId, second } = seeded(sandbox);
      const listed = await gateway.executeOk(
        `query($w: ID) { website(id: $w) { pluginSubscriptions { edges { node { crispId } } } } }`,
        { w: websiteId },
      );
      const other = listed.website.pluginSubscriptions.edges[1].node.crispId;
      const subscribed = await gateway.executeOk(
        `mutation($i: SubscribePluginInput!) { subscribePlugin(input: $i) { pluginSubscription { id name } userErrors { code } } }`,
        { i: { websiteId: second, pluginId: other } },
      );
      expect(subscribed.subscribePlugin).toEqual({
        pluginSubscription: { id: `PluginSubscription:${second}:${other}`, name: 'Status Board' },
        userErrors: [],
      });
      expect(callsOf(sandbox, 'plugin.subscription.subscribe')).toMatchObject([
        { method: 'POST', path: `/plugins/subscription/${second}`, body: { plugin_id: other } },
      ]);
      const removed = await gateway.executeOk(
        `mutation($i: UnsubscribePluginInput!) { unsubscribePlugin(input: $i) { removedPluginSubscriptionId userErrors { code } } }`,
        { i: { pluginId: `PluginSubscription:${second}:${other}` } },
      );
      expect(removed.unsubscribePlugin.removedPluginSubscriptionId).toBe(
        `PluginSubscription:${second}:${other}`,
      );
      expect(callsOf(sandbox, 'plugin.subscription.unsubscribe')).toMatchObject([
        { method: 'DELETE', path: `/plugins/subscription/${second}/${other}` },
      ]);

      const plan = (mutation: string, input: Record<string, unknown>) =>
        gateway.executeOk(
          `mutation($i: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) { website { crispId } userErrors { code } } }`,
          { i: { websiteId: second, ...input } },
        );
      const plans = await gateway.executeOk(
        '{ planSubscriptions { edges { node { planId website { crispId } } } } }',
      );
      const target = plans.planSubscriptions.edges.find(
        (e: { node: { website: { crispId: string } } }) => e.node.website.crispId === websiteId,
      ).node.planId;
      expect((await plan('subscribePlan', { planId: target })).subscribePlan).toEqual({
        website: { crispId: second },
        userErrors: [],
      });
      await plan('changePlanBillPeriod', { period: 'YEARLY' });
      await plan('redeemPlanCoupon', { code: 'TRIAL14' });
      const after = await gateway.executeOk(
        `query($w: ID) { website(id: $w) { planSubscription { planId billPeriod isCouponRedeemed } } }`,
        { w: second },
      );
      expect(after.website.planSubscription).toEqual({
        planId: target,
        billPeriod: 'YEARLY',
        isCouponRedeemed: true,
      });
      expect((await plan('unsubscribePlan', {})).unsubscribePlan.userErrors).toEqual([]);
      expect(callsOf(sandbox, 'plan.subscription.subscribe')).toMatchObject([
        { method: 'POST', path: `/plans/subscription/${second}`, body: { plan_id: target } },
      ]);
      expect(callsOf(sandbox, 'plan.subscription.bill_period.change')).toMatchObject([
        {
          method: 'PATCH',
          path: `/plans/subscription/${second}/bill/period`,
          body: { period: 'yearly' },
        },
      ]);
      expect(callsOf(sandbox, 'plan.subscription.coupon.redeem')).toMatchObject([
        {
          method: 'PATCH',
          path: `/plans/subscription/${second}/coupon`,
          body: { code: 'TRIAL14' },
        },
      ]);
      expect(callsOf(sandbox, 'plan.subscription.unsubscribe')).toMatchObject([
        { method: 'DELETE', path: `/plans/subscription/${second}` },
      ]);
    },
  );
});
