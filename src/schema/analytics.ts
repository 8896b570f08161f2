import { z } from 'zod';
import type { AnalyticsPointModel } from '../datasources/analytics.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import * as analytics from '../resolvers/analytics.ts';
import { builder } from './builder.ts';
import { Website } from './website.ts';

/**
 * `Website.analytics`: Crisp's analytics, asked as a query although Crisp takes it as a POST. It
 * changes nothing, so the gateway retries it like any read; it is not cached.
 */

const AnalyticsPoint = builder.objectRef<AnalyticsPointModel>('AnalyticsPoint').implement({
  description: 'One value of an analytics series (Crisp `AnalyticsPoint`).',
  fields: (t) => ({
    period: t.exposeString('period', {
      nullable: true,
      description: 'The period the value covers, as Crisp labels it.',
    }),
    value: t.exposeFloat('value', { nullable: true, description: 'The metric’s value.' }),
    splitBy: t.exposeString('splitBy', {
      nullable: true,
      description: 'The group of a split series (`splitBy` of the query); null otherwise.',
    }),
    hits: t.exposeInt('hits', { nullable: true, description: 'How many items counted.' }),
    uniqueHits: t.exposeInt('uniqueHits', {
      nullable: true,
      description: 'How many distinct items counted.',
    }),
    sumValue: t.exposeFloat('sumValue', { nullable: true, description: 'The sum of the values.' }),
    sumHits: t.exposeInt('sumHits', { nullable: true, description: 'The sum of the hits.' }),
  }),
});

const word = z.string().trim().min(1).max(100);

const AnalyticsQueryInput = builder.inputType('AnalyticsQueryInput', {
  description: 'What to measure, over which dates (Crisp `AnalyticsQuery`).',
  fields: (t) => ({
    metric: t.string({
      required: true,
      description: 'The metric, as Crisp names it (e.g. `conversation`, `rating`).',
      validate: word,
    }),
    type: t.string({
      required: true,
      description: 'What of the metric to count, as Crisp names it (e.g. `new`, `resolved`).',
      validate: word,
    }),
    aggregator: t.string({ description: 'How values combine, as Crisp names it.' }),
    splitBy: t.string({ description: 'Split the series by this dimension.' }),
    filter: t.field({ type: 'JSON', description: 'Crisp’s filter object, as it documents it.' }),
    from: t.field({ type: 'DateTime', required: true, description: 'The first instant measured.' }),
    to: t.field({ type: 'DateTime', required: true, description: 'The last instant measured.' }),
    split: t.string({
      required: true,
      description: 'The length of each period, as Crisp names it (e.g. `day`, `week`).',
      validate: word,
    }),
    timezone: t.string({
      required: true,
      description: 'The time zone periods are cut in (IANA name, e.g. `Europe/Paris`).',
      validate: word,
    }),
  }),
  validate: z
    .looseObject({ from: z.date(), to: z.date() })
    .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] }),
});

builder.objectFields(Website, (t) => ({
  analytics: t.field({
    type: [AnalyticsPoint],
    nullable: true,
    description: `${tierNote('website.analytics.generate')}A series of Crisp analytics for the website; null when it could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    args: {
      query: t.arg({ type: AnalyticsQueryInput, required: true, description: 'What to measure.' }),
    },
    resolve: (w, { query }, ctx) => analytics.analytics(ctx, w.id, query),
  }),
}));
