import { GraphQLError } from 'graphql';
import { z } from 'zod';
import {
  type ConversationParent,
  conversationKey,
  parseConversationKey,
} from '../datasources/conversation.ts';
import type {
  ConversationEventModel,
  ConversationFileModel,
  ConversationMetaModel,
  ConversationPageModel,
  DeviceModel,
} from '../datasources/conversation-detail.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as conversation from '../resolvers/conversation.ts';
import * as conversationList from '../resolvers/conversation-list.ts';
import { prefetchFor } from '../resolvers/conversation-lookahead.ts';
import * as people from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { ConversationFilterInput } from './conversation-filter.ts';
import { Operator } from './operator.ts';
import { Person } from './people.ts';
import { Website, websiteIdSchema } from './website.ts';

/** A Crisp session id: `session_` and a UUID. Checked before any call so a typo costs no request. */
export const sessionIdSchema = z
  .string()
  .regex(
    /^session_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'must be session_ followed by a UUID',
  );

export const ConversationStateEnum = builder.enumType('ConversationState', {
  values: {
    PENDING: { value: 'pending', description: 'New, not yet answered by the team.' },
    UNRESOLVED: { value: 'unresolved', description: 'Ongoing.' },
    RESOLVED: { value: 'resolved' },
  } as const,
});

const DeviceGeolocation = builder
  .objectRef<NonNullable<DeviceModel['geolocation']>>('DeviceGeolocation')
  .implement({
    fields: (t) => ({
      country: t.exposeString('country', {
        nullable: true,
        description: 'ISO 3166-1 alpha-2 country code.',
      }),
      region: t.exposeString('region', { nullable: true }),
      city: t.exposeString('city', { nullable: true }),
      latitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.latitude }),
      longitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.longitude }),
    }),
  });

const SoftwareVersion = builder
  .objectRef<{ name?: string; version?: string; major?: string }>('SoftwareVersion')
  .implement({
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true }),
      version: t.exposeString('version', { nullable: true }),
      major: t.exposeString('major', {
        nullable: true,
        description: 'Major version (browsers only).',
      }),
    }),
  });

