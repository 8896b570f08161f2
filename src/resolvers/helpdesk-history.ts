import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { ChangeFilter, ChangeModel } from '../datasources/helpdesk-history.ts';
import * as datasource from '../datasources/helpdesk-history.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { helpdeskChangeRef } from '../request/node-id.ts';
import { websiteItemOf } from './helpdesk-mutation.ts';
import { type Connection, pageConnection } from './page-connection.ts';

export function changes(
  ctx: GatewayContext,
  websiteId: string,
  { locale, contentType, path, ...args }: DefaultConnectionArguments & ChangeFilter,
): Promise<Connection<ChangeModel>> {
  const id = assertWebsite(ctx, websiteId);
  const filter = { locale, contentType, path };
  return pageConnection(
    { ...args, ...filter },
    (n) => datasource.listHelpdeskHistoryChanges(ctx.crisp, id, n, filter),
    { name: 'Helpdesk.changes', parentId: id, idOf: (c) => c.changeId },
  );
}

export const change = (ctx: GatewayContext, websiteId: string, changeId: string) =>
  datasource.resolveHelpdeskHistoryChange(ctx.crisp, assertWebsite(ctx, websiteId), changeId);

export async function cancelChange(
  ctx: GatewayContext,
  input: { websiteId?: string | null; changeId: string },
) {
  const [websiteId, changeId] = websiteItemOf(
    ctx,
    helpdeskChangeRef,
    'input.changeId',
    input.changeId,
    input.websiteId,
  );
  await datasource.cancelHelpdeskHistoryChange(ctx.crisp, websiteId, changeId);
  return { cancelled: helpdeskChangeRef.globalId(websiteId, changeId), websiteId };
}
