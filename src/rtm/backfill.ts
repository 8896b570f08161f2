import { route, type CrispClient } from '../datasources/crisp-client.ts';
import type { RtmEvent } from './topics.ts';

/**
 * RTM has no replay (RTM.md §6): after every (re)authentication, messages written while the
 * socket was down are read back from REST and published like live ones, marked `backfill`.
 * De-duplication drops the ones that did arrive live.
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

/** The name Crisp gives a stored message on the wire (RTM.md §8): visitor chat vs team side. */
function eventNameOf(m: MessageRaw): 'message:send' | 'message:received' {
  return m.from === 'user' && m.type !== 'note' && m.type !== 'event' ? 'message:send' : 'message:received';
}

/** GET /website/{website_id}/conversation/{session_id}/messages?timestamp_after=… (oldest first) */
export async function messagesAfter(crisp: CrispClient, websiteId: string, sessionId: string, after: number): Promise<RtmEvent[]> {
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
export async function sessionsActiveSince(crisp: CrispClient, websiteId: string, since: number): Promise<string[]> {
  const sessions: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await crisp.get<ConversationRaw[]>(route`/website/${websiteId}/conversations/${page}`, { per_page: 50 });
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

/** What one replica's subscribers follow, with when each target's earliest subscriber started. */
export interface BackfillTargets {
  /** `websiteId|sessionId` → subscribed since. */
  sessions: Map<string, number>;
  /** Website-wide subscriptions: websiteId → subscribed since. */
  websites: Map<string, number>;
}

export interface BackfillOptions {
  crisp: CrispClient;
  publish(event: RtmEvent): Promise<void>;
  /** Backfill starts this long before the disconnect, for events in flight. @default 2000 */
  marginMs?: number;
  logger: Pick<Console, 'warn'>;
}

const earliest = (m: Map<string, number>, key: string, at: number) => m.set(key, Math.min(m.get(key) ?? at, at));

/**
 * Remembers the newest message seen per conversation, and after each resync reads back what
 * came later. Runs one backfill at a time, in order: a drop during a backfill queues the next.
 */
export function createBackfill(options: BackfillOptions) {
  const marginMs = options.marginMs ?? 2000;
  const lastSeen = new Map<string, number>();
  let running: Promise<void> = Promise.resolve();

  async function session(websiteId: string, sessionId: string, since: number, subscribedAt: number): Promise<void> {
    const seen = lastSeen.get(`${websiteId}|${sessionId}`);
    // lastSeen is Crisp's own clock, so it is the better bound when it is older than the gap;
    // nothing from before the first subscriber is wanted.
    const after = Math.max(Math.min(seen ?? Infinity, since - marginMs), subscribedAt);
    for (const e of await messagesAfter(options.crisp, websiteId, sessionId, after)) await options.publish(e);
  }

  async function run(since: number, targets: BackfillTargets): Promise<void> {
    const sessions = new Map(targets.sessions);
    for (const [websiteId, subscribedAt] of targets.websites) {
      try {
        const active = await sessionsActiveSince(options.crisp, websiteId, Math.max(since - marginMs, subscribedAt));
        for (const sessionId of active) earliest(sessions, `${websiteId}|${sessionId}`, subscribedAt);
      } catch (err) {
        options.logger.warn('rtm: backfill could not list conversations', { websiteId, error: (err as Error).name });
      }
    }
    for (const [key, subscribedAt] of sessions) {
      const [websiteId, sessionId] = key.split('|') as [string, string];
      try {
        await session(websiteId, sessionId, since, subscribedAt);
      } catch (err) {
        options.logger.warn('rtm: backfill failed', { websiteId, sessionId, error: (err as Error).name });
      }
    }
  }

  return {
    /** Called with every accepted event; keeps the newest message timestamp per conversation. */
    observe(e: RtmEvent): void {
      if (!e.sessionId || e.timestamp === null || (e.name !== 'message:send' && e.name !== 'message:received')) return;
      const key = `${e.websiteId}|${e.sessionId}`;
      const newest = Math.max(lastSeen.get(key) ?? 0, e.timestamp);
      lastSeen.delete(key); // re-inserted last: Map order is the eviction order
      lastSeen.set(key, newest);
      if (lastSeen.size > 10_000) lastSeen.delete(lastSeen.keys().next().value!);
    },
    /** Queues a backfill from `since`; targets are read when it starts, not when it is queued. */
    schedule(since: number, targets: () => BackfillTargets): void {
      running = running.then(() => run(since, targets()));
    },
    /** Resolves once every backfill queued so far has run. */
    settled: (): Promise<void> => running,
  };
}
