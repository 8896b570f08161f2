import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { bool, dateText, num, text } from './crisp-values.ts';

/** Catalogue `PlanSubscription`. */
interface PlanSubscriptionRaw {
  id?: string;
  name?: string;
  price?: number;
  since?: string;
  trialing?: boolean;
  trial_end?: string;
  bill_period?: string;
  bill_valid_until?: string;
  active?: boolean;
  coupon_redeemed?: boolean;
  website?: { id?: string };
}

export type BillPeriod = 'monthly' | 'yearly';

export interface PlanSubscriptionModel {
  websiteId: string;
  planId: string | null;
  name: string | null;
  price: number | null;
  since: Date | null;
  isTrialing: boolean | null;
  trialEndsAt: Date | null;
  billPeriod: BillPeriod | null;
  billValidUntil: Date | null;
  isActive: boolean | null;
  isCouponRedeemed: boolean | null;
}

/** Catalogue `PlanSubscriptionCoupon`. */
interface PlanCouponRaw {
  code?: string;
  policy?: { rebate_percent?: number; trial_days?: number };
  redeem_limit?: number;
  expire_at?: string;
}

export interface PlanCouponModel {
  code: string | null;
  rebatePercent: number | null;
  trialDays: number | null;
  redeemLimit: number | null;
  expiresAt: Date | null;
}

const toPlanSubscription = (
  raw: PlanSubscriptionRaw,
  websiteId: string,
): PlanSubscriptionModel => ({
  websiteId: (text(raw.website?.id) ?? websiteId).toLowerCase(),
  planId: text(raw.id),
  name: text(raw.name),
  price: num(raw.price),
  since: dateText(raw.since),
  isTrialing: bool(raw.trialing),
  trialEndsAt: dateText(raw.trial_end),
  billPeriod:
    raw.bill_period === 'monthly' || raw.bill_period === 'yearly' ? raw.bill_period : null,
  billValidUntil: dateText(raw.bill_valid_until),
  isActive: bool(raw.active),
  isCouponRedeemed: bool(raw.coupon_redeemed),
});

/** GET /plans/subscription: the plans of every website the user owns. */
export async function listAllActivePlanSubscriptions(crisp: CrispClient) {
  const rows = await crisp.get<PlanSubscriptionRaw[]>(route`/plans/subscription`);
  return (Array.isArray(rows) ? rows : []).map((r) => toPlanSubscription(r, ''));
}

/** GET /plans/subscription/{website_id} */
export async function getPlanSubscriptionForWebsite(crisp: CrispClient, websiteId: string) {
  const raw = await crisp.get<PlanSubscriptionRaw>(route`/plans/subscription/${websiteId}`);
  return toPlanSubscription(raw ?? {}, websiteId);
}

/** POST /plans/subscription/{website_id} */
export async function subscribeWebsiteToPlan(
  crisp: CrispClient,
  websiteId: string,
  planId: string,
) {
  await crisp.post(route`/plans/subscription/${websiteId}`, { plan_id: planId });
}

/** DELETE /plans/subscription/{website_id} */
export async function unsubscribePlanFromWebsite(crisp: CrispClient, websiteId: string) {
  await crisp.delete(route`/plans/subscription/${websiteId}`);
}

/** PATCH /plans/subscription/{website_id}/bill/period */
export async function changeBillPeriodForWebsitePlanSubscription(
  crisp: CrispClient,
  websiteId: string,
  period: BillPeriod,
) {
  await crisp.patch(route`/plans/subscription/${websiteId}/bill/period`, { period });
}

/** GET /plans/subscription/{website_id}/coupon?code= */
export async function checkCouponAvailabilityForWebsitePlanSubscription(
  crisp: CrispClient,
  websiteId: string,
  code: string,
): Promise<PlanCouponModel> {
  const raw = await crisp.get<PlanCouponRaw>(route`/plans/subscription/${websiteId}/coupon`, {
    code,
  });
  return {
    code: text(raw?.code),
    rebatePercent: num(raw?.policy?.rebate_percent),
    trialDays: num(raw?.policy?.trial_days),
    redeemLimit: num(raw?.redeem_limit),
    expiresAt: dateText(raw?.expire_at),
  };
}

/** PATCH /plans/subscription/{website_id}/coupon */
export async function redeemCouponForWebsitePlanSubscription(
  crisp: CrispClient,
  websiteId: string,
  code: string,
) {
  await crisp.patch(route`/plans/subscription/${websiteId}/coupon`, { code });
}
