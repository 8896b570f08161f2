import * as datasource from '../datasources/visitor-map.ts';
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

/** The visitors map, and the counters of the website's block rules. */

export const map = (ctx: GatewayContext, websiteId: string, area?: datasource.MapArea | null) =>
  datasource.pinpointVisitorsOnMap(ctx.crisp, websiteId, area ?? undefined);

export const blocked = (ctx: GatewayContext, websiteId: string) =>
  datasource.countBlockedVisitors(ctx.crisp, websiteId);

export const blockedInRule = (ctx: GatewayContext, websiteId: string, rule: string) =>
  datasource.countBlockedVisitorsInRule(ctx.crisp, websiteId, rule);

export async function clearBlocked(
  ctx: GatewayContext,
  input: { websiteId?: string | null; rule: string },
): Promise<{ websiteId: string; rule: string }> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.clearBlockedVisitorsInRule(ctx.crisp, websiteId, input.rule);
  return { websiteId, rule: input.rule };
}
