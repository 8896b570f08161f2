import { spamRef } from '../request/node-id.ts';
import { conversationOf } from '../resolvers/live-parent.ts';
import * as live from '../resolvers/subscription.ts';
import type { SessionEventModel } from '../rtm/event-models.ts';
import {
  type BrowsingEventModel,
  browsingEventNames,
  type CallEventModel,
  callEventNames,
  type SpamDecidedEventModel,
  type SpamHeldEventModel,
  spamEventNames,
  toBrowsingEvent,
  toCallEvent,
  toSpamEvent,
  toWidgetActionEvent,
  type WidgetActionEventModel,
  widgetActionEventNames,
} from '../rtm/tool-event-models.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { Conversation } from './conversation.ts';
import { BrowsingSession } from './conversation-browsing.ts';
import { Call } from './conversation-call.ts';
import { Spam } from './conversation-spam.ts';
import { eventFields } from './rtm-event.ts';
import { scopeArgs } from './subscription.ts';

/**
 * Live events of the conversation tools: spam held and decided, co-browsing and call requests
 * answered, widget actions processed. Each carries the node it concerns.
 */

/** `conversation`: the event's conversation, its other fields read once per event when selected. */
const conversationField = <E extends SessionEventModel>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, E>,
) =>
  t.field({
    type: Conversation,
    description:
      'The conversation, as its node; any field selected besides `id` is read once per event for every subscriber of this gateway.',
    resolve: (e, _, ctx, info) => conversationOf(ctx, info, e),
  });

// ---- spamEvents ---------------------------------------------------------------------------

type SpamEventModel = SpamHeldEventModel | SpamDecidedEventModel;

const SpamEvent = builder.interfaceRef<SpamEventModel>('SpamEvent').implement({
  description:
    'The spam filter held an item, or a decision was taken on one: one type per Crisp event.',
  resolveType: (e) => e.typename,
  fields: (t) => ({ ...eventFields(t) }),
});

builder.objectRef<SpamHeldEventModel>('SpamHeldEvent').implement({
  description: '`spam:message`: the spam filter held an inbound item back.',
  interfaces: [SpamEvent],
  fields: (t) => ({
    spam: t.field({
      type: Spam,
      description:
        'The item, as its node, with what the event says of it (`content` is read when selected).',
      resolve: (e) => e.spam,
    }),
  }),
});

builder.objectRef<SpamDecidedEventModel>('SpamDecidedEvent').implement({
  description: '`spam:decision`: a decision was taken on a held item, which leaves the spam list.',
  interfaces: [SpamEvent],
  fields: (t) => ({
    decidedSpamId: t.id({
      nullable: true,
      description:
        'The global id of the item decided on, for a cache to evict; null when Crisp did not name it.',
      resolve: (e) => (e.spamId ? spamRef.globalId(e.websiteId, e.spamId) : null),
    }),
    action: t.exposeString('action', {
      description: 'Crisp’s decision word (e.g. `reject`), as in `decideSpam`.',
    }),
  }),
});

// ---- browsingEvents -----------------------------------------------------------------------

const BrowsingEvent = builder.interfaceRef<BrowsingEventModel>('BrowsingEvent').implement({
  description: 'The visitor answered a co-browsing request: one type per Crisp event.',
  resolveType: (e) => e.typename,
  fields: (t) => ({ ...eventFields(t) }),
});

builder.objectRef<BrowsingEventModel>('BrowsingSessionStartedEvent').implement({
  description:
    '`browsing:request:initiated`: the visitor accepted; the session can be joined with its token.',
  interfaces: [BrowsingEvent],
  fields: (t) => ({
    browsingSession: t.field({
      type: BrowsingSession,
      description: 'The session opened, with its `token` from the event.',
      resolve: (e) => ({
        websiteId: e.websiteId,
        sessionId: e.sessionId,
        browsingId: e.browsing!.browsingId,
        token: e.browsing!.token,
      }),
    }),
  }),
});

