import { z } from 'zod';
import { helpdeskLocaleSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { HelpdeskLocaleModel, HelpdeskModel } from '../datasources/helpdesk.ts';
import { helpdeskLocaleRef, websiteIdInputSchema } from '../request/node-id.ts';
import * as mutation from '../resolvers/helpdesk-mutation.ts';
import { builder, type InputFields } from './builder.ts';
import { Helpdesk, HelpdeskContentType, HelpdeskLocale } from './helpdesk.ts';
import { VerifyInput } from './operator-mutation.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Creating and deleting a helpdesk, adding and removing its languages. */

export const websiteField = (t: InputFields) =>
  t.id({
    description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  });

/** `contentType` of an input acting on one content family. */
export const contentTypeField = (t: InputFields) =>
  t.field({
    type: HelpdeskContentType,
    required: true,
    defaultValue: 'articles',
    description: 'The content family. Default: ARTICLES.',
  });

/** The two fields that name a locale. */
export const localeFields = (t: InputFields) => ({
  localeId: t.id({
    required: true,
    description: 'The language: its global id, or its locale code (then `websiteId` applies).',
  }),
  websiteId: t.id({
    description:
      'The website of a locale code: its global id or its raw UUID. Default: the website of a global `localeId`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
});

const InitializeHelpdeskInput = builder
  .inputRef<{ websiteId?: string | null; name: string; domainBasic: string }>(
    'InitializeHelpdeskInput',
  )
  .implement({
    description: 'The helpdesk to create.',
    fields: (t) => ({
      websiteId: websiteField(t),
      name: t.string({
        required: true,
        description: 'The helpdesk name.',
        validate: z.string().trim().min(1).max(100),
      }),
      domainBasic: t.string({
        required: true,
        description: 'The sub-domain of its default address (`<domainBasic>.crisp.help`).',
        validate: z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'must be a host label'),
      }),
    }),
  });

const DeleteHelpdeskInput = builder
  .inputRef<{ websiteId?: string | null; verify: { method: string; secret: string } }>(
    'DeleteHelpdeskInput',
  )
  .implement({
    description: 'The helpdesk to delete, with the proof Crisp asks for.',
    fields: (t) => ({
      websiteId: websiteField(t),
      verify: t.field({
        type: VerifyInput,
        required: true,
        description: 'Proof of identity of the acting account.',
      }),
    }),
  });

const AddHelpdeskLocaleInput = builder
  .inputRef<{ websiteId?: string | null; code: string }>('AddHelpdeskLocaleInput')
  .implement({
    description: 'The language to add.',
    fields: (t) => ({
      websiteId: websiteField(t),
      code: t.string({
        required: true,
        description: 'The locale code, e.g. `en` or `pt-br`.',
        validate: helpdeskLocaleSchema,
      }),
    }),
  });

const DeleteHelpdeskLocaleInput = builder
  .inputRef<mutation.LocaleTarget>('DeleteHelpdeskLocaleInput')
  .implement({
    description: 'The language to remove, with all its content.',
    fields: localeFields,
  });

const InitializeHelpdeskPayload = payloadRef<{ helpdesk?: HelpdeskModel }>(
  'initializeHelpdesk',
  (t) => ({
    helpdesk: t.field({
      type: Helpdesk,
      nullable: true,
      description: 'The helpdesk created; null when the write failed.',
      resolve: (p) => p.helpdesk ?? null,
    }),
  }),
);

const DeleteHelpdeskPayload = payloadRef<{ website?: { id: string } }>('deleteHelpdesk', (t) => ({
  website: t.field({
    type: Website,
    nullable: true,
    description: 'The website whose helpdesk was deleted; null when the write failed.',
    resolve: (p) => p.website ?? null,
  }),
}));

const AddHelpdeskLocalePayload = payloadRef<{ locale?: HelpdeskLocaleModel }>(
  'addHelpdeskLocale',
  (t) => ({
    locale: t.field({
      type: HelpdeskLocale,
      nullable: true,
      description: 'The language added; null when the write failed.',
      resolve: (p) => p.locale ?? null,
    }),
  }),
);

const DeleteHelpdeskLocalePayload = payloadRef<{ removed?: HelpdeskLocaleModel }>(
  'deleteHelpdeskLocale',
  (t) => ({
    removedLocaleId: t.id({
      nullable: true,
      description: 'The global id of the language removed; null when the write failed.',
      resolve: (p) =>
        p.removed ? helpdeskLocaleRef.globalId(p.removed.websiteId, p.removed.locale) : null,
    }),
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website the language was removed from; null when the write failed.',
      resolve: (p) => (p.removed ? { id: p.removed.websiteId } : null),
    }),
  }),
);

builder.mutationFields((t) => ({
  initializeHelpdesk: t.field({
    type: InitializeHelpdeskPayload,
    nullable: true,
    description: `${tierNote('website.helpdesk.initialize')}Creates the helpdesk (Knowledge Base) of a website.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: InitializeHelpdeskInput,
        required: true,
        description: 'The helpdesk to create.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.initializeHelpdesk(ctx, input),
  }),
  deleteHelpdesk: t.field({
    type: DeleteHelpdeskPayload,
    nullable: true,
    description: `${tierNote('website.helpdesk.delete')}Deletes the helpdesk of a website and all its content.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteHelpdeskInput,
        required: true,
        description: 'The helpdesk to delete.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.deleteHelpdesk(ctx, input),
  }),
  addHelpdeskLocale: t.field({
    type: AddHelpdeskLocalePayload,
    nullable: true,
    description: 'Adds a language to the helpdesk.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: AddHelpdeskLocaleInput,
        required: true,
        description: 'The language to add.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.addHelpdeskLocale(ctx, input),
  }),
  deleteHelpdeskLocale: t.field({
    type: DeleteHelpdeskLocalePayload,
    nullable: true,
    description: 'Removes a language from the helpdesk, with all its content.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteHelpdeskLocaleInput,
        required: true,
        description: 'The language to remove.',
      }),
    },
    resolve: (_, { input }, ctx) => mutation.deleteHelpdeskLocale(ctx, input),
  }),
}));
