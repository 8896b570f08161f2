import type { InboxConditionModel, InboxModel } from '../datasources/inbox.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { inboxRef } from '../request/node-id.ts';
import type { InboxParent } from '../resolvers/inbox.ts';
import * as inbox from '../resolvers/inbox.ts';
import { byUserIds } from '../resolvers/operator.ts';
import { byIds } from '../resolvers/team.ts';
import { builder } from './builder.ts';
import { Conversation, conversationRead } from './conversation.ts';
import { Operator } from './operator.ts';
import { Team } from './team.ts';
import { Website } from './website.ts';
import { websiteCollection } from './website-collection.ts';
import { websiteNodeId } from './website-node.ts';

/** The inbox read, when the parent is a key only (a conversation's inbox, a mutation's result). */
const inboxRead = { calls: 1, loader: 'inbox', unlessLoaded: true };

/** A field of an inbox: from the parent when it holds it, else the inbox's one read. */
const held = <K extends keyof InboxModel>(key: K) => ({
  extensions: crispCalls(inboxRead),
  resolve: (i: InboxParent, _: unknown, ctx: GatewayContext) => inbox.field(ctx, i, key),
});

export const InboxConditionOperator = builder.enumType('InboxConditionOperator', {
  description: 'How an inbox routing condition compares the criterion with its `query` values.',
  values: {
    EQ: { value: 'eq', description: 'Equals one of the values (Crisp `eq`).' },
    NEQ: { value: 'neq', description: 'Equals none of the values (Crisp `neq`).' },
    GT: { value: 'gt', description: 'Is greater than the value (Crisp `gt`).' },
    GTE: { value: 'gte', description: 'Is greater than or equal to the value (Crisp `gte`).' },
    LT: { value: 'lt', description: 'Is less than the value (Crisp `lt`).' },
    LTE: { value: 'lte', description: 'Is less than or equal to the value (Crisp `lte`).' },
  } as const,
});

const InboxCondition = builder.objectRef<InboxConditionModel>('InboxCondition').implement({
  description: 'A routing rule of an inbox: conversations matching it are filed there.',
  fields: (t) => ({
    model: t.exposeString('model', {
      description: 'What the rule reads; Crisp uses `session` (the conversation).',
    }),
    criterion: t.exposeString('criterion', {
      nullable: true,
      description: 'The conversation property compared, e.g. `segments`; null when absent.',
    }),
    operator: t.expose('operator', {
      type: InboxConditionOperator,
      nullable: true,
      description: 'How the property is compared; null when absent.',
    }),
    query: t.exposeStringList('query', { description: 'The values compared with.' }),
  }),
});

export const Inbox = builder.objectRef<InboxParent>('Inbox');

builder.node(Inbox, {
  description: 'An inbox of a website: a named queue conversations are filed in by rules.',
  ...websiteNodeId<InboxParent>(
    inboxRef,
    'inboxId',
    (ctx, websiteId, inboxId) => inbox.inbox(ctx, websiteId, inboxId),
    'Global id; pass it to `node(id:)` or to any input that names an inbox.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('inboxId', { description: "Crisp's inbox_id (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the inbox belongs to.',
      resolve: (i) => ({ id: i.websiteId }),
    }),
    name: t.string({
      nullable: true,
      description: "The inbox's name; null when Crisp leaves it out.",
      ...held('name'),
    }),
    emoji: t.string({
      nullable: true,
      description: 'The emoji shown next to the name; null when not set.',
      ...held('emoji'),
    }),
    order: t.int({
      nullable: true,
      description: "The inbox's position in the list (`reorderInboxes`); null when not set.",
      ...held('order'),
    }),
    operators: t.field({
      type: [Operator],
      nullable: true,
      description: 'The operators the inbox is open to; null when the inbox read fails.',
      extensions: crispCalls(inboxRead),
      resolve: async (i, _, ctx) =>
        byUserIds(i.websiteId, await inbox.field(ctx, i, 'operatorIds')),
    }),
    teams: t.field({
      type: [Team],
      nullable: true,
      description: 'The teams the inbox is open to; null when the inbox read fails.',
      extensions: crispCalls(inboxRead),
      resolve: async (i, _, ctx) => byIds(i.websiteId, await inbox.field(ctx, i, 'teamIds')),
    }),
    teamOperators: t.field({
      type: [Operator],
      nullable: true,
      description:
        'The operators who reach the inbox through its teams; null when the inbox read fails.',
      extensions: crispCalls(inboxRead),
      resolve: async (i, _, ctx) =>
        byUserIds(i.websiteId, await inbox.field(ctx, i, 'teamOperatorIds')),
    }),
    conditions: t.field({
      type: [InboxCondition],
      nullable: true,
      description: 'The routing rules; null when the inbox read fails.',
      ...held('conditions'),
    }),
    conditionOperator: t.string({
      nullable: true,
      description:
        "How the conditions combine, e.g. `and` (Crisp's inbox `operator`; a string, as Crisp " +
        'documents no closed set). Null when not set.',
      ...held('conditionOperator'),
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the inbox was created; null when Crisp leaves it out.',
      ...held('createdAt'),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the inbox last changed; null when Crisp leaves it out.',
      ...held('updatedAt'),
    }),
  }),
});

websiteCollection({
  type: Inbox,
  many: 'inboxes',
  one: 'inbox',
  words: { item: 'an inbox', items: 'inboxes', order: 'in Crisp’s order' },
  crispId: "Crisp's inbox_id",
  loader: 'inbox',
  list: inbox.inboxes,
  lookup: inbox.lookup,
  exists: inbox.exists,
});

builder.objectField(Conversation, 'inbox', (t) =>
  t.field({
    type: Inbox,
    nullable: true,
    description:
      'The inbox the conversation is filed in; null in the default inbox (or when the read ' +
      'fails). Its fields read each distinct inbox once per request.',
    extensions: crispCalls(conversationRead),
    resolve: (c, _, ctx) => inbox.ofConversation(ctx, c),
  }),
);
