import { z } from 'zod';
import { articlePathSchema, categoryPathSchema } from '../datasources/crisp-id.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as tree from '../resolvers/helpdesk-tree.ts';
import { builder } from './builder.ts';
import { contentTypeArg, HelpdeskLocale } from './helpdesk.ts';
import {
  HelpdeskArticle,
  HelpdeskArticleConnection,
  HelpdeskCategory,
  HelpdeskCategoryConnection,
} from './helpdesk-tree.ts';
import { pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';

/** What a language holds, per content family: its category tree and its published articles. */

builder.objectFields(HelpdeskLocale, (t) => ({
  categories: t.field({
    type: HelpdeskCategoryConnection,
    nullable: true,
    description: `The categories of a content family, each with its sections and articles (one read serves them all); null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: { ...pagingArgs(t.arg, 'categories'), contentType: contentTypeArg(t.arg) },
    resolve: (l, { contentType, ...args }, ctx) =>
      tree.categories(ctx, tree.rootOf(l, contentType), args),
  }),
  articles: t.field({
    type: HelpdeskArticleConnection,
    nullable: true,
    description: `The published articles of a content family (Crisp’s pages), with their titles and addresses; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: { ...pagingArgs(t.arg, 'articles'), contentType: contentTypeArg(t.arg) },
    resolve: (l, { contentType, ...args }, ctx) =>
      tree.publishedArticles(ctx, tree.rootOf(l, contentType), args),
  }),
  category: t.field({
    type: HelpdeskCategory,
    nullable: true,
    description:
      'One category, by its slug. Costs no call of its own: its fields read what they need.',
    args: {
      slug: t.arg.string({
        required: true,
        description: 'The category’s slug (its tree path).',
        validate: categoryPathSchema,
      }),
      contentType: contentTypeArg(t.arg),
    },
    resolve: (l, { slug, contentType }) =>
      tree.bareNode({ ...tree.rootOf(l, contentType), path: slug }),
  }),
  publishedArticle: t.field({
    type: HelpdeskArticle,
    nullable: true,
    description:
      'One published article, by the entity id of its page (`pageEntityId`); null with NOT_FOUND when none is published with it.',
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: {
      pageEntityId: t.arg.id({
        required: true,
        description: 'The entity id of the article’s published page.',
        validate: z.string().regex(/^[\w-]{1,100}$/, 'must be a page entity id'),
      }),
      contentType: contentTypeArg(t.arg),
    },
    resolve: (l, { pageEntityId, contentType }, ctx) =>
      tree.publishedArticle(ctx, tree.rootOf(l, contentType), String(pageEntityId)),
  }),
  article: t.field({
    type: HelpdeskArticle,
    nullable: true,
    description:
      'One article, by its tree path. Costs no call of its own: its fields read what they need, and report NOT_FOUND when it does not exist.',
    args: {
      path: t.arg.string({
        required: true,
        description: 'The article’s tree path, e.g. `orders/delivery/shipping-policy.md`.',
        validate: articlePathSchema,
      }),
      contentType: contentTypeArg(t.arg),
    },
    resolve: (l, { path, contentType }) => tree.bareNode({ ...tree.rootOf(l, contentType), path }),
  }),
}));
