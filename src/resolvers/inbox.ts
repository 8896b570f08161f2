import type { ConversationParent } from '../datasources/conversation.ts';
import type { InboxModel, InboxWriteModel } from '../datasources/inbox.ts';
import * as datasource from '../datasources/inbox.ts';
import type { GatewayContext } from '../request/context.ts';
import { inboxRef } from '../request/node-id.ts';
import { loaded } from './conversation.ts';
import { operatorIdsFromInput } from './operator.ts';
import { parentField } from './parent-field.ts';
import { teamIdsFromInput } from './team.ts';
import { websiteIdOrDefault, writeTarget } from './website.ts';
import { websiteResource } from './website-resource.ts';

/**
 * An inbox as a field gets it: the whole model (listed or read), or a key with what a write set.
 * Fields the parent lacks read the inbox once (see `field`).
 */
export type InboxParent = Pick<InboxModel, 'websiteId' | 'inboxId'> & Partial<InboxModel>;

/** The website's inboxes (`Website.inboxes`), one inbox, its lookup and its existence check. */
export const {
  list: inboxes,
  get: inbox,
  lookup,
  exists,
} = websiteResource({
  name: 'Website.inboxes',
  ref: inboxRef,
  idOf: (i: InboxModel) => i.inboxId,
  loader: (ctx) => ctx.loaders.inbox,
  list: datasource.listInboxes,
  check: datasource.checkInboxExists,
});

/** One field of an inbox: from the parent when it holds it, else from the inbox's read. */
export async function field<K extends keyof InboxModel>(
  ctx: GatewayContext,
  i: InboxParent,
  key: K,
): Promise<InboxModel[K]> {
  return parentField(i, key, () => inbox(ctx, i.websiteId, i.inboxId));
}

/**
 * The inbox a conversation is filed in, as a key: its fields go through the inbox loader, so a
 * page of conversations reads each distinct inbox once. Null in the default inbox.
 */
export async function ofConversation(
  ctx: GatewayContext,
  c: ConversationParent,
): Promise<InboxParent | null> {
  const { inboxId } = await loaded(ctx, c);
  return inboxId ? { websiteId: c.websiteId, inboxId: inboxId.toLowerCase() } : null;
}

/** An inbox as a mutation input writes it: the entities it names by global or raw id. */
export interface InboxInput {
  websiteId?: string | null;
  name: string;
  emoji?: string | null;
  operatorIds?: string[] | null;
  teamIds?: string[] | null;
  conditions?: InboxWriteModel['conditions'];
  conditionOperator?: string | null;
}

function toWrite(websiteId: string, input: InboxInput): InboxWriteModel {
  return {
    name: input.name,
    emoji: input.emoji,
    operatorIds: input.operatorIds && operatorIdsFromInput(input.operatorIds, websiteId),
    teamIds: input.teamIds && teamIdsFromInput(input.teamIds, websiteId),
    conditions: input.conditions,
    conditionOperator: input.conditionOperator,
  };
}

/** What a write set, on the inbox's key: the rest reads the inbox when selected. */
const written = (websiteId: string, inboxId: string, w: InboxWriteModel): InboxParent => ({
  websiteId,
  inboxId,
  name: w.name,
  ...(w.emoji != null && { emoji: w.emoji }),
  ...(w.operatorIds != null && { operatorIds: w.operatorIds }),
  ...(w.teamIds != null && { teamIds: w.teamIds }),
  ...(w.conditionOperator != null && { conditionOperator: w.conditionOperator }),
  ...(w.conditions != null && {
    conditions: w.conditions.map((c) => ({
      model: 'session',
      criterion: c.criterion,
      operator: c.operator as datasource.InboxConditionModel['operator'],
      query: c.query,
    })),
  }),
});

export async function createInbox(ctx: GatewayContext, input: InboxInput): Promise<InboxParent> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const write = toWrite(websiteId, input);
  const inboxId = await datasource.createNewInbox(ctx.crisp, websiteId, write);
  return written(websiteId, inboxId, write);
}

/** The inbox a mutation acts on: its global id, or a raw inbox id of `websiteId`. */
export interface InboxTarget {
  websiteId?: string | null;
  inboxId: string;
}

const target = (ctx: GatewayContext, input: InboxTarget) =>
  writeTarget(ctx, inboxRef, input.inboxId, 'input.inboxId', input.websiteId);

/** Replaces the inbox with the input (Crisp's save is a full replace); no read-back. */
export async function saveInbox(
  ctx: GatewayContext,
  input: InboxInput & InboxTarget,
): Promise<InboxParent> {
  const { websiteId, id } = target(ctx, input);
  const write = toWrite(websiteId, input);
  await datasource.saveInbox(ctx.crisp, websiteId, id, write);
  return written(websiteId, id, write);
}

export async function deleteInbox(ctx: GatewayContext, input: InboxTarget) {
  const { websiteId, id } = target(ctx, input);
  await datasource.deleteInbox(ctx.crisp, websiteId, id);
  return { websiteId, id };
}

export interface ReorderInboxesInput {
  websiteId?: string | null;
  orders: { inboxId: string; order: number }[];
}

/** Sets the inboxes' positions; the inboxes with their new `order`, no read-back. */
export async function reorderInboxes(
  ctx: GatewayContext,
  input: ReorderInboxesInput,
): Promise<InboxParent[]> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const orders = input.orders.map((o, n) => ({
    inboxId: inboxRef.fromInput(o.inboxId, `input.orders.${n}.inboxId`, [websiteId])[1],
    order: o.order,
  }));
  await datasource.batchOrderInboxes(ctx.crisp, websiteId, orders);
  return orders.map((o) => ({ websiteId, inboxId: o.inboxId, order: o.order }));
}
