import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import * as detail from '../datasources/conversation-detail.ts';
import type { ConversationMetaModel, ConversationMetaUpdateRaw } from '../datasources/conversation-detail.ts';
import * as datasource from '../datasources/conversation.ts';
import {
  conversationKey,
  isLoaded,
  type ConversationKey,
  type ConversationListQuery,
  type ConversationModel,
  type ConversationParent,
  type ConversationState,
} from '../datasources/conversation.ts';
import { sharesLoads } from '../datasources/loaders.ts';
import { messageBatchKey } from '../datasources/message.ts';
import type { OperatorModel } from '../datasources/operator.ts';
import { personKey, type PersonModel } from '../datasources/people.ts';
import type { GatewayContext } from '../server/context.ts';
import { websiteIdOrDefault } from './website.ts';

/** The conversation behind a field: the one already read, or one read (once per request) by key. */
export function loaded(ctx: GatewayContext, c: ConversationParent): Promise<ConversationModel> {
  return isLoaded(c) ? Promise.resolve(c) : ctx.loaders.conversation.load(conversationKey(c));
}

export function get(ctx: GatewayContext, key: ConversationKey): Promise<ConversationModel> {
  return ctx.loaders.conversation.load(conversationKey(key));
}

export function exists(ctx: GatewayContext, key: ConversationKey): Promise<boolean> {
  return datasource.checkConversationExists(ctx.crisp, key);
}

// A bare key (a mutation's result) reads only the part asked for, on its own route.

