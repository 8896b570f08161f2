import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { AnimationListModel, AnimationModel } from '../datasources/media.ts';
import * as media from '../resolvers/media.ts';
import { builder } from './builder.ts';

const Animation = builder.objectRef<AnimationModel>('Animation').implement({
  description: 'An animation (GIF) found by a search; send it as animation content.',
  fields: (t) => ({
    type: t.exposeString('type', { description: "Crisp's kind of animation, e.g. `gif`." }),
    url: t.expose('url', {
      type: 'URL',
      description:
        'Where it is served: the `url` of an animation message (`AnimationContentInput`).',
    }),
  }),
});

const AnimationList = builder.objectRef<AnimationListModel>('AnimationList').implement({
  description: "One page of an animation search (Crisp's `media:animation:listed`).",
  fields: (t) => ({
    requestId: t.exposeInt('requestId', {
      description: 'The request it answers: the `requestId` argument, or the generated one.',
    }),
    page: t.exposeInt('page', { description: 'The page number asked for, from 1.' }),
    animations: t.expose('animations', {
      type: [Animation],
      description: 'The animations of this page; empty past the last one.',
    }),
  }),
});

builder.queryField('animations', (t) =>
  t.field({
    type: AnimationList,
    nullable: true,
    description: `${tierNote('media.animation.list')}Searches animations (GIFs) one page at a time. Crisp sends the results over RTM, and the gateway waits for them (CRISP_RTM_REPLY_TIMEOUT_MS, then \`UPSTREAM_UNAVAILABLE\`). Needs live events (CRISP_RTM_MODE other than off).`,
    args: {
      search: t.arg.string({
        description: 'Words to look for; every animation when absent.',
        validate: z.string().max(200),
      }),
      page: t.arg.int({
        required: true,
        defaultValue: 1,
        description: 'The page, from 1.',
        validate: z.number().int().min(1).max(100),
      }),
      requestId: t.arg.int({
        description:
          "Correlates Crisp's answer with this request; generated when absent. Unique among requests still waiting (else `CONFLICT`).",
        validate: z.number().int().min(1),
      }),
    },
    resolve: (_, args, ctx) => media.animations(ctx, args),
  }),
);
