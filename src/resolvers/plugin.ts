import { NotFoundError } from '../datasources/crisp-errors.ts';
import * as connect from '../datasources/plugin-connect.ts';
import { assertEveryWebsite, mayUse } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { subscription } from './plugin-subscription.ts';
import { websiteIdOrDefault } from './website.ts';

/** The plugin the gateway's token belongs to, as `{ pluginId }` (plugin tokens). */
export async function plugin(ctx: GatewayContext) {
  return { pluginId: await connect.getConnectAccount(ctx.crisp) };
}

/** `node(id:)` of a Plugin: only the token's own plugin resolves. */
export async function pluginById(ctx: GatewayContext, pluginId: string) {
  const own = await plugin(ctx);
  if (own.pluginId !== pluginId)
    throw new NotFoundError('not_found', 'GET /plugin/connect/account', 404);
  return own;
}

export const isSessionValid = (ctx: GatewayContext) =>
  connect.checkConnectSessionValidity(ctx.crisp);

export const endpoints = (ctx: GatewayContext) => connect.getConnectEndpoints(ctx.crisp);

/** Installs and removals since a date, on the websites the caller may use. */
export async function websitesSince(
  ctx: GatewayContext,
  args: { since: Date; isConfigured?: boolean | null; includePlan?: boolean | null },
) {
  assertEveryWebsite(ctx);
  const rows = await connect.listConnectWebsitesSince(ctx.crisp, args.since, {
    configuredOnly: args.isConfigured ?? false,
    includePlan: args.includePlan ?? false,
  });
  return rows.filter((r) => mayUse(ctx.principal, r.websiteId));
}

/** The plugin's subscription on one website: its settings page's data. */
export function subscriptionOn(
  ctx: GatewayContext,
  p: { pluginId: string },
  websiteId: string | null | undefined,
) {
  return subscription(ctx, websiteIdOrDefault(ctx, websiteId), p.pluginId);
}
