import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { billingScope } from './fidelity-scope.ts';
import {
  acmeId,
  events,
  failure,
  plugin,
  sandbox,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) drives the plugin and plan subscription routes against
 * the sandbox, on the user token and, where Crisp opens them, on the plugin token.
 */
useFidelitySandbox();

const eventsNamed = (name: string) => events.filter((e) => e.event === name).map((e) => e.data);

describe('plugin subscriptions', () => {
  test('listAllActiveSubscriptions, listSubscriptionsForWebsite, getSubscriptionDetails', async () => {
    const pluginId = sandbox.seed.plugin.pluginId;
    const all = await user.plugin.listAllActiveSubscriptions();
    expect(all.filter((s) => s.id === pluginId)).toHaveLength(sandbox.seed.plugin.installedAt.size);
    const acme = await user.plugin.listSubscriptionsForWebsite(acmeId);
    expect(acme.map((s) => s.name)).toEqual(['Sandbox Helper', 'Status Board']);
    expect(await plugin.plugin.getSubscriptionDetails(acmeId, pluginId)).toMatchObject({
      id: pluginId,
      website_id: acmeId,
      active: true,
    });
    // A plugin token reaches its own plugin's subscription only.
    expect(await failure(plugin.plugin.getSubscriptionDetails(acmeId, acme[1]!.id!))).toEqual({
      message: 'not_allowed',
      code: 403,
    });
  });

  test('subscribe, unsubscribe, and the plugin:subscription:updated events', async () => {
    const other = (await user.plugin.listSubscriptionsForWebsite(acmeId))[1]!.id!;
    const [, second] = sandbox.seed.websiteIds;
    await user.plugin.subscribeWebsiteToPlugin(second!, other);
    expect((await user.plugin.getSubscriptionDetails(second!, other)).name).toBe('Status Board');
    await user.plugin.unsubscribePluginFromWebsite(second!, other);
    expect(await failure(user.plugin.getSubscriptionDetails(second!, other))).toEqual({
      message: 'not_subscribed',
      code: 404,
    });
    expect(eventsNamed('plugin:subscription:updated')).toEqual([
      { website_id: second, plugin_id: other, bound: true },
      { website_id: second, plugin_id: other, bound: false },
    ]);
  });

  test('settings: get, save, update; what connect lists follows', async () => {
    const pluginId = sandbox.seed.plugin.pluginId;
    const settings = await plugin.plugin.getSubscriptionSettings(acmeId, pluginId);
    expect(settings).toMatchObject({
      plugin_id: pluginId,
      website_id: acmeId,
      settings: { notify_channel: '#support' },
      schema: { type: 'object' },
    });
    await plugin.plugin.saveSubscriptionSettings(acmeId, pluginId, { notify_channel: '#help' });
    await plugin.plugin.updateSubscriptionSettings(acmeId, pluginId, { escalate_after_minutes: 5 });
    expect((await plugin.plugin.getSubscriptionSettings(acmeId, pluginId)).settings).toEqual({
      notify_channel: '#help',
      escalate_after_minutes: 5,
    });
    const listed = await plugin.plugin.listAllConnectWebsites(1, false, false);
    expect(listed.find((w) => w.website_id === acmeId)?.settings).toEqual({
      notify_channel: '#help',
      escalate_after_minutes: 5,
    });
    expect(eventsNamed('plugin:settings:saved').map((d) => d.settings)).toEqual([
      { notify_channel: '#help' },
      { notify_channel: '#help', escalate_after_minutes: 5 },
    ]);
  });

  test('usage bills, provenance, channel forward and event dispatch', async () => {
    const pluginId = sandbox.seed.plugin.pluginId;
    await expect(plugin.plugin.getPluginUsageBills(acmeId, pluginId)).resolves.toEqual([]);
    await plugin.plugin.reportPluginUsageToBill(acmeId, pluginId, {
      name: 'messages',
      units: 3,
      price: 0.3,
    });
    expect(await plugin.plugin.getPluginUsageBills(acmeId, pluginId)).toEqual([
      { name: 'messages', units: 3, price: 0.3 },
    ]);
    const provenance = (await plugin.plugin.getPluginAttestProvenance(acmeId, pluginId)) as Raw;
    expect(provenance.payload).toMatchObject({
      website: { website_id: acmeId },
      plugin: { plugin_id: pluginId },
    });
    expect(JSON.parse(Buffer.from(provenance.signed, 'base64url').toString())).toEqual(
      provenance.payload,
    );
    await plugin.plugin.forwardPluginPayloadToChannel(acmeId, pluginId, {
      namespace: 'sync',
      identifier: 'req-1',
      payload: { step: 1 },
    });
    await plugin.plugin.dispatchPluginEvent(acmeId, pluginId, { name: 'synced', data: { n: 1 } });
    expect(eventsNamed('plugin:channel')).toEqual([
      {
        website_id: acmeId,
        plugin_id: pluginId,
        namespace: 'sync',
        identifier: 'req-1',
        payload: { step: 1 },
      },
    ]);
    expect(eventsNamed('plugin:event')).toMatchObject([
      { website_id: acmeId, plugin_id: pluginId, name: 'synced', data: { n: 1 } },
    ]);
  });
});

describe('plan subscriptions', () => {
  test('listAllActiveSubscriptions and getPlanSubscriptionForWebsite', async () => {
    const all = await user.plan.listAllActiveSubscriptions();
    expect(all).toHaveLength(sandbox.seed.websiteIds.length);
    const acme = await plugin.plan.getPlanSubscriptionForWebsite(acmeId);
    expect(acme).toMatchObject({
      name: 'Essentials',
      bill_period: 'monthly',
      website: { id: acmeId, domain: 'acme.example' },
    });
  });

  test('bill period, coupons, subscribe and unsubscribe', async () => {
    await user.plan.changeBillPeriodForWebsitePlanSubscription(acmeId, 'yearly');
    expect((await user.plan.getPlanSubscriptionForWebsite(acmeId)).bill_period).toBe('yearly');
    expect(
      await user.plan.checkCouponAvailabilityForWebsitePlanSubscription(acmeId, 'WELCOME20'),
    ).toMatchObject({ code: 'WELCOME20', policy: { rebate_percent: 20 } });
    expect(
      await failure(user.plan.checkCouponAvailabilityForWebsitePlanSubscription(acmeId, 'NOPE')),
    ).toEqual({ message: 'not_found', code: 404 });
    await user.plan.redeemCouponForWebsitePlanSubscription(acmeId, 'WELCOME20');
    expect((await user.plan.getPlanSubscriptionForWebsite(acmeId)).coupon_redeemed).toBe(true);

    const [, second] = sandbox.seed.websiteIds;
    const before = await user.plan.getPlanSubscriptionForWebsite(second!);
    const target = (await user.plan.listAllActiveSubscriptions()).find((s) => s.id !== before.id)!;
    await user.plan.subscribeWebsiteToPlan(second!, target.id!);
    expect(await user.plan.getPlanSubscriptionForWebsite(second!)).toMatchObject({
      id: target.id,
      name: target.name,
    });
    expect(eventsNamed('plan:subscription:updated')).toMatchObject([
      { website_id: second, plan: { id: target.id, name: target.name } },
    ]);
    await user.plan.unsubscribePlanFromWebsite(second!);
    expect(await failure(user.plan.getPlanSubscriptionForWebsite(second!))).toEqual({
      message: 'not_subscribed',
      code: 404,
    });
  });
});

testClientCoverage('billingScope', billingScope);
