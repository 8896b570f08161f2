import { z } from 'zod';
import * as live from '../resolvers/subscription.ts';
import { builder } from './builder.ts';
import { ConversationChangeEvent } from './conversation-event.ts';
import { MessageEvent, ReadEvent, TypingEvent } from './message-event.ts';
import { CrispEvent, RtmEventName } from './rtm-event.ts';
import {
  OperatorAvailabilityEvent,
  PersonChangeEvent,
  VisitorCountEvent,
} from './website-event.ts';

/**
 * Live Crisp events. Each field is filtered on the server by website (and by conversation where
 * it takes a `conversationId`), de-duplicated across the socket, web hooks and backfill. A
 * subscriber that falls `bufferSize` events behind gets a SUBSCRIBER_TOO_SLOW error and its
 * stream ends.
 */
builder.subscriptionType({
  description:
    "Live Crisp events, filtered by website (and conversation). Each event carries the nodes it changed, with their ids, so a normalised cache merges it by itself. A subscriber that falls too far behind gets `SUBSCRIBER_TOO_SLOW` and its stream ends; an event the gateway's token tier never receives is refused with `FORBIDDEN` before anything waits.",
});

type SubscriptionFields = Parameters<Parameters<typeof builder.subscriptionFields>[0]>[0];

/** The scope arguments every `<noun>Events` field takes: the website, and maybe a conversation. */
export function scopeArgs(t: SubscriptionFields) {
  const websiteId = () =>
    t.arg.id({
      description:
        "The website: its id (or global id). Default: the gateway's website (CRISP_WEBSITE_ID).",
    });
  const conversationId = () =>
    t.arg.id({
      description:
        "Only this conversation: its global id, or Crisp's session_id (then `websiteId` or the default website applies). Default: every conversation of the website.",
    });
  return {
    ofConversations: () => ({ websiteId: websiteId(), conversationId: conversationId() }),
    ofWebsite: () => ({ websiteId: websiteId() }),
  };
}

builder.subscriptionFields((t) => {
  const { ofConversations, ofWebsite } = scopeArgs(t);

  return {
    messageEvents: t.field({
      type: MessageEvent,
      nullable: true,
      description:
        'Messages written, edited or removed (`message:send`, `message:received`, `message:updated`, `message:removed`). Messages the socket missed are read back after a reconnection (`source: BACKFILL`); when that fails for longer than CRISP_RTM_GAP_SIGNAL_MS, the stream carries a `LIVE_EVENTS_GAP` error and goes on.',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.messageEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    typingEvents: t.field({
      type: TypingEvent,
      nullable: true,
      description:
        'Typing indicators of the visitor (`message:compose:send`) and of the team (`message:compose:receive`).',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.typingEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    readEvents: t.field({
      type: ReadEvent,
      nullable: true,
      description:
        'Messages marked read, unread, delivered or not delivered (`message:acknowledge:*`).',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.readEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    conversationEvents: t.field({
      type: ConversationChangeEvent,
      nullable: true,
      description:
        'Conversation state, block, assignment, inbox, metas and participants changes, removals, verification updates, and operators opening or closing it (`session:set_*`, `session:update_verify`, `session:removed`).',
      args: ofConversations(),
      subscribe: (_, args, ctx) => live.conversationEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    personEvents: t.field({
      type: PersonChangeEvent,
      nullable: true,
      description: 'Contact profiles created, updated or removed (`people:profile:*`).',
      args: ofWebsite(),
      subscribe: (_, args, ctx) => live.personEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    operatorAvailabilityEvents: t.field({
      type: OperatorAvailabilityEvent,
      nullable: true,
      description:
        'An operator (`website:update_operators_availability`), or the team as a whole (`website:users:available`), becoming available or not.',
      args: ofWebsite(),
      subscribe: (_, args, ctx) => live.operatorAvailabilityEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    visitorCountEvents: t.field({
      type: VisitorCountEvent,
      nullable: true,
      description:
        'The number of visitors on the website, when it changes (`website:update_visitors_count`).',
      args: ofWebsite(),
      subscribe: (_, args, ctx) => live.visitorCountEvents(ctx, args),
      resolve: (e) => live.unwrap(e),
    }),
    crispEvents: t.field({
      type: CrispEvent,
      nullable: true,
      description:
        "Any current Crisp event, by name, with the raw payload: for events the schema does not model yet. A name the gateway's token tier never receives fails with FORBIDDEN at subscribe time.",
      args: {
        ...ofWebsite(),
        names: t.arg({
          type: [RtmEventName],
          required: true,
          description: 'The events to follow; at least one.',
          validate: z.array(z.string()).min(1, 'name at least one event'),
        }),
      },
      subscribe: (_, { names, ...scope }, ctx) => live.crispEvents(ctx, scope, names),
      resolve: (e) => live.unwrap(e),
    }),
  };
});
