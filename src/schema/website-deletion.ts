import { tierNote } from '../datasources/crisp-tiers.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import * as website from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Cancelling a deletion `deleteWebsite` scheduled (Crisp `Abort Website Deletion`). */

const AbortWebsiteDeletionInput = builder
  .inputRef<{ websiteId: string }>('AbortWebsiteDeletionInput')
  .implement({
    description: 'The website whose scheduled deletion to cancel.',
    fields: (t) => ({
      websiteId: t.id({
        required: true,
        description: 'The website: its id or global id.',
        validate: websiteIdInputSchema,
      }),
    }),
  });

const AbortWebsiteDeletionPayload = payloadRef<{ websiteId?: string }>(
  'abortWebsiteDeletion',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website, kept; null when the deletion was not cancelled.',
      resolve: (p) => (p.websiteId ? { id: p.websiteId } : null),
    }),
  }),
);

builder.mutationField('abortWebsiteDeletion', (t) =>
  t.field({
    type: AbortWebsiteDeletionPayload,
    nullable: true,
    description: `${tierNote('website.base.abort_deletion')}Cancels the scheduled deletion of a website.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: AbortWebsiteDeletionInput,
        required: true,
        description: 'The website.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({
      websiteId: await website.abortDeletion(ctx, input.websiteId),
    }),
  }),
);
