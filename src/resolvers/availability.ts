import { getWebsiteAvailabilityStatus } from '../datasources/availability.ts';
import type { GatewayContext } from '../server/context.ts';

export const status = (ctx: GatewayContext, websiteId: string) => getWebsiteAvailabilityStatus(ctx.crisp, websiteId);
