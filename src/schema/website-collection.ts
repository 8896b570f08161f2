import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import type { Connection } from '../resolvers/page-connection.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { type ConnectionWords, itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Website } from './website.ts';

/** A node type a website holds many of, on Crisp's numbered list, get and HEAD routes. */
export interface CollectionOptions<P> {
  type: PothosSchemaTypes.ObjectRef<SchemaTypes, P>;
  /** The field names: the list (`inboxes`) and one item (`inbox`, and `inboxExists`). */
  many: string;
  one: string;
  words: ConnectionWords;
  /** How the `id` argument names it raw: `Crisp's inbox_id`. */
  crispId: string;
  /** The loader the lookup reads through, for the cost estimate. */
  loader: string;
  list: (
    ctx: GatewayContext,
    websiteId: string,
    args: DefaultConnectionArguments,
  ) => Promise<Connection<P>>;
  lookup: (ctx: GatewayContext, websiteId: string, id: string) => Promise<P>;
  exists: (ctx: GatewayContext, websiteId: string, id: string) => Promise<boolean>;
}

/**
 * `Website.<many>` (a connection), `Website.<one>(id:)` and `Website.<one>Exists(id:)`, as every
 * such collection has them (docs/schema-design.md §2, §3, §5).
 */
export function websiteCollection<P>(o: CollectionOptions<P>) {
  const connection = itemConnection<typeof o.type, Connection<P>>(o.type, o.words);
  const idArgs = builder.args((t) => ({
    id: t.id({
      required: true,
      description: `The ${o.one}: its global id, or ${o.crispId} on this website.`,
    }),
  }));
  builder.objectFields(Website, (t) => ({
    [o.many]: t.field({
      nullable: true,
      type: connection,
      description: `The website's ${o.words.items}, page by page as Crisp lists them; null when a read fails.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls, loaded: true }),
      args: pagingArgs(t.arg, o.words.items),
      resolve: (w, args, ctx) => o.list(ctx, w.id, args),
    }),
    [o.one]: t.field({
      nullable: true,
      type: o.type,
      description: `One ${o.one} of the website; null with NOT_FOUND when there is none.`,
      extensions: crispCalls({ calls: 1, loader: o.loader, loaded: true }),
      args: idArgs,
      // A node type, never a list: Pothos cannot tell that from a type parameter.
      resolve: (w, args, ctx) => o.lookup(ctx, w.id, args.id) as never,
    }),
    [`${o.one}Exists`]: t.boolean({
      nullable: true,
      description: `Whether the website has the ${o.one} (a HEAD request); null when it fails.`,
      extensions: crispCalls({ calls: 1 }),
      args: idArgs,
      resolve: (w, args, ctx) => o.exists(ctx, w.id, args.id),
    }),
  }));
}
