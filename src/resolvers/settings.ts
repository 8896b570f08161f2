import { getWebsiteSettings, updateWebsiteSettings, type WebsiteSettingsPatch } from '../datasources/settings.ts';
import type { GatewayContext } from '../server/context.ts';
import { websiteIdOrDefault } from './website.ts';

export const get = (ctx: GatewayContext, websiteId: string) => getWebsiteSettings(ctx.crisp, websiteId);

export async function update(ctx: GatewayContext, { websiteId, ...patch }: WebsiteSettingsPatch & { websiteId?: string | null }) {
  const id = websiteIdOrDefault(ctx, websiteId, 'write');
  await updateWebsiteSettings(ctx.crisp, id, patch);
  return getWebsiteSettings(ctx.crisp, id);
}
