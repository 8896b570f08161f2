import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { PluginSubscriptionParent } from '../datasources/plugin-subscription.ts';
import { pluginSubscriptionRef, websiteIdInputSchema } from '../request/node-id.ts';
import type { SubscriptionTarget } from '../resolvers/plugin-subscription.ts';
import * as subscriptions from '../resolvers/plugin-subscription.ts';
import { builder, type InputFields } from './builder.ts';
import { PluginSubscription } from './plugin-subscription.ts';
import { removalPayload } from './removal-payload.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** The writes on a plugin subscription: install, remove, settings, usage, channel and events. */

const targetFields = (t: InputFields) => ({
  websiteId: t.id({
    description:
      'The website: its global id or its raw UUID. Default: the website of a global `pluginId`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
  pluginId: t.id({
    required: true,
    description:
      "The plugin: the subscription's global id, or Crisp's plugin_id (then `websiteId` applies).",
  }),
});

const jsonObject = z.record(z.string(), z.any(), 'must be a JSON object');

const input = <T extends object>(
  name: string,
  description: string,
  fields: (t: InputFields) => object = () => ({}),
) =>
  builder.inputRef<T>(name).implement({
    description,
    fields: (t) => ({ ...targetFields(t), ...fields(t) }) as never,
  });

const SubscriptionPayload = (mutation: string) =>
  payloadRef<{ subscription?: PluginSubscriptionParent }>(mutation, (t) => ({
    pluginSubscription: t.field({
      type: PluginSubscription,
      nullable: true,
      description:
        'The subscription, no read-back: its fields read it (after the write) when selected. Null when the write failed.',
      resolve: (p) => p.subscription ?? null,
    }),
  }));

const settingsFields = (t: InputFields) => ({
  settings: t.field({
    type: 'JSON',
    required: true,
    description: 'The settings, a JSON object the plugin defines.',
    validate: jsonObject,
  }),
});

type Write = (
  ctx: import('../request/context.ts').GatewayContext,
  input: never,
) => Promise<PluginSubscriptionParent>;

/** name → [route id, description, input, how it writes]. */
const writes: Record<string, [string, string, ReturnType<typeof input>, Write]> = {
  subscribePlugin: [
    'plugin.subscription.subscribe',
    'Installs a Marketplace plugin on a website (`plugin:subscription:updated` follows).',
    input('SubscribePluginInput', 'The website and the plugin to install.'),
    subscriptions.subscribe,
  ],
  savePluginSettings: [
    'plugin.subscription.settings.save',
    'Replaces the plugin’s settings for a website (`plugin:settings:saved` follows).',
    input('SavePluginSettingsInput', 'The subscription and its new settings.', settingsFields),
    (ctx, i) => subscriptions.writeSettings(ctx, i, true),
  ],
  updatePluginSettings: [
    'plugin.subscription.settings.update',
    'Merges the given keys into the plugin’s settings for a website.',
    input(
      'UpdatePluginSettingsInput',
      'The subscription and the settings keys to change.',
      settingsFields,
    ),
    (ctx, i) => subscriptions.writeSettings(ctx, i, false),
  ],
  reportPluginUsage: [
    'plugin.subscription.bill.usage.report',
    'Reports metered usage of the plugin on a website, to be billed.',
    input('ReportPluginUsageInput', 'The subscription and the usage line.', (t) => ({
      name: t.string({
        required: true,
        description: 'What was used.',
        validate: z.string().min(1).max(100),
      }),
      units: t.int({
        required: true,
        description: 'How many units.',
        validate: z.number().int().min(0),
      }),
      price: t.float({
        required: true,
        description: 'The price of those units, in US dollars.',
        validate: z.number().min(0),
      }),
    })),
    subscriptions.reportUsage,
  ],
  forwardPluginChannel: [
    'plugin.subscription.channel.forward',
    'Forwards a payload to the plugin’s channel; listeners receive it as `plugin:channel`.',
    input('ForwardPluginChannelInput', 'The subscription and what to forward.', (t) => ({
      namespace: t.string({
        required: true,
        description: 'The channel namespace the plugin chose.',
        validate: z.string().min(1).max(100),
      }),
      identifier: t.string({ description: 'A correlation identifier, echoed back.' }),
      payload: t.field({
        type: 'JSON',
        description: 'A JSON object to forward.',
        validate: jsonObject.nullish(),
      }),
    })),
    subscriptions.forwardChannel,
  ],
  dispatchPluginEvent: [
    'plugin.subscription.event.dispatch',
    'Dispatches a custom event of the plugin; listeners receive it as `plugin:event`.',
    input('DispatchPluginEventInput', 'The subscription and the event.', (t) => ({
      name: t.string({
        required: true,
        description: 'The event name.',
        validate: z.string().min(1).max(100),
      }),
      data: t.field({
        type: 'JSON',
        description: 'The event data, a JSON object.',
        validate: jsonObject.nullish(),
      }),
    })),
    subscriptions.dispatchEvent,
  ],
};

const UnsubscribePluginPayload = removalPayload('unsubscribePlugin', pluginSubscriptionRef);

builder.mutationFields((t) => ({
  ...Object.fromEntries(
    Object.entries(writes).map(([name, [routeId, description, type, write]]) => [
      name,
      t.field({
        type: SubscriptionPayload(name),
        nullable: true,
        description: `${tierNote(routeId)}${description}`,
        extensions: withUserErrors,
        args: {
          input: t.arg({ type, required: true, description: 'The subscription and the change.' }),
        },
        resolve: async (_, args, ctx) => ({ subscription: await write(ctx, args.input as never) }),
      }),
    ]),
  ),
  unsubscribePlugin: t.field({
    type: UnsubscribePluginPayload,
    nullable: true,
    description: `${tierNote('plugin.subscription.unsubscribe')}Removes a plugin from a website (\`plugin:subscription:updated\` follows).`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: input<SubscriptionTarget>('UnsubscribePluginInput', 'The subscription to remove.'),
        required: true,
        description: 'The subscription to remove.',
      }),
    },
    resolve: async (_, { input: i }, ctx) => ({
      removed: await subscriptions.unsubscribe(ctx, i as SubscriptionTarget),
    }),
  }),
}));
