import { planBook } from '../plan/store.ts';
import { pluginInstalls } from '../plugin/install.ts';
import { pluginBook, subscriptionsOf } from '../plugin/subscription.ts';
import type { SandboxStore } from '../store.ts';
import type { Random } from './random.ts';

const DAY = 24 * 60 * 60 * 1000;

const PRICES: Record<string, number> = { Essentials: 45, Plus: 95, Unlimited: 295 };

/**
 * Plugin and plan subscriptions: the sandbox's plugin and a second marketplace plugin, every
 * installing website subscribed to the first (the first website to both), each website on the
 * plan its install lists, an Unlimited plan to move to, and two coupons.
 */
export function seedBilling(store: SandboxStore, random: Random, epoch: number): void {
  const { marketplace } = pluginBook(store);
  const plugin = (id: string, name: string, urn: string, price: number, schema: object) =>
    marketplace.set(id, {
      id,
      urn,
      type: 'integration',
      category: 'automation',
      name,
      summary: `${name} for Crisp.`,
      price,
      plans: [],
      icon: `https://plugins.sandbox.example/${urn.split(':').pop()}/icon.png`,
      website_url: `https://plugins.sandbox.example/${urn.split(':').pop()}`,
      configurable: true,
      settings_schema: schema,
    });
  plugin(store.plugin.pluginId, 'Sandbox Helper', 'urn:sandbox:helper:0', 0, {
    type: 'object',
    properties: {
      notify_channel: { type: 'string' },
      escalate_after_minutes: { type: 'integer' },
    },
  });
  const statusBoardId = random.uuid();
  plugin(statusBoardId, 'Status Board', 'urn:sandbox:status-board:0', 4.99, {
    type: 'object',
    properties: { page_url: { type: 'string' } },
  });

  const plans = planBook(store);
  for (const [websiteId, installedAt] of store.plugin.installedAt) {
    const since = new Date(installedAt).toISOString();
    subscriptionsOf(store, websiteId).set(store.plugin.pluginId, {
      since,
      settings: {},
      usage: [],
    });
    const plan = pluginInstalls(store).get(websiteId)!.plan;
    plans.plans.set(plan.id, { id: plan.id, name: plan.name, price: PRICES[plan.name] ?? 0 });
    plans.subscriptions.set(websiteId, {
      id: plan.id,
      name: plan.name,
      price: PRICES[plan.name] ?? 0,
      since: new Date(installedAt - 30 * DAY).toISOString(),
      trialing: plan.trialing,
      bill_period: 'monthly',
      bill_valid_until: new Date(epoch + 15 * DAY).toISOString(),
      active: true,
      sandbox: true,
      coupon_redeemed: false,
    });
  }
  const firstId = [...store.websites.keys()][0]!;
  subscriptionsOf(store, firstId).set(statusBoardId, {
    since: new Date(epoch - 10 * DAY).toISOString(),
    settings: { page_url: 'https://status.acme.example' },
    usage: [{ name: 'status_checks', units: 1200, price: 1.2 }],
  });
  const unlimitedId = random.uuid();
  plans.plans.set(unlimitedId, { id: unlimitedId, name: 'Unlimited', price: PRICES.Unlimited });
  plans.coupons.set('WELCOME20', {
    code: 'WELCOME20',
    policy: { rebate_percent: 20 },
    redeem_limit: 100,
    expire_at: new Date(epoch + 60 * DAY).toISOString(),
  });
  plans.coupons.set('TRIAL14', { code: 'TRIAL14', policy: { trial_days: 14 }, redeem_limit: 10 });
}
