import type { Sandbox } from 'crisp-sandbox';

/** What a view shows of one conversation: its state and its latest message. */
export interface Seen {
  state: string;
  fingerprint: number | null;
}

interface Version extends Seen {
  /** performance.now() when the sandbox committed it (its event, emitted in this process). */
  at: number;
}

/**
 * The sandbox's truth over time for one website's conversations, from its own events (the sandbox
 * runs in the benchmark's process, so each commit time is exact), against which every answer is
 * measured.
 */
export class Truth {
  private readonly versions = new Map<string, Version[]>();
  readonly stop: () => void;

  constructor(sandbox: Sandbox, websiteId: string) {
    for (const [sessionId, record] of sandbox.seed.website(websiteId)!.conversations) {
      const last = record.messages.at(-1)?.fingerprint;
      this.versions.set(sessionId, [
        {
          at: Number.NEGATIVE_INFINITY,
          state: String(record.conversation.state),
          fingerprint: typeof last === 'number' ? last : null,
        },
      ]);
    }
    this.stop = sandbox.onEvent((e) => {
      const sessionId = e.data.session_id as string | undefined;
      const list = sessionId ? this.versions.get(sessionId) : undefined;
      if (e.website_id !== websiteId || !list) return;
      const now = list.at(-1)!;
      if (e.event === 'message:send' || e.event === 'message:received')
        list.push({ ...now, at: performance.now(), fingerprint: e.data.fingerprint as number });
      else if (e.event === 'session:set_state')
        list.push({ ...now, at: performance.now(), state: e.data.state as string });
    });
  }

  /** The state a conversation holds now. */
  state(sessionId: string): string {
    return this.versions.get(sessionId)!.at(-1)!.state;
  }

  /**
   * How stale `seen` was when its request was sent at `sentAt`, in ms: 0 when it is what the
   * sandbox held then or since (a change committed while the request was in flight), else the
   * time since the first change it misses.
   */
  staleness(sessionId: string, seen: Seen, sentAt: number): number {
    const list = this.versions.get(sessionId);
    if (!list) return 0;
    const same = (v: Version) =>
      v.state === seen.state.toLowerCase() && v.fingerprint === seen.fingerprint;
    let current = 0;
    while (current + 1 < list.length && list[current + 1]!.at <= sentAt) current++;
    for (let i = current; i < list.length; i++) if (same(list[i]!)) return 0;
    for (let i = current - 1; i >= 0; i--) if (same(list[i]!)) return sentAt - list[i + 1]!.at;
    return sentAt - (list[1]?.at ?? sentAt);
  }

  /** Whether `state` is one the conversation held at `since` or later (a read of one's own write). */
  heldSince(sessionId: string, state: string, since: number): boolean {
    const wanted = state.toLowerCase();
    return this.versions.get(sessionId)!.some((v) => v.at >= since && v.state === wanted);
  }
}
