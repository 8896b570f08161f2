import { z } from 'zod';
import type { VisitorCountModel, VisitorModel } from '../datasources/visitor.ts';
import * as datasource from '../datasources/visitor.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { visitorRef } from '../request/node-id.ts';
import { visitorsCountOf } from '../resolvers/live-parent.ts';
import * as visitor from '../resolvers/visitor.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { itemConnection } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Geolocation } from './people-profile.ts';
import { replacedBy } from './replaced-by.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

const VisitorPage = builder
  .objectRef<NonNullable<VisitorModel['lastPage']>>('VisitorPage')
  .implement({
    description: 'The page of the website the visitor is on.',
    fields: (t) => ({
      title: t.exposeString('title', {
        nullable: true,
        description: 'The page title; null when Crisp leaves it out.',
      }),
      url: t.exposeString('url', {
        nullable: true,
        description: 'The page URL; null when Crisp leaves it out.',
      }),
    }),
  });

const opt = (description: string) => ({ nullable: true, description }) as const;

export const Visitor = builder.objectRef<VisitorModel>('Visitor');

builder.node(Visitor, {
  description: 'Someone on the website right now, as Crisp’s live visitor list shows them.',
  ...websiteNodeId<VisitorModel>(
    visitorRef,
    'sessionId',
    (ctx, websiteId, sessionId) => visitor.visitor(ctx, websiteId, sessionId),
    'Global id; pass it to `node(id:)`.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('sessionId', {
      description: "Crisp's session_id of the visitor's session (`session_<uuid>`).",
    }),
    website: t.field({
      type: Website,
      description: 'The website the visitor is on.',
      resolve: (v) => ({ id: v.websiteId }),
    }),
    conversation: t.field({
      type: Conversation,
      description: 'The visitor’s conversation (same session); its fields load when selected.',
      extensions: crispCalls({ loaded: false }),
      resolve: (v) => ({ websiteId: v.websiteId, sessionId: v.sessionId }),
    }),
    sessionId: t.exposeID('sessionId', {
      description: "Crisp's session_id of the visitor's session.",
      deprecationReason: replacedBy('`crispId`'),
    }),
    inboxId: t.exposeID('inboxId', opt("Crisp's inbox_id of the session; null when none.")),
    nickname: t.exposeString('nickname', opt('The visitor’s name; null when not known.')),
    email: t.exposeString('email', opt('The visitor’s email; null when not known.')),
    avatar: t.exposeString('avatar', opt('The visitor’s avatar image URL; null when none.')),
    useragent: t.exposeString('useragent', opt('The browser user agent; null when not known.')),
    isInitiated: t.exposeBoolean(
      'initiated',
      opt('Whether the visitor opened a conversation; null when Crisp leaves it out.'),
    ),
    initiated: t.exposeBoolean('initiated', {
      ...opt('Whether the visitor opened a conversation; null when Crisp leaves it out.'),
      deprecationReason: replacedBy('`isInitiated`'),
    }),
    isActive: t.exposeBoolean(
      'active',
      opt('Whether the visitor is active on the page; null when Crisp leaves it out.'),
    ),
    active: t.exposeBoolean('active', {
      ...opt('Whether the visitor is active on the page; null when Crisp leaves it out.'),
      deprecationReason: replacedBy('`isActive`'),
    }),
    lastPage: t.expose('lastPage', {
      type: VisitorPage,
      ...opt('The page the visitor is on; null when not known.'),
    }),
    geolocation: t.expose('geolocation', {
      type: Geolocation,
      ...opt('Where the visitor is, from their IP; null when not known.'),
    }),
    timezone: t.exposeInt('timezone', opt('UTC offset in minutes; null when not known.')),
    capabilities: t.exposeStringList('capabilities', {
      description: 'What the visitor’s chatbox can do, as Crisp names it; empty when none.',
    }),
    locales: t.exposeStringList('locales', {
      description: 'The visitor’s browser locales, preferred first; empty when not known.',
    }),
  }),
});

const VisitorCount = builder.objectRef<VisitorCountModel>('VisitorCount').implement({
  description: 'How many visitors are on the website now.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Visitors on the website now.' }),
    active: t.exposeInt('active', { description: 'Visitors active on their page now.' }),
    isLimited: t.exposeBoolean('limited', {
      description: 'Whether the plan caps the count (the true count may be higher).',
    }),
    limited: t.exposeBoolean('limited', {
      description: 'Whether the plan caps the count (the true count may be higher).',
      deprecationReason: replacedBy('`isLimited`'),
    }),
  }),
});

const VisitorSession = builder
  .objectRef<{ websiteId: string; sessionId: string }>('VisitorSession')
  .implement({
    description: 'The session a chatbox token (CRISP_TOKEN_ID) continues.',
    fields: (t) => ({
      sessionId: t.exposeID('sessionId', {
        description: "Crisp's session_id the token continues.",
        deprecationReason: replacedBy('`conversation { crispId }`'),
      }),
      conversation: t.field({
        type: Conversation,
        description: 'The conversation of that session; its fields load when selected.',
        extensions: crispCalls({ loaded: false }),
        resolve: (s) => s,
      }),
    }),
  });

const VisitorConnection = itemConnection(
  Visitor,
  { item: 'a visitor', items: 'visitors', order: 'in Crisp’s order' },
  (t) => ({
    totalCount: t.int({
      nullable: true,
      description:
        'How many visitors are on the website now (the visitor count, its own Crisp call); ' +
        'null when that call fails.',
      extensions: crispCalls({ calls: 1 }),
      resolve: async (c, _, ctx) =>
        (await visitor.count(ctx, (c as unknown as visitor.VisitorPage).websiteId)).count,
    }),
  }),
);

builder.objectFields(Website, (t) => ({
  visitorsCount: t.field({
    nullable: true,
    type: VisitorCount,
    description: 'How many visitors are on the website now (its own Crisp call).',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx, info) => visitorsCountOf(ctx, info, w),
  }),
  visitors: t.connection(
    {
      nullable: true,
      type: Visitor,
      description:
        'Visitors on the website now, in Crisp’s order, read page by page (Crisp gives no sort ' +
        `value to key on). Pages forwards with \`first\`/\`after\`, backwards with \`last\`/\`before\`.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls }),
      resolve: (w, args, ctx) => visitor.visitors(ctx, w.id, args),
    },
    VisitorConnection,
  ),
  visitorSession: t.field({
    nullable: true,
    type: VisitorSession,
    description: 'The session a chatbox token continues; null with NOT_FOUND for an unknown token.',
    extensions: crispCalls({ calls: 1 }),
    args: {
      tokenId: t.arg.string({
        required: true,
        description: 'The chatbox token (CRISP_TOKEN_ID) the website set.',
        validate: z.string().min(1).max(500),
      }),
    },
    resolve: async (w, { tokenId }, ctx) => ({
      websiteId: w.id,
      sessionId: await datasource.getSessionIdentifierFromToken(ctx.crisp, w.id, tokenId),
    }),
  }),
}));
