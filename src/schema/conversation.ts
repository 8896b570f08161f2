import {
  type ConversationParent,
  conversationKey,
  parseConversationKey,
} from '../datasources/conversation.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { conversationRef } from '../request/node-id.ts';
import * as conversation from '../resolvers/conversation.ts';
import { builder } from './builder.ts';
import {
  ConversationEvent,
  ConversationEventConnection,
  ConversationFile,
  ConversationFileConnection,
  ConversationMetas,
  ConversationPage,
  ConversationPageConnection,
} from './conversation-detail.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Operator } from './operator.ts';
import { Person } from './people.ts';
import { replacedBy } from './replaced-by.ts';
import { Website } from './website.ts';

export const ConversationStateEnum = builder.enumType('ConversationState', {
  description: 'Where a conversation stands in the inbox.',
  values: {
    PENDING: { value: 'pending', description: 'New, not yet answered by the team.' },
    UNRESOLVED: { value: 'unresolved', description: 'Ongoing: the team has answered.' },
    RESOLVED: { value: 'resolved', description: 'Done: marked resolved by the team.' },
  } as const,
});

const ConversationUnread = builder
  .objectRef<{ operator: number; visitor: number }>('ConversationUnread')
  .implement({
    description: 'How many messages each side has not read yet.',
    fields: (t) => ({
      operator: t.exposeInt('operator', { description: 'Visitor messages the team has not read.' }),
      visitor: t.exposeInt('visitor', { description: 'Team messages the visitor has not read.' }),
    }),
  });

/** The global id's parts, checked and lower-cased, as the conversation loader's key. */
function parseGlobalKey(id: string): string {
  const [websiteId, sessionId] = conversationRef.parse(id);
  return conversationKey({ websiteId, sessionId });
}

/**
 * What a conversation known only by its key (a mutation's result, a contact's list) reads for a
 * field; a listed or read conversation has it already. One read per loader and conversation.
 */
const bare = (loader: string) => crispCalls({ calls: 1, loader, unlessLoaded: true });
/** GET /website/{id}/conversation/{session_id}, when the conversation came as a key. */
export const conversationRead = { calls: 1, loader: 'conversation', unlessLoaded: true };
const routing = { calls: 1, loader: 'routing', unlessLoaded: true };
/** The website's operator list, once per website: where user ids become operators. */
export const operatorList = { calls: 1, loader: 'operators', per: 'Website' };

/**
 * A Crisp conversation (session). Fields that Crisp also serves on their own routes (state,
 * metas, routing, block) use the copy that came with the conversation when it was read, and
 * their own route when only the key is known (a mutation's result), so a read after a write
 * costs one small call.
 */
export const Conversation = builder.objectRef<ConversationParent>('Conversation');

