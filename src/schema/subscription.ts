import { z } from 'zod';
import { sessionIdSchema } from '../datasources/crisp-id.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import * as live from '../resolvers/subscription.ts';
import type {
  AcknowledgementModel,
  ComposingModel,
  ConversationChangeModel,
  MessageEventModel,
  OperatorAvailabilityModel,
  PeopleProfileEventModel,
  VisitorsCountModel,
} from '../rtm/bridge.ts';
import { builder } from './builder.ts';
import { ConversationStateEnum } from './conversation.ts';
import { Message } from './message.ts';
import { CrispEvent, RtmEventName } from './rtm-event.ts';

/**
 * Live Crisp events. Each field is filtered on the server by website (and by conversation where
 * it takes a `sessionId`), de-duplicated across the socket, web hooks and backfill. A subscriber
 * that falls `bufferSize` events behind gets a SUBSCRIBER_TOO_SLOW error and its stream ends.
 */
builder.subscriptionType({});

const MessageEventKind = builder.enumType('MessageEventKind', {
  values: {
    SENT: { value: 'send', description: '`message:send`: written by the visitor.' },
    RECEIVED: {
      value: 'received',
      description: '`message:received`: written by the team side (operators, bots, plugins).',
    },
    UPDATED: { value: 'updated', description: '`message:updated`: the content was edited.' },
    REMOVED: { value: 'removed', description: '`message:removed`.' },
  } as const,
});

const MessageEvent = builder.objectRef<MessageEventModel>('MessageEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: MessageEventKind, resolve: (e) => e.kind }),
    websiteId: t.exposeID('websiteId'),
    sessionId: t.exposeString('sessionId'),
    fingerprint: t.expose('fingerprint', { type: 'Fingerprint' }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
    message: t.field({
      type: Message,
      nullable: true,
      description: 'The message, on SENT and RECEIVED.',
      resolve: (e) => e.message,
    }),
    content: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The new content, on UPDATED.',
      resolve: (e) => e.content,
    }),
  }),
});

const ComposingSide = builder.enumType('ComposingSide', {
  values: {
    VISITOR: { value: 'visitor', description: '`message:compose:send`' },
    OPERATOR: { value: 'operator', description: '`message:compose:receive`' },
  } as const,
});

