import DataLoader from 'dataloader';
import { route, type CrispClient } from './crisp-client.ts';
import {
  getBlockStatusForConversation,
  getConversationMetas,
  getConversationRoutingAssign,
  getConversationState,
  toConversationMeta,
  type ConversationMetaModel,
  type ConversationMetaRaw,
} from './conversation-detail.ts';

export type ConversationState = 'pending' | 'unresolved' | 'resolved';
export type MessageType =
  | 'text'
  | 'note'
  | 'file'
  | 'animation'
  | 'audio'
  | 'picker'
  | 'field'
  | 'carousel'
  | 'event';
export type MessageFrom = 'user' | 'operator';

/** Catalogue `Conversation` (list items and `GET /conversation/{session_id}`). */
export interface ConversationRaw {
  session_id: string;
  website_id: string;
  inbox_id?: string | null;
  people_id?: string;
  state?: ConversationState;
  status?: number;
  is_verified?: boolean;
  is_blocked?: boolean;
  availability?: 'online' | 'offline';
  active?: { now?: boolean; last?: number };
  last_message?: string;
  preview_message?: { type?: MessageType; from?: MessageFrom; excerpt?: string; fingerprint?: number };
  topic?: string;
  mentions?: string[];
  unread?: { operator?: number; visitor?: number };
  assigned?: { user_id?: string };
  meta?: ConversationMetaRaw;
  created_at?: number;
  updated_at?: number;
  waiting_since?: number;
}

/** Names one conversation: Crisp session ids are only meaningful within their website. */
export interface ConversationKey {
  websiteId: string;
  sessionId: string;
}

export interface ConversationPreviewModel {
  type?: MessageType;
  from?: MessageFrom;
  excerpt?: string;
  fingerprint?: number;
}

/** A conversation as read from Crisp (`loaded: true`), as opposed to a bare key after a write. */
export interface ConversationModel extends ConversationKey {
  loaded: true;
  inboxId?: string;
  peopleId?: string;
  state: ConversationState;
  status?: number;
  isVerified: boolean;
  isBlocked: boolean;
  availability?: 'online' | 'offline';
  activeNow?: boolean;
  lastActiveAt?: Date;
  lastMessage?: string;
  preview?: ConversationPreviewModel;
  topic?: string;
  mentions: string[];
  unreadOperator: number;
  unreadVisitor: number;
  assignedUserId?: string;
  metas: ConversationMetaModel;
  createdAt?: Date;
  updatedAt?: Date;
  waitingSince?: Date;
}

/** What a Conversation field receives: a read conversation, or only its key (mutation results). */
export type ConversationParent = ConversationKey | ConversationModel;

export const isLoaded = (c: ConversationParent): c is ConversationModel => 'loaded' in c;

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : undefined);

export function toConversation(raw: ConversationRaw): ConversationModel {
  return {
    loaded: true,
    websiteId: raw.website_id,
    sessionId: raw.session_id,
    inboxId: raw.inbox_id ?? undefined,
    peopleId: raw.people_id,
    state: raw.state ?? 'pending',
    status: raw.status,
    isVerified: raw.is_verified ?? false,
    isBlocked: raw.is_blocked ?? false,
    availability: raw.availability,
    activeNow: raw.active?.now,
    lastActiveAt: date(raw.active?.last),
    lastMessage: raw.last_message,
    preview: raw.preview_message,
    topic: raw.topic,
    mentions: raw.mentions ?? [],
    unreadOperator: raw.unread?.operator ?? 0,
    unreadVisitor: raw.unread?.visitor ?? 0,
    assignedUserId: raw.assigned?.user_id,
    metas: toConversationMeta(raw.meta),
    createdAt: date(raw.created_at),
    updatedAt: date(raw.updated_at),
    waitingSince: date(raw.waiting_since),
  };
}

/** The loader key and the global id payload. */
export const conversationKey = (c: ConversationKey) => `${c.websiteId}/${c.sessionId}`;

export function parseConversationKey(key: string): ConversationKey {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) throw new Error('Malformed conversation key.');
  return { websiteId: key.slice(0, slash), sessionId: key.slice(slash + 1) };
}

/** Query of `website.conversation.list`, snake_case as sent; booleans travel as 0/1. */
export interface ConversationListQuery {
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

/** GET /website/{website_id}/conversations/{page_number} */
export async function listConversations(
  crisp: CrispClient,
  websiteId: string,
  pageNumber: number,
  query: ConversationListQuery,
): Promise<ConversationModel[]> {
  const path = route`/website/${websiteId}/conversations/${pageNumber}`;
  const raw = await crisp.get<ConversationRaw[]>(path, { ...query });
  return raw.map(toConversation);
}

/** GET /website/{website_id}/conversation/{session_id} */
export async function getConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}`;
  return toConversation(await crisp.get<ConversationRaw>(path));
}

/** HEAD /website/{website_id}/conversation/{session_id} */
export function checkConversationExists(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<boolean> {
  return crisp.head(route`/website/${key.websiteId}/conversation/${key.sessionId}`);
}

/** POST /website/{website_id}/conversation — returns the new session_id. */
export async function createNewConversation(
  crisp: CrispClient,
  websiteId: string,
): Promise<ConversationKey> {
  const path = route`/website/${websiteId}/conversation`;
  const { session_id } = await crisp.post<{ session_id: string }>(path);
  return { websiteId, sessionId: session_id };
}

/** POST /website/{website_id}/conversation/{session_id}/initiate */
export async function initiateConversationWithExistingSession(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<void> {
  await crisp.post(route`/website/${key.websiteId}/conversation/${key.sessionId}/initiate`);
}

/** DELETE /website/{website_id}/conversation/{session_id} */
export async function removeConversation(crisp: CrispClient, key: ConversationKey): Promise<void> {
  await crisp.delete(route`/website/${key.websiteId}/conversation/${key.sessionId}`);
}

/**
 * How many reads one request's loaders keep in flight toward Crisp at once: enough for an inbox
 * page of 20 conversations to read every history in one wave (with 8, three waves each added a
 * round trip). It bounds what one operation can put on the wire; Crisp's own limits are per
 * token, and the token bucket (CRISP_RATE_PER_SECOND) paces every call across requests.
 */
export const READS_IN_FLIGHT = 24;

/**
 * A counting semaphore: at most `max` tasks run at once, the rest wait in call order. A finished
 * task hands its slot straight to the next waiter, so a newcomer cannot overtake the queue.
 */
export function createLimiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (active < max) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** A per-request loader, one Crisp read per key: de-duplicated, capped in flight, errors per key. */
export function limitedLoader<V>(
  limit: ReturnType<typeof createLimiter>,
  read: (key: string) => Promise<V>,
) {
  return new DataLoader<string, V>((keys) =>
    Promise.all(keys.map((key) => limit(() => read(key)).catch((e: Error) => e))),
  );
}

export function createConversationLoaders(crisp: CrispClient) {
  // Crisp has no batch read for conversations or their parts: these loaders de-duplicate within a
  // request and share one cap on reads in flight.
  const limit = createLimiter(READS_IN_FLIGHT);
  const read = <V>(fn: (crisp: CrispClient, key: ConversationKey) => Promise<V>) =>
    limitedLoader(limit, (key) => fn(crisp, parseConversationKey(key)));
  return {
    /** Keyed by conversationKey; listing primes it. */
    conversation: read(getConversation),
    conversationState: read(getConversationState),
    conversationMetas: read(getConversationMetas),
    conversationRouting: read(getConversationRoutingAssign),
    conversationBlock: read(getBlockStatusForConversation),
  };
}
