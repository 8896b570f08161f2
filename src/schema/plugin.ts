import { tierNote } from '../datasources/crisp-tiers.ts';
import type { ConnectWebsiteChangeModel } from '../datasources/plugin-connect.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { pluginRef } from '../request/node-id.ts';
import * as plugin from '../resolvers/plugin.ts';
import { builder } from './builder.ts';
import { PluginSubscription } from './plugin-subscription.ts';
import { Website } from './website.ts';

/**
 * `Query.plugin`: the plugin the gateway's token belongs to, the root a plugin author's
 * settings page starts from (plugin tokens only, as Crisp opens `plugin/connect`).
 */

const PLUGIN_ONLY = tierNote('plugin.connect.account.get');

const PluginWebsiteChange = builder
  .objectRef<ConnectWebsiteChangeModel>('PluginWebsiteChange')
  .implement({
    description: 'A website that installed or removed the plugin since a date.',
    fields: (t) => ({
      website: t.field({
        type: Website,
        description: 'The website.',
        resolve: (c) => ({ id: c.websiteId }),
      }),
      difference: t.exposeString('difference', {
        nullable: true,
        description:
          'What changed, as Crisp names it (`added`, `removed`): a string, as Crisp does not document the set. Null when not said.',
      }),
      price: t.exposeFloat('price', {
        nullable: true,
        description: 'The price billed for the plugin there, in US dollars; null when not said.',
      }),
      settings: t.expose('settings', {
        type: 'JSON',
        nullable: true,
        description: 'The settings saved there (free-form); null when none were saved.',
      }),
      planName: t.exposeString('planName', {
        nullable: true,
        description: 'The website’s Crisp plan, when `includePlan` asked for it; null otherwise.',
      }),
    }),
  });

const PluginEndpoints = builder
  .objectRef<{ socketUrl: string | null }>('PluginEndpoints')
  .implement({
    description: 'Where the plugin’s live connections go.',
    fields: (t) => ({
      socketUrl: t.exposeString('socketUrl', {
        nullable: true,
        description: 'The RTM (Socket.IO) URL; null when Crisp gives none.',
      }),
    }),
  });

export const Plugin = builder.objectRef<{ pluginId: string }>('Plugin');

builder.node(Plugin, {
  description: `${PLUGIN_ONLY}The Crisp Marketplace plugin the gateway’s token belongs to.`,
  id: {
    description: 'Global id; pass it to `node(id:)`.',
    resolve: (p) => pluginRef.format(p.pluginId),
    parse: (id) => pluginRef.parse(id)[0],
  },
  loadWithoutCache: (pluginId: string, ctx) => plugin.pluginById(ctx, pluginId),
  fields: (t) => ({
    crispId: t.exposeID('pluginId', { description: "Crisp's plugin_id (a UUID)." }),
    isSessionValid: t.boolean({
      nullable: true,
      description: 'Whether the token still works (`HEAD /plugin/connect/session`).',
      extensions: crispCalls({ calls: 1 }),
      resolve: (_, __, ctx) => plugin.isSessionValid(ctx),
    }),
    endpoints: t.field({
      type: PluginEndpoints,
      nullable: true,
      description: 'Where the plugin’s live connections go; null when they could not be read.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (_, __, ctx) => plugin.endpoints(ctx),
    }),
    websitesSince: t.field({
      type: [PluginWebsiteChange],
      nullable: true,
      description:
        'Websites that installed or removed the plugin since a date, for an incremental sync; null when they could not be read. Crisp answers in one call, without pages.',
      extensions: crispCalls({ calls: 1 }),
      args: {
        since: t.arg({ type: 'DateTime', required: true, description: 'Changes after this time.' }),
        isConfigured: t.arg.boolean({
          description: 'Only websites that saved the plugin’s settings. Default: false.',
        }),
        includePlan: t.arg.boolean({
          description: 'Add each website’s Crisp plan (`planName`). Default: false.',
        }),
      },
      resolve: (_, args, ctx) => plugin.websitesSince(ctx, args),
    }),
    subscription: t.field({
      type: PluginSubscription,
      nullable: true,
      description:
        'The plugin’s subscription on one website, with its settings: what a settings page shows. Null with an error when the website has not installed it.',
      extensions: crispCalls({ calls: 1, loader: 'pluginSubscription', loaded: true }),
      args: {
        websiteId: t.arg.id({
          description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        }),
      },
      resolve: (p, { websiteId }, ctx) => plugin.subscriptionOn(ctx, p, websiteId),
    }),
  }),
});

builder.queryField('plugin', (t) =>
  t.field({
    type: Plugin,
    nullable: true,
    description: `${PLUGIN_ONLY}The plugin the gateway’s token belongs to: the root of a plugin’s settings page.`,
    extensions: crispCalls({ calls: 1 }),
    resolve: (_, __, ctx) => plugin.plugin(ctx),
  }),
);
