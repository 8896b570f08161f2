import { tierNote } from '../datasources/crisp-tiers.ts';
import type {
  PluginProvenanceModel,
  PluginSettingsModel,
  PluginUsageModel,
} from '../datasources/plugin-settings.ts';
import type {
  PluginPlanModel,
  PluginSubscriptionModel,
  PluginSubscriptionParent,
} from '../datasources/plugin-subscription.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { pluginSubscriptionRef } from '../request/node-id.ts';
import * as subscriptions from '../resolvers/plugin-subscription.ts';
import { builder } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

/** A website's subscription to a Marketplace plugin: the node, its settings and bills. */

const PluginPlan = builder.objectRef<PluginPlanModel>('PluginPlan').implement({
  description: 'A paid plan of a plugin.',
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: true,
      description: 'The plan name; null when not set.',
    }),
    price: t.exposeFloat('price', {
      nullable: true,
      description: 'Its price, in US dollars a month; null when not set.',
    }),
  }),
});

const PluginSettings = builder.objectRef<PluginSettingsModel>('PluginSettings').implement({
  description: 'The settings a website saved for a plugin, and the schema the plugin declares.',
  fields: (t) => ({
    values: t.expose('values', {
      type: 'JSON',
      description: 'The saved settings, as the plugin defines them (free-form in Crisp).',
    }),
    schema: t.expose('schema', {
      type: 'JSON',
      nullable: true,
      description:
        'The JSON Schema of the settings the plugin declares; null when it declares none.',
    }),
    formUrl: t.exposeString('formUrl', {
      nullable: true,
      description: 'The plugin’s settings page URL; null when not set.',
    }),
    callbackUrl: t.exposeString('callbackUrl', {
      nullable: true,
      description: 'Where Crisp calls the plugin back; null when not set.',
    }),
  }),
});

const PluginUsage = builder.objectRef<PluginUsageModel>('PluginUsage').implement({
  description: 'One usage line billed for a plugin (metered billing).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What was used, as the plugin names it.' }),
    units: t.exposeInt('units', { description: 'How many units.' }),
    price: t.exposeFloat('price', { description: 'The price of those units, in US dollars.' }),
  }),
});

const PluginProvenance = builder.objectRef<PluginProvenanceModel>('PluginProvenance').implement({
  description:
    'A signed statement that a request comes from this website, user and plugin (Crisp attest provenance).',
  fields: (t) => ({
    signed: t.exposeString('signed', {
      nullable: true,
      description: 'The signed token to pass on; null when Crisp sent none.',
    }),
    payload: t.expose('payload', {
      type: 'JSON',
      nullable: true,
      description: 'What the token states (website, user, plugin), as Crisp sent it.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the token stops being valid; null when Crisp does not say.',
    }),
  }),
});

const member = <K extends keyof PluginSubscriptionModel>(key: K) => ({
  nullable: true as const,
  extensions: crispCalls({ calls: 1, loader: 'pluginSubscription', unlessLoaded: true }),
  resolve: (s: PluginSubscriptionParent, _: unknown, ctx: GatewayContext) =>
    subscriptions.field(ctx, s, key),
});

export const PluginSubscription = builder.objectRef<PluginSubscriptionParent>('PluginSubscription');

