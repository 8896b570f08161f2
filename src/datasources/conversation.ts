import DataLoader from 'dataloader';
import {
  type ConversationMetaModel,
  type ConversationMetaRaw,
  getBlockStatusForConversation,
  getConversationMetas,
  getConversationRoutingAssign,
  getConversationState,
  toConversationMeta,
} from './conversation-detail.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { createLimiter, limitedLoader, READS_IN_FLIGHT } from './limiter.ts';

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
  preview_message?: {
    type?: MessageType;
    from?: MessageFrom;
    excerpt?: string;
    fingerprint?: number;
  };
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

/** The parts of a conversation Crisp also serves on their own routes. */
export interface ConversationParts {
  state: ConversationState;
  metas: ConversationMetaModel;
  /** The assignee's user_id, if any. */
  routing: string | null;
  block: boolean;
}
export type ConversationPart = keyof ConversationParts;

const partRoutes: {
  [P in ConversationPart]: (
    crisp: CrispClient,
    key: ConversationKey,
  ) => Promise<ConversationParts[P]>;
} = {
  state: getConversationState,
  metas: getConversationMetas,
  routing: getConversationRoutingAssign,
  block: getBlockStatusForConversation,
};

const partOf: { [P in ConversationPart]: (c: ConversationModel) => ConversationParts[P] } = {
  state: (c) => c.state,
  metas: (c) => c.metas,
  routing: (c) => c.assignedUserId ?? null,
  block: (c) => c.isBlocked,
};

/** The `conversationPart` key: a part of one conversation (session ids hold no `#`). */
export const conversationPartKey = (c: ConversationKey, part: ConversationPart) =>
  `${conversationKey(c)}#${part}`;

export function createConversationLoaders(crisp: CrispClient) {
  // Crisp has no batch read for conversations or their parts: these loaders de-duplicate within a
  // request and share one cap on reads in flight.
  const limit = createLimiter(READS_IN_FLIGHT);
  /** Keyed by conversationKey; listing primes it. */
  const conversation = limitedLoader(limit, (key) =>
    getConversation(crisp, parseConversationKey(key)),
  );
  /**
   * Keyed by conversationPartKey. One part asked of a conversation reads its own small route; two
   * or more asked in the same tick (a mutation's result selecting state and metas) read the whole
   * conversation once, through `conversation`, which carries them all.
   */
  const conversationPart = new DataLoader<string, ConversationParts[ConversationPart]>(
    async (keys) => {
      const split = keys.map((k) => {
        const hash = k.lastIndexOf('#');
        return { key: k.slice(0, hash), part: k.slice(hash + 1) as ConversationPart };
      });
      const asked = new Map<string, number>();
      for (const { key } of split) asked.set(key, (asked.get(key) ?? 0) + 1);
      return Promise.all(
        split.map(async ({ key, part }) => {
          try {
            if (asked.get(key)! > 1) return partOf[part](await conversation.load(key));
            const read: (
              crisp: CrispClient,
              key: ConversationKey,
            ) => Promise<ConversationParts[ConversationPart]> = partRoutes[part];
            return await limit(() => read(crisp, parseConversationKey(key)));
          } catch (e) {
            return e as Error;
          }
        }),
      );
    },
  );
  return { conversation, conversationPart };
}
