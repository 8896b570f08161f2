import { z } from 'zod';
import { crispCalls } from '../request/crisp-cost.ts';
import * as conversationList from '../resolvers/conversation-list.ts';
import { prefetchFor } from '../resolvers/conversation-lookahead.ts';
import { decodeKeyset } from '../resolvers/keyset-cursor.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { ConversationFilterInput } from './conversation-filter.ts';
import { itemConnection } from './item-connection.ts';
import { Website } from './website.ts';

/** The inbox, `Website.conversations`; `Person.conversations` (people-list.ts) shares its connection. */

/**
 * The numbered pages `conversations` may read: the plan's, and after a cursor one more (a page
 * back, or one further on when conversations moved ahead of the cursor).
 */
function listPages(args: Record<string, unknown>): number {
  const cursor = typeof args.after === 'string' ? decodeKeyset(args.after) : undefined;
  const perPage = (args.filter as { perPage?: number } | null)?.perPage;
  const { pages } = conversationList.listPlan(args.first as number, perPage, cursor?.p);
  return pages + (cursor ? conversationList.CURSOR_SLACK : 0);
}

/** The one connection of conversations, shared by every field that lists them (§5). */
export const ConversationConnection = itemConnection(Conversation, {
  item: 'a conversation',
  items: 'conversations',
  order: 'in the list’s order',
});

/** A keyset cursor (docs/schema-design.md §5); whether it fits the filter is checked on use. */
const afterSchema = z
  .string()
  .refine((s) => decodeKeyset(s) !== undefined, 'not a cursor from this connection');

builder.objectFields(Website, (t) => ({
  conversations: t.field({
    nullable: true,
    type: ConversationConnection,
    description:
      'Conversations in Crisp’s order (most recent first unless the filter orders otherwise), ' +
      'filtered and searched as in the Crisp inbox. Pages forwards with `first`/`after`. Cursors ' +
      'are keys in that order, not positions: walking forwards never repeats a conversation and ' +
      'never skips one that did not move; one that moved up since the previous page (a visitor ' +
      'wrote) is not shown again, and a refetch of the first page shows it. If more than a page of ' +
      'conversations ahead of the cursor left the list meanwhile (resolved under a filter, ' +
      'removed), some may be skipped. `hasNextPage` is true when the last page read was full ' +
      '(Crisp gives no total).',
    extensions: crispCalls({ calls: listPages, loaded: true }),
    args: {
      filter: t.arg({
        type: ConversationFilterInput,
        description: 'What to list and in which order, as the Crisp inbox searches.',
      }),
      first: t.arg.int({
        defaultValue: 20,
        required: true,
        description: 'How many conversations after `after`. Default: 20; 1 to 100.',
        validate: z.number().int().min(1).max(100),
      }),
      after: t.arg.string({
        description:
          'An `endCursor` of this field with the same website, filter and order; another is ' +
          'refused (BAD_USER_INPUT).',
        validate: afterSchema,
      }),
    },
    resolve: (w, { filter, first, after }, ctx, info) =>
      conversationList.list(ctx, w.id, filter ?? {}, first, after ?? undefined, prefetchFor(info)),
  }),
}));
