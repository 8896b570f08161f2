import {
  type DefaultConnectionArguments,
  offsetForArgs,
  offsetToCursor,
} from '@pothos/plugin-relay';
import type { CrispClient } from '../datasources/crisp-client.ts';
import type { GatewayContext } from '../request/context.ts';
import { encodeKeyset, filterHash, type Keyset, keysetCursor } from './keyset-cursor.ts';
import { keysetRead } from './keyset-page.ts';

/** Crisp's page size for page-numbered lists is fixed on the server (docs/crisp/REST.md §6). */
export const PAGE_SIZE = 20;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Which list a cursor belongs to, and how its items are told apart. */
export interface KeyedList<T> {
  /** The field, e.g. `Website.visitors`, and the id of the object it hangs on. */
  name: string;
  parentId: string;
  /** The item's Crisp id (its session id, segment name…). */
  idOf: (item: T) => string;
  /** The list's order, when the gateway can read each item's sort value. */
  order?: KeyedOrder<T>;
}

export interface KeyedOrder<T> {
  valueOf: (item: T) => number | null;
  descending: boolean;
}

/**
 * Whether `item` comes strictly after the key in the order. Items without a value sort last
 * either way, as in Crisp. Crisp breaks ties by no rule the gateway knows, so an item sharing
 * the key's value counts as after it unless it is the key's own item: a tie may repeat, never skip.
 */
function isAfter<T>(list: KeyedList<T>, order: KeyedOrder<T>, item: T, [value, id]: Keyset['k']) {
  const rank = (v: number | null) =>
    v === null ? Number.POSITIVE_INFINITY : order.descending ? -v : v;
  const a = rank(order.valueOf(item));
  const b = rank(value);
  return a > b || (a === b && list.idOf(item) !== id);
}

const PAGING_ARGS = new Set(['first', 'last', 'after', 'before']);

/**
 * A Relay page over one of Crisp's page-numbered lists whose order has no sort value the
 * gateway can read (docs/schema-design.md §5). A cursor holds the item's Crisp id and position:
 * after it, the page holding that position is read, then the page before it if the item moved
 * up, and the window starts right after the item; when the item is on neither page (gone, or
 * moved further), it starts after the position. `before` counts back from the position. Then
 * only the pages holding the window are read, up to the first short page (the end). Crisp
 * gives no total, so a window ending exactly on a full page reports `hasNextPage` even if the
 * next page is empty, as Crisp's own clients find out only by asking for it.
 */
export async function pageConnection<T>(
  args: DefaultConnectionArguments,
  fetchPage: (page: number) => Promise<T[]>,
  list: KeyedList<T>,
): Promise<Connection<T>> {
  // The filter and sort arguments a field adds to the paging ones are part of what `f` names.
  const filter = Object.fromEntries(Object.entries(args).filter(([k]) => !PAGING_ARGS.has(k)));
  const f = filterHash(list.name, list.parentId, filter);
  const keyOf = (cursor: string | null | undefined, field: 'after' | 'before') =>
    typeof cursor === 'string' ? keysetCursor(cursor, f, field) : undefined;
  const after = keyOf(args.after, 'after');
  const before = keyOf(args.before, 'before');
  const positional = (key: Keyset | undefined) => (key ? offsetToCursor(key.p) : undefined);
  let { offset, expectedSize } = offsetForArgs({
    args: { ...args, after: positional(after), before: positional(before) },
    defaultSize: PAGE_SIZE,
    maxSize: 100,
  });

  if (after && list.order) {
    const { order } = list;
    const home = Math.floor(after.p / PAGE_SIZE) + 1;
    const span = Math.floor((after.p + expectedSize) / PAGE_SIZE) + 2 - home;
    const { window, hasNextPage } = await keysetRead({
      first: expectedSize,
      perPage: PAGE_SIZE,
      page: home,
      // One page more than the span: a page back, or one further on (pagedCalls counts it).
      budget: span + 1,
      readPage: fetchPage,
      idOf: list.idOf,
      isAfter: (item) => isAfter(list, order, item, after.k),
    });
    return connection(
      window.map(({ position, node }) => ({
        cursor: encodeKeyset({ k: [order.valueOf(node), list.idOf(node)], p: position, f }),
        node,
      })),
      { hasNextPage, hasPreviousPage: true },
    );
  }

  const pages = new Map<number, T[]>();
  const read = async (page: number) => {
    if (!pages.has(page)) pages.set(page, await fetchPage(page));
    return pages.get(page)!;
  };
  let located = false;
  const locate = (page: number, items: T[], from: number) => {
    const at = items.findIndex((item, i) => i >= from && list.idOf(item) === after?.k[1]);
    if (at >= 0) {
      located = true;
      offset = (page - 1) * PAGE_SIZE + at + 1;
    }
    return at;
  };
  if (after) {
    const home = Math.floor(after.p / PAGE_SIZE) + 1;
    for (const page of home > 1 ? [home, home - 1] : [home]) {
      if (locate(page, await read(page), 0) >= 0) break;
    }
  }

  // The reads `pagedCalls` counts: a window that restarts further on stops short at that many.
  const budget = Math.ceil(expectedSize / PAGE_SIZE) + (after ? 2 : before ? 1 : 0);
  let window: T[] = [];
  let hasNextPage = false;
  for (
    let page = Math.floor(offset / PAGE_SIZE) + 1, skip = offset % PAGE_SIZE;
    expectedSize > 0;
    page++, skip = 0
  ) {
    if (!pages.has(page) && pages.size >= budget) {
      hasNextPage = true;
      break;
    }
    const items = await read(page);
    // The cursor's item moved down onto a page of the window: the window starts after it.
    const at = after && !located ? locate(page, items, skip) : -1;
    if (at >= 0) window = [];
    window.push(...items.slice(at >= 0 ? at + 1 : skip));
    if (
      window.length > expectedSize ||
      (window.length === expectedSize && items.length === PAGE_SIZE)
    ) {
      hasNextPage = true;
      break;
    }
    if (items.length < PAGE_SIZE) break;
  }
  const edges = window.slice(0, expectedSize).map((node, i) => ({
    cursor: encodeKeyset({
      k: [list.order?.valueOf(node) ?? null, list.idOf(node)],
      p: offset + i,
      f,
    }),
    node,
  }));
  return connection(edges, { hasNextPage, hasPreviousPage: offset > 0 });
}

/**
 * A list a website holds on Crisp's numbered pages, as the connection of its field `name`
 * (`Website.spams`): one route read per page, cursors on `idOf`.
 */
export const websitePages =
  <T>(
    name: string,
    list: (crisp: CrispClient, websiteId: string, page: number) => Promise<T[]>,
    idOf: (item: T) => string,
  ) =>
  (ctx: GatewayContext, websiteId: string, args: DefaultConnectionArguments) =>
    pageConnection(args, (page) => list(ctx.crisp, websiteId, page), {
      name,
      parentId: websiteId,
      idOf,
    });

function connection<T>(
  edges: Connection<T>['edges'],
  page: Pick<Connection<T>['pageInfo'], 'hasNextPage' | 'hasPreviousPage'>,
): Connection<T> {
  return {
    edges,
    pageInfo: {
      ...page,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
