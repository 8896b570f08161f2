import { helpdeskLocaleSchema } from '../datasources/crisp-id.ts';
import type {
  ContentStatisticsModel,
  HelpdeskContentType as ContentTypeName,
  HelpdeskLocaleModel,
  HelpdeskModel,
} from '../datasources/helpdesk.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { helpdeskLocaleRef } from '../request/node-id.ts';
import * as helpdesk from '../resolvers/helpdesk.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

/**
 * A website's helpdesk (Crisp Knowledge Base): the help center itself, its languages, and below
 * each language a tree of categories, sections and articles per content family.
 */

export const HelpdeskContentType = builder.enumType('HelpdeskContentType', {
  description: 'A content family of the Knowledge Base; each language has a tree of each.',
  values: {
    ARTICLES: { value: 'articles', description: 'Help articles (the classic help center).' },
    GUIDES: { value: 'guides', description: 'Guides.' },
    REFERENCES: { value: 'references', description: 'References.' },
    NEWS: { value: 'news', description: 'News posts.' },
  } as const satisfies Record<string, { value: ContentTypeName; description: string }>,
});

/** `contentType` of a field reading one content family; ARTICLES unless said. */
export const contentTypeArg = (
  arg: PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'Arg'>['field'],
) =>
  arg({
    type: HelpdeskContentType,
    required: true,
    defaultValue: 'articles',
    description: 'The content family. Default: ARTICLES.',
  });

export const Helpdesk = builder.objectRef<HelpdeskModel>('Helpdesk');
export const HelpdeskLocale = builder.objectRef<HelpdeskLocaleModel>('HelpdeskLocale');

const helpdeskDetails = crispCalls({ calls: 1, loader: 'helpdesk', unlessLoaded: true });

Helpdesk.implement({
  description:
    "A website's helpdesk (Crisp Knowledge Base): its languages, their content, and its " +
    'settings. Reading it costs nothing; each field reads what it needs.',
  fields: (t) => ({
    website: t.field({
      type: Website,
      description: 'The website the helpdesk belongs to.',
      resolve: (h) => ({ id: h.websiteId }),
    }),
    name: t.string({
      nullable: true,
      description:
        'The helpdesk name (`GET /website/{website_id}/helpdesk`); null with NOT_FOUND when the website has no helpdesk.',
      extensions: helpdeskDetails,
      resolve: async (h, _, ctx) => (await helpdesk.details(ctx, h)).name ?? null,
    }),
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'The public address of the help center; null when it could not be read.',
      extensions: helpdeskDetails,
      resolve: async (h, _, ctx) => (await helpdesk.details(ctx, h)).url ?? null,
    }),
    locales: t.field({
      type: HelpdeskLocaleConnection,
      nullable: true,
      description: `The languages of the helpdesk, with their content counters; null when they could not be read.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls, loaded: true }),
      args: pagingArgs(t.arg, 'locales'),
      resolve: (h, args, ctx) => helpdesk.locales(ctx, h.websiteId, args),
    }),
    locale: t.field({
      type: HelpdeskLocale,
      nullable: true,
      description:
        'One language, by its code. Costs no call of its own: its fields read what they need, and report NOT_FOUND when the language does not exist.',
      args: {
        code: t.arg.string({
          required: true,
          description: 'The locale code, e.g. `en` or `pt-br`.',
          validate: helpdeskLocaleSchema,
        }),
      },
      resolve: (h, { code }, ctx) => ({
        websiteId: assertWebsite(ctx, h.websiteId),
        locale: code,
      }),
    }),
    hasLocale: t.boolean({
      nullable: true,
      description:
        'Whether the helpdesk has this language (`HEAD /website/{website_id}/helpdesk/locale/{locale}`).',
      extensions: crispCalls({ calls: 1 }),
      args: {
        code: t.arg.string({
          required: true,
          description: 'The locale code, e.g. `en`.',
          validate: helpdeskLocaleSchema,
        }),
      },
      resolve: (h, { code }, ctx) => helpdesk.localeExists(ctx, h.websiteId, code),
    }),
  }),
});

const ContentStatistics = builder
  .objectRef<ContentStatisticsModel>('HelpdeskContentStatistics')
  .implement({
    description: 'How much content one family of a language holds.',
    fields: (t) => ({
      entries: t.exposeInt('entries', {
        nullable: true,
        description: 'How many articles; null when Crisp leaves it out.',
      }),
      groups: t.exposeInt('groups', {
        nullable: true,
        description: 'How many categories and sections; null when Crisp leaves it out.',
      }),
    }),
  });

const localeDetails = crispCalls({ calls: 1, loader: 'helpdeskLocale', unlessLoaded: true });

builder.node(HelpdeskLocale, {
  description: 'One language of a helpdesk, with its content trees.',
  ...websiteNodeId<HelpdeskLocaleModel>(
    helpdeskLocaleRef,
    'locale',
    (ctx, websiteId, locale) => helpdesk.localeDetails(ctx, { websiteId, locale }),
    'Global id; pass it to `node(id:)` or to any input that names a helpdesk locale.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('locale', {
      description: 'The locale code, e.g. `en`, as Crisp names it.',
    }),
    website: t.field({
      type: Website,
      description: 'The website whose helpdesk has this language.',
      resolve: (l) => ({ id: l.websiteId }),
    }),
    helpdesk: t.field({
      type: Helpdesk,
      description: 'The helpdesk the language belongs to.',
      resolve: (l) => ({ websiteId: l.websiteId }),
    }),
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'The public address of this language of the help center; null when unknown.',
      extensions: localeDetails,
      resolve: async (l, _, ctx) => (await helpdesk.localeDetails(ctx, l)).url ?? null,
    }),
    statistics: t.field({
      type: ContentStatistics,
      nullable: true,
      description: 'How much content a family holds; null when it could not be read.',
      extensions: localeDetails,
      args: { contentType: contentTypeArg(t.arg) },
      resolve: async (l, { contentType }, ctx) =>
        (await helpdesk.localeDetails(ctx, l)).statistics?.[contentType] ?? null,
    }),
  }),
});

export const HelpdeskLocaleConnection = itemConnection(HelpdeskLocale, {
  item: 'a locale',
  items: 'locales',
  order: 'in Crisp’s order',
});

builder.objectFields(Website, (t) => ({
  helpdesk: t.field({
    type: Helpdesk,
    description:
      'The helpdesk (Knowledge Base) of the website. Costs no call: its fields read what they need.',
    resolve: (w, _, ctx) => ({ websiteId: assertWebsite(ctx, w.id) }),
  }),
  hasHelpdesk: t.boolean({
    nullable: true,
    description: 'Whether the website has a helpdesk (`HEAD /website/{website_id}/helpdesk`).',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => helpdesk.exists(ctx, w.id),
  }),
}));