const ComposingEvent = builder.objectRef<ComposingModel>('ComposingEvent').implement({
  description: 'Someone started or stopped typing in a conversation.',
  fields: (t) => ({
    websiteId: t.exposeID('websiteId'),
    sessionId: t.exposeString('sessionId'),
    side: t.field({ type: ComposingSide, resolve: (e) => e.side }),
    typing: t.exposeBoolean('typing'),
    excerpt: t.exposeString('excerpt', {
      nullable: true,
      description: 'What is being typed, when Crisp sends it.',
    }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

const AcknowledgementKind = builder.enumType('AcknowledgementKind', {
  values: {
    READ_SEND: { value: 'read_send', description: '`message:acknowledge:read:send`' },
    READ_RECEIVED: { value: 'read_received', description: '`message:acknowledge:read:received`' },
    UNREAD_SEND: { value: 'unread_send', description: '`message:acknowledge:unread:send`' },
    DELIVERED: { value: 'delivered', description: '`message:acknowledge:delivered`' },
    IGNORED: { value: 'ignored', description: '`message:acknowledge:ignored`' },
  } as const,
});

const AcknowledgementEvent = builder
  .objectRef<AcknowledgementModel>('AcknowledgementEvent')
  .implement({
    description: 'Messages marked read, unread, delivered or ignored.',
    fields: (t) => ({
      kind: t.field({ type: AcknowledgementKind, resolve: (e) => e.kind }),
      websiteId: t.exposeID('websiteId'),
      sessionId: t.exposeString('sessionId'),
      origin: t.exposeString('origin', { nullable: true }),
      fingerprints: t.field({ type: ['Fingerprint'], resolve: (e) => e.fingerprints }),
    }),
  });

const ConversationChangeKind = builder.enumType('ConversationChangeKind', {
  values: {
    STATE: { value: 'state', description: '`session:set_state`' },
    BLOCK: { value: 'block', description: '`session:set_block`' },
    ROUTING: { value: 'routing', description: '`session:set_routing`' },
    INBOX: { value: 'inbox', description: '`session:set_inbox`' },
    REMOVED: { value: 'removed', description: '`session:removed`' },
    META: {
      value: 'meta',
      description: '`session:set_email`, `set_nickname`, `set_data`, … (see `name`).',
    },
  } as const,
});

const ConversationChangeEvent = builder
  .objectRef<ConversationChangeModel>('ConversationChangeEvent')
  .implement({
    description:
      "A conversation's state, block, routing, inbox or metas changed, or it was removed.",
    fields: (t) => ({
      kind: t.field({ type: ConversationChangeKind, resolve: (e) => e.kind }),
      name: t.field({ type: RtmEventName, resolve: (e) => e.name }),
      websiteId: t.exposeID('websiteId'),
      sessionId: t.exposeString('sessionId'),
      state: t.field({ type: ConversationStateEnum, nullable: true, resolve: (e) => e.state }),
      blocked: t.exposeBoolean('blocked', { nullable: true }),
      routingId: t.exposeString('routingId', { nullable: true }),
      changes: t.field({
        type: 'JSON',
        description: 'What changed, as Crisp sent it.',
        resolve: (e) => e.changes,
      }),
    }),
  });

const PeopleProfileEventKind = builder.enumType('PeopleProfileEventKind', {
  values: {
    CREATED: { value: 'created' },
    UPDATED: { value: 'updated' },
    REMOVED: { value: 'removed' },
  } as const,
});

const PeopleProfileEvent = builder
  .objectRef<PeopleProfileEventModel>('PeopleProfileEvent')
  .implement({
    fields: (t) => ({
      kind: t.field({ type: PeopleProfileEventKind, resolve: (e) => e.kind }),
      websiteId: t.exposeID('websiteId'),
      peopleId: t.exposeString('peopleId'),
      email: t.exposeString('email', { nullable: true }),
    }),
  });

const VisitorsCountEvent = builder.objectRef<VisitorsCountModel>('VisitorsCountEvent').implement({
  fields: (t) => ({ websiteId: t.exposeID('websiteId'), count: t.exposeInt('count') }),
});

const OperatorAvailabilityEvent = builder
  .objectRef<OperatorAvailabilityModel>('OperatorAvailabilityEvent')
  .implement({
    fields: (t) => ({
      websiteId: t.exposeID('websiteId'),
      userId: t.exposeString('userId', {
        nullable: true,
        description: 'Null when the change is about the whole team.',
      }),
      online: t.exposeBoolean('online'),
    }),
  });

builder.subscriptionFields((t) => {
  const websiteId = () => t.arg.id({ required: true, validate: websiteIdInputSchema });
  const sessionId = (required: boolean) =>
    t.arg.string({
      required,
      validate: sessionIdSchema,
      description: required ? undefined : 'Only this conversation.',
    });

  return {
    conversationMessages: t.field({
      type: MessageEvent,
      description: 'Messages sent, received, edited or removed in one conversation.',
      args: { websiteId: websiteId(), sessionId: sessionId(true) },
      subscribe: (_, args, ctx) => live.messages(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    websiteMessages: t.field({
      type: MessageEvent,
      description:
        "Messages sent, received, edited or removed in any of the website's conversations.",
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => live.messages(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    conversationComposing: t.field({
      type: ComposingEvent,
      description: 'Typing indicators.',
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => live.composing(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    messageAcknowledgements: t.field({
      type: AcknowledgementEvent,
      description: 'Read, unread, delivered and ignored acknowledgements.',
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => live.acknowledgements(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    conversationChanges: t.field({
      type: ConversationChangeEvent,
      description: 'State, block, routing, inbox and meta changes, and removals.',
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => live.conversationChanges(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    peopleProfiles: t.field({
      type: PeopleProfileEvent,
      description: 'Contact profiles created, updated or removed.',
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => live.peopleProfiles(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    visitorsCount: t.field({
      type: VisitorsCountEvent,
      description: 'The number of visitors on the website, when it changes.',
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => live.visitorsCount(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    operatorAvailability: t.field({
      type: OperatorAvailabilityEvent,
      description: 'An operator, or the whole team, going online or offline.',
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => live.operatorAvailability(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    crispEvents: t.field({
      type: CrispEvent,
      description:
        'Any of the current Crisp events, by name, with the raw payload. A name the configured token tier never receives fails with FORBIDDEN at subscribe time.',
      args: {
        websiteId: websiteId(),
        names: t.arg({
          type: [RtmEventName],
          required: true,
          validate: z.array(z.string()).min(1, 'name at least one event'),
        }),
      },
      subscribe: (_, { names, ...scope }, ctx) => live.crispEvents(ctx, scope, names),
      resolve: (e) => live.unwrap(e),
    }),
  };
});
