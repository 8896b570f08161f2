import { z } from 'zod';
import { helpdeskItemIdSchema } from '../datasources/crisp-id.ts';
import type { RedirectionModel } from '../datasources/helpdesk-redirection.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { helpdeskRedirectionRef, websiteIdInputSchema } from '../request/node-id.ts';
import * as redirection from '../resolvers/helpdesk-redirection.ts';
import { builder } from './builder.ts';
import { Helpdesk } from './helpdesk.ts';
import { websiteField } from './helpdesk-mutation.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { websiteNodeId } from './website-node.ts';

/** Redirects from old help-center paths to new addresses. */

const HelpdeskRedirection = builder.objectRef<RedirectionModel>('HelpdeskRedirection');

builder.node(HelpdeskRedirection, {
  description: 'A redirect from a path of the help center to another address.',
  ...websiteNodeId<RedirectionModel>(
    helpdeskRedirectionRef,
    'redirectionId',
    (ctx, websiteId, redirectionId) => redirection.redirection(ctx, websiteId, redirectionId),
    'Global id; pass it to `node(id:)` or to any input that names a redirection.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('redirectionId', { description: "Crisp's redirection_id." }),
    path: t.exposeString('path', {
      nullable: true,
      description: 'The path redirected, on the help center’s host; null when absent.',
    }),
    target: t.exposeString('target', {
      nullable: true,
      description: 'Where it leads: an address or a path; null when absent.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was added; null when absent.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it last changed; null when absent.',
    }),
  }),
});

const HelpdeskRedirectionConnection = itemConnection(HelpdeskRedirection, {
  item: 'a redirection',
  items: 'redirections',
  order: 'in Crisp’s order',
});

const redirectionIdArg = z.string().pipe(helpdeskItemIdSchema);

builder.objectFields(Helpdesk, (t) => ({
  redirections: t.field({
    type: HelpdeskRedirectionConnection,
    nullable: true,
    description: `The help center’s redirects; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: pagingArgs(t.arg, 'redirections'),
    resolve: (h, args, ctx) => redirection.redirections(ctx, h.websiteId, args),
  }),
  redirection: t.field({
    type: HelpdeskRedirection,
    nullable: true,
    description: 'One redirect, by Crisp’s redirection_id; null with NOT_FOUND when there is none.',
    extensions: crispCalls({ calls: 1, loaded: true, loader: 'helpdeskRedirection' }),
    args: {
      id: t.arg.id({
        required: true,
        description: 'Crisp’s redirection_id.',
        validate: redirectionIdArg,
      }),
    },
    resolve: (h, { id }, ctx) => redirection.redirection(ctx, h.websiteId, String(id)),
  }),
  hasRedirection: t.boolean({
    nullable: true,
    description:
      'Whether a redirect exists (`HEAD /website/{website_id}/helpdesk/redirection/{redirection_id}`).',
    extensions: crispCalls({ calls: 1 }),
    args: {
      id: t.arg.id({
        required: true,
        description: 'Crisp’s redirection_id.',
        validate: redirectionIdArg,
      }),
    },
    resolve: (h, { id }, ctx) => redirection.redirectionExists(ctx, h.websiteId, String(id)),
  }),
}));

const AddHelpdeskRedirectionInput = builder
  .inputRef<{ websiteId?: string | null; path: string; target: string }>(
    'AddHelpdeskRedirectionInput',
  )
  .implement({
    description: 'The redirect to add.',
    fields: (t) => ({
      websiteId: websiteField(t),
      path: t.string({
        required: true,
        description: 'The path to redirect, starting with `/`.',
        validate: z.string().regex(/^\/\S{0,500}$/, 'must be a path starting with /'),
      }),
      target: t.string({
        required: true,
        description: 'Where it leads: an address or a path.',
        validate: z.string().min(1).max(2000),
      }),
    }),
  });

const DeleteHelpdeskRedirectionInput = builder
  .inputRef<{ websiteId?: string | null; redirectionId: string }>('DeleteHelpdeskRedirectionInput')
  .implement({
    description: 'The redirect to remove.',
    fields: (t) => ({
      redirectionId: t.id({
        required: true,
        description:
          'The redirection: its global id, or Crisp’s redirection_id (then `websiteId` applies).',
      }),
      websiteId: t.id({
        description:
          'The website of a raw `redirectionId`. Default: the website of a global id, else CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
    }),
  });

const AddHelpdeskRedirectionPayload = payloadRef<{ helpdesk?: { websiteId: string } }>(
  'addHelpdeskRedirection',
  (t) => ({
    helpdesk: t.field({
      type: Helpdesk,
      nullable: true,
      description:
        'The helpdesk the redirect was added to (Crisp answers no id: read `redirections`); null when the write failed.',
      resolve: (p) => p.helpdesk ?? null,
    }),
  }),
);

const DeleteHelpdeskRedirectionPayload = payloadRef<{ removed?: string; websiteId?: string }>(
  'deleteHelpdeskRedirection',
  (t) => ({
    removedRedirectionId: t.id({
      nullable: true,
      description: 'The global id of the redirect removed; null when the write failed.',
      resolve: (p) => p.removed ?? null,
    }),
    helpdesk: t.field({
      type: Helpdesk,
      nullable: true,
      description: 'The helpdesk it was removed from; null when the write failed.',
      resolve: (p) => (p.websiteId ? { websiteId: p.websiteId } : null),
    }),
  }),
);

builder.mutationFields((t) => ({
  addHelpdeskRedirection: t.field({
    type: AddHelpdeskRedirectionPayload,
    nullable: true,
    description: 'Adds a redirect from a path of the help center.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: AddHelpdeskRedirectionInput,
        required: true,
        description: 'The redirect.',
      }),
    },
    resolve: (_, { input }, ctx) => redirection.addRedirection(ctx, input),
  }),
  deleteHelpdeskRedirection: t.field({
    type: DeleteHelpdeskRedirectionPayload,
    nullable: true,
    description: 'Removes a redirect.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteHelpdeskRedirectionInput,
        required: true,
        description: 'The redirect.',
      }),
    },
    resolve: (_, { input }, ctx) => redirection.deleteRedirection(ctx, input),
  }),
}));
