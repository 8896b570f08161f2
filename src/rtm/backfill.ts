import type { Logger } from 'pino';
import type { CrispClient } from '../datasources/crisp-client.ts';
import { messagesAfter, sessionsActiveSince } from './history.ts';
import type { RtmEvent } from './topics.ts';

/**
 * RTM has no replay (docs/crisp/RTM.md §6): after every (re)authentication, messages written while
 * the socket was down are read back from REST and published like live ones, marked `backfill`.
 * De-duplication drops the ones that did arrive live.
 */

/** What one replica's subscribers follow, with when each target's earliest subscriber started. */
export interface BackfillTargets {
  /** `websiteId|sessionId` → subscribed since. */
  sessions: Map<string, number>;
  /** Website-wide subscriptions: websiteId → subscribed since. */
  websites: Map<string, number>;
}

/** Messages of one conversation, or of a whole website, not read back yet. */
export interface Gap {
  websiteId: string;
  /** Absent: the website's list of conversations could not be read, so any of them. */
  sessionId?: string;
  /** Messages from here on (ms) may be missing. */
  from: number;
  /** When the socket was back (ms); later messages came live. */
  to: number;
  /** When the gap was found (ms): its signal is due `signalAfterMs` later. */
  foundAt: number;
  signalled: boolean;
}

export interface BackfillOptions {
  crisp: CrispClient;
  publish(event: RtmEvent): Promise<void>;
  /** What this replica's subscribers follow now. */
  targets(): BackfillTargets;
  /** Backfill starts this long before the disconnect, for events in flight. @default 2000 */
  marginMs?: number;
  /** Back-off between reads of a gap that failed, first and ceiling. @default { minMs: 1000, maxMs: 30000 } */
  retry?: { minMs: number; maxMs: number };
  /** A gap still unread this long after it was found is signalled. @default DEFAULT_GAP_SIGNAL_MS */
  signalAfterMs?: number;
  /** Tells the subscribers of the gap's website or conversation that its messages are late. */
  onGap(gap: Gap): void;
  logger: Pick<Logger, 'warn'>;
}

export const DEFAULT_GAP_SIGNAL_MS = 60_000;

export const earliest = (m: Map<string, number>, key: string, at: number) =>
  m.set(key, Math.min(m.get(key) ?? at, at));
const keyOf = (websiteId: string, sessionId = '') => `${websiteId}|${sessionId}`;

/**
 * Remembers the newest message seen per conversation, and after each resync reads back what
 * came later. Runs one backfill at a time, in order: a drop during a backfill queues the next.
 * A read that fails leaves its gap open, and open gaps are read again with back-off until they
 * succeed; a gap's start never moves forward meanwhile, whatever arrives live. A gap still open
 * `signalAfterMs` after it was found is signalled once, and is still read until its messages
 * are published.
 */
