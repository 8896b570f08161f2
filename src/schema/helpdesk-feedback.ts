import { z } from 'zod';
import { helpdeskLocaleSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type {
  HelpdeskContentType as ContentTypeName,
  HelpdeskLocaleModel,
} from '../datasources/helpdesk.ts';
import type { FeedbackModel } from '../datasources/helpdesk-feedback.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as feedback from '../resolvers/helpdesk-feedback.ts';
import * as mutation from '../resolvers/helpdesk-mutation.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { contentTypeArg, HelpdeskLocale } from './helpdesk.ts';
import { contentTypeField, localeFields } from './helpdesk-mutation.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Readers' feedback on a locale's articles, and the jobs Crisp runs on a locale's content. */

const HelpdeskFeedbackRating = builder.enumType('HelpdeskFeedbackRating', {
  description: 'What a reader said of an article.',
  values: {
    HELPFUL: { value: 'helpful', description: 'The article helped.' },
    UNHELPFUL: { value: 'unhelpful', description: 'The article did not help.' },
  } as const,
});

const HelpdeskFeedbackRatings = builder
  .objectRef<{ helpful: number | null; unhelpful: number | null }>('HelpdeskFeedbackRatings')
  .implement({
    description: 'How many readers found the articles helpful or not.',
    fields: (t) => ({
      helpful: t.exposeInt('helpful', {
        nullable: true,
        description: 'Helpful votes; null when Crisp leaves it out.',
      }),
      unhelpful: t.exposeInt('unhelpful', {
        nullable: true,
        description: 'Unhelpful votes; null when Crisp leaves it out.',
      }),
    }),
  });

const HelpdeskFeedback = builder.objectRef<FeedbackModel>('HelpdeskFeedback').implement({
  description: 'One reader’s feedback on an article.',
  fields: (t) => ({
    rating: t.field({
      type: HelpdeskFeedbackRating,
      nullable: true,
      description: 'The vote; null when Crisp sends one this schema does not know.',
      resolve: (f) => (f.rating === 'helpful' || f.rating === 'unhelpful' ? f.rating : null),
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'What the reader wrote; null when nothing.',
    }),
    pageEntityId: t.exposeID('pageEntityId', {
      nullable: true,
      description:
        'The entity id of the article’s page (see `publishedArticle`); null when absent.',
    }),
    articleTitle: t.exposeString('articleTitle', {
      nullable: true,
      description: 'The article’s title; null when absent.',
    }),
    articleUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'The article’s address; null when absent.',
      resolve: (f) => f.articleUrl,
    }),
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description: 'The reader’s conversation; null when Crisp names none.',
      resolve: (f) => (f.sessionId ? { websiteId: f.websiteId, sessionId: f.sessionId } : null),
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was left; null when absent.',
    }),
  }),
});

const HelpdeskFeedbackConnection = itemConnection(HelpdeskFeedback, {
  item: 'a feedback',
  items: 'feedbacks',
  order: 'newest first',
});

builder.objectFields(HelpdeskLocale, (t) => {
  const dates = {
    from: t.arg({
      type: 'DateTime',
      description: 'Only what was left since then. Default: no bound.',
    }),
    to: t.arg({
      type: 'DateTime',
      description: 'Only what was left until then. Default: no bound.',
    }),
  };
  return {
    feedbackRatings: t.field({
      type: HelpdeskFeedbackRatings,
      nullable: true,
      description:
        'How readers rated the articles of a content family; null when it could not be read.',
      extensions: crispCalls({ calls: 1 }),
      args: { contentType: contentTypeArg(t.arg), ...dates },
      resolve: (l, { contentType, ...range }, ctx) =>
        feedback.ratings(ctx, { ...l, contentType }, range),
    }),
    feedbacks: t.field({
      type: HelpdeskFeedbackConnection,
      nullable: true,
      description: `Readers’ feedback on the articles of a content family, newest first; null when it could not be read.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls }),
      args: { ...pagingArgs(t.arg, 'feedbacks'), contentType: contentTypeArg(t.arg), ...dates },
      resolve: (l, { contentType, ...args }, ctx) =>
        feedback.feedbacks(ctx, { ...l, contentType }, args),
    }),
  };
});

type JobInput = mutation.LocaleTarget & { contentType: ContentTypeName };
const jobFields = (t: Parameters<typeof localeFields>[0]) => ({
  ...localeFields(t),
  contentType: contentTypeField(t),
});

const RefreshHelpdeskContentInput = builder
  .inputRef<JobInput>('RefreshHelpdeskContentInput')
  .implement({
    description: 'The locale and content family to rebuild.',
    fields: jobFields,
  });
const ExportHelpdeskArticlesInput = builder
  .inputRef<JobInput>('ExportHelpdeskArticlesInput')
  .implement({
    description: 'The locale and content family to export.',
    fields: jobFields,
  });
const ImportHelpdeskContentInput = builder
  .inputRef<
    JobInput & {
      helpdeskUrl: string;
      detectLocales?: boolean | null;
      otherLocales?: string[] | null;
    }
  >('ImportHelpdeskContentInput')
  .implement({
    description: 'The knowledge base to import, and where to.',
    fields: (t) => ({
      ...jobFields(t),
      helpdeskUrl: t.field({
        type: 'URL',
        required: true,
        description: 'The address of the knowledge base to import.',
      }),
      detectLocales: t.boolean({
        description: 'Whether Crisp discovers the languages of the source. Default: Crisp’s.',
      }),
      otherLocales: t.stringList({
        description: 'Other locale codes to import into.',
        validate: z.array(helpdeskLocaleSchema).max(50).nullish(),
      }),
    }),
  });

const jobPayload = (name: string, what: string) =>
  payloadRef<{ locale?: HelpdeskLocaleModel }>(name, (t) => ({
    locale: t.field({
      type: HelpdeskLocale,
      nullable: true,
      description: `The locale ${what}; null when the request failed.`,
      resolve: (p) => p.locale ?? null,
    }),
  }));

builder.mutationFields((t) => ({
  refreshHelpdeskContent: t.field({
    type: jobPayload('refreshHelpdeskContent', 'whose published content Crisp rebuilds'),
    nullable: true,
    description: 'Asks Crisp to rebuild the published content of a locale’s content family.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: RefreshHelpdeskContentInput,
        required: true,
        description: 'What to rebuild.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.localeJob(ctx, 'refresh', input),
  }),
  importHelpdeskContent: t.field({
    type: jobPayload('importHelpdeskContent', 'Crisp imports into'),
    nullable: true,
    description: `${tierNote('website.helpdesk.import.external')}Starts an import from another knowledge base into a locale.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ImportHelpdeskContentInput,
        required: true,
        description: 'What to import, and where to.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.localeJob(ctx, 'import', input),
  }),
  exportHelpdeskArticles: t.field({
    type: jobPayload('exportHelpdeskArticles', 'Crisp exports'),
    nullable: true,
    description: `${tierNote('website.helpdesk.export.articles')}Starts an export of a locale’s articles; Crisp sends the file by email.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ExportHelpdeskArticlesInput,
        required: true,
        description: 'What to export.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.localeJob(ctx, 'export', input),
  }),
}));
