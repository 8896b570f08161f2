import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { WebsiteCreateInput, WebsiteModel, WebsiteRef } from '../datasources/website.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls, UNKNOWN_LIST_ITEMS, websiteList } from '../request/crisp-cost.ts';
import { websiteIdInputSchema, websiteRef } from '../request/node-id.ts';
import * as website from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { replacedBy } from './replaced-by.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain name, e.g. example.com',
  );

/**
 * A website is a node (`Website:<websiteId>`); every `websiteId` argument takes that id or the
 * raw UUID (`crispId`), which the `crispRequest` paths and CRISP_WEBSITE_ID use.
 */
export const Website = builder.objectRef<WebsiteRef>('Website');

/** GET /website/{id}, once per website, unless the website came with its details (`websites`). */
const details = crispCalls({ calls: 1, loader: 'website', unlessLoaded: true });

builder.node(Website, {
  description: 'A Crisp website (workspace): the chatbox, inbox, contacts and team it holds.',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any `websiteId` argument.',
    resolve: (w) => websiteRef.format(w.id),
    parse: (id) => websiteRef.parse(id)[0],
  },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (id: string, ctx) => ctx.loaders.website.load(assertWebsite(ctx, id)),
  // Only these fields read GET /website/{id}: a query that goes from a website to its
  // conversations or people costs no read of the website itself.
  fields: (t) => ({
    crispId: t.exposeID('id', {
      description: "Crisp's website_id (a UUID), as CRISP_WEBSITE_ID and Crisp's apps show it.",
    }),
    name: t.string({
      nullable: true,
      description: 'The website name; null when the website could not be read.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).name,
    }),
    domain: t.string({
      nullable: true,
      description: 'The website domain; null when the website could not be read.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).domain,
    }),
    logo: t.field({
      type: 'URL',
      nullable: true,
      description: 'The logo image URL; null when none is set.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).logo,
    }),
    isVerified: t.boolean({
      nullable: true,
      description:
        'Whether the ownership of the domain is verified; null when Crisp leaves it out.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).verified,
    }),
    isInstitutional: t.boolean({
      nullable: true,
      description:
        'Whether Crisp marks the website as institutional; null when Crisp leaves it out.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).institutional,
    }),
    verified: t.boolean({
      nullable: true,
      description: 'Whether the ownership of the domain is verified.',
      deprecationReason: replacedBy('`isVerified`'),
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).verified,
    }),
    institutional: t.boolean({
      nullable: true,
      description: 'Whether Crisp marks the website as institutional.',
      deprecationReason: replacedBy('`isInstitutional`'),
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).institutional,
    }),
  }),
});

builder.queryFields((t) => ({
  websites: t.field({
    nullable: true,
    type: [Website],
    description:
      'Websites the token reaches: for a plugin token, every website that installed the plugin; ' +
      'for a website or user token, the configured default website (CRISP_WEBSITE_ID).',
    // The plugin's website list, then each website's details.
    extensions: crispCalls(websiteList, {
      calls: UNKNOWN_LIST_ITEMS,
      items: UNKNOWN_LIST_ITEMS,
      loaded: true,
    }),
    resolve: (_, __, ctx) => website.websites(ctx),
  }),
  website: t.field({
    type: Website,
    // Nullable, so a missing website leaves the operation's other fields intact.
    nullable: true,
    description: 'One website; without `id`, the configured default website (CRISP_WEBSITE_ID).',
    // A reference: only the website's own fields read it.
    extensions: crispCalls({ loaded: false }),
    args: {
      id: t.arg.id({
        description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
    },
    resolve: (_, { id }, ctx) => website.website(ctx, id),
  }),
  websiteExists: t.boolean({
    nullable: true,
    description: 'Whether some Crisp workspace already uses this domain.',
    args: {
      domain: t.arg.string({
        required: true,
        description: 'The domain to look for, e.g. `example.com`.',
        validate: domainSchema,
      }),
    },
    resolve: (_, { domain }, ctx) => website.websiteExists(ctx, domain),
  }),
}));

const CreateWebsiteInput = builder.inputRef<WebsiteCreateInput>('CreateWebsiteInput').implement({
  description: 'The website to create.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'The website name (1 to 200 characters).',
      validate: z.string().trim().min(1).max(200),
    }),
    domain: t.string({
      required: true,
      description: 'The website domain, e.g. `example.com`.',
      validate: domainSchema,
    }),
  }),
});

const DeleteWebsiteInput = builder.inputType('DeleteWebsiteInput', {
  description: 'The website to delete, and the password Crisp asks for to confirm.',
  fields: (t) => ({
    websiteId: t.id({
      required: true,
      description: 'The website: its global id or its raw UUID.',
      validate: websiteIdInputSchema,
    }),
    password: t.string({
      required: true,
      description: 'The account password Crisp asks for to confirm.',
      validate: z.string().min(1),
    }),
  }),
});

const CreateWebsitePayload = payloadRef<{ website?: WebsiteModel }>('createWebsite', (t) => ({
  website: t.field({
    type: Website,
    nullable: true,
    description: 'The website as Crisp created it; null when the write failed.',
    resolve: (p) => p.website ?? null,
  }),
}));

const DeleteWebsitePayload = payloadRef<{ removedWebsiteId?: string }>('deleteWebsite', (t) => ({
  removedWebsiteId: t.id({
    nullable: true,
    description: 'The global id of the website scheduled for deletion; null when the write failed.',
    resolve: (p) => (p.removedWebsiteId ? websiteRef.globalId(p.removedWebsiteId) : null),
  }),
}));

builder.mutationFields((t) => ({
  createWebsite: t.field({
    type: CreateWebsitePayload,
    nullable: true,
    description: `${tierNote('website.base.create')}Creates a website.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: CreateWebsiteInput,
        required: true,
        description: 'The website to create.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ website: await website.createWebsite(ctx, input) }),
  }),
  deleteWebsite: t.field({
    type: DeleteWebsitePayload,
    nullable: true,
    description: `${tierNote('website.base.delete')}Schedules the deletion of a website. Crisp emails the owners, who can still cancel it.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteWebsiteInput,
        required: true,
        description: 'The website to delete, and the confirmation Crisp asks for.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({
      removedWebsiteId: await website.deleteWebsite(ctx, input.websiteId, input.password),
    }),
  }),
}));
