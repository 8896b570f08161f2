import { GraphQLError } from 'graphql';
import { ForbiddenError } from '../datasources/crisp-errors.ts';
import { reaches, type Tier } from '../datasources/crisp-tiers.ts';
import { textOf } from '../datasources/message-content.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { conversationRef, websiteRef } from '../request/node-id.ts';
import {
  conversationActivityEventNames,
  toConversationActivityEvent,
} from '../rtm/conversation-activity-events.ts';
import {
  availabilityEventNames,
  conversationEventNames,
  type MessageEventModel,
  messageEventNames,
  personEventNames,
  readEventNames,
  toAvailabilityEvent,
  toConversationEvent,
  toCrispEvent,
  toMessageEvent,
  toPersonEvent,
  toReadEvent,
  toTypingEvent,
  toVisitorCountEvent,
  typingEventNames,
  visitorCountEventNames,
} from '../rtm/event-models.ts';
import { rtmEventByName } from '../rtm/events.ts';
import type { Feed } from '../rtm/feed.ts';
import type { Live } from '../rtm/live.ts';
import type { RtmEvent } from '../rtm/topics.ts';
import type { ConversationNews } from './live-parent.ts';
import { websiteIdOrDefault } from './website.ts';

/** A subscription's scope as given: both optional, the website defaulting like queries. */
export interface ScopeArgs {
  websiteId?: string | null;
  conversationId?: string | null;
}

interface Scope {
  websiteId: string;
  sessionId?: string;
}

/**
 * The website (given as its id, else CRISP_WEBSITE_ID) and, when given, the conversation (its
 * global id, which brings its website, or Crisp's session_id within the website), once the
 * caller may use that website: BAD_USER_INPUT or FORBIDDEN otherwise, before anything waits.
 */
function scopeOf(ctx: GatewayContext, args: ScopeArgs): Scope {
  const stated = args.websiteId ? websiteRef.fromInput(args.websiteId, 'websiteId', [])[0] : null;
  if (!args.conversationId) return { websiteId: websiteIdOrDefault(ctx, stated) };
  const [websiteId, sessionId] = conversationRef.fromInput(
    args.conversationId,
    'conversationId',
    [stated],
    [ctx.defaultWebsiteId],
  );
  return { websiteId: assertWebsite(ctx, websiteId), sessionId };
}

/**
 * An event the gateway's token tier never receives would leave the subscription silent forever:
 * refused at subscribe time instead, naming the tiers that do receive it.
 */
function assertEventTiers(tier: Tier, names: readonly string[]): void {
  for (const name of names) {
    const tiers = rtmEventByName.get(name)?.tiers;
    if (!tiers || reaches(tier, tiers)) continue;
    throw new ForbiddenError(
      'restricted_event_tier',
      name,
      0,
      `\`${name}\` reaches ${tiers.join(' or ')} tokens only; this gateway uses a ${tier} token.`,
      { requiredTiers: tiers },
    );
  }
}

function liveOf(ctx: GatewayContext): Live {
  if (!ctx.live) {
    throw new GraphQLError('Live events are turned off on this gateway (CRISP_RTM_MODE=off).', {
      extensions: { code: 'LIVE_EVENTS_OFF' },
    });
  }
  return ctx.live;
}

// Every field goes through here, in this order: the input, the caller's access to the website,
// the tier of every event asked for, then the wait.
export const follow = <T>(
  ctx: GatewayContext,
  args: ScopeArgs,
  names: readonly string[],
  map: (e: RtmEvent) => T | undefined,
): Promise<Feed<T>> => {
  const scope = scopeOf(ctx, args);
  assertEventTiers(ctx.crisp.options.tier, names);
  return liveOf(ctx).subscribe({ ...scope, names }, map);
};

/**
 * Field resolvers turn the errors a feed carries into results: the overflow marker (the stream's
 * last) and a gap signal (the stream goes on).
 */
export function unwrap<T>(value: T | GraphQLError): T {
  if (value instanceof GraphQLError) throw value;
  return value;
}

export const messageEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, messageEventNames, toMessageEvent);
export const typingEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, typingEventNames, toTypingEvent);
export const readEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, readEventNames, toReadEvent);
// Changes of the conversation itself, then what the team does around it (participants, verification, views).
export const conversationEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(
    ctx,
    args,
    [...conversationEventNames, ...conversationActivityEventNames],
    (e) => toConversationEvent(e) ?? toConversationActivityEvent(e),
  );
export const personEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, personEventNames, toPersonEvent);
export const visitorCountEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, visitorCountEventNames, toVisitorCountEvent);
export const operatorAvailabilityEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, availabilityEventNames, toAvailabilityEvent);

/** Any of the catalogue's events by name, with the payload as Crisp sent it. */
export const crispEvents = (ctx: GatewayContext, args: ScopeArgs, names: readonly string[]) =>
  follow(ctx, args, names, toCrispEvent);

/** A new message is its conversation's last one: what the inbox row shows of it, and when. */
export function messageNews(e: MessageEventModel): ConversationNews | undefined {
  const m = e.message;
  if (!m) return undefined;
  const excerpt = textOf(m.content);
  return {
    model: {
      updatedAt: m.timestamp,
      lastMessage: excerpt,
      preview: { type: m.type, from: m.from, excerpt, fingerprint: m.fingerprint },
    },
    known: { lastMessage: true, updatedAt: true },
  };
}
