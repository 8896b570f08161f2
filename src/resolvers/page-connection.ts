import {
  type DefaultConnectionArguments,
  offsetForArgs,
  offsetToCursor,
} from '@pothos/plugin-relay';
import { encodeKeyset, filterHash, type Keyset, keysetAfter } from './keyset-cursor.ts';

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
  const keyOf = (cursor: string | null | undefined) =>
    typeof cursor === 'string' ? keysetAfter(cursor, f) : undefined;
  const after = keyOf(args.after);
  const before = keyOf(args.before);
  const positional = (key: Keyset | undefined) => (key ? offsetToCursor(key.p) : undefined);
  let { offset, expectedSize } = offsetForArgs({
    args: { ...args, after: positional(after), before: positional(before) },
    defaultSize: PAGE_SIZE,
    maxSize: 100,
  });

  const pages = new Map<number, T[]>();
  const read = async (page: number) => {
    if (!pages.has(page)) pages.set(page, await fetchPage(page));
    return pages.get(page)!;
  };
  if (after) {
    const home = Math.floor(after.p / PAGE_SIZE) + 1;
    for (const page of home > 1 ? [home, home - 1] : [home]) {
      const at = (await read(page)).findIndex((item) => list.idOf(item) === after.k[1]);
      if (at >= 0) {
        offset = (page - 1) * PAGE_SIZE + at + 1;
        break;
      }
    }
  }

  const window: T[] = [];
  let hasNextPage = false;
  for (
    let page = Math.floor(offset / PAGE_SIZE) + 1, skip = offset % PAGE_SIZE;
    expectedSize > 0;
    page++, skip = 0
  ) {
    const items = await read(page);
    window.push(...items.slice(skip));
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
    cursor: encodeKeyset({ k: [null, list.idOf(node)], p: offset + i, f }),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
