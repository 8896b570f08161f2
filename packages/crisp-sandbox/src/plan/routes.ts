import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound, SandboxError } from '../http/reply.ts';
import { pluginInstalls } from '../plugin/install.ts';
import type { Raw } from '../store.ts';
import { planBook } from './store.ts';

/** The website's plan subscription; `not_subscribed` once it was cancelled. */
function subscriptionOf(ctx: RouteContext): Raw {
  const subscription = planBook(ctx.store).subscriptions.get(ctx.params.website_id!);
  if (!subscription) throw new SandboxError('not_subscribed', 'no plan subscription');
  return subscription;
}

/** The row a subscription lists: the website's name and domain as they are now. */
const row = (ctx: Pick<RouteContext, 'store'>, websiteId: string, subscription: Raw): Raw => {
  const website = ctx.store.websites.get(websiteId)?.website ?? {};
  return {
    ...subscription,
    website: { id: websiteId, name: website.name, domain: website.domain, logo: website.logo },
  };
};

function couponOf(ctx: RouteContext, code: unknown): Raw {
  const coupon = planBook(ctx.store).coupons.get(String(code ?? '').toUpperCase());
  if (!coupon) throw notFound('coupon');
  return coupon;
}

/** `plan:subscription:updated` with the plan now in force; the plugin listings show it too. */
function planChanged(ctx: RouteContext, subscription: Raw) {
  const websiteId = ctx.params.website_id!;
  const install = pluginInstalls(ctx.store).get(websiteId);
  const plan = {
    id: subscription.id,
    name: subscription.name,
    price: subscription.price,
    trialing: subscription.trialing,
  };
  if (install) install.plan = { id: plan.id, name: plan.name, trialing: plan.trialing };
  ctx.store.emit(websiteId, 'plan:subscription:updated', { website_id: websiteId, plan });
}

export const planRoutes: Routes = {
  'plan.subscription.list_all': (ctx) =>
    [...planBook(ctx.store).subscriptions]
      .filter(([websiteId]) => ctx.token.websiteIds.has(websiteId))
      .map(([websiteId, s]) => row(ctx, websiteId, s)),

  'plan.subscription.get': (ctx) => row(ctx, ctx.params.website_id!, subscriptionOf(ctx)),

  'plan.subscription.subscribe': (ctx) => {
    const book = planBook(ctx.store);
    const plan = book.plans.get(String(ctx.body.plan_id).toLowerCase());
    if (!plan) throw notFound('plan');
    const previous = book.subscriptions.get(ctx.params.website_id!);
    const subscription: Raw = {
      ...previous,
      id: plan.id,
      name: plan.name,
      price: plan.price,
      since: new Date(ctx.store.now()).toISOString(),
      trialing: false,
      bill_period: previous?.bill_period ?? 'monthly',
      active: true,
      sandbox: true,
    };
    book.subscriptions.set(ctx.params.website_id!, subscription);
    planChanged(ctx, subscription);
    return {};
  },

  'plan.subscription.unsubscribe': (ctx) => {
    subscriptionOf(ctx);
    planBook(ctx.store).subscriptions.delete(ctx.params.website_id!);
    return {};
  },

  'plan.subscription.bill_period.change': (ctx) => {
    subscriptionOf(ctx).bill_period = ctx.body.period;
    return {};
  },

  'plan.subscription.coupon.check': (ctx) => {
    subscriptionOf(ctx);
    return couponOf(ctx, ctx.query.code);
  },

  'plan.subscription.coupon.redeem': (ctx) => {
    const subscription = subscriptionOf(ctx);
    couponOf(ctx, ctx.body.code);
    subscription.coupon_redeemed = true;
    return {};
  },
};
