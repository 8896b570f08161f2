import * as datasource from '../datasources/website-verify.ts';
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

/** Identity verification settings and the secret key that signs user emails. */

export const settings = (ctx: GatewayContext, websiteId: string) =>
  datasource.getVerifySettings(ctx.crisp, websiteId);

export const secret = (ctx: GatewayContext, websiteId: string) =>
  datasource.getVerifyKey(ctx.crisp, websiteId);

export async function updateSettings(
  ctx: GatewayContext,
  input: { websiteId?: string | null; enabled: boolean },
): Promise<{ websiteId: string; enabled: boolean }> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.updateVerifySettings(ctx.crisp, websiteId, { enabled: input.enabled });
  return { websiteId, enabled: input.enabled };
}

export async function rollKey(
  ctx: GatewayContext,
  input: { websiteId?: string | null },
): Promise<{ websiteId: string }> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.rollVerifyKey(ctx.crisp, websiteId);
  return { websiteId };
}
