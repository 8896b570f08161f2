import type { CrispClient } from '../datasources/crisp-client.ts';
import { route } from '../datasources/crisp-request.ts';
import type { RtmEvent } from './topics.ts';

/**
 * The REST reads backfill makes: a conversation's messages since a time, and a website's
 * recently active conversations.
 */

type MessageRaw = Record<string, unknown> & { timestamp?: unknown; from?: unknown; type?: unknown };
interface ConversationRaw {
  session_id?: unknown;
  updated_at?: unknown;
}

/** Crisp answers one batch at a time (20 in the sandbox); a full one means there may be more. */
const MESSAGE_BATCH = 20;
/** Bounds the REST calls one backfill can make for one conversation, or one website's list. */
const MAX_PAGES = 10;

/**
 * The name Crisp gives a stored message on the wire (docs/crisp/RTM.md §8): visitor chat vs team
 * side.
 */
function eventNameOf(m: MessageRaw): 'message:send' | 'message:received' {
  return m.from === 'user' && m.type !== 'note' && m.type !== 'event'
    ? 'message:send'
    : 'message:received';
}

/** GET /website/{website_id}/conversation/{session_id}/messages?timestamp_after=… (oldest first) */
export async function messagesAfter(
  crisp: CrispClient,
  websiteId: string,
  sessionId: string,
  after: number,
): Promise<RtmEvent[]> {
  const events: RtmEvent[] = [];
  let cursor = after;
  for (let page = 0; page < MAX_PAGES; page++) {
    const path = route`/website/${websiteId}/conversation/${sessionId}/messages`;
    const batch = await crisp.get<MessageRaw[]>(path, { timestamp_after: Math.floor(cursor) });
    if (!Array.isArray(batch) || batch.length === 0) break;
    const sorted = [...batch].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
    for (const m of sorted) {
      const { preview: _p, read: _r, delivered: _d, ignored: _i, ...data } = m;
      events.push({
        name: eventNameOf(m),
        websiteId,
        sessionId,
        timestamp: typeof m.timestamp === 'number' ? m.timestamp : null,
        data: { ...data, website_id: websiteId, session_id: sessionId },
        source: 'backfill',
        attempt: 1,
      });
    }
    const last = Number(sorted.at(-1)?.timestamp);
    if (batch.length < MESSAGE_BATCH || !(last > cursor)) break;
    cursor = last;
  }
  return events;
}

/** GET /website/{website_id}/conversations/{page}: sessions active at or after `since`, newest first. */
export async function sessionsActiveSince(
  crisp: CrispClient,
  websiteId: string,
  since: number,
): Promise<string[]> {
  const sessions: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await crisp.get<ConversationRaw[]>(
      route`/website/${websiteId}/conversations/${page}`,
      { per_page: 50 },
    );
    if (!Array.isArray(list) || list.length === 0) break;
    let older = false;
    for (const c of list) {
      if (typeof c.session_id !== 'string') continue;
      if (typeof c.updated_at === 'number' && c.updated_at < since) older = true;
      else sessions.push(c.session_id);
    }
    if (older || list.length < 50) break;
  }
  return sessions;
}
