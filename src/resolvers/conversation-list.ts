import { type ConversationModel, conversationKey } from '../datasources/conversation.ts';
import {
  type ConversationFilter,
  conversationOrder,
  isAfter,
  listConversations,
  sortValue,
} from '../datasources/conversation-list.ts';
import { messageBatchKey } from '../datasources/message.ts';
import { personKey } from '../datasources/people.ts';
import type { GatewayContext } from '../request/context.ts';
import { inboxRef, operatorRef } from '../request/node-id.ts';
import type { ListPrefetch } from './conversation-lookahead.ts';
import { encodeKeyset, filterHash, keysetCursor } from './keyset-cursor.ts';
import { type Kept, keysetRead } from './keyset-page.ts';

/** `Website.conversations`: Relay pages over Crisp's numbered pages, with keyset cursors. */

/** Crisp's bounds for `per_page` on the conversation list. */
const PER_PAGE = { min: 20, max: 50 };

export interface ListPlan {
  perPage: number;
  /** The first page to read. */
  page: number;
  /** The pages that hold the window when nothing moved since the cursor was made. */
  pages: number;
}

/**
 * Which pages to read for `first` conversations after position `hint` (none: from the top). The
 * client's `perPage` is kept; otherwise the page size (20 to 50) is the one whose pages hold the
 * cursor's conversation and the `first` after it in the fewest reads, fewest items on a tie: a
 * cursor at the end of a page of 20 reads one page of 40, not pages 1 and 2 of 20.
 */
export function listPlan(first: number, perPage?: number | null, hint?: number): ListPlan {
  const plan = (size: number, from: number, to: number): ListPlan => {
    const page = Math.floor(from / size) + 1;
    return { perPage: size, page, pages: Math.floor(to / size) + 2 - page };
  };
  if (hint === undefined) {
    return plan(perPage ?? Math.min(PER_PAGE.max, Math.max(PER_PAGE.min, first)), 0, first - 1);
  }
  const sizes = perPage ? [perPage] : [];
  for (let size = PER_PAGE.min; !perPage && size <= PER_PAGE.max; size++) sizes.push(size);
  return sizes
    .map((size) => plan(size, hint, hint + first))
    .reduce((best, p) => (p.pages < best.pages ? p : best));
}

/** The reads a page after a cursor may add to its plan: one page back or one further on. */
export const CURSOR_SLACK = 1;

/**
 * Starts the second level of reads for a page of conversations, through the same loaders (and
 * keys) the nodes' fields use, so a field finds its read under way and none is made twice; the
 * website's operator list goes through `operatorList` (one batch tick, where `operators` takes
 * two), which `assignedOperator` reads. A failure is left for the field to surface. Returns
 * whether any read was started.
 */
function startReads(
  ctx: GatewayContext,
  websiteId: string,
  nodes: ConversationModel[],
  prefetch: ListPrefetch,
): boolean {
  const ignore = () => undefined;
  const reads = [
    ...(prefetch.history
      ? nodes.map((c) => ctx.loaders.messageBatch.load(messageBatchKey(c)))
      : []),
    ...(prefetch.people
      ? nodes.flatMap((c) =>
          c.peopleId ? [ctx.loaders.person.load(personKey(websiteId, c.peopleId))] : [],
        )
      : []),
    ...(prefetch.operators && nodes.some((c) => c.assignedUserId)
      ? [ctx.loaders.operatorList.load(websiteId)]
      : []),
  ];
  for (const read of reads) void read.catch(ignore);
  return reads.length > 0;
}

/** The hash a cursor of `Website.conversations` carries: the website, filter and order. */
export const listFilterHash = (websiteId: string, { perPage: _, ...filter }: ConversationFilter) =>
  filterHash('Website.conversations', websiteId, filter);

/**
 * A Relay page of conversations. Without a cursor it reads the pages holding the first `first`.
 * After a cursor it reads the page its hint points to and keeps only the conversations strictly
 * after its key in Crisp's order: one that moved up since (a visitor wrote) is not shown again,
 * and one that did not move is neither repeated nor skipped. When that page starts past the key
 * (conversations ahead of it left the list) it reads the page before; when it holds too few it
 * reads on, within one page more than the plan (`CURSOR_SLACK`), so the call estimate holds.
 * Every conversation read primes the conversation loader, so `conversation(sessionId)` and
 * `node()` do not read it again.
 */
/** The filter's inbox and operator as Crisp takes them: from a global id of this website, or raw. */
const crispIds = (websiteId: string, filter: ConversationFilter): ConversationFilter => ({
  ...filter,
  inboxId: filter.inboxId && inboxRef.fromInput(filter.inboxId, 'filter.inboxId', [websiteId])[1],
  filterAssigned:
    filter.filterAssigned &&
    operatorRef.fromInput(filter.filterAssigned, 'filter.filterAssigned', [websiteId])[1],
});

export async function list(
  ctx: GatewayContext,
  websiteId: string,
  given: ConversationFilter,
  first: number,
  after?: string,
  prefetch: ListPrefetch = {},
) {
  const filter = crispIds(websiteId, given);
  const f = listFilterHash(websiteId, filter);
  const cursor = after === undefined ? undefined : keysetCursor(after, f);
  const order = conversationOrder(filter);
  const { perPage, page, pages } = listPlan(first, filter.perPage, cursor?.p);
  const { window, hasNextPage, lastPosition } = await keysetRead({
    first,
    perPage,
    page,
    budget: pages + (cursor ? CURSOR_SLACK : 0),
    readPage: async (n) => {
      const items = await listConversations(ctx.crisp, websiteId, n, filter, perPage);
      for (const node of items) ctx.loaders.conversation.prime(conversationKey(node), node);
      return items;
    },
    idOf: (c) => c.sessionId,
    isAfter: cursor && ((c) => isAfter(order, c, cursor.k)),
  });
  // Loaders send a batch once the microtask queue drains, which here would be after every node's
  // fields have run (a millisecond or more for a page of 20). Yielding once to the event loop
  // sends the second level first, so the field pass runs while those reads are on the wire.
  if (
    startReads(
      ctx,
      websiteId,
      window.map((r) => r.node),
      prefetch,
    )
  ) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cursorOf = ({ position, node }: Kept<ConversationModel>) =>
    encodeKeyset({ k: [sortValue(order, node), node.sessionId], p: position, f });
  const edges = window.map((r) => ({ cursor: cursorOf(r), node: r.node }));
  // A page emptied by many conversations moving ahead of the cursor still carries the walk on:
  // same key, hint moved to the last position read.
  const carry =
    cursor && !edges.length && hasNextPage ? encodeKeyset({ ...cursor, p: lastPosition }) : null;
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? carry,
      hasPreviousPage: cursor !== undefined,
      hasNextPage,
    },
  };
}
