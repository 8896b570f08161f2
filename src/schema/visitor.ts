import { z } from 'zod';
import type { VisitorCountModel, VisitorModel } from '../datasources/visitor.ts';
import * as visitor from '../datasources/visitor.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { pageConnection } from '../resolvers/page-connection.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Geolocation } from './people-profile.ts';
import { Website } from './website.ts';

const VisitorPage = builder
  .objectRef<NonNullable<VisitorModel['lastPage']>>('VisitorPage')
  .implement({
    fields: (t) => ({
      title: t.exposeString('title', { nullable: true }),
      url: t.exposeString('url', { nullable: true }),
    }),
  });

const Visitor = builder.objectRef<VisitorModel>('Visitor').implement({
  description: 'Someone on the website right now.',
  fields: (t) => ({
    sessionId: t.exposeID('sessionId'),
    inboxId: t.exposeID('inboxId', { nullable: true }),
    nickname: t.exposeString('nickname', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    avatar: t.exposeString('avatar', { nullable: true }),
    useragent: t.exposeString('useragent', { nullable: true }),
    initiated: t.exposeBoolean('initiated', {
      nullable: true,
      description: 'Whether the visitor opened a conversation.',
    }),
    active: t.exposeBoolean('active', { nullable: true }),
    lastPage: t.expose('lastPage', { type: VisitorPage, nullable: true }),
    geolocation: t.expose('geolocation', { type: Geolocation, nullable: true }),
    timezone: t.exposeInt('timezone', { nullable: true, description: 'UTC offset in minutes.' }),
    capabilities: t.exposeStringList('capabilities'),
    locales: t.exposeStringList('locales'),
    conversation: t.field({
      type: Conversation,
      description: 'The visitor’s conversation (loaded only when asked for).',
      extensions: crispCalls({ loaded: false }),
      resolve: (v) => ({ websiteId: v.websiteId, sessionId: v.sessionId }),
    }),
  }),
});

const VisitorCount = builder.objectRef<VisitorCountModel>('VisitorCount').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    active: t.exposeInt('active'),
    limited: t.exposeBoolean('limited', { description: 'True when the plan caps the count.' }),
  }),
});

const VisitorSession = builder
  .objectRef<{ websiteId: string; sessionId: string }>('VisitorSession')
  .implement({
    description: 'The session a chatbox token (CRISP_TOKEN_ID) continues.',
    fields: (t) => ({
      sessionId: t.exposeID('sessionId'),
      conversation: t.field({
        type: Conversation,
        extensions: crispCalls({ loaded: false }),
        resolve: (s) => s,
      }),
    }),
  });

builder.objectFields(Website, (t) => ({
  visitorsCount: t.field({
    nullable: true,
    type: VisitorCount,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => visitor.countVisitors(ctx.crisp, w.id),
  }),
  visitors: t.connection({
    nullable: true,
    type: Visitor,
    description: `Visitors on the website now, read page by page.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    resolve: (w, args, ctx) =>
      pageConnection(args, (page) => visitor.listVisitors(ctx.crisp, w.id, page), {
        name: 'Website.visitors',
        parentId: w.id,
        idOf: (v) => v.sessionId,
      }),
  }),
  visitorSession: t.field({
    nullable: true,
    type: VisitorSession,
    extensions: crispCalls({ calls: 1 }),
    args: { tokenId: t.arg.string({ required: true, validate: z.string().min(1).max(500) }) },
    resolve: async (w, { tokenId }, ctx) => ({
      websiteId: w.id,
      sessionId: await visitor.getSessionIdentifierFromToken(ctx.crisp, w.id, tokenId),
    }),
  }),
}));
