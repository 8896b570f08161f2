import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { BillPeriod } from '../datasources/plan-subscription.ts';
import * as datasource from '../datasources/plan-subscription.ts';
import { mayUse } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { PAGE_SIZE, pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

/** The plans of every website the user owns (one call), less those the caller may not use. */
export async function all(ctx: GatewayContext, args: DefaultConnectionArguments) {
  const list = (await datasource.listAllActivePlanSubscriptions(ctx.crisp)).filter((s) =>
    mayUse(ctx.principal, s.websiteId),
  );
  return pageConnection(args, async (n) => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), {
    name: 'Query.planSubscriptions',
    parentId: '',
    idOf: (s) => s.websiteId,
  });
}

export const ofWebsite = (ctx: GatewayContext, websiteId: string) =>
  datasource.getPlanSubscriptionForWebsite(ctx.crisp, websiteId);

export const coupon = (ctx: GatewayContext, websiteId: string, code: string) =>
  datasource.checkCouponAvailabilityForWebsitePlanSubscription(ctx.crisp, websiteId, code);

export interface PlanTarget {
  websiteId?: string | null;
}

const target = (ctx: GatewayContext, input: PlanTarget) =>
  websiteIdOrDefault(ctx, input.websiteId, 'write');

/** Each write returns the website, whose `planSubscription` reads the plan after it. */
export async function subscribe(ctx: GatewayContext, input: PlanTarget & { planId: string }) {
  const websiteId = target(ctx, input);
  await datasource.subscribeWebsiteToPlan(ctx.crisp, websiteId, input.planId);
  return { id: websiteId };
}

export async function unsubscribe(ctx: GatewayContext, input: PlanTarget) {
  const websiteId = target(ctx, input);
  await datasource.unsubscribePlanFromWebsite(ctx.crisp, websiteId);
  return { id: websiteId };
}

export async function changeBillPeriod(
  ctx: GatewayContext,
  input: PlanTarget & { period: BillPeriod },
) {
  const websiteId = target(ctx, input);
  await datasource.changeBillPeriodForWebsitePlanSubscription(ctx.crisp, websiteId, input.period);
  return { id: websiteId };
}

export async function redeemCoupon(ctx: GatewayContext, input: PlanTarget & { code: string }) {
  const websiteId = target(ctx, input);
  await datasource.redeemCouponForWebsitePlanSubscription(ctx.crisp, websiteId, input.code);
  return { id: websiteId };
}
