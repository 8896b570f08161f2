import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { RedirectionModel } from '../datasources/helpdesk-redirection.ts';
import * as datasource from '../datasources/helpdesk-redirection.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { helpdeskRedirectionRef } from '../request/node-id.ts';
import { websiteItemOf } from './helpdesk-mutation.ts';
import { type Connection, pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

export function redirections(
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
): Promise<Connection<RedirectionModel>> {
  const id = assertWebsite(ctx, websiteId);
  return pageConnection(args, (n) => datasource.listHelpdeskRedirections(ctx.crisp, id, n), {
    name: 'Helpdesk.redirections',
    parentId: id,
    idOf: (r) => r.redirectionId,
  });
}

/** One redirection, once per request whoever asks (a field and `node(id:)`). */
export const redirection = (ctx: GatewayContext, websiteId: string, redirectionId: string) =>
  ctx.loaders.helpdeskRedirection.load(`${assertWebsite(ctx, websiteId)}:${redirectionId}`);

export const redirectionExists = (ctx: GatewayContext, websiteId: string, redirectionId: string) =>
  datasource.checkHelpdeskRedirectionExists(
    ctx.crisp,
    assertWebsite(ctx, websiteId),
    redirectionId,
  );

export async function addRedirection(
  ctx: GatewayContext,
  input: { websiteId?: string | null; path: string; target: string },
) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.addHelpdeskRedirection(ctx.crisp, websiteId, input);
  return { helpdesk: { websiteId } };
}

export async function deleteRedirection(
  ctx: GatewayContext,
  input: { websiteId?: string | null; redirectionId: string },
) {
  const [websiteId, redirectionId] = websiteItemOf(
    ctx,
    helpdeskRedirectionRef,
    'input.redirectionId',
    input.redirectionId,
    input.websiteId,
  );
  await datasource.deleteHelpdeskRedirection(ctx.crisp, websiteId, redirectionId);
  return { removed: helpdeskRedirectionRef.globalId(websiteId, redirectionId), websiteId };
}
