import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { PlanCouponModel, PlanSubscriptionModel } from '../datasources/plan-subscription.ts';
import type { WebsiteRef } from '../datasources/website.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import * as plans from '../resolvers/plan-subscription.ts';
import { builder, type InputFields } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** A website's Crisp plan: read, list, subscribe, cancel, bill period and coupons. */

const BillPeriod = builder.enumType('BillPeriod', {
  description: 'How often a plan is billed.',
  values: {
    MONTHLY: { value: 'monthly', description: 'Every month.' },
    YEARLY: { value: 'yearly', description: 'Every year.' },
  } as const,
});

const PlanSubscription = builder.objectRef<PlanSubscriptionModel>('PlanSubscription').implement({
  description: 'The Crisp plan a website is subscribed to.',
  fields: (t) => ({
    website: t.field({
      type: Website,
      description: 'The website on the plan.',
      resolve: (p) => ({ id: p.websiteId }),
    }),
    planId: t.exposeString('planId', {
      nullable: true,
      description: "Crisp's plan identifier (a plan, not this subscription); null when not set.",
    }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'The plan name; null when not set.',
    }),
    price: t.exposeFloat('price', {
      nullable: true,
      description: 'Its price, in US dollars a period; null when not set.',
    }),
    since: t.expose('since', { type: 'DateTime', nullable: true, description: 'When it started.' }),
    isTrialing: t.exposeBoolean('isTrialing', {
      nullable: true,
      description: 'Whether it is in its trial; null when not said.',
    }),
    trialEndsAt: t.expose('trialEndsAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the trial ends; null outside a trial.',
    }),
    billPeriod: t.expose('billPeriod', {
      type: BillPeriod,
      nullable: true,
      description: 'How often it is billed; null when not said.',
    }),
    billValidUntil: t.expose('billValidUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'Until when it is paid; null when not said.',
    }),
    isActive: t.exposeBoolean('isActive', { nullable: true, description: 'Whether it is active.' }),
    isCouponRedeemed: t.exposeBoolean('isCouponRedeemed', {
      nullable: true,
      description: 'Whether a coupon was redeemed on it.',
    }),
  }),
});

const PlanCoupon = builder.objectRef<PlanCouponModel>('PlanCoupon').implement({
  description: 'A coupon a website may redeem on its plan, and what it gives.',
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: 'The coupon code.' }),
    rebatePercent: t.exposeFloat('rebatePercent', {
      nullable: true,
      description: 'The rebate, in percent; null when it gives none.',
    }),
    trialDays: t.exposeInt('trialDays', {
      nullable: true,
      description: 'Trial days it adds; null when it adds none.',
    }),
    redeemLimit: t.exposeInt('redeemLimit', {
      nullable: true,
      description: 'How many times it may be redeemed; null when unlimited or not said.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it expires; null when it does not.',
    }),
  }),
});

builder.objectFields(Website, (t) => ({
  planSubscription: t.field({
    nullable: true,
    type: PlanSubscription,
    description:
      'The website’s Crisp plan; null with an error when it has none (`not_subscribed`).',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => plans.ofWebsite(ctx, w.id),
  }),
  planCoupon: t.field({
    nullable: true,
    type: PlanCoupon,
    description: `${tierNote('plan.subscription.coupon.check')}A coupon the website may redeem; null with a NOT_FOUND error when it may not.`,
    extensions: crispCalls({ calls: 1 }),
    args: {
      code: t.arg.string({
        required: true,
        description: 'The coupon code.',
        validate: z.string().min(1).max(64),
      }),
    },
    resolve: (w, { code }, ctx) => plans.coupon(ctx, w.id, code),
  }),
}));

builder.queryField('planSubscriptions', (t) =>
  t.field({
    nullable: true,
    type: itemConnection(PlanSubscription, {
      item: 'a plan subscription',
      items: 'plan subscriptions',
      order: 'in Crisp’s order',
    }),
    description: `${tierNote('plan.subscription.list_all')}The plans of every website the account owns; null when they could not be read. Crisp lists them in one call; pages are cut from it.`,
    extensions: crispCalls({ calls: 1 }),
    args: pagingArgs(t.arg, 'plan subscriptions'),
    resolve: (_, args, ctx) => plans.all(ctx, args),
  }),
);

const websiteField = (t: InputFields) => ({
  websiteId: t.id({
    description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
});

const PlanPayload = (mutation: string) =>
  payloadRef<{ website?: WebsiteRef }>(mutation, (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description:
        'The website; its `planSubscription` reads the plan after the write. Null when the write failed.',
      resolve: (p) => p.website ?? null,
    }),
  }));

builder.mutationFields((t) => ({
  subscribePlan: t.field({
    type: PlanPayload('subscribePlan'),
    nullable: true,
    description: `${tierNote('plan.subscription.subscribe')}Moves the website to a plan (\`plan:subscription:updated\` follows).`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: builder
          .inputRef<{ websiteId?: string | null; planId: string }>('SubscribePlanInput')
          .implement({
            description: 'The website and the plan.',
            fields: (f) => ({
              ...websiteField(f),
              planId: f.string({
                required: true,
                description: "Crisp's plan identifier.",
                validate: z.string().min(1).max(100),
              }),
            }),
          }),
        required: true,
        description: 'The website and the plan.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ website: await plans.subscribe(ctx, input) }),
  }),
  unsubscribePlan: t.field({
    type: PlanPayload('unsubscribePlan'),
    nullable: true,
    description: `${tierNote('plan.subscription.unsubscribe')}Cancels the website’s plan.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: builder.inputRef<{ websiteId?: string | null }>('UnsubscribePlanInput').implement({
          description: 'The website whose plan to cancel.',
          fields: websiteField,
        }),
        required: true,
        description: 'The website.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ website: await plans.unsubscribe(ctx, input) }),
  }),
  changePlanBillPeriod: t.field({
    type: PlanPayload('changePlanBillPeriod'),
    nullable: true,
    description: `${tierNote('plan.subscription.bill_period.change')}Switches the plan between monthly and yearly billing.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: builder
          .inputRef<{ websiteId?: string | null; period: 'monthly' | 'yearly' }>(
            'ChangePlanBillPeriodInput',
          )
          .implement({
            description: 'The website and the billing period.',
            fields: (f) => ({
              ...websiteField(f),
              period: f.field({ type: BillPeriod, required: true, description: 'The new period.' }),
            }),
          }),
        required: true,
        description: 'The website and the billing period.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ website: await plans.changeBillPeriod(ctx, input) }),
  }),
  redeemPlanCoupon: t.field({
    type: PlanPayload('redeemPlanCoupon'),
    nullable: true,
    description: `${tierNote('plan.subscription.coupon.redeem')}Redeems a coupon on the website’s plan.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: builder
          .inputRef<{ websiteId?: string | null; code: string }>('RedeemPlanCouponInput')
          .implement({
            description: 'The website and the coupon.',
            fields: (f) => ({
              ...websiteField(f),
              code: f.string({
                required: true,
                description: 'The coupon code.',
                validate: z.string().min(1).max(64),
              }),
            }),
          }),
        required: true,
        description: 'The website and the coupon.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ website: await plans.redeemCoupon(ctx, input) }),
  }),
}));
