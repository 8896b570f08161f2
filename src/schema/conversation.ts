import { z } from 'zod';
import {
  type ConversationParent,
  conversationKey,
  parseConversationKey,
} from '../datasources/conversation.ts';
import { sessionIdSchema } from '../datasources/crisp-id.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { conversationRef } from '../request/node-id.ts';
import * as conversation from '../resolvers/conversation.ts';
import { builder } from './builder.ts';
import {
  ConversationEvent,
  ConversationFile,
  ConversationMetas,
  ConversationPage,
} from './conversation-detail.ts';
import { Operator } from './operator.ts';
import { Person } from './people.ts';
import { Website } from './website.ts';

export const ConversationStateEnum = builder.enumType('ConversationState', {
  values: {
    PENDING: { value: 'pending', description: 'New, not yet answered by the team.' },
    UNRESOLVED: { value: 'unresolved', description: 'Ongoing.' },
    RESOLVED: { value: 'resolved' },
  } as const,
});

const ConversationUnread = builder
  .objectRef<{ operator: number; visitor: number }>('ConversationUnread')
  .implement({
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

const pageArg = z.number().int().min(1).max(1000);

/**
 * What a conversation known only by its key (a mutation's result, a contact's list) reads for a
 * field; a listed or read conversation has it already. One read per loader and conversation.
 */
const bare = (loader: string) => crispCalls({ calls: 1, loader, unlessLoaded: true });
/** GET /website/{id}/conversation/{session_id}, when the conversation came as a key. */
export const conversationRead = { calls: 1, loader: 'conversation', unlessLoaded: true };
const routing = { calls: 1, loader: 'routing', unlessLoaded: true };

/**
 * A Crisp conversation (session). Fields that Crisp also serves on their own routes (state,
 * metas, routing, block) use the copy that came with the conversation when it was read, and
 * their own route when only the key is known (a mutation's result), so a read after a write
 * costs one small call.
 */
export const Conversation = builder.objectRef<ConversationParent>('Conversation');

builder.node(Conversation, {
  description: 'A Crisp conversation (session) of one website.',
  id: { resolve: (c) => conversationRef.format(c.websiteId, c.sessionId), parse: parseGlobalKey },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parseConversationKey(key).websiteId);
    return ctx.loaders.conversation.load(key);
  },
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', {
      description: 'The Crisp session id (`session_<uuid>`).',
    }),
    websiteId: t.exposeID('websiteId'),
    state: t.field({
      nullable: true,
      type: ConversationStateEnum,
      extensions: bare('state'),
      resolve: (c, _, ctx) => conversation.state(ctx, c),
    }),
    status: t.int({
      nullable: true,
      description: "Crisp's numeric counterpart of `state`.",
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).status,
    }),
    isBlocked: t.boolean({
      nullable: true,
      description: "Whether the visitor's messages are blocked.",
      extensions: bare('block'),
      resolve: (c, _, ctx) => conversation.isBlocked(ctx, c),
    }),
    isVerified: t.boolean({
      nullable: true,
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).isVerified,
    }),
    inboxId: t.id({
      nullable: true,
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).inboxId,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).updatedAt,
    }),
    waitingSince: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Since when the visitor has been waiting for a reply, if they are.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).waitingSince,
    }),
    unread: t.field({
      nullable: true,
      type: ConversationUnread,
      extensions: crispCalls(conversationRead),
      resolve: (c, _, ctx) => conversation.unread(ctx, c),
    }),
    mentions: t.idList({
      nullable: true,
      description: 'Operators (user ids) mentioned in the conversation.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).mentions,
    }),
    metas: t.field({
      nullable: true,
      type: ConversationMetas,
      extensions: bare('metas'),
      resolve: (c, _, ctx) => conversation.metas(ctx, c),
    }),
    person: t.field({
      type: Person,
      nullable: true,
      description: 'The contact profile the conversation is bound to, if any.',
      // The profile read: one per conversation at most (the loader merges a person's).
      extensions: crispCalls(conversationRead, { calls: 1, loaded: true }),
      resolve: (c, _, ctx) => conversation.person(ctx, c),
    }),
    assignedUserId: t.id({
      nullable: true,
      extensions: crispCalls(routing),
      resolve: (c, _, ctx) => conversation.assignedUserId(ctx, c),
    }),
    assignedOperator: t.field({
      type: Operator,
      nullable: true,
      description: 'The operator the conversation is routed to, if any.',
      // The website's operator list, once per website.
      extensions: crispCalls(routing, { calls: 1, loader: 'operators', per: 'Website' }),
      resolve: (c, _, ctx) => conversation.assignedOperator(ctx, c),
    }),
    pages: t.field({
      nullable: true,
      type: [ConversationPage],
      description: 'Pages the visitor browsed, newest first, one Crisp page at a time.',
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.pages(ctx, c, page),
    }),
    events: t.field({
      nullable: true,
      type: [ConversationEvent],
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.events(ctx, c, page),
    }),
    files: t.field({
      nullable: true,
      type: [ConversationFile],
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.files(ctx, c, page),
    }),
  }),
});

builder.objectFields(Website, (t) => ({
  conversation: t.field({
    type: Conversation,
    // Nullable, so a missing conversation leaves the operation's other fields intact.
    nullable: true,
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => conversation.get(ctx, { websiteId: w.id, sessionId }),
  }),
  conversationExists: t.boolean({
    nullable: true,
    extensions: crispCalls({ calls: 1 }),
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => conversation.exists(ctx, { websiteId: w.id, sessionId }),
  }),
}));