builder.node(Conversation, {
  description: 'A Crisp conversation (session) of one website.',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any input that names a conversation.',
    resolve: (c) => conversationRef.format(c.websiteId, c.sessionId),
    parse: parseGlobalKey,
  },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parseConversationKey(key).websiteId);
    return ctx.loaders.conversation.load(key);
  },
  fields: (t) => ({
    crispId: t.exposeID('sessionId', {
      description:
        "Crisp's session_id (`session_<uuid>`), as the chatbox and the Crisp apps show it.",
    }),
    website: t.field({
      type: Website,
      description: 'The website the conversation belongs to.',
      resolve: (c) => ({ id: c.websiteId }),
    }),
    sessionId: t.exposeString('sessionId', {
      description: 'The Crisp session id (`session_<uuid>`).',
      deprecationReason: replacedBy('`crispId` (or `website`)'),
    }),
    websiteId: t.exposeID('websiteId', {
      description: 'The Crisp website id.',
      deprecationReason: replacedBy('`crispId` (or `website`)'),
    }),
    state: t.field({
      nullable: true,
      type: ConversationStateEnum,
      description: 'Where the conversation stands; null when its read fails.',
      extensions: bare('state'),
      resolve: (c, _, ctx) => conversation.state(ctx, c),
    }),
    status: t.int({
      nullable: true,
      description:
        "Crisp's numeric counterpart of `state` (0 pending, 1 unresolved, 2 resolved); null when absent.",
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).status,
    }),
    isBlocked: t.boolean({
      nullable: true,
      description: "Whether the visitor's messages are blocked; null when its read fails.",
      extensions: bare('block'),
      resolve: (c, _, ctx) => conversation.isBlocked(ctx, c),
    }),
    isVerified: t.boolean({
      nullable: true,
      description:
        "Whether the visitor's identity is verified (signed with the website's secret); null when the read fails.",
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).isVerified,
    }),
    inboxId: t.id({
      nullable: true,
      description: 'The inbox the conversation is filed in (a UUID); null in the default inbox.',
      deprecationReason: replacedBy('`inbox`'),
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).inboxId,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the conversation started; null when absent.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the conversation last changed (a message, a state); null when absent.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).updatedAt,
    }),
    waitingSince: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Since when the visitor has been waiting for a reply; null when they are not.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).waitingSince,
    }),
    unread: t.field({
      nullable: true,
      type: ConversationUnread,
      description: 'Unread message counts of each side; null when the read fails.',
      extensions: crispCalls(conversationRead),
      resolve: (c, _, ctx) => conversation.unread(ctx, c),
    }),
    mentionedOperators: t.field({
      type: [Operator],
      nullable: true,
      description:
        'The operators mentioned in the conversation; null when a read fails (the conversation, or the operator list).',
      extensions: crispCalls(conversationRead, operatorList),
      resolve: async (c, _, ctx) =>
        conversation.mentioned(ctx, c.websiteId, (await conversation.loaded(ctx, c)).mentions),
    }),
    mentions: t.idList({
      nullable: true,
      description: 'The user ids of the operators mentioned in the conversation.',
      deprecationReason: replacedBy('`mentionedOperators`'),
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).mentions,
    }),
    metas: t.field({
      nullable: true,
      type: ConversationMetas,
      description: 'What the conversation knows about the visitor; null when the read fails.',
      extensions: bare('metas'),
      resolve: (c, _, ctx) => conversation.metas(ctx, c),
    }),
    person: t.field({
      type: Person,
      nullable: true,
      description: 'The contact profile the conversation is bound to; null when there is none.',
      // The profile read: one per conversation at most (the loader merges a person's).
      extensions: crispCalls(conversationRead, { calls: 1, loaded: true }),
      resolve: (c, _, ctx) => conversation.person(ctx, c),
    }),
    assignee: t.field({
      type: Operator,
      nullable: true,
      description:
        'The operator the conversation is routed to; null when it is unassigned (or a read fails).',
      extensions: crispCalls(routing, operatorList),
      resolve: (c, _, ctx) => conversation.assignee(ctx, c),
    }),
    assignedUserId: t.id({
      nullable: true,
      description: 'The user id of the operator the conversation is routed to.',
      deprecationReason: replacedBy('`assignee`'),
      extensions: crispCalls(routing),
      resolve: (c, _, ctx) => conversation.assignedUserId(ctx, c),
    }),
    assignedOperator: t.field({
      type: Operator,
      nullable: true,
      description: 'The operator the conversation is routed to, if any.',
      deprecationReason: replacedBy('`assignee`'),
      extensions: crispCalls(routing, operatorList),
      resolve: (c, _, ctx) => conversation.assignee(ctx, c),
    }),
    pages: t.connection(
      {
        nullable: true,
        type: ConversationPage,
        description: `Pages the visitor browsed, newest first, 20 a page by default; null when a read fails.${ID_CURSOR_NOTE}`,
        extensions: crispCalls({ calls: pagedCalls }),
        resolve: (c, args, ctx) => conversation.pages(ctx, c, args),
      },
      ConversationPageConnection,
    ),
    events: t.connection(
      {
        nullable: true,
        type: ConversationEvent,
        description: `Custom events pushed for the session, newest first, 20 a page by default; null when a read fails.${ID_CURSOR_NOTE}`,
        extensions: crispCalls({ calls: pagedCalls }),
        resolve: (c, args, ctx) => conversation.events(ctx, c, args),
      },
      ConversationEventConnection,
    ),
    files: t.connection(
      {
        nullable: true,
        type: ConversationFile,
        description: `Files shared in the conversation, newest first, 20 a page by default; null when a read fails.${ID_CURSOR_NOTE}`,
        extensions: crispCalls({ calls: pagedCalls }),
        resolve: (c, args, ctx) => conversation.files(ctx, c, args),
      },
      ConversationFileConnection,
    ),
  }),
});

const conversationArgs = builder.args((t) => ({
  id: t.id({
    description:
      "The conversation: its global id, or Crisp's session_id on this website. Exactly one of `id` and `sessionId`.",
  }),
  sessionId: t.string({
    description: "Crisp's session_id (`session_<uuid>`).",
    deprecationReason: replacedBy('`id`'),
  }),
}));

builder.objectFields(Website, (t) => ({
  conversation: t.field({
    type: Conversation,
    // Nullable, so a missing conversation leaves the operation's other fields intact.
    nullable: true,
    description: 'One conversation of the website; null with NOT_FOUND when there is none.',
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: conversationArgs,
    resolve: (w, args, ctx) => conversation.get(ctx, conversation.keyOf(w.id, args)),
  }),
  conversationExists: t.boolean({
    nullable: true,
    description: 'Whether the website holds the conversation (a HEAD request); null when it fails.',
    extensions: crispCalls({ calls: 1 }),
    args: conversationArgs,
    resolve: (w, args, ctx) => conversation.exists(ctx, conversation.keyOf(w.id, args)),
  }),
}));
