import type { TreeMetadataModel } from '../datasources/helpdesk-metadata.ts';
import { parseTreeKey, type TreeNodeModel } from '../datasources/helpdesk-tree.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { helpdeskArticleRef, helpdeskCategoryRef, helpdeskSectionRef } from '../request/node-id.ts';
import * as tree from '../resolvers/helpdesk-tree.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { HelpdeskContentType, HelpdeskLocale } from './helpdesk.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Operator } from './operator.ts';

/**
 * A locale's content tree: categories hold sections and articles, sections hold articles
 * (`orders/delivery/shipping-policy.md`). Every node is known by its tree path, its `crispId`.
 */

export const HelpdeskCategory = builder.objectRef<TreeNodeModel>('HelpdeskCategory');
export const HelpdeskSection = builder.objectRef<TreeNodeModel>('HelpdeskSection');
export const HelpdeskArticle = builder.objectRef<TreeNodeModel>('HelpdeskArticle');

export const HelpdeskMetadata = builder.objectRef<TreeMetadataModel>('HelpdeskMetadata').implement({
  description: 'What a category, section or article says of itself (Crisp tree metadata).',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'The title; null when none.' }),
    description: t.exposeString('description', {
      nullable: true,
      description:
        'The short description shown under the title and to search engines; null when none.',
    }),
    format: t.exposeString('format', {
      nullable: true,
      description:
        'The format of the body, as Crisp names it (e.g. `markdown`); null when unknown.',
    }),
    isPublished: t.exposeBoolean('isPublished', {
      nullable: true,
      description: 'Whether it is published on the help center; null when unknown.',
    }),
    isHidden: t.exposeBoolean('isHidden', {
      nullable: true,
      description: 'Whether it is hidden from the help center’s lists; null when unknown.',
    }),
    isFeatured: t.exposeBoolean('isFeatured', {
      nullable: true,
      description: 'Whether the help center features it; null when unknown.',
    }),
    author: t.field({
      type: Operator,
      nullable: true,
      description: 'The operator who wrote it; null when Crisp names none.',
      resolve: (m) => (m.authorUserId ? { websiteId: m.websiteId, userId: m.authorUserId } : null),
    }),
    color: t.exposeString('color', {
      nullable: true,
      description: 'Its accent colour (a category’s), as Crisp stores it; null when none.',
    }),
    image: t.field({
      type: 'URL',
      nullable: true,
      description: 'Its image (a category’s); null when none.',
      resolve: (m) => m.image,
    }),
  }),
});

const HelpdeskPage = builder
  .objectRef<{ title: string | null; url: string | null }>('HelpdeskPage')
  .implement({
    description: 'The public page of an article on the help center.',
    fields: (t) => ({
      title: t.exposeString('title', {
        nullable: true,
        description: 'The page title; null when none.',
      }),
      url: t.field({
        type: 'URL',
        nullable: true,
        description: 'The page address; null when Crisp gives none.',
        resolve: (p) => p.url,
      }),
    }),
  });

type Fields = PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, TreeNodeModel>;
const listed = crispCalls({ calls: 1, unlessLoaded: true });

/** What categories, sections and articles all have. */
const nodeFields = (t: Fields, noun: string) => ({
  crispId: t.exposeID('path', {
    description: `The ${noun}’s tree path in its locale and content family, as Crisp names it.`,
  }),
  slug: t.string({
    description: `The last segment of the ${noun}’s tree path.`,
    resolve: (n) => n.path.split('/').at(-1)!,
  }),
  contentType: t.expose('contentType', {
    type: HelpdeskContentType,
    description: `The content family the ${noun} belongs to.`,
  }),
  locale: t.field({
    type: HelpdeskLocale,
    description: `The language the ${noun} is written in.`,
    resolve: (n) => ({ websiteId: n.websiteId, locale: n.locale }),
  }),
  title: t.string({
    nullable: true,
    description: `The ${noun}’s title: from the listing or write that gave it, else read; null when it could not be read.`,
    extensions: listed,
    resolve: async (n, _, ctx) =>
      n.title !== undefined ? n.title : (await tree.listed(ctx, n)).title,
  }),
  isPublished: t.boolean({
    nullable: true,
    description: `Whether the ${noun} is published; null when it could not be read.`,
    extensions: listed,
    resolve: async (n, _, ctx) => (await tree.listed(ctx, n)).published,
  }),
  metadata: t.field({
    type: HelpdeskMetadata,
    nullable: true,
    description: `The ${noun}’s metadata (description, state, author…); null when it could not be read.`,
    extensions: crispCalls({ calls: 1, loader: 'helpdeskMetadata' }),
    resolve: (n, _, ctx) => tree.metadata(ctx, n),
  }),
});