builder.objectRef<BrowsingEventModel>('BrowsingRequestRejectedEvent').implement({
  description: '`browsing:request:rejected`: the visitor declined the co-browsing request.',
  interfaces: [BrowsingEvent],
  fields: (t) => ({ conversation: conversationField(t) }),
});

// ---- callEvents ---------------------------------------------------------------------------

const CallEvent = builder.interfaceRef<CallEventModel>('CallEvent').implement({
  description: 'A call request was started or declined: one type per Crisp event.',
  resolveType: (e) => e.typename,
  fields: (t) => ({
    ...eventFields(t),
    call: t.field({
      type: Call,
      description: 'The call, as its node.',
      resolve: (e) => ({ websiteId: e.websiteId, sessionId: e.sessionId, callId: e.callId }),
    }),
  }),
});

for (const [name, description] of [
  ['CallStartedEvent', '`call:request:initiated`: an audio or video call request was started.'],
  ['CallRejectedEvent', '`call:request:rejected`: a call request was declined.'],
] as const) {
  builder.objectRef<CallEventModel>(name).implement({
    description,
    interfaces: [CallEvent],
    fields: (t) => ({ conversation: conversationField(t) }),
  });
}

// ---- widgetActionEvents -------------------------------------------------------------------

const WidgetActionOutcome = builder.enumType('WidgetActionOutcome', {
  description: 'How the plugin answered a widget action.',
  values: {
    SUCCESS: { value: 'success', description: 'The action succeeded.' },
    FAILURE: { value: 'failure', description: 'The action failed.' },
  } as const,
});

const WidgetActionProcessedEvent = builder
  .objectRef<WidgetActionEventModel>('WidgetActionProcessedEvent')
  .implement({
    description:
      '`widget:action:processed`: the plugin answered a widget action, matched by `correlationId`.',
    fields: (t) => ({
      ...eventFields(t),
      conversation: conversationField(t),
      pluginId: t.exposeID('pluginId', {
        description: "Crisp's plugin_id of the widget's plugin.",
      }),
      correlationId: t.exposeString('correlationId', {
        description: 'The `widgetAction.correlationId` of the action answered.',
      }),
      outcome: t.field({
        type: WidgetActionOutcome,
        description: 'Whether the action succeeded.',
        resolve: (e) => e.outcome,
      }),
      result: t.field({
        type: 'JSON',
        nullable: true,
        description: 'What the plugin answered, free-form; null when it answered nothing.',
        resolve: (e) => e.result,
      }),
    }),
  });

// ---- the subscription fields --------------------------------------------------------------

builder.subscriptionFields((t) => {
  const { ofConversations, ofWebsite } = scopeArgs(t);
  return {
    spamEvents: t.field({
      type: SpamEvent,
      nullable: true,
      description:
        'Items the spam filter held back, and decisions on them (`spam:message`, `spam:decision`). These events reach user tokens only.',
      args: ofWebsite(),
      subscribe: (_, args, ctx) => live.follow(ctx, args, spamEventNames, toSpamEvent),
      resolve: (e) => live.unwrap(e),
    }),
    browsingEvents: t.field({
      type: BrowsingEvent,
      nullable: true,
      description:
        'Answers to co-browsing requests (`browsing:request:initiated`, `browsing:request:rejected`).',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.follow(ctx, args, browsingEventNames, toBrowsingEvent),
      resolve: (e) => live.unwrap(e),
    }),
    callEvents: t.field({
      type: CallEvent,
      nullable: true,
      description:
        'Call requests started or declined (`call:request:initiated`, `call:request:rejected`).',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.follow(ctx, args, callEventNames, toCallEvent),
      resolve: (e) => live.unwrap(e),
    }),
    widgetActionEvents: t.field({
      type: WidgetActionProcessedEvent,
      nullable: true,
      description:
        'Plugin answers to widget actions (`widget:action:processed`). These events reach user tokens only.',
      args: ofConversations(),
      subscribe: (_, args, ctx) =>
        live.follow(ctx, args, widgetActionEventNames, toWidgetActionEvent),
      resolve: (e) => live.unwrap(e),
    }),
  };
});
