import {
  type DefaultConnectionArguments,
  offsetForArgs,
  offsetToCursor,
} from '@pothos/plugin-relay';

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

/**
 * A Relay page over one of Crisp's page-numbered lists: reads only the pages that hold the
 * requested window and stops at the first short page (the end). Crisp gives no total, so a
 * window ending exactly on a full page reports `hasNextPage` even if the next page is empty,
 * as Crisp's own clients find out only by asking for it.
 */
export async function pageConnection<T>(
  args: DefaultConnectionArguments,
  fetchPage: (page: number) => Promise<T[]>,
): Promise<Connection<T>> {
  const { offset, expectedSize } = offsetForArgs({ args, defaultSize: PAGE_SIZE, maxSize: 100 });
  const window: T[] = [];
  let hasNextPage = false;
  for (
    let page = Math.floor(offset / PAGE_SIZE) + 1, skip = offset % PAGE_SIZE;
    expectedSize > 0;
    page++, skip = 0
  ) {
    const items = await fetchPage(page);
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
  const edges = window
    .slice(0, expectedSize)
    .map((node, i) => ({ cursor: offsetToCursor(offset + i), node }));
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