const articlesField = (t: Fields, where: string) =>
  t.field({
    type: HelpdeskArticleConnection,
    nullable: true,
    description: `The articles directly in this ${where}, in the tree’s order; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: 1, unlessLoaded: true }),
    args: pagingArgs(t.arg, 'articles'),
    resolve: (n, args, ctx) => tree.childConnection(ctx, n, 'ARTICLE', args),
  });

/** The part of a tree node's `NodeRef` its `id` uses. */
interface TreeRef {
  format(...parts: [string, string, string, string]): string;
  parse(id: string): readonly string[];
}

const nodeId = (ref: TreeRef) => ({
  description: 'Global id; pass it to `node(id:)` or to any input that names it.',
  resolve: (n: TreeNodeModel) => ref.format(n.websiteId, n.locale, n.contentType, n.path),
  parse: (id: string) => ref.parse(id).join(':'),
});

/** The website in a node's key is checked like any `websiteId` argument. */
const checked = (ctx: Parameters<typeof assertWebsite>[0], key: string) => {
  const k = parseTreeKey(key);
  return { ...k, websiteId: assertWebsite(ctx, k.websiteId) };
};

builder.node(HelpdeskCategory, {
  description: 'A category of a helpdesk language: a first-level directory of its tree.',
  id: nodeId(helpdeskCategoryRef),
  loadWithoutCache: (key: string, ctx) => tree.directory(ctx, checked(ctx, key)),
  fields: (t) => ({
    ...nodeFields(t, 'category'),
    sections: t.field({
      type: HelpdeskSectionConnection,
      nullable: true,
      description: `The sections of the category, in the tree’s order; null when they could not be read.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: 1, unlessLoaded: true }),
      args: pagingArgs(t.arg, 'sections'),
      resolve: (n, args, ctx) => tree.childConnection(ctx, n, 'SECTION', args),
    }),
    articles: articlesField(t, 'category'),
  }),
});

builder.node(HelpdeskSection, {
  description: 'A section of a helpdesk category: a second-level directory of its tree.',
  id: nodeId(helpdeskSectionRef),
  loadWithoutCache: (key: string, ctx) => tree.directory(ctx, checked(ctx, key)),
  fields: (t) => ({
    ...nodeFields(t, 'section'),
    category: t.field({
      type: HelpdeskCategory,
      description: 'The category that holds the section.',
      resolve: (n) => tree.ancestor(n, 1)!,
    }),
    articles: articlesField(t, 'section'),
  }),
});

builder.node(HelpdeskArticle, {
  description: 'A helpdesk article: a Markdown file of a category or of one of its sections.',
  id: nodeId(helpdeskArticleRef),
  loadWithoutCache: (key: string, ctx) => tree.article(ctx, checked(ctx, key)),
  fields: (t) => ({
    ...nodeFields(t, 'article'),
    category: t.field({
      type: HelpdeskCategory,
      description: 'The category that holds the article.',
      resolve: (n) => tree.ancestor(n, 1)!,
    }),
    section: t.field({
      type: HelpdeskSection,
      nullable: true,
      description:
        'The section that holds the article; null when it sits in its category directly.',
      resolve: (n) => (n.path.split('/').length > 2 ? tree.ancestor(n, 2) : null),
    }),
    content: t.string({
      nullable: true,
      description: 'The article body, in its format (Markdown); null when it could not be read.',
      extensions: crispCalls({ calls: 1, loader: 'helpdeskContent' }),
      resolve: (n, _, ctx) => tree.content(ctx, n),
    }),
    page: t.field({
      type: HelpdeskPage,
      nullable: true,
      description: 'The article’s public page (title and address); null when it could not be read.',
      extensions: crispCalls({ calls: 1, loader: 'helpdeskPage' }),
      resolve: (n, _, ctx) =>
        n.url !== undefined && n.title !== undefined
          ? { title: n.title ?? null, url: n.url ?? null }
          : tree.page(ctx, n),
    }),
    pageEntityId: t.exposeID('entityId', {
      nullable: true,
      description:
        'Crisp’s entity id of the published page; null unless the article came from the list of published articles.',
    }),
  }),
});

export const HelpdeskArticleConnection = itemConnection(HelpdeskArticle, {
  item: 'an article',
  items: 'articles',
  order: 'in Crisp’s order',
});
const HelpdeskSectionConnection = itemConnection(HelpdeskSection, {
  item: 'a section',
  items: 'sections',
  order: 'in the tree’s order',
});
export const HelpdeskCategoryConnection = itemConnection(HelpdeskCategory, {
  item: 'a category',
  items: 'categories',
  order: 'in the tree’s order',
});
