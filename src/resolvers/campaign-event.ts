import type { GatewayContext } from '../request/context.ts';
import { campaignEventNames, toCampaignEvent } from '../rtm/campaign-event-models.ts';
import { follow, type ScopeArgs } from './subscription.ts';

/** `campaign:progress`, `campaign:dispatched` and `campaign:running` of one website. */
export const campaignEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, campaignEventNames, toCampaignEvent);