const ConversationDevice = builder.objectRef<DeviceModel>('ConversationDevice').implement({
  description: "The visitor's device, as the chatbox reported it.",
  fields: (t) => ({
    capabilities: t.exposeStringList('capabilities'),
    geolocation: t.expose('geolocation', { type: DeviceGeolocation, nullable: true }),
    os: t.expose('os', { type: SoftwareVersion, nullable: true }),
    engine: t.expose('engine', { type: SoftwareVersion, nullable: true }),
    browser: t.expose('browser', { type: SoftwareVersion, nullable: true }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    timezone: t.exposeInt('timezone', { nullable: true, description: 'UTC offset in minutes.' }),
    locales: t.exposeStringList('locales'),
  }),
});

const ConversationMetas = builder.objectRef<ConversationMetaModel>('ConversationMetas').implement({
  description: 'What the conversation knows about the visitor.',
  fields: (t) => ({
    nickname: t.exposeString('nickname', { nullable: true }),
    // Crisp stores whatever the chatbox sent: plain strings, so a malformed value still reads.
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    subject: t.exposeString('subject', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    avatar: t.exposeString('avatar', { nullable: true }),
    origin: t.exposeString('origin', { nullable: true }),
    data: t.expose('data', {
      type: 'JSON',
      description: 'Custom data: a map of strings, numbers and booleans.',
    }),
    segments: t.exposeStringList('segments'),
    isp: t.exposeString('isp', { nullable: true }),
    asn: t.exposeString('asn', { nullable: true }),
    device: t.expose('device', { type: ConversationDevice, nullable: true }),
  }),
});

const ConversationUnread = builder
  .objectRef<{ operator: number; visitor: number }>('ConversationUnread')
  .implement({
    fields: (t) => ({
      operator: t.exposeInt('operator', { description: 'Visitor messages the team has not read.' }),
      visitor: t.exposeInt('visitor', { description: 'Team messages the visitor has not read.' }),
    }),
  });

const ConversationPage = builder.objectRef<ConversationPageModel>('ConversationPage').implement({
  description: 'A page the visitor browsed.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    referrer: t.exposeString('referrer', { nullable: true }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

const ConversationEvent = builder.objectRef<ConversationEventModel>('ConversationEvent').implement({
  description: 'A custom event pushed for the session.',
  fields: (t) => ({
    text: t.exposeString('text', { nullable: true }),
    data: t.expose('data', { type: 'JSON' }),
    color: t.exposeString('color', { nullable: true }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

const ConversationFile = builder.objectRef<ConversationFileModel>('ConversationFile').implement({
  description: 'A file shared in the conversation.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    mimeType: t.exposeString('mimeType', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    fingerprint: t.expose('fingerprint', {
      type: 'Fingerprint',
      nullable: true,
      description: 'The message that carried the file.',
    }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

/** The global id holds `websiteId/sessionId`; both halves are checked before any call. */
function parseGlobalKey(key: string): string {
  const parsed = (() => {
    try {
      return parseConversationKey(key);
    } catch {
      return undefined;
    }
  })();
  if (
    !parsed ||
    !websiteIdSchema.safeParse(parsed.websiteId).success ||
    !sessionIdSchema.safeParse(parsed.sessionId).success
  ) {
    throw new GraphQLError('Invalid input for id: not a Conversation id', {
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  }
  return conversationKey({
    websiteId: parsed.websiteId.toLowerCase(),
    sessionId: parsed.sessionId.toLowerCase(),
  });
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

/** The numbered pages `conversations` reads: those holding positions after + 1 … after + first. */
function listPages(args: Record<string, unknown>): number {
  const first = args.first as number;
  const start =
    typeof args.after === 'string' ? (conversationList.decodeListCursor(args.after) ?? -1) + 1 : 0;
  const perPage =
    (args.filter as { perPage?: number } | null)?.perPage ?? Math.min(50, Math.max(20, first));
  return Math.floor((start + first - 1) / perPage) - Math.floor(start / perPage) + 1;
}

/**
 * A Crisp conversation (session). Fields that Crisp also serves on their own routes (state,
 * metas, routing, block) use the copy that came with the conversation when it was read, and
 * their own route when only the key is known (a mutation's result), so a read after a write
 * costs one small call.
 */
export const Conversation = builder.objectRef<ConversationParent>('Conversation');

builder.node(Conversation, {
  description: 'A Crisp conversation (session) of one website.',
  id: { resolve: (c) => conversationKey(c), parse: parseGlobalKey }, // websiteId + sessionId
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
      description: "Whether the visitor's messages are blocked.",
      extensions: bare('block'),
      resolve: (c, _, ctx) => conversation.isBlocked(ctx, c),
    }),
    isVerified: t.boolean({
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
      type: ConversationUnread,
      extensions: crispCalls(conversationRead),
      resolve: (c, _, ctx) => conversation.unread(ctx, c),
    }),
    mentions: t.idList({
      description: 'Operators (user ids) mentioned in the conversation.',
      extensions: crispCalls(conversationRead),
      resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).mentions,
    }),
    metas: t.field({
      type: ConversationMetas,
      extensions: bare('metas'),
      resolve: (c, _, ctx) => conversation.metas(ctx, c),
    }),
    person: t.field({
      type: Person,
      nullable: true,
      description: 'The contact profile the conversation is bound to, if any.',
      // The profile read: one per conversation at most (the loader merges a person's).
      extensions: crispCalls(conversationRead, { calls: 1 }),
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
      type: [ConversationPage],
      description: 'Pages the visitor browsed, newest first, one Crisp page at a time.',
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.pages(ctx, c, page),
    }),
    events: t.field({
      type: [ConversationEvent],
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.events(ctx, c, page),
    }),
    files: t.field({
      type: [ConversationFile],
      extensions: crispCalls({ calls: 1 }),
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => conversation.files(ctx, c, page),
    }),
  }),
});

const ConversationConnection = builder.connectionObject({
  type: Conversation,
  name: 'ConversationConnection',
});

/** A cursor is the conversation's position in the listing, which Crisp pages by number. */
const afterSchema = z
  .string()
  .transform((s) => conversationList.decodeListCursor(s))
  .refine((n) => n !== undefined, 'not a cursor from this connection');

// Defined with the type it returns: people.ts (Person) then needs nothing from this file.
builder.objectField(Person, 'conversations', (t) =>
  t.connection({
    type: Conversation,
    description: 'The contact’s conversations (Crisp lists their session ids).',
    extensions: crispCalls({ calls: pagedCalls, loaded: false }),
    resolve: (p, args, ctx) => people.conversations(ctx, p, args),
  }),
);

builder.objectFields(Website, (t) => ({
  conversations: t.field({
    type: ConversationConnection,
    description:
      'Conversations, most recent first, filtered and searched as in the Crisp inbox. Crisp pages ' +
      'by number; this walks only the pages `first` needs. `hasNextPage` is true when the last page ' +
      'read was full (Crisp gives no total).',
    extensions: crispCalls({ calls: listPages, loaded: true }),
    args: {
      filter: t.arg({ type: ConversationFilterInput }),
      first: t.arg.int({
        defaultValue: 20,
        required: true,
        validate: z.number().int().min(1).max(100),
      }),
      after: t.arg.string().validate(afterSchema),
    },
    resolve: (w, { filter, first, after }, ctx, info) =>
      conversationList.list(ctx, w.id, filter ?? {}, first, after ?? undefined, prefetchFor(info)),
  }),
  conversation: t.field({
    type: Conversation,
    // Nullable, so a missing conversation leaves the operation's other fields intact.
    nullable: true,
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => conversation.get(ctx, { websiteId: w.id, sessionId }),
  }),
  conversationExists: t.boolean({
    extensions: crispCalls({ calls: 1 }),
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => conversation.exists(ctx, { websiteId: w.id, sessionId }),
  }),
}));
