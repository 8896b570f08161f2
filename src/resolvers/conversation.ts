import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import {
  type ConversationKey,
  type ConversationModel,
  type ConversationParent,
  type ConversationPart,
  type ConversationParts,
  type ConversationState,
  checkConversationExists,
  conversationKey,
  conversationPartKey,
  isLoaded,
} from '../datasources/conversation.ts';
import type { ConversationMetaModel } from '../datasources/conversation-detail.ts';
import * as detail from '../datasources/conversation-detail.ts';
import type { OperatorModel } from '../datasources/operator.ts';
import { type PersonModel, personKey } from '../datasources/people.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { conversationRef } from '../request/node-id.ts';
import { pageConnection } from './page-connection.ts';

/** Conversation fields: the parts read with the conversation, or on their own routes by key. */

/** The conversation behind a field: the one already read, or one read (once per request) by key. */
export function loaded(ctx: GatewayContext, c: ConversationParent): Promise<ConversationModel> {
  return isLoaded(c) ? Promise.resolve(c) : ctx.loaders.conversation.load(conversationKey(c));
}

export function get(ctx: GatewayContext, key: ConversationKey): Promise<ConversationModel> {
  return ctx.loaders.conversation.load(conversationKey(key));
}

/**
 * The conversation an argument names on a website: `id` (its global id, or a raw session_id of
 * this website), or the deprecated `sessionId`; exactly one of the two.
 */
export function keyOf(
  websiteId: string,
  args: { id?: string | null; sessionId?: string | null },
): ConversationKey {
  if ((args.id == null) === (args.sessionId == null)) {
    throw badInput('id', 'pass exactly one of id and sessionId');
  }
  const field = args.id != null ? 'id' : 'sessionId';
  const [, sessionId] = conversationRef.fromInput(args.id ?? args.sessionId!, field, [websiteId]);
  return { websiteId, sessionId };
}

export function exists(ctx: GatewayContext, key: ConversationKey): Promise<boolean> {
  return checkConversationExists(ctx.crisp, key);
}

// A bare key (a mutation's result) reads only the part asked for, on its own route, or the whole
// conversation once when several parts are asked.

/** A part of a bare key's conversation; two or more parts asked together cost one full read. */
const part = <P extends ConversationPart>(ctx: GatewayContext, c: ConversationKey, p: P) =>
  ctx.loaders.conversationPart.load(conversationPartKey(c, p)) as Promise<ConversationParts[P]>;

export async function state(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<ConversationState> {
  return isLoaded(c) ? c.state : part(ctx, c, 'state');
}

export async function isBlocked(ctx: GatewayContext, c: ConversationParent): Promise<boolean> {
  return isLoaded(c) ? c.isBlocked : part(ctx, c, 'block');
}

export async function metas(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<ConversationMetaModel> {
  return isLoaded(c) ? c.metas : part(ctx, c, 'metas');
}

/** The assignee's user_id, if any: from the conversation read, or its routing route by key. */
export async function assignedUserId(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<string | null> {
  return isLoaded(c) ? (c.assignedUserId ?? null) : part(ctx, c, 'routing');
}

export async function unread(ctx: GatewayContext, c: ConversationParent) {
  const full = await loaded(ctx, c);
  return { operator: full.unreadOperator, visitor: full.unreadVisitor };
}

export async function person(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<PersonModel | null> {
  const { peopleId } = await loaded(ctx, c);
  return peopleId ? ctx.loaders.person.load(personKey(c.websiteId, peopleId)) : null;
}

/** The assignee, found in the website's operator list: one list read per website per request. */
export async function assignee(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<OperatorModel | null> {
  const userId = await assignedUserId(ctx, c);
  if (!userId) return null;
  const operators = await ctx.loaders.operators.load(c.websiteId);
  return operators.find((o) => o.userId === userId) ?? null;
}

/** The operators mentioned, found in the website's operator list (those no longer in it left out). */
export async function mentioned(
  ctx: GatewayContext,
  websiteId: string,
  userIds: readonly string[],
): Promise<OperatorModel[]> {
  if (userIds.length === 0) return [];
  const operators = await ctx.loaders.operators.load(websiteId);
  return userIds.flatMap((id) => operators.find((o) => o.userId === id) ?? []);
}

/** A page-numbered list of the conversation (pages, events, files) as a Relay page. */
const detailList = <T>(
  name: string,
  c: ConversationKey,
  args: DefaultConnectionArguments,
  fetchPage: (page: number) => Promise<T[]>,
  idOf: (item: T) => string,
) => pageConnection(args, fetchPage, { name, parentId: conversationKey(c), idOf });

// These items have no Crisp id: their time and what they name tell them apart.
export const pages = (ctx: GatewayContext, c: ConversationKey, args: DefaultConnectionArguments) =>
  detailList(
    'Conversation.pages',
    c,
    args,
    (page) => detail.listConversationPages(ctx.crisp, c, page),
    (p) => `${p.timestamp?.getTime() ?? ''}:${p.url ?? ''}`,
  );

export const events = (ctx: GatewayContext, c: ConversationKey, args: DefaultConnectionArguments) =>
  detailList(
    'Conversation.events',
    c,
    args,
    (page) => detail.listConversationEvents(ctx.crisp, c, page),
    (e) => `${e.timestamp?.getTime() ?? ''}:${e.text ?? ''}`,
  );

/** The files, each with its conversation: the message that carried it is a field of its own. */
export const files = (ctx: GatewayContext, c: ConversationKey, args: DefaultConnectionArguments) =>
  detailList(
    'Conversation.files',
    c,
    args,
    async (page) =>
      (await detail.listConversationFiles(ctx.crisp, c, page)).map((f) => ({
        ...f,
        websiteId: c.websiteId,
        sessionId: c.sessionId,
      })),
    (f) => `${f.fingerprint ?? ''}:${f.timestamp?.getTime() ?? ''}:${f.url ?? ''}`,
  );
