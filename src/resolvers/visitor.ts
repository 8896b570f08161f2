import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { NotFoundError } from '../datasources/crisp-errors.ts';
import type { VisitorModel } from '../datasources/visitor.ts';
import * as datasource from '../datasources/visitor.ts';
import type { GatewayContext } from '../request/context.ts';
import { type Connection, PAGE_SIZE, pageConnection } from './page-connection.ts';

export interface VisitorPage extends Connection<VisitorModel> {
  /** The website, for `totalCount` (the visitor count, its own call). */
  websiteId: string;
}

/** `Website.visitors`: Crisp's live list, page by page, with id cursors. */
export async function visitors(
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
): Promise<VisitorPage> {
  const page = await pageConnection(args, (n) => datasource.listVisitors(ctx.crisp, websiteId, n), {
    name: 'Website.visitors',
    parentId: websiteId,
    idOf: (v) => v.sessionId,
  });
  return { ...page, websiteId };
}

export const count = (ctx: GatewayContext, websiteId: string) =>
  datasource.countVisitors(ctx.crisp, websiteId);

/** Pages of the live list `node(id:)` looks through for one visitor. */
export const VISITOR_LOOKUP_PAGES = 5;

/**
 * One visitor by session id. Crisp has no route for a single visitor, so this reads the live list
 * (up to VISITOR_LOOKUP_PAGES pages, stopping at a short one): a visitor who left, or who stands
 * further down, is NOT_FOUND.
 */
export async function visitor(
  ctx: GatewayContext,
  websiteId: string,
  sessionId: string,
): Promise<VisitorModel> {
  for (let n = 1; n <= VISITOR_LOOKUP_PAGES; n++) {
    const page = await datasource.listVisitors(ctx.crisp, websiteId, n);
    const found = page.find((v) => v.sessionId === sessionId);
    if (found) return found;
    if (page.length < PAGE_SIZE) break;
  }
  throw new NotFoundError('not_found', 'GET /website/:website_id/visitors/list/:page_number', 404);
}
