import { z } from 'zod';
import { helpdeskItemIdSchema } from '../datasources/crisp-id.ts';
import type { ChangeFileModel, ChangeModel } from '../datasources/helpdesk-history.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { helpdeskChangeRef, websiteIdInputSchema } from '../request/node-id.ts';
import * as history from '../resolvers/helpdesk-history.ts';
import { builder } from './builder.ts';
import { Helpdesk, HelpdeskContentType } from './helpdesk.ts';
import { HelpdeskMetadata } from './helpdesk-tree.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { websiteNodeId } from './website-node.ts';

/** The revision log of the helpdesk's content, and undoing a revision. */

const HelpdeskChangeFile = builder.objectRef<ChangeFileModel>('HelpdeskChangeFile').implement({
  description: 'One file a revision touched, as it stood after it.',
  fields: (t) => ({
    change: t.exposeString('change', {
      nullable: true,
      description:
        'What happened to the file, as Crisp names it (e.g. `added`, `modified`); null when absent.',
    }),
    path: t.exposeString('path', {
      nullable: true,
      description: 'The file: `<locale>/<content type>/<tree path>`; null when absent.',
    }),
    metadata: t.field({
      type: HelpdeskMetadata,
      nullable: true,
      description: 'Its metadata after the revision; null when gone or absent.',
      resolve: (f) => f.metadata,
    }),
    content: t.exposeString('content', {
      nullable: true,
      description: 'Its body after the revision; null when gone or absent.',
    }),
  }),
});

const HelpdeskChange = builder.objectRef<ChangeModel>('HelpdeskChange');

builder.node(HelpdeskChange, {
  description: 'A revision of the helpdesk’s content.',
  ...websiteNodeId<ChangeModel>(
    helpdeskChangeRef,
    'changeId',
    (ctx, websiteId, changeId) => history.change(ctx, websiteId, changeId),
    'Global id; pass it to `node(id:)` or to `cancelHelpdeskChange`.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('changeId', { description: "Crisp's change_id." }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'What the revision did; null when absent.',
    }),
    authorName: t.exposeString('authorName', {
      nullable: true,
      description: 'Who made it; null when absent.',
    }),
    authorEmail: t.exposeString('authorEmail', {
      nullable: true,
      description: 'Their email; null when absent.',
    }),
    insertions: t.exposeInt('insertions', {
      nullable: true,
      description: 'Lines added; null when absent.',
    }),
    deletions: t.exposeInt('deletions', {
      nullable: true,
      description: 'Lines removed; null when absent.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was made; null when absent.',
    }),
    files: t.field({
      type: [HelpdeskChangeFile],
      description: 'The files it touched.',
      resolve: (c) => c.files,
    }),
  }),
});

const HelpdeskChangeConnection = itemConnection(HelpdeskChange, {
  item: 'a revision',
  items: 'revisions',
  order: 'newest first',
});

builder.objectFields(Helpdesk, (t) => ({
  changes: t.field({
    type: HelpdeskChangeConnection,
    nullable: true,
    description: `The revisions of the helpdesk’s content, newest first; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: {
      ...pagingArgs(t.arg, 'revisions'),
      locale: t.arg.string({
        description: 'Only revisions of this locale code. Default: all.',
        validate: z.string().max(20).nullish(),
      }),
      contentType: t.arg({
        type: HelpdeskContentType,
        description: 'Only revisions of this content family. Default: all.',
      }),
      path: t.arg.string({
        description: 'Only revisions of this tree path. Default: all.',
        validate: z.string().max(500).nullish(),
      }),
    },
    resolve: (h, args, ctx) => history.changes(ctx, h.websiteId, args),
  }),
  change: t.field({
    type: HelpdeskChange,
    nullable: true,
    description: 'One revision, by Crisp’s change_id; null with NOT_FOUND when there is none.',
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: {
      id: t.arg.id({
        required: true,
        description: 'Crisp’s change_id.',
        validate: z.string().pipe(helpdeskItemIdSchema),
      }),
    },
    resolve: (h, { id }, ctx) => history.change(ctx, h.websiteId, String(id)),
  }),
}));

const CancelHelpdeskChangeInput = builder
  .inputRef<{ websiteId?: string | null; changeId: string }>('CancelHelpdeskChangeInput')
  .implement({
    description: 'The revision to undo.',
    fields: (t) => ({
      changeId: t.id({
        required: true,
        description:
          'The revision: its global id, or Crisp’s change_id (then `websiteId` applies).',
      }),
      websiteId: t.id({
        description:
          'The website of a raw `changeId`. Default: the website of a global id, else CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
    }),
  });

const CancelHelpdeskChangePayload = payloadRef<{ cancelled?: string; websiteId?: string }>(
  'cancelHelpdeskChange',
  (t) => ({
    cancelledChangeId: t.id({
      nullable: true,
      description: 'The global id of the revision undone; null when the write failed.',
      resolve: (p) => p.cancelled ?? null,
    }),
    helpdesk: t.field({
      type: Helpdesk,
      nullable: true,
      description: 'The helpdesk whose content went back; null when the write failed.',
      resolve: (p) => (p.websiteId ? { websiteId: p.websiteId } : null),
    }),
  }),
);

builder.mutationField('cancelHelpdeskChange', (t) =>
  t.field({
    type: CancelHelpdeskChangePayload,
    nullable: true,
    description: 'Undoes a revision of the helpdesk’s content (Crisp reverts it).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: CancelHelpdeskChangeInput,
        required: true,
        description: 'The revision.',
      }),
    },
    resolve: (_, { input }, ctx) => history.cancelChange(ctx, input),
  }),
);
