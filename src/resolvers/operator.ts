import * as datasource from '../datasources/operator.ts';
import {
  type LastActiveOperatorModel,
  type MembershipChangeModel,
  type OperatorInvitationModel,
  type OperatorModel,
  operatorKey,
} from '../datasources/operator.ts';
import type { GatewayContext } from '../request/context.ts';
import { websiteIdOrDefault } from './website.ts';

export const operators = (ctx: GatewayContext, websiteId: string) =>
  ctx.loaders.operators.load(websiteId);

export const invites = async (ctx: GatewayContext, websiteId: string) =>
  (await ctx.loaders.operatorList.load(websiteId)).invites;

/**
 * Looks the operator up in the website's list, which costs one call for any number of operators
 * in a request; someone missing from it (unlinked since) is read on its own, and 404s there.
 */
export async function operator(
  ctx: GatewayContext,
  websiteId: string,
  userId: string,
): Promise<OperatorModel> {
  // The schema's user id parser has lower-cased `userId`, as Crisp lists it.
  const listed = (await ctx.loaders.operators.load(websiteId)).find((o) => o.userId === userId);
  return listed ?? ctx.loaders.operator.load(operatorKey(websiteId, userId));
}

export const lastActive = (ctx: GatewayContext, websiteId: string) =>
  datasource.listLastActiveWebsiteOperators(ctx.crisp, websiteId);

/** The full operator behind a last-active entry; free when the website's list was read already. */
export const lastActiveOperator = (ctx: GatewayContext, a: LastActiveOperatorModel) =>
  operator(ctx, a.websiteId, a.userId);

export type InviteOperatorInput = OperatorInvitationModel & { websiteId?: string | null };

export async function inviteOperator(
  ctx: GatewayContext,
  input: InviteOperatorInput,
): Promise<boolean> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.inviteWebsiteOperator(ctx.crisp, websiteId, {
    email: input.email,
    role: input.role,
    verify: input.verify,
  });
  return true;
}

export type ChangeMembershipInput = OperatorTarget & MembershipChangeModel;

export async function changeOperatorMembership(
  ctx: GatewayContext,
  input: ChangeMembershipInput,
): Promise<OperatorModel> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const { userId } = input;
  await datasource.changeOperatorMembership(ctx.crisp, websiteId, userId, {
    role: input.role,
    title: input.title,
  });
  return datasource.getWebsiteOperator(ctx.crisp, websiteId, userId);
}

/** Which operator a mutation acts on: a website (default CRISP_WEBSITE_ID) and a user id. */
export interface OperatorTarget {
  websiteId?: string | null;
  userId: string;
}

export async function unlinkOperator(ctx: GatewayContext, input: OperatorTarget): Promise<boolean> {
  await datasource.unlinkOperatorFromWebsite(
    ctx.crisp,
    websiteIdOrDefault(ctx, input.websiteId, 'write'),
    input.userId,
  );
  return true;
}
