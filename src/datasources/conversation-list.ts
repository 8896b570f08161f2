import { type ConversationModel, type ConversationRaw, toConversation } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** One advanced-filter clause of a conversation search. */
export interface ConversationFilterCriterion {
  model: string;
  criterion: string;
  operator: string;
  query: string[];
}

/** A conversation search as a client writes it (`ConversationFilterInput`); null means not given. */
export interface ConversationFilter {
  searchQuery?: string | null;
  searchType?: 'text' | 'segment' | 'filter' | null;
  searchFilters?: ConversationFilterCriterion[] | null;
  searchOperator?: 'and' | 'or' | null;
  includeEmpty?: boolean | null;
  filterUnread?: boolean | null;
  filterResolved?: boolean | null;
  filterNotResolved?: boolean | null;
  filterMention?: boolean | null;
  filterAssigned?: string | null;
  filterUnassigned?: boolean | null;
  filterDateStart?: Date | null;
  filterDateEnd?: Date | null;
  orderDateCreated?: boolean | null;
  orderDateUpdated?: boolean | null;
  orderDateWaiting?: boolean | null;
  inboxId?: string | null;
  perPage?: number | null;
}

/** Query of `website.conversation.list`, snake_case as sent; booleans travel as 0/1. */
interface ConversationListQuery {
  per_page?: number;
  search_query?: string;
  search_type?: 'text' | 'segment' | 'filter';
  search_operator?: 'and' | 'or';
  include_empty?: boolean;
  filter_inbox_id?: string;
  filter_unread?: boolean;
  filter_resolved?: boolean;
  filter_not_resolved?: boolean;
  filter_mention?: boolean;
  filter_assigned?: string;
  filter_unassigned?: boolean;
  filter_date_start?: string;
  filter_date_end?: string;
  order_date_created?: boolean;
  order_date_updated?: boolean;
  order_date_waiting?: boolean;
}

function toListQuery(f: ConversationFilter, perPage: number): ConversationListQuery {
  return {
    per_page: perPage,
    // The filter clauses travel JSON-encoded in search_query, as the Node client sends them.
    search_query: f.searchFilters ? JSON.stringify(f.searchFilters) : (f.searchQuery ?? undefined),
    search_type: f.searchType ?? undefined,
    search_operator: f.searchOperator ?? undefined,
    include_empty: f.includeEmpty ?? undefined,
    filter_inbox_id: f.inboxId ?? undefined,
    filter_unread: f.filterUnread ?? undefined,
    filter_resolved: f.filterResolved ?? undefined,
    filter_not_resolved: f.filterNotResolved ?? undefined,
    filter_mention: f.filterMention ?? undefined,
    filter_assigned: f.filterAssigned ?? undefined,
    filter_unassigned: f.filterUnassigned ?? undefined,
    filter_date_start: f.filterDateStart?.toISOString(),
    filter_date_end: f.filterDateEnd?.toISOString(),
    order_date_created: f.orderDateCreated ?? undefined,
    order_date_updated: f.orderDateUpdated ?? undefined,
    order_date_waiting: f.orderDateWaiting ?? undefined,
  };
}

/** GET /website/{website_id}/conversations/{page_number}, `perPage` conversations a page. */
export async function listConversations(
  crisp: CrispClient,
  websiteId: string,
  pageNumber: number,
  filter: ConversationFilter,
  perPage: number,
): Promise<ConversationModel[]> {
  const path = route`/website/${websiteId}/conversations/${pageNumber}`;
  const raw = await crisp.get<ConversationRaw[]>(path, { ...toListQuery(filter, perPage) });
  return raw.map(toConversation);
}

/** Crisp's order for a search: the first order flag set, by last update (newest first) when none. */
export type ConversationOrder = 'updatedAt' | 'createdAt' | 'waitingSince';

export function conversationOrder(f: ConversationFilter): ConversationOrder {
  if (f.orderDateUpdated) return 'updatedAt';
  if (f.orderDateCreated) return 'createdAt';
  return f.orderDateWaiting ? 'waitingSince' : 'updatedAt';
}

/** The conversation's value in the order, in milliseconds; null when it has none (not waiting). */
export const sortValue = (order: ConversationOrder, c: ConversationModel) =>
  c[order]?.getTime() ?? null;

/**
 * Whether `c` comes strictly after the key `[value, sessionId]` in Crisp's order: dates newest
 * first, waiting longest first (conversations not waiting last), ties by session id.
 */
export function isAfter(
  order: ConversationOrder,
  c: ConversationModel,
  [value, sessionId]: [number | null, string],
): boolean {
  const rank = (v: number | null) =>
    order === 'waitingSince' ? (v ?? Number.POSITIVE_INFINITY) : -(v ?? 0);
  const a = rank(sortValue(order, c));
  const b = rank(value);
  return a > b || (a === b && c.sessionId > sessionId);
}
