import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { BlockedVisitorsModel, VisitorMapPointModel } from '../datasources/visitor-map.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import * as visitors from '../resolvers/visitor-map.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { Geolocation } from './people-profile.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Where the website's visitors are, and how many visitors its block rules stopped. */

const VisitorMapPoint = builder.objectRef<VisitorMapPointModel>('VisitorMapPoint').implement({
  description: 'A place on the visitors map and the visitors there (Crisp `VisitorsMapPoint`).',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many visitors are there.' }),
    threshold: t.exposeInt('threshold', {
      nullable: true,
      description: 'Above this many visitors, Crisp names none of them; null when it does not say.',
    }),
    conversations: t.field({
      type: [Conversation],
      description:
        'The visitors’ sessions, as conversations (their fields read when selected); empty past `threshold`.',
      resolve: (p) => p.sessionIds.map((sessionId) => ({ websiteId: p.websiteId, sessionId })),
    }),
    geolocation: t.field({
      type: Geolocation,
      nullable: true,
      description: 'Where the point is; null when Crisp does not say.',
      resolve: (p) => p.geolocation ?? null,
    }),
  }),
});

const VisitorMapAreaInput = builder
  .inputRef<{ latitude: number; longitude: number; radius: number }>('VisitorMapAreaInput')
  .implement({
    description: 'The area of the map to zoom on.',
    fields: (t) => ({
      latitude: t.float({
        required: true,
        description: 'Latitude of the centre, from -90 to 90.',
        validate: z.number().min(-90).max(90),
      }),
      longitude: t.float({
        required: true,
        description: 'Longitude of the centre, from -180 to 180.',
        validate: z.number().min(-180).max(180),
      }),
      radius: t.int({
        required: true,
        description:
          'Radius around the centre, in Crisp’s unit (not documented; kilometres on the dashboard).',
        validate: z.number().int().min(1),
      }),
    }),
  });

const BlockedVisitors = builder.objectRef<BlockedVisitorsModel>('BlockedVisitorCount').implement({
  description: 'How many visitors a block rule stopped (Crisp `VisitorsBlocked`).',
  fields: (t) => ({
    rule: t.exposeStringList('rule', { description: 'The rule, as Crisp names it.' }),
    blocked: t.exposeInt('blocked', { description: 'How many visitors it blocked.' }),
  }),
});

const ruleSchema = z.string().trim().min(1).max(100);

builder.objectFields(Website, (t) => ({
  visitorMap: t.field({
    type: [VisitorMapPoint],
    nullable: true,
    description:
      'Where the website’s visitors are: world-wide clusters, or the points of `area`. Null when it could not be read.',
    extensions: crispCalls({ calls: 1 }),
    args: { area: t.arg({ type: VisitorMapAreaInput, description: 'Zoom on this area.' }) },
    resolve: (w, { area }, ctx) => visitors.map(ctx, w.id, area),
  }),
  blockedVisitorCounts: t.field({
    type: [BlockedVisitors],
    nullable: true,
    description: `${tierNote('website.visitors.count_blocked')}How many visitors each block rule stopped; null when they could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => visitors.blocked(ctx, w.id),
  }),
  blockedVisitorCount: t.field({
    type: BlockedVisitors,
    nullable: true,
    description: `${tierNote('website.visitors.count_blocked_in_rule')}How many visitors one block rule stopped; null when it could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    args: {
      rule: t.arg.string({ required: true, description: 'The rule.', validate: ruleSchema }),
    },
    resolve: (w, { rule }, ctx) => visitors.blockedInRule(ctx, w.id, rule),
  }),
}));

const ClearBlockedVisitorsInput = builder
  .inputRef<{ websiteId?: string | null; rule: string }>('ClearBlockedVisitorsInput')
  .implement({
    description: 'The block rule whose count to reset.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
        validate: websiteIdInputSchema.nullish(),
      }),
      rule: t.string({ required: true, description: 'The rule.', validate: ruleSchema }),
    }),
  });

const ClearBlockedVisitorsPayload = payloadRef<{ cleared?: { websiteId: string; rule: string } }>(
  'clearBlockedVisitors',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website; null when the write failed.',
      resolve: ({ cleared }) => (cleared ? { id: cleared.websiteId } : null),
    }),
    rule: t.string({
      nullable: true,
      description: 'The rule whose count was reset; null when the write failed.',
      resolve: ({ cleared }) => cleared?.rule ?? null,
    }),
  }),
);

builder.mutationField('clearBlockedVisitors', (t) =>
  t.field({
    type: ClearBlockedVisitorsPayload,
    nullable: true,
    description: `${tierNote('website.visitors.clear_blocked_in_rule')}Resets the count of visitors a block rule stopped.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: ClearBlockedVisitorsInput, required: true, description: 'The rule.' }),
    },
    resolve: async (_, { input }, ctx) => ({ cleared: await visitors.clearBlocked(ctx, input) }),
  }),
);
