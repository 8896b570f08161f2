import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound, SandboxError } from '../http/reply.ts';
import { pluginInstalls } from './install.ts';
import {
  pluginBook,
  type SubscriptionRecord,
  setSettings,
  settingsOf,
  subscriptionRow,
  subscriptionsOf,
} from './subscription.ts';

/** The subscription a route names; a plugin token reaches its own plugin's only. */
function subscriptionOf(ctx: RouteContext): SubscriptionRecord {
  const pluginId = ctx.params.plugin_id!;
  if (ctx.token.tier !== 'user' && pluginId !== ctx.store.plugin.pluginId)
    throw new SandboxError('not_allowed', 'another plugin');
  const record = subscriptionsOf(ctx.store, ctx.params.website_id!).get(pluginId);
  if (!record) throw new SandboxError('not_subscribed', 'plugin not subscribed');
  return record;
}

/** `plugin:subscription:updated` once a plugin was installed (bound) or removed. */
function bound(ctx: RouteContext, pluginId: string, value: boolean) {
  const websiteId = ctx.params.website_id!;
  ctx.store.emit(websiteId, 'plugin:subscription:updated', {
    website_id: websiteId,
    plugin_id: pluginId,
    bound: value,
  });
}

function settingsSaved(ctx: RouteContext, settings: Record<string, unknown>) {
  const websiteId = ctx.params.website_id!;
  setSettings(ctx.store, websiteId, ctx.params.plugin_id!, settings);
  ctx.store.emit(websiteId, 'plugin:settings:saved', {
    website_id: websiteId,
    plugin_id: ctx.params.plugin_id,
    settings,
  });
  return {};
}

export const pluginSubscriptionRoutes: Routes = {
  'plugin.subscription.list_all': ({ store, token }) =>
    [...pluginBook(store).subscriptions]
      .filter(([websiteId]) => token.websiteIds.has(websiteId))
      .flatMap(([websiteId, map]) =>
        [...map].map(([pluginId, r]) => subscriptionRow(store, websiteId, pluginId, r)),
      ),

  'plugin.subscription.list_for_website': ({ store, params }) =>
    [...subscriptionsOf(store, params.website_id!)].map(([pluginId, r]) =>
      subscriptionRow(store, params.website_id!, pluginId, r),
    ),

  'plugin.subscription.get': (ctx) =>
    subscriptionRow(ctx.store, ctx.params.website_id!, ctx.params.plugin_id!, subscriptionOf(ctx)),

  'plugin.subscription.subscribe': (ctx) => {
    const pluginId = String(ctx.body.plugin_id).toLowerCase();
    if (!pluginBook(ctx.store).marketplace.has(pluginId)) throw notFound('plugin');
    const map = subscriptionsOf(ctx.store, ctx.params.website_id!);
    if (!map.has(pluginId)) {
      map.set(pluginId, {
        since: new Date(ctx.store.now()).toISOString(),
        settings: {},
        usage: [],
      });
      bound(ctx, pluginId, true);
    }
    return {};
  },

  'plugin.subscription.unsubscribe': (ctx) => {
    subscriptionOf(ctx);
    const websiteId = ctx.params.website_id!;
    const pluginId = ctx.params.plugin_id!;
    subscriptionsOf(ctx.store, websiteId).delete(pluginId);
    // Uninstalling the sandbox's own plugin takes the website out of its connect listings.
    if (pluginId === ctx.store.plugin.pluginId) {
      pluginInstalls(ctx.store).delete(websiteId);
      ctx.store.plugin.installedAt.delete(websiteId);
    }
    bound(ctx, pluginId, false);
    return {};
  },

  'plugin.subscription.settings.get': (ctx) => {
    subscriptionOf(ctx);
    const { store, params } = ctx;
    const plugin = pluginBook(store).marketplace.get(params.plugin_id!)!;
    return {
      plugin_id: params.plugin_id,
      website_id: params.website_id,
      token: pluginInstalls(store).get(params.website_id!)?.token ?? '',
      schema: plugin.settings_schema ?? {},
      settings: settingsOf(store, params.website_id!, params.plugin_id!),
      settings_form_url: `${plugin.website_url}/settings`,
      callback_url: `${plugin.website_url}/callback`,
    };
  },

  'plugin.subscription.settings.save': (ctx) => {
    subscriptionOf(ctx);
    return settingsSaved(ctx, ctx.body);
  },

  'plugin.subscription.settings.update': (ctx) => {
    subscriptionOf(ctx);
    const current = settingsOf(ctx.store, ctx.params.website_id!, ctx.params.plugin_id!);
    return settingsSaved(ctx, { ...current, ...ctx.body });
  },

  'plugin.subscription.bill.usage.get': (ctx) => subscriptionOf(ctx).usage,

  'plugin.subscription.bill.usage.report': (ctx) => {
    subscriptionOf(ctx).usage.push({
      name: ctx.body.name,
      units: ctx.body.units,
      price: ctx.body.price,
    });
    return {};
  },

  'plugin.subscription.attest.provenance.get': (ctx) => {
    subscriptionOf(ctx);
    const owner = [...ctx.website.operators.values()].find((o) => o.details.role === 'owner');
    const payload = {
      website: { website_id: ctx.params.website_id },
      user: { user_id: owner?.details.user_id, role: 'owner' },
      plugin: { plugin_id: ctx.params.plugin_id },
    };
    return {
      payload,
      signed: Buffer.from(JSON.stringify(payload)).toString('base64url'),
      expire_at: ctx.store.now() + 10 * 60 * 1000,
    };
  },

  'plugin.subscription.channel.forward': (ctx) => {
    subscriptionOf(ctx);
    const websiteId = ctx.params.website_id!;
    ctx.store.emit(websiteId, 'plugin:channel', {
      website_id: websiteId,
      plugin_id: ctx.params.plugin_id,
      namespace: ctx.body.namespace ?? '',
      identifier: ctx.body.identifier,
      payload: ctx.body.payload ?? {},
    });
    return {};
  },

  'plugin.subscription.event.dispatch': (ctx) => {
    subscriptionOf(ctx);
    const websiteId = ctx.params.website_id!;
    const plugin = pluginBook(ctx.store).marketplace.get(ctx.params.plugin_id!);
    ctx.store.emit(websiteId, 'plugin:event', {
      website_id: websiteId,
      plugin_id: ctx.params.plugin_id,
      urn: plugin?.urn,
      name: ctx.body.name ?? '',
      data: ctx.body.data ?? {},
    });
    return {};
  },
};
