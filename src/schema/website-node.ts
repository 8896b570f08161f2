import type { z } from 'zod';
import { parseWebsiteKey, websiteKey } from '../datasources/website-key.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import type { NodeRef } from '../request/node-id.ts';

type Found<Shape> = Shape | null | undefined;

/**
 * The `id` and `loadWithoutCache` options of a node that lives in one website and is named by
 * its website and one Crisp id (`Type:<websiteId>:<id>`): `node(id:)` checks the website inside
 * the id like any `websiteId` argument, then `load` reads the node. Name `Shape` (the node's
 * parent type) at the call: the options are spread into `builder.node`, which cannot infer it.
 */
export function websiteNodeId<Shape extends { websiteId: string }>(
  ref: NodeRef<readonly [z.ZodType<string>, z.ZodType<string>]>,
  idKey: { [K in keyof Shape]: Shape[K] extends string ? K : never }[keyof Shape],
  load: (
    ctx: GatewayContext,
    websiteId: string,
    id: string,
  ) => Found<Shape> | Promise<Found<Shape>>,
  description: string,
) {
  return {
    id: {
      description,
      resolve: (node: Shape) => ref.format(node.websiteId, node[idKey] as string),
      parse: (id: string) => websiteKey(...ref.parse(id)),
    },
    loadWithoutCache: (key: string, ctx: GatewayContext) => {
      const [websiteId, id] = parseWebsiteKey(key);
      return load(ctx, assertWebsite(ctx, websiteId), id);
    },
  };
}
