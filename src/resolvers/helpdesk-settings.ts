import type { Settings } from '../datasources/helpdesk-settings.ts';
import * as datasource from '../datasources/helpdesk-settings.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

export const settings = (ctx: GatewayContext, websiteId: string) =>
  datasource.resolveHelpdeskSettings(ctx.crisp, assertWebsite(ctx, websiteId));

export const domain = (ctx: GatewayContext, websiteId: string) =>
  datasource.resolveHelpdeskDomain(ctx.crisp, assertWebsite(ctx, websiteId));

export const domainSetup = (ctx: GatewayContext, websiteId: string, custom?: string | null) =>
  datasource.generateHelpdeskDomainSetupFlow(ctx.crisp, assertWebsite(ctx, websiteId), custom);

export async function saveSettings(
  ctx: GatewayContext,
  input: { websiteId?: string | null; settings: Settings },
) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.saveHelpdeskSettings(ctx.crisp, websiteId, input.settings);
  return { helpdesk: { websiteId } };
}

export async function changeDomain(
  ctx: GatewayContext,
  input: { websiteId?: string | null; basic?: string | null; custom?: string | null },
) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.requestHelpdeskDomainChange(ctx.crisp, websiteId, input);
  return { helpdesk: { websiteId } };
}