export function createBackfill(options: BackfillOptions) {
  const marginMs = options.marginMs ?? 2000;
  const retry = options.retry ?? { minMs: 1000, maxMs: 30_000 };
  const signalAfterMs = options.signalAfterMs ?? DEFAULT_GAP_SIGNAL_MS;
  const lastSeen = new Map<string, number>();
  /** Open gaps by `websiteId|sessionId` (`websiteId|` for a website's unread list). */
  const gaps = new Map<string, Gap>();
  let running: Promise<void> = Promise.resolve();
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let signalTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Opens a gap, or widens the open one: its start only ever moves back. */
  function open(
    websiteId: string,
    sessionId: string | undefined,
    from: number,
    to: number,
    found: Pick<Gap, 'foundAt' | 'signalled'>,
  ): void {
    const key = keyOf(websiteId, sessionId);
    const gap = gaps.get(key);
    if (!gap)
      return void gaps.set(key, {
        websiteId,
        sessionId,
        from,
        to,
        foundAt: found.foundAt,
        signalled: found.signalled,
      });
    gap.from = Math.min(gap.from, from);
    gap.to = Math.max(gap.to, to);
  }

  /** When the earliest subscriber of the gap's conversation (or website) started; undefined: nobody follows it. */
  function followedSince(gap: Gap, targets: BackfillTargets): number | undefined {
    const website = targets.websites.get(gap.websiteId) ?? Infinity;
    const session =
      (gap.sessionId ? targets.sessions.get(keyOf(gap.websiteId, gap.sessionId)) : undefined) ??
      Infinity;
    const since = Math.min(website, session);
    return since === Infinity ? undefined : since;
  }

  /** Turns a website's gap into one gap per conversation active since its start. */
  async function readWebsite(gap: Gap, subscribedAt: number): Promise<void> {
    const from = Math.max(gap.from, subscribedAt);
    for (const sessionId of await sessionsActiveSince(options.crisp, gap.websiteId, from))
      open(gap.websiteId, sessionId, from, gap.to, gap);
  }

  async function readSession(gap: Gap, subscribedAt: number): Promise<void> {
    const seen = lastSeen.get(keyOf(gap.websiteId, gap.sessionId));
    // lastSeen is Crisp's own clock, so it is the better bound when it is older than the gap;
    // nothing from before the first subscriber is wanted.
    const after = Math.max(Math.min(seen ?? Infinity, gap.from), subscribedAt);
    // Later ones came live. De-duplication would drop them too, but only for 10 minutes, and a
    // gap can take longer to read back.
    const until = gap.to + marginMs;
    for (const e of await messagesAfter(options.crisp, gap.websiteId, gap.sessionId!, after)) {
      if (e.timestamp === null || e.timestamp <= until) await options.publish(e);
    }
  }

  /** Reads one gap back; it stays open when the read fails (or its subscribers left, it closes). */
  async function read(gap: Gap, targets: BackfillTargets): Promise<void> {
    const key = keyOf(gap.websiteId, gap.sessionId);
    const subscribedAt = followedSince(gap, targets);
    if (subscribedAt === undefined) return void gaps.delete(key);
    try {
      await (gap.sessionId ? readSession(gap, subscribedAt) : readWebsite(gap, subscribedAt));
      gaps.delete(key);
    } catch (err) {
      const what = gap.sessionId ? 'read messages' : 'list conversations';
      options.logger.warn(
        { websiteId: gap.websiteId, sessionId: gap.sessionId, error: (err as Error).name },
        `rtm: backfill could not ${what}; retrying`,
      );
    }
  }

  async function run(resync: { since: number; at: number } | undefined): Promise<void> {
    const targets = options.targets();
    if (resync) {
      const found = { foundAt: resync.at, signalled: false };
      for (const [websiteId, subscribedAt] of targets.websites) {
        open(
          websiteId,
          undefined,
          Math.max(resync.since - marginMs, subscribedAt),
          resync.at,
          found,
        );
      }
      for (const [key, subscribedAt] of targets.sessions) {
        const [websiteId, sessionId] = key.split('|') as [string, string];
        open(
          websiteId,
          sessionId,
          Math.max(resync.since - marginMs, subscribedAt),
          resync.at,
          found,
        );
      }
    }
    // Website lists first: the conversations they name are read in the same run.
    for (const gap of [...gaps.values()].filter((g) => !g.sessionId)) await read(gap, targets);
    for (const gap of [...gaps.values()].filter((g) => g.sessionId)) await read(gap, targets);
  }

  /** Signals each gap open past the bound, once, and waits for the next one's bound. */
  function signalLate(): void {
    clearTimeout(signalTimer);
    const now = Date.now();
    let next = Infinity;
    for (const gap of gaps.values()) {
      if (gap.signalled) continue;
      const due = gap.foundAt + signalAfterMs;
      if (due > now) next = Math.min(next, due);
      else {
        gap.signalled = true;
        options.onGap({ ...gap });
      }
    }
    if (next < Infinity && !stopped) signalTimer = setTimeout(signalLate, next - now);
  }

  /** After each run: the open gaps are read again later, with back-off and jitter (replicas spread out). */
  function afterRun(): void {
    clearTimeout(retryTimer); // a resync queued behind a run leaves one retry, not two
    signalLate();
    if (gaps.size === 0) {
      failures = 0;
      return;
    }
    if (stopped) return;
    const ceiling = Math.min(retry.maxMs, retry.minMs * 2 ** failures++);
    retryTimer = setTimeout(() => enqueue(undefined), ceiling / 2 + Math.random() * (ceiling / 2));
  }

  function enqueue(resync: { since: number; at: number } | undefined): void {
    clearTimeout(retryTimer);
    running = running
      .then(() => run(resync))
      // Reads catch their own failures; anything else must not end the chain, or no gap would be read again.
      .catch((err: unknown) =>
        options.logger.warn({ error: (err as Error).name }, 'rtm: backfill failed'),
      )
      .then(afterRun);
  }

  return {
    /** Called with every accepted event; keeps the newest message timestamp per conversation. */
    observe(e: RtmEvent): void {
      if (
        !e.sessionId ||
        e.timestamp === null ||
        (e.name !== 'message:send' && e.name !== 'message:received')
      )
        return;
      const key = keyOf(e.websiteId, e.sessionId);
      const newest = Math.max(lastSeen.get(key) ?? 0, e.timestamp);
      lastSeen.delete(key); // re-inserted last: Map order is the eviction order
      lastSeen.set(key, newest);
      if (lastSeen.size > 10_000) lastSeen.delete(lastSeen.keys().next().value!);
    },
    /** Queues a backfill from `since`; targets are read when it starts, not when it is queued. */
    schedule(since: number): void {
      enqueue({ since, at: Date.now() });
    },
    /** Resolves once every backfill queued so far has run. */
    settled: (): Promise<void> => running,
    /** No more retries or signals; a run under way finishes. */
    stop(): void {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(signalTimer);
    },
  };
}
