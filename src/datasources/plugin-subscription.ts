import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { bool, dateText, num, text } from './crisp-values.ts';
import { perKeyLoader, websiteKey } from './website-key.ts';

/** Catalogue `PluginSubscription`: a Marketplace plugin as one website subscribed to it. */
export interface PluginSubscriptionRaw {
  id?: string;
  urn?: string;
  type?: string;
  category?: string;
  name?: string;
  summary?: string;
  price?: number;
  plans?: { id?: string; name?: string; price?: number }[];
  icon?: string;
  website_url?: string;
  help_url?: string;
  configurable?: boolean;
  since?: string;
  active?: boolean;
  website_id?: string;
}

export interface PluginPlanModel {
  name: string | null;
  price: number | null;
}

export interface PluginSubscriptionModel {
  websiteId: string;
  pluginId: string;
  urn: string | null;
  type: string | null;
  category: string | null;
  name: string | null;
  summary: string | null;
  price: number | null;
  plans: PluginPlanModel[];
  icon: string | null;
  websiteUrl: string | null;
  helpUrl: string | null;
  isConfigurable: boolean | null;
  since: Date | null;
  isActive: boolean | null;
}

/** A subscription as a field gets it: its key alone (a write, `node(id:)`) or as read. */
export type PluginSubscriptionParent = Pick<PluginSubscriptionModel, 'websiteId' | 'pluginId'> &
  Partial<PluginSubscriptionModel>;

/** A subscription's loader key. */
export const pluginSubscriptionKey = websiteKey;

export const toPluginSubscription = (
  raw: PluginSubscriptionRaw,
  websiteId: string,
): PluginSubscriptionModel => ({
  websiteId: (text(raw.website_id) ?? websiteId).toLowerCase(),
  pluginId: String(raw.id ?? '').toLowerCase(),
  urn: text(raw.urn),
  type: text(raw.type),
  category: text(raw.category),
  name: text(raw.name),
  summary: text(raw.summary),
  price: num(raw.price),
  plans: (Array.isArray(raw.plans) ? raw.plans : []).map((p) => ({
    name: text(p.name),
    price: num(p.price),
  })),
  icon: text(raw.icon),
  websiteUrl: text(raw.website_url),
  helpUrl: text(raw.help_url),
  isConfigurable: bool(raw.configurable),
  since: dateText(raw.since),
  isActive: bool(raw.active),
});

/** GET /plugins/subscription: every website's subscriptions (user tokens). */
export async function listAllActiveSubscriptions(crisp: CrispClient) {
  const rows = await crisp.get<PluginSubscriptionRaw[]>(route`/plugins/subscription`);
  return (Array.isArray(rows) ? rows : []).map((r) => toPluginSubscription(r, ''));
}

/** GET /plugins/subscription/{website_id} */
export async function listSubscriptionsForWebsite(crisp: CrispClient, websiteId: string) {
  const rows = await crisp.get<PluginSubscriptionRaw[]>(route`/plugins/subscription/${websiteId}`);
  return (Array.isArray(rows) ? rows : []).map((r) => toPluginSubscription(r, websiteId));
}

/** GET /plugins/subscription/{website_id}/{plugin_id} */
export async function getSubscriptionDetails(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
) {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}`;
  const raw = await crisp.get<PluginSubscriptionRaw>(path);
  return toPluginSubscription({ ...raw, id: pluginId, website_id: websiteId }, websiteId);
}

/** POST /plugins/subscription/{website_id} */
export async function subscribeWebsiteToPlugin(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
) {
  await crisp.post(route`/plugins/subscription/${websiteId}`, { plugin_id: pluginId });
}

/** DELETE /plugins/subscription/{website_id}/{plugin_id} */
export async function unsubscribePluginFromWebsite(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
) {
  await crisp.delete(route`/plugins/subscription/${websiteId}/${pluginId}`);
}

export function createPluginSubscriptionLoaders(crisp: CrispClient) {
  // Keyed by websiteKey(websiteId, pluginId): one read per subscription per request.
  return {
    pluginSubscription: perKeyLoader((websiteId, id) =>
      getSubscriptionDetails(crisp, websiteId, id),
    ),
  };
}
