import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { inboxRef } from '../request/node-id.ts';
import type {
  InboxInput,
  InboxParent,
  InboxTarget,
  ReorderInboxesInput as ReorderInboxesInputModel,
} from '../resolvers/inbox.ts';
import * as inbox from '../resolvers/inbox.ts';
import { builder, type InputFields } from './builder.ts';
import { websiteIdField } from './conversation-mutation-input.ts';
import { Inbox, InboxConditionOperator } from './inbox.ts';
import { removalPayload } from './removal-payload.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Inbox changes: create, save (a full replace), delete, reorder (user tokens only). */

const InboxConditionInput = builder
  .inputRef<NonNullable<InboxInput['conditions']>[number]>('InboxConditionInput')
  .implement({
    description: 'A routing rule: conversations whose `criterion` matches are filed in the inbox.',
    fields: (t) => ({
      criterion: t.string({
        required: true,
        description: 'The conversation property compared, e.g. `segments`.',
        validate: z.string().min(1).max(100),
      }),
      operator: t.field({
        type: InboxConditionOperator,
        required: true,
        description: 'How the property is compared.',
      }),
      query: t.stringList({ required: true, description: 'The values compared with.' }),
    }),
  });

/** What an inbox is made of, as create and save write it. */
const inboxFields = (t: InputFields) => ({
  name: t.string({
    required: true,
    description: "The inbox's name (1 to 100 characters).",
    validate: z.string().trim().min(1).max(100),
  }),
  emoji: t.string({ description: 'An emoji shown next to the name; none when absent.' }),
  operatorIds: t.idList({
    description:
      "The operators the inbox is open to: global ids, or Crisp's user_ids on the website.",
  }),
  teamIds: t.idList({
    description: "The teams the inbox is open to: global ids, or Crisp's team_ids on the website.",
  }),
  conditions: t.field({
    type: [InboxConditionInput],
    description: 'The routing rules; none when absent.',
  }),
  conditionOperator: t.string({
    description: "How the rules combine, e.g. `and` (Crisp's inbox `operator`).",
  }),
});

const CreateInboxInput = builder.inputRef<InboxInput>('CreateInboxInput').implement({
  description: 'The inbox to create.',
  fields: (t) => ({ websiteId: websiteIdField(t, 'the inbox'), ...inboxFields(t) }),
});

const inboxIdField = (t: InputFields) =>
  t.id({
    required: true,
    description: "The inbox: its global id, or Crisp's inbox_id (then `websiteId` applies).",
  });

const SaveInboxInput = builder.inputRef<InboxInput & InboxTarget>('SaveInboxInput').implement({
  description: 'The inbox and all it is made of: Crisp replaces the whole inbox.',
  fields: (t) => ({
    websiteId: websiteIdField(t, 'a raw `inboxId`'),
    inboxId: inboxIdField(t),
    ...inboxFields(t),
  }),
});

const DeleteInboxInput = builder.inputRef<InboxTarget>('DeleteInboxInput').implement({
  description: 'The inbox to delete; its conversations go back to the default inbox.',
  fields: (t) => ({
    websiteId: websiteIdField(t, 'a raw `inboxId`'),
    inboxId: inboxIdField(t),
  }),
});

const InboxOrderInput = builder
  .inputRef<ReorderInboxesInputModel['orders'][number]>('InboxOrderInput')
  .implement({
    description: 'An inbox and its new position.',
    fields: (t) => ({
      inboxId: t.id({
        required: true,
        description: "The inbox: its global id, or Crisp's inbox_id on the input's website.",
      }),
      order: t.int({
        required: true,
        description: 'Its position: lower comes first.',
        validate: z.number().int().min(0),
      }),
    }),
  });

const ReorderInboxesInput = builder
  .inputRef<ReorderInboxesInputModel>('ReorderInboxesInput')
  .implement({
    description: 'New positions for some of the website’s inboxes.',
    fields: (t) => ({
      websiteId: websiteIdField(t, 'the inboxes'),
      orders: t.field({
        type: [InboxOrderInput],
        required: true,
        description: 'The inboxes and their positions (1 to 100 of them).',
        validate: z.array(z.unknown()).min(1).max(100),
      }),
    }),
  });

const inboxPayload = (mutation: string, what: string) =>
  payloadRef<{ inbox?: InboxParent }>(mutation, (t) => ({
    inbox: t.field({
      type: Inbox,
      nullable: true,
      description: `The inbox ${what}, no read-back: fields the input did not set read the inbox. Null when the write failed.`,
      resolve: (p) => p.inbox ?? null,
    }),
  }));

const DeleteInboxPayload = removalPayload('deleteInbox', inboxRef);

const ReorderInboxesPayload = payloadRef<{ inboxes?: InboxParent[] }>('reorderInboxes', (t) => ({
  inboxes: t.field({
    type: [Inbox],
    nullable: true,
    description: 'The inboxes with their new `order`, no read-back; null when the write failed.',
    resolve: (p) => p.inboxes ?? null,
  }),
}));

builder.mutationFields((t) => ({
  createInbox: t.field({
    type: inboxPayload('createInbox', 'created'),
    nullable: true,
    description: `${tierNote('website.inbox.create')}Creates an inbox.`,
    extensions: withUserErrors,
    args: { input: t.arg({ type: CreateInboxInput, required: true, description: 'The inbox.' }) },
    resolve: async (_, { input }, ctx) => ({ inbox: await inbox.createInbox(ctx, input) }),
  }),
  saveInbox: t.field({
    type: inboxPayload('saveInbox', 'as saved'),
    nullable: true,
    description: `${tierNote('website.inbox.save')}Saves an inbox: Crisp replaces it whole with the input.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: SaveInboxInput, required: true, description: 'The inbox, whole.' }),
    },
    resolve: async (_, { input }, ctx) => ({ inbox: await inbox.saveInbox(ctx, input) }),
  }),
  deleteInbox: t.field({
    type: DeleteInboxPayload,
    nullable: true,
    description: `${tierNote('website.inbox.delete')}Deletes an inbox.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: DeleteInboxInput, required: true, description: 'The inbox.' }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await inbox.deleteInbox(ctx, input) }),
  }),
  reorderInboxes: t.field({
    type: ReorderInboxesPayload,
    nullable: true,
    description: `${tierNote('website.inbox.batch_order')}Sets the order the inboxes are listed in.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ReorderInboxesInput,
        required: true,
        description: 'The inboxes and their new positions.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ inboxes: await inbox.reorderInboxes(ctx, input) }),
  }),
}));
