import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { PluginChannelModel, PluginUsageModel } from '../datasources/plugin-settings.ts';
import * as settings from '../datasources/plugin-settings.ts';
import * as datasource from '../datasources/plugin-subscription.ts';
import {
  type PluginSubscriptionModel,
  type PluginSubscriptionParent,
  pluginSubscriptionKey,
} from '../datasources/plugin-subscription.ts';
import { mayUse } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { pluginSubscriptionRef } from '../request/node-id.ts';
import { PAGE_SIZE, pageConnection } from './page-connection.ts';
import { parentField } from './parent-field.ts';
import { writeTarget } from './website.ts';

/** Crisp lists subscriptions in one call: pages are cut from it, with id cursors. */
const listConnection = (
  list: PluginSubscriptionModel[],
  args: DefaultConnectionArguments,
  name: string,
  parentId: string,
) =>
  pageConnection(args, async (n) => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), {
    name,
    parentId,
    idOf: (s) => pluginSubscriptionKey(s.websiteId, s.pluginId),
  });

/** Every website's subscriptions (user tokens), less the websites the caller may not use. */
export async function all(ctx: GatewayContext, args: DefaultConnectionArguments) {
  const list = (await datasource.listAllActiveSubscriptions(ctx.crisp)).filter((s) =>
    mayUse(ctx.principal, s.websiteId),
  );
  return listConnection(list, args, 'Query.pluginSubscriptions', '');
}

export const ofWebsite = async (
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
) =>
  listConnection(
    await datasource.listSubscriptionsForWebsite(ctx.crisp, websiteId),
    args,
    'Website.pluginSubscriptions',
    websiteId,
  );

export const subscription = (ctx: GatewayContext, websiteId: string, pluginId: string) =>
  ctx.loaders.pluginSubscription.load(pluginSubscriptionKey(websiteId, pluginId));

/** `Website.pluginSubscription(pluginId:)`: a global id, or a raw plugin_id on this website. */
export function lookup(ctx: GatewayContext, websiteId: string, id: string) {
  const [, pluginId] = pluginSubscriptionRef.fromInput(id, 'pluginId', [websiteId]);
  return subscription(ctx, websiteId, pluginId);
}

/** One field: from the parent when it was read, else one read of the subscription. */
export async function field<K extends keyof PluginSubscriptionModel>(
  ctx: GatewayContext,
  s: PluginSubscriptionParent,
  key: K,
): Promise<PluginSubscriptionModel[K] | null> {
  return (await parentField(s, key, () => subscription(ctx, s.websiteId, s.pluginId))) ?? null;
}

export const settingsOf = (ctx: GatewayContext, s: PluginSubscriptionParent) =>
  settings.getSubscriptionSettings(ctx.crisp, s.websiteId, s.pluginId);
export const usageOf = (ctx: GatewayContext, s: PluginSubscriptionParent) =>
  settings.getPluginUsageBills(ctx.crisp, s.websiteId, s.pluginId);
export const provenanceOf = (ctx: GatewayContext, s: PluginSubscriptionParent) =>
  settings.getPluginAttestProvenance(ctx.crisp, s.websiteId, s.pluginId);

/** Which subscription a mutation acts on: its global id, or a raw plugin_id of `websiteId`. */
export interface SubscriptionTarget {
  websiteId?: string | null;
  pluginId: string;
}

function target(ctx: GatewayContext, input: SubscriptionTarget) {
  const t = writeTarget(
    ctx,
    pluginSubscriptionRef,
    input.pluginId,
    'input.pluginId',
    input.websiteId,
  );
  return { websiteId: t.websiteId, pluginId: t.id };
}

export async function subscribe(ctx: GatewayContext, input: SubscriptionTarget) {
  const t = target(ctx, input);
  await datasource.subscribeWebsiteToPlugin(ctx.crisp, t.websiteId, t.pluginId);
  return t;
}

export async function unsubscribe(ctx: GatewayContext, input: SubscriptionTarget) {
  const t = target(ctx, input);
  await datasource.unsubscribePluginFromWebsite(ctx.crisp, t.websiteId, t.pluginId);
  return { websiteId: t.websiteId, id: t.pluginId };
}

export type SettingsInput = SubscriptionTarget & { settings: Record<string, unknown> };

/** Saves (replaces) or updates (merges into) the settings; the subscription's key. */
export async function writeSettings(ctx: GatewayContext, input: SettingsInput, replace: boolean) {
  const t = target(ctx, input);
  if (replace)
    await settings.saveSubscriptionSettings(ctx.crisp, t.websiteId, t.pluginId, input.settings);
  else
    await settings.updateSubscriptionSettings(ctx.crisp, t.websiteId, t.pluginId, input.settings);
  return t;
}

export async function reportUsage(
  ctx: GatewayContext,
  input: SubscriptionTarget & PluginUsageModel,
) {
  const t = target(ctx, input);
  const { name, units, price } = input;
  await settings.reportPluginUsageToBill(ctx.crisp, t.websiteId, t.pluginId, {
    name,
    units,
    price,
  });
  return t;
}

export async function forwardChannel(
  ctx: GatewayContext,
  input: SubscriptionTarget & PluginChannelModel,
) {
  const t = target(ctx, input);
  await settings.forwardPluginPayloadToChannel(ctx.crisp, t.websiteId, t.pluginId, input);
  return t;
}

export async function dispatchEvent(
  ctx: GatewayContext,
  input: SubscriptionTarget & { name: string; data?: Record<string, unknown> | null },
) {
  const t = target(ctx, input);
  await settings.dispatchPluginEvent(ctx.crisp, t.websiteId, t.pluginId, input);
  return t;
}