export async function state(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<ConversationState> {
  return isLoaded(c) ? c.state : ctx.loaders.conversationState.load(conversationKey(c));
}

export async function isBlocked(ctx: GatewayContext, c: ConversationParent): Promise<boolean> {
  return isLoaded(c) ? c.isBlocked : ctx.loaders.conversationBlock.load(conversationKey(c));
}

export async function metas(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<ConversationMetaModel> {
  return isLoaded(c) ? c.metas : ctx.loaders.conversationMetas.load(conversationKey(c));
}

export async function assignedUserId(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<string | null> {
  return isLoaded(c) ? (c.assignedUserId ?? null) : ctx.loaders.conversationRouting.load(conversationKey(c));
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
export async function assignedOperator(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<OperatorModel | null> {
  const userId = await assignedUserId(ctx, c);
  if (!userId) return null;
  const operators = await ctx.loaders.operators.load(c.websiteId);
  return operators.find((o) => o.userId === userId) ?? null;
}

export const pages = (ctx: GatewayContext, c: ConversationKey, page: number) => detail.listConversationPages(ctx.crisp, c, page);
export const events = (ctx: GatewayContext, c: ConversationKey, page: number) => detail.listConversationEvents(ctx.crisp, c, page);
export const files = (ctx: GatewayContext, c: ConversationKey, page: number) => detail.listConversationFiles(ctx.crisp, c, page);

/** `ConversationFilterInput` as validated. */
export interface ConversationFilter {
  searchQuery?: string | null;
  searchType?: 'text' | 'segment' | 'filter' | null;
  searchFilters?: { model: string; criterion: string; operator: string; query: string[] }[] | null;
  searchOperator?: 'and' | 'or' | null;
  includeEmpty?: boolean | null;
  filterUnread?: boolean | null;
  filterResolved?: boolean | null;
  filterNotResolved?: boolean | null;
  filterMention?: boolean | null;
  filterAssigned?: string | null;
  filterUnassigned?: boolean | null;
  filterDateStart?: Date | null;
  filterDateEnd?: Date | null;
  orderDateCreated?: boolean | null;
  orderDateUpdated?: boolean | null;
  orderDateWaiting?: boolean | null;
  inboxId?: string | null;
  perPage?: number | null;
}

function toListQuery(f: ConversationFilter, perPage: number): ConversationListQuery {
  return {
    per_page: perPage,
    // The filter clauses travel JSON-encoded in search_query, as the Node client sends them.
    search_query: f.searchFilters ? JSON.stringify(f.searchFilters) : (f.searchQuery ?? undefined),
    search_type: f.searchType ?? undefined,
    search_operator: f.searchOperator ?? undefined,
    include_empty: f.includeEmpty ?? undefined,
    filter_inbox_id: f.inboxId ?? undefined,
    filter_unread: f.filterUnread ?? undefined,
    filter_resolved: f.filterResolved ?? undefined,
    filter_not_resolved: f.filterNotResolved ?? undefined,
    filter_mention: f.filterMention ?? undefined,
    filter_assigned: f.filterAssigned ?? undefined,
    filter_unassigned: f.filterUnassigned ?? undefined,
    filter_date_start: f.filterDateStart?.toISOString(),
    filter_date_end: f.filterDateEnd?.toISOString(),
    order_date_created: f.orderDateCreated ?? undefined,
    order_date_updated: f.orderDateUpdated ?? undefined,
    order_date_waiting: f.orderDateWaiting ?? undefined,
  };
}

const CURSOR = /^conversation:(\d{1,9})$/;
const encodeListCursor = (index: number) => Buffer.from(`conversation:${index}`).toString('base64url');

/** The listing position a cursor stands for, or undefined when it is not one of ours. */
export function decodeListCursor(cursor: string): number | undefined {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : undefined;
}

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of this name in a selection set, through fragments; `@skip`/`@include` are not evaluated. */
function fieldsNamed(info: Selection, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(info, s.selectionSet, name);
    // Validation has refused fragment cycles before any resolver runs.
    return fieldsNamed(info, info.fragments[s.name.value]?.selectionSet, name);
  });
}

/** The fields of this name a connection field asks of each node (`edges { node { name } }`). */
function nodeFields(info: Selection, name: string): FieldNode[] {
  return info.fieldNodes
    .flatMap((f) => fieldsNamed(info, f.selectionSet, 'edges'))
    .flatMap((e) => fieldsNamed(info, e.selectionSet, 'node'))
    .flatMap((n) => fieldsNamed(info, n.selectionSet, name));
}

/** The reads a conversation page can start as soon as it is in hand, by what its nodes select. */
export interface ListPrefetch {
  /** `assignedOperator`: the website's operator list. */
  operators?: boolean;
  /** `person`: each listed conversation's profile. */
  people?: boolean;
  /** `messages` without `before`: each listed conversation's latest history batch. */
  history?: boolean;
}

/**
 * What a `conversations` field's nodes will read, known from the query alone. At worst (a field
 * under `@skip`, an invalid `limit`) a read is started that no field then uses; a `before` makes
 * the history start elsewhere than the latest batch, so none is started for it.
 */
export function prefetchFor(info: Selection): ListPrefetch {
  const history = nodeFields(info, 'messages');
  return {
    operators: nodeFields(info, 'assignedOperator').length > 0,
    people: nodeFields(info, 'person').length > 0,
    history: history.length > 0 && history.every((f) => !f.arguments?.some((a) => a.name.value === 'before')),
  };
}

/**
 * Starts the second level of reads for a page of conversations, through the same loaders (and
 * keys) the nodes' fields use, so a field finds its read under way and none is made twice; the
 * website's operator list goes through `operatorList` (one batch tick, where `operators` takes
 * two), which `assignedOperator` reads. A failure is left for the field to surface. Returns
 * whether any read was started.
 */
function startReads(ctx: GatewayContext, websiteId: string, nodes: ConversationModel[], prefetch: ListPrefetch): boolean {
  if (!sharesLoads(ctx.loaders)) return false;
  const ignore = () => undefined;
  const reads = [
    ...(prefetch.history ? nodes.map((c) => ctx.loaders.messageBatch.load(messageBatchKey(c))) : []),
    ...(prefetch.people ? nodes.flatMap((c) => (c.peopleId ? [ctx.loaders.person.load(personKey(websiteId, c.peopleId))] : [])) : []),
    ...(prefetch.operators && nodes.some((c) => c.assignedUserId) ? [ctx.loaders.operatorList.load(websiteId)] : []),
  ];
  for (const read of reads) void read.catch(ignore);
  return reads.length > 0;
}

/**
 * A Relay page over Crisp's numbered pages: reads, in order, only the pages holding positions
 * `after + 1` to `after + first`, and stops at the first short page (the end of the list). Every
 * conversation read primes the conversation loader, so `conversation(sessionId)` and `node()`
 * do not read it again.
 */
export async function list(
  ctx: GatewayContext,
  websiteId: string,
  filter: ConversationFilter,
  first: number,
  after?: number,
  prefetch: ListPrefetch = {},
) {
  const start = after === undefined ? 0 : after + 1;
  const perPage = filter.perPage ?? Math.min(50, Math.max(20, first));
  const query = toListQuery(filter, perPage);
  const read: { index: number; node: ConversationModel }[] = [];
  let lastPageFull = false;
  for (let page = Math.floor(start / perPage) + 1; page <= Math.floor((start + first - 1) / perPage) + 1; page++) {
    const items = await datasource.listConversations(ctx.crisp, websiteId, page, query);
    items.forEach((node, i) => {
      ctx.loaders.conversation.prime(conversationKey(node), node);
      read.push({ index: (page - 1) * perPage + i, node });
    });
    lastPageFull = items.length === perPage;
    if (!lastPageFull) break;
  }
  const window = read.filter(({ index }) => index >= start && index < start + first);
  // Loaders send a batch once the microtask queue drains, which here would be after every node's
  // fields have run (a millisecond or more for a page of 20). Yielding once to the event loop
  // sends the second level first, so the field pass runs while those reads are on the wire.
  if (startReads(ctx, websiteId, window.map((r) => r.node), prefetch)) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  const edges = window.map(({ index, node }) => ({ cursor: encodeListCursor(index), node }));
  const beyond = read.some(({ index }) => index >= start + first);
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: start > 0,
      hasNextPage: edges.length === first && (beyond || lastPageFull),
    },
  };
}

/** Mutation inputs name a conversation by website (default: CRISP_WEBSITE_ID) and session id. */
export interface ConversationInput {
  websiteId?: string | null;
  sessionId: string;
}

/** For mutations: the caller needs write access to the website. */
export function keyOf(ctx: GatewayContext, input: ConversationInput): ConversationKey {
  return { websiteId: websiteIdOrDefault(ctx, input.websiteId, 'write'), sessionId: input.sessionId };
}

/** After a write, drop what this request already read of the conversation so fields read afresh. */
export function forget(ctx: GatewayContext, key: ConversationKey): ConversationKey {
  const k = conversationKey(key);
  for (const loader of [
    ctx.loaders.conversation,
    ctx.loaders.conversationState,
    ctx.loaders.conversationMetas,
    ctx.loaders.conversationRouting,
    ctx.loaders.conversationBlock,
  ]) {
    loader.clear(k);
  }
  return key;
}

export function create(
  ctx: GatewayContext,
  websiteId: string | null | undefined,
): Promise<ConversationKey> {
  return datasource.createNewConversation(ctx.crisp, websiteIdOrDefault(ctx, websiteId, 'write'));
}

export async function initiate(
  ctx: GatewayContext,
  input: ConversationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.initiateConversationWithExistingSession(ctx.crisp, key);
  return forget(ctx, key);
}

export async function remove(ctx: GatewayContext, input: ConversationInput): Promise<string> {
  const key = keyOf(ctx, input);
  await datasource.removeConversation(ctx.crisp, key);
  forget(ctx, key);
  return key.sessionId;
}

export interface UpdateMetasInput extends ConversationInput {
  nickname?: string | null;
  email?: string | null;
  phone?: string | null;
  ip?: string | null;
  avatar?: string | null;
  address?: string | null;
  subject?: string | null;
  origin?: string | null;
  segments?: string[] | null;
  data?: Record<string, string | number | boolean> | null;
}

export async function updateMetas(
  ctx: GatewayContext,
  input: UpdateMetasInput,
): Promise<ConversationKey> {
  const { websiteId: _w, sessionId: _s, ...fields } = input;
  // Crisp merges what is sent: only the fields the client gave go out.
  const metas = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as ConversationMetaUpdateRaw;
  const key = keyOf(ctx, input);
  await detail.updateConversationMetas(ctx.crisp, key, metas);
  return forget(ctx, key);
}

export async function changeState(
  ctx: GatewayContext,
  input: ConversationInput & { state: ConversationState },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.changeConversationState(ctx.crisp, key, input.state);
  return forget(ctx, key);
}

export async function assignRouting(
  ctx: GatewayContext,
  input: ConversationInput & { assignedUserId?: string | null; silent?: boolean | null },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.assignConversationRouting(ctx.crisp, key, input.assignedUserId ?? null, input.silent ?? undefined);
  return forget(ctx, key);
}

export async function block(
  ctx: GatewayContext,
  input: ConversationInput & { blocked: boolean },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.blockIncomingMessagesForConversation(ctx.crisp, key, input.blocked);
  return forget(ctx, key);
}

export async function requestTranscript(
  ctx: GatewayContext,
  input: ConversationInput & { to: 'user' | 'operator'; email?: string | null },
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await detail.requestEmailTranscriptForConversation(ctx.crisp, key, { to: input.to, email: input.email ?? undefined });
  return key;
}
