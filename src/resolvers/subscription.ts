import { GraphQLError } from 'graphql';
import { ForbiddenError } from '../datasources/crisp-errors.ts';
import { reaches, type Tier } from '../datasources/crisp-tiers.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import {
  acknowledgementEventNames,
  availabilityEventNames,
  composingEventNames,
  conversationEventNames,
  messageEventNames,
  peopleEventNames,
  toAcknowledgement,
  toComposing,
  toConversationChange,
  toMessageEvent,
  toOperatorAvailability,
  toPeopleProfileEvent,
  toVisitorsCount,
} from '../rtm/bridge.ts';
import { rtmEventByName } from '../rtm/events.ts';
import type { Feed } from '../rtm/feed.ts';
import type { Live } from '../rtm/live.ts';
import type { RtmEvent } from '../rtm/topics.ts';

/** Scope arguments, already validated by the schema. */
export interface Scope {
  websiteId: string;
  sessionId?: string | null;
}

function liveOf(ctx: GatewayContext): Live {
  if (!ctx.live) {
    throw new GraphQLError('Live events are turned off on this gateway (CRISP_RTM_MODE=off).', {
      extensions: { code: 'LIVE_EVENTS_OFF' },
    });
  }
  return ctx.live;
}

// The schema's id parsers have lower-cased the ids already, as Crisp sends them in events.
const filter = ({ websiteId, sessionId }: Scope, names: readonly string[]) => ({
  websiteId,
  sessionId: sessionId ?? undefined,
  names,
});

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

// Every field goes through here: the caller must be allowed the website (FORBIDDEN otherwise),
// and the gateway's tier must receive every event asked for.
const follow = <T>(
  ctx: GatewayContext,
  scope: Scope,
  names: readonly string[],
  map: (e: RtmEvent) => T | undefined,
) => {
  const live = liveOf(ctx);
  const websiteId = assertWebsite(ctx, scope.websiteId);
  assertEventTiers(ctx.crisp.options.tier, names);
  return live.subscribe(filter({ ...scope, websiteId }, names), map);
};

/**
 * Field resolvers turn the errors a feed carries into results: the overflow marker (the stream's
 * last) and a gap signal (the stream goes on).
 */
export function unwrap<T>(value: T | GraphQLError): T {
  if (value instanceof GraphQLError) throw value;
  return value;
}

export const messages = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, messageEventNames, toMessageEvent);
export const composing = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, composingEventNames, toComposing);
export const acknowledgements = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, acknowledgementEventNames, toAcknowledgement);
export const conversationChanges = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, conversationEventNames, toConversationChange);
export const peopleProfiles = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, peopleEventNames, toPeopleProfileEvent);
export const visitorsCount = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, ['website:update_visitors_count'], toVisitorsCount);
export const operatorAvailability = (ctx: GatewayContext, scope: Scope) =>
  follow(ctx, scope, availabilityEventNames, toOperatorAvailability);

/** Any of the catalogue's events by name, with the payload as Crisp sent it. */
export const crispEvents = (
  ctx: GatewayContext,
  scope: Scope,
  names: readonly string[],
): Promise<Feed<RtmEvent>> => follow(ctx, scope, names, (e) => e);
