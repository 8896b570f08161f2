import type DataLoader from 'dataloader';
import type { z } from 'zod';
import type { CrispClient } from '../datasources/crisp-client.ts';
import { websiteKey } from '../datasources/website-key.ts';
import type { GatewayContext } from '../request/context.ts';
import type { NodeRef } from '../request/node-id.ts';
import { websitePages } from './page-connection.ts';

/** A node type a website holds many of, on Crisp's numbered list, get and HEAD routes. */
export interface ResourceRoutes<M> {
  /** The list field, e.g. `Website.inboxes`, which its cursors name. */
  name: string;
  /** Its node id: what `Website.<one>(id:)` accepts. */
  ref: Pick<NodeRef<readonly [z.ZodType<string>, z.ZodType<string>]>, 'fromInput'>;
  idOf: (item: M) => string;
  loader: (ctx: GatewayContext) => DataLoader<string, M>;
  list: (crisp: CrispClient, websiteId: string, page: number) => Promise<M[]>;
  check: (crisp: CrispClient, websiteId: string, id: string) => Promise<boolean>;
}

/**
 * The reads every such node type has: its list as a connection, one item through its loader
 * (by Crisp id), and the lookup and existence check of `Website.<one>(id:)`, which take a global
 * id or a raw Crisp id of the website.
 */
export function websiteResource<M>(r: ResourceRoutes<M>) {
  const get = (ctx: GatewayContext, websiteId: string, id: string) =>
    r.loader(ctx).load(websiteKey(websiteId, id));
  const crispId = (websiteId: string, id: string) => r.ref.fromInput(id, 'id', [websiteId])[1];
  return {
    list: websitePages(r.name, r.list, r.idOf),
    get,
    lookup: (ctx: GatewayContext, websiteId: string, id: string) =>
      get(ctx, websiteId, crispId(websiteId, id)),
    exists: (ctx: GatewayContext, websiteId: string, id: string) =>
      r.check(ctx.crisp, websiteId, crispId(websiteId, id)),
  };
}
