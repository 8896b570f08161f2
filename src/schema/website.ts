import { z } from 'zod';
import { websiteIdSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { WebsiteCreateInput, WebsiteRef } from '../datasources/website.ts';
import { crispCalls, UNKNOWN_LIST_ITEMS, websiteList } from '../request/crisp-cost.ts';
import * as website from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain name, e.g. example.com',
  );

/**
 * Website ids stay Crisp's UUIDs rather than relay global ids: every `websiteId` argument, the
 * `crispRequest` paths and CRISP_WEBSITE_ID take the same value a client reads here.
 */
export const Website = builder.objectRef<WebsiteRef>('Website');

/** GET /website/{id}, once per website, unless the website came with its details (`websites`). */
const details = crispCalls({ calls: 1, loader: 'website', unlessLoaded: true });

Website.implement({
  description: 'A Crisp website (workspace).',
  // Only these fields read GET /website/{id}: a query that goes from a website to its
  // conversations or people costs no read of the website itself.
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Crisp website id (a UUID).' }),
    name: t.string({
      nullable: true,
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).name,
    }),
    domain: t.string({
      nullable: true,
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).domain,
    }),
    logo: t.field({
      type: 'URL',
      nullable: true,
      description: 'Logo image URL, when one is set.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).logo,
    }),
    verified: t.boolean({
      nullable: true,
      description: 'Whether the domain ownership is verified.',
      extensions: details,
      resolve: async (w, _, ctx) => (await website.details(ctx, w)).verified,
    }),
    institutional: t.boolean({
      nullable: true,
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
    args: { id: t.arg.id({ validate: websiteIdSchema.nullish() }) },
    resolve: (_, { id }, ctx) => website.website(ctx, id),
  }),
  websiteExists: t.boolean({
    nullable: true,
    description: 'Whether some Crisp workspace already uses this domain.',
    args: { domain: t.arg.string({ required: true, validate: domainSchema }) },
    resolve: (_, { domain }, ctx) => website.websiteExists(ctx, domain),
  }),
}));

const CreateWebsiteInput = builder.inputRef<WebsiteCreateInput>('CreateWebsiteInput').implement({
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(1).max(200) }),
    domain: t.string({ required: true, validate: domainSchema }),
  }),
});

const DeleteWebsiteInput = builder.inputType('DeleteWebsiteInput', {
  fields: (t) => ({
    websiteId: t.id({ required: true, validate: websiteIdSchema }),
    password: t.string({
      required: true,
      description: 'The account password Crisp asks for to confirm.',
      validate: z.string().min(1),
    }),
  }),
});

builder.mutationFields((t) => ({
  createWebsite: t.field({
    type: Website,
    description: `${tierNote('website.base.create')}Creates a website.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateWebsiteInput, required: true }) },
    resolve: (_, { input }, ctx) => website.createWebsite(ctx, input),
  }),
  deleteWebsite: t.field({
    type: 'ID',
    description: `${tierNote('website.base.delete')}Schedules the deletion of a website; returns its id. Crisp emails the owners, who can still cancel it.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: DeleteWebsiteInput, required: true }) },
    resolve: (_, { input }, ctx) => website.deleteWebsite(ctx, input.websiteId, input.password),
  }),
}));