builder.node(PluginSubscription, {
  description:
    'A website’s subscription to a Crisp Marketplace plugin (the plugin installed there).',
  ...websiteNodeId<PluginSubscriptionParent>(
    pluginSubscriptionRef,
    'pluginId',
    (ctx, websiteId, pluginId) => subscriptions.subscription(ctx, websiteId, pluginId),
    'Global id; pass it to `node(id:)` or to any `pluginId` input.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('pluginId', { description: "Crisp's plugin_id (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the plugin is installed on.',
      resolve: (s) => ({ id: s.websiteId }),
    }),
    urn: t.string({ description: 'The plugin’s stable URN; null when not set.', ...member('urn') }),
    name: t.string({ description: 'The plugin name; null when not set.', ...member('name') }),
    summary: t.string({
      description: 'What the plugin does; null when not set.',
      ...member('summary'),
    }),
    type: t.string({
      description: 'The plugin kind, as Crisp names it; null when not set.',
      ...member('type'),
    }),
    category: t.string({
      description: 'The Marketplace category; null when not set.',
      ...member('category'),
    }),
    price: t.float({
      description: 'Its price, in US dollars a month; null when not set.',
      ...member('price'),
    }),
    plans: t.field({ type: [PluginPlan], description: 'Its paid plans.', ...member('plans') }),
    icon: t.string({ description: 'The plugin icon URL; null when not set.', ...member('icon') }),
    websiteUrl: t.string({
      description: 'The plugin’s home page; null when not set.',
      ...member('websiteUrl'),
    }),
    helpUrl: t.string({
      description: 'The plugin’s help page; null when not set.',
      ...member('helpUrl'),
    }),
    isConfigurable: t.boolean({
      description: 'Whether it has settings.',
      ...member('isConfigurable'),
    }),
    isActive: t.boolean({
      description: 'Whether the subscription is active.',
      ...member('isActive'),
    }),
    since: t.field({
      type: 'DateTime',
      description: 'When the website subscribed.',
      ...member('since'),
    }),
    settings: t.field({
      type: PluginSettings,
      nullable: true,
      description: `${tierNote('plugin.subscription.settings.get')}The settings saved for this website; null when they could not be read.`,
      extensions: crispCalls({ calls: 1 }),
      resolve: (s, _, ctx) => subscriptions.settingsOf(ctx, s),
    }),
    usage: t.field({
      type: [PluginUsage],
      nullable: true,
      description: 'The usage billed so far; null when it could not be read.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (s, _, ctx) => subscriptions.usageOf(ctx, s),
    }),
    provenance: t.field({
      type: PluginProvenance,
      nullable: true,
      description:
        'A signed provenance token for this website and plugin; null when it could not be read.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (s, _, ctx) => subscriptions.provenanceOf(ctx, s),
    }),
  }),
});

export const PluginSubscriptionConnection = itemConnection(PluginSubscription, {
  item: 'a plugin subscription',
  items: 'plugin subscriptions',
  order: 'in Crisp’s order',
});

const ONE_CALL =
  ' Crisp lists them in one call; pages are cut from it, and cursors hold each subscription’s key.';

builder.objectFields(Website, (t) => ({
  pluginSubscriptions: t.field({
    nullable: true,
    type: PluginSubscriptionConnection,
    description: `${tierNote('plugin.subscription.list_for_website')}The plugins installed on the website; null when they could not be read.${ONE_CALL}`,
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: pagingArgs(t.arg, 'plugin subscriptions'),
    resolve: (w, args, ctx) => subscriptions.ofWebsite(ctx, w.id, args),
  }),
  pluginSubscription: t.field({
    nullable: true,
    type: PluginSubscription,
    description:
      'One plugin installed on the website; null with an error when it is not (`not_subscribed`). A plugin token reaches its own plugin only.',
    extensions: crispCalls({ calls: 1, loader: 'pluginSubscription', loaded: true }),
    args: {
      pluginId: t.arg.id({
        required: true,
        description: "The plugin: the subscription's global id, or Crisp's plugin_id.",
      }),
    },
    resolve: (w, { pluginId }, ctx) => subscriptions.lookup(ctx, w.id, pluginId),
  }),
}));

builder.queryField('pluginSubscriptions', (t) =>
  t.field({
    nullable: true,
    type: PluginSubscriptionConnection,
    description: `${tierNote('plugin.subscription.list_all')}The plugins installed on every website of the account; null when they could not be read.${ONE_CALL}`,
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: pagingArgs(t.arg, 'plugin subscriptions'),
    resolve: (_, args, ctx) => subscriptions.all(ctx, args),
  }),
);
