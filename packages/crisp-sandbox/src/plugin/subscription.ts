import type { Raw, SandboxStore } from '../store.ts';
import { pluginInstalls } from './install.ts';

/** A website's subscription to one plugin (the PluginSubscription fields that are its own). */
export interface SubscriptionRecord {
  since: string;
  /** Settings of plugins other than the sandbox's own, whose settings live with its install. */
  settings: Raw;
  /** PluginBillUsage lines reported so far. */
  usage: Raw[];
}

/** Marketplace plugins (PluginSubscription fields that describe the plugin) and subscriptions. */
export interface PluginBook {
  marketplace: Map<string, Raw>;
  /** website_id → plugin_id → subscription. */
  subscriptions: Map<string, Map<string, SubscriptionRecord>>;
}

// Kept beside the store, as plugin installs are: only the plugin subscription routes read it.
const books = new WeakMap<SandboxStore, PluginBook>();

export function pluginBook(store: SandboxStore): PluginBook {
  let book = books.get(store);
  if (!book) {
    book = { marketplace: new Map(), subscriptions: new Map() };
    books.set(store, book);
  }
  return book;
}

export function subscriptionsOf(store: SandboxStore, websiteId: string) {
  const { subscriptions } = pluginBook(store);
  let map = subscriptions.get(websiteId);
  if (!map) {
    map = new Map();
    subscriptions.set(websiteId, map);
  }
  return map;
}

/**
 * The settings a subscription holds: the sandbox plugin's are its install's (what
 * `plugin/connect/websites` lists), every other plugin's its own.
 */
export function settingsOf(store: SandboxStore, websiteId: string, pluginId: string): Raw {
  if (pluginId === store.plugin.pluginId)
    return pluginInstalls(store).get(websiteId)?.settings ?? {};
  return subscriptionsOf(store, websiteId).get(pluginId)?.settings ?? {};
}

export function setSettings(store: SandboxStore, websiteId: string, pluginId: string, value: Raw) {
  const install = pluginInstalls(store).get(websiteId);
  if (pluginId === store.plugin.pluginId && install) install.settings = value;
  else {
    const record = subscriptionsOf(store, websiteId).get(pluginId);
    if (record) record.settings = value;
  }
}

/** The PluginSubscription row of one subscription. */
export function subscriptionRow(
  store: SandboxStore,
  websiteId: string,
  pluginId: string,
  record: SubscriptionRecord,
): Raw {
  // The settings schema shows in the subscription's settings only.
  const { settings_schema: _schema, ...plugin } = pluginBook(store).marketplace.get(pluginId) ?? {};
  return {
    ...plugin,
    website_id: websiteId,
    since: record.since,
    active: true,
  };
}
