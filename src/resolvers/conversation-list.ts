import { type ConversationModel, conversationKey } from '../datasources/conversation.ts';
import { type ConversationFilter, listConversations } from '../datasources/conversation-list.ts';
import { messageBatchKey } from '../datasources/message.ts';
import { personKey } from '../datasources/people.ts';
import type { GatewayContext } from '../request/context.ts';
import type { ListPrefetch } from './conversation-lookahead.ts';

/** `Website.conversations`: Relay pages over Crisp's numbered pages, and their cursors. */

const CURSOR = /^conversation:(\d{1,9})$/;
const encodeListCursor = (index: number) =>
  Buffer.from(`conversation:${index}`).toString('base64url');

/** The listing position a cursor stands for, or undefined when it is not one of ours. */
export function decodeListCursor(cursor: string): number | undefined {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : undefined;
}

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

/**
 * A Relay page over Crisp's numbered pages: reads, in order, only the pages holding positions
 * `after + 1` to `after + first`, and stops at the first short page (the end of the list). Every
 * conversation read primes the conversation loader, so `conversation(sessionId)` and `node()`
 * do not read it again.
 */
export async function list(
  ctx: GatewayContext,
  websiteId: string,
  filter: ConversationFilter,
  first: number,
  after?: number,
  prefetch: ListPrefetch = {},
) {
  const start = after === undefined ? 0 : after + 1;
  const perPage = filter.perPage ?? Math.min(50, Math.max(20, first));
  const read: { index: number; node: ConversationModel }[] = [];
  let lastPageFull = false;
  for (
    let page = Math.floor(start / perPage) + 1;
    page <= Math.floor((start + first - 1) / perPage) + 1;
    page++
  ) {
    const items = await listConversations(ctx.crisp, websiteId, page, filter, perPage);
    items.forEach((node, i) => {
      ctx.loaders.conversation.prime(conversationKey(node), node);
      read.push({ index: (page - 1) * perPage + i, node });
    });
    lastPageFull = items.length === perPage;
    if (!lastPageFull) break;
  }
  const window = read.filter(({ index }) => index >= start && index < start + first);
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
  const edges = window.map(({ index, node }) => ({ cursor: encodeListCursor(index), node }));
  const beyond = read.some(({ index }) => index >= start + first);
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: start > 0,
      hasNextPage: edges.length === first && (beyond || lastPageFull),
    },
  };
}
