import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/visitor.ts';
import type { GatewayContext } from '../server/context.ts';
import { pageConnection } from './page-connection.ts';

export const count = (ctx: GatewayContext, websiteId: string) => datasource.countVisitors(ctx.crisp, websiteId);

export const visitors = (ctx: GatewayContext, websiteId: string, args: DefaultConnectionArguments) =>
  pageConnection(args, (page) => datasource.listVisitors(ctx.crisp, websiteId, page));

export async function sessionFromToken(ctx: GatewayContext, websiteId: string, tokenId: string) {
  return { websiteId, sessionId: await datasource.getSessionIdentifierFromToken(ctx.crisp, websiteId, tokenId) };
}
