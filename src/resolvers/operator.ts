import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/operator.ts';
import {
  type LastActiveOperatorModel,
  type MembershipChangeModel,
  type OperatorEmailModel,
  type OperatorInvitationModel,
  type OperatorInviteModel,
  type OperatorModel,
  operatorKey,
} from '../datasources/operator.ts';
import type { GatewayContext } from '../request/context.ts';
import { operatorRef } from '../request/node-id.ts';
import { type Connection, PAGE_SIZE, pageConnection } from './page-connection.ts';
import { parentField } from './parent-field.ts';
import { websiteIdOrDefault, writeTarget } from './website.ts';

/**
 * An operator as a field gets it: the whole model (from the list or a read), or a key with what
 * a write set (role, title). Fields the parent lacks read the operator (see `loaded`).
 */
export type OperatorParent = Pick<OperatorModel, 'websiteId' | 'userId'> & Partial<OperatorModel>;

export const invites = async (ctx: GatewayContext, websiteId: string) =>
  (await ctx.loaders.operatorList.load(websiteId)).invites;

export interface OperatorPage extends Connection<OperatorModel> {
  totalCount: number;
}

/**
 * The website's operators as a connection. Crisp gives the whole list in one call, so the pages
 * are cut from it; the cursors are the same id cursors as on Crisp's numbered lists, so an
 * operator linked or unlinked between two pages neither repeats nor skips another.
 */
export async function operators(
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
): Promise<OperatorPage> {
  const list = await ctx.loaders.operators.load(websiteId);
  const page = await pageConnection(
    args,
    async (n) => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE),
    { name: 'Website.operators', parentId: websiteId, idOf: (o) => o.userId },
  );
  return { ...page, totalCount: list.length };
}

/**
 * Looks the operator up in the website's list, which costs one call for any number of operators
 * in a request; someone missing from it (unlinked since) is read on its own, and 404s there.
 */
export async function operator(
  ctx: GatewayContext,
  websiteId: string,
  userId: string,
): Promise<OperatorModel> {
  // The user id parsers have lower-cased `userId`, as Crisp lists it.
  const listed = (await ctx.loaders.operators.load(websiteId)).find((o) => o.userId === userId);
  return listed ?? ctx.loaders.operator.load(operatorKey(websiteId, userId));
}

/** One field of an operator: from the parent when it holds it, else from the operator's read. */
export async function field<K extends keyof OperatorModel>(
  ctx: GatewayContext,
  o: OperatorParent,
  key: K,
): Promise<OperatorModel[K]> {
  return parentField(o, key, () => operator(ctx, o.websiteId, o.userId));
}

/** `Website.operator(id:)`: a global Operator id or a raw user id of this website. */
export function lookup(ctx: GatewayContext, websiteId: string, id: string, field: string) {
  const [, userId] = operatorRef.fromInput(id, field, [websiteId]);
  return operator(ctx, websiteId, userId);
}

/** Operators named by user id (an inbox's, a team's), as keys: their fields read the team list. */
export const byUserIds = (websiteId: string, userIds: string[]): OperatorParent[] =>
  userIds.map((userId) => ({ websiteId, userId }));

/** User ids a mutation input names, each a global Operator id or a raw user id of `websiteId`. */
export const operatorIdsFromInput = (
  values: string[],
  websiteId: string,
  field = 'input.operatorIds',
) => values.map((v, n) => operatorRef.fromInput(v, `${field}.${n}`, [websiteId])[1] as string);

export const lastActive = (ctx: GatewayContext, websiteId: string) =>
  datasource.listLastActiveWebsiteOperators(ctx.crisp, websiteId);

/** The operator behind a last-active entry, as a key: its fields read the website's list. */
export const lastActiveOperator = (a: LastActiveOperatorModel): OperatorParent => ({
  websiteId: a.websiteId,
  userId: a.userId,
});

export type InviteOperatorInput = OperatorInvitationModel & { websiteId?: string | null };

/** Sends the invitation; the invite and its website, as written (Crisp answers nothing more). */
export async function inviteOperator(
  ctx: GatewayContext,
  input: InviteOperatorInput,
): Promise<OperatorInviteModel> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.inviteWebsiteOperator(ctx.crisp, websiteId, {
    email: input.email,
    role: input.role,
    verify: input.verify,
  });
  return { websiteId, email: input.email, role: input.role };
}

/** Which operator a mutation acts on: its global id, or a raw user id of `websiteId`. */
export interface OperatorTarget {
  websiteId?: string | null;
  operatorId: string;
}

function target(ctx: GatewayContext, input: OperatorTarget) {
  const { websiteId, id } = writeTarget(
    ctx,
    operatorRef,
    input.operatorId,
    'input.operatorId',
    input.websiteId,
  );
  return { websiteId, userId: id };
}

export type ChangeMembershipInput = OperatorTarget & MembershipChangeModel;

/** Changes the membership; the operator with what the write set, no read-back. */
export async function changeOperatorMembership(
  ctx: GatewayContext,
  input: ChangeMembershipInput,
): Promise<OperatorParent> {
  const { websiteId, userId } = target(ctx, input);
  await datasource.changeOperatorMembership(ctx.crisp, websiteId, userId, {
    role: input.role,
    title: input.title,
  });
  return {
    websiteId,
    userId,
    ...(input.role != null && { role: input.role }),
    ...(input.title != null && { title: input.title }),
  };
}

/** Unlinks the operator; the key of who was removed. */
export async function unlinkOperator(ctx: GatewayContext, input: OperatorTarget) {
  const { websiteId, userId } = target(ctx, input);
  await datasource.unlinkOperatorFromWebsite(ctx.crisp, websiteId, userId);
  return { websiteId, userId };
}

export type SendOperatorEmailInput = Omit<OperatorEmailModel, 'userId'> & {
  websiteId?: string | null;
  operatorId?: string | null;
};

/** Mails the team; the website it went to (Crisp answers nothing more). */
export async function sendOperatorEmail(ctx: GatewayContext, input: SendOperatorEmailInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const userId =
    input.operatorId == null
      ? undefined
      : operatorRef.fromInput(input.operatorId, 'input.operatorId', [websiteId])[1];
  await datasource.sendEmailToWebsiteOperators(ctx.crisp, websiteId, {
    recipient: input.recipient,
    userId,
    subject: input.subject,
    message: input.message,
    target: input.target,
  });
  return websiteId;
}

/** Empties the website's last-active list; the website it acted on. */
export async function flushLastActiveOperators(
  ctx: GatewayContext,
  websiteId: string | null | undefined,
) {
  const id = websiteIdOrDefault(ctx, websiteId, 'write');
  await datasource.flushLastActiveWebsiteOperators(ctx.crisp, id);
  return id;
}
