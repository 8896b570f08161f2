/**
 * The order the read cache applies changes in: those of one conversation (of one website, for
 * changes outside a conversation) one after the other, those of different ones at once. Events
 * are announced in the order they came, and how late the oldest one not applied yet is tells the
 * cache's lag behind its stream.
 */
export class ChangeQueue {
  /** The last change of each conversation still being applied. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Resolves once every event so far is applied. */
  private announced: Promise<void> = Promise.resolve();
  /** When each event not yet applied arrived. */
  private readonly pending = new Set<{ at: number }>();

  constructor(
    private readonly now: () => number,
    /** A change that threw: the cache stops trusting what it holds. */
    private readonly failed: (err: unknown) => void,
  ) {}

  /** An event, after those of its conversation before it; resolves after every event before it. */
  event(websiteId: string, sessionId: string | null, run: () => Promise<void>): Promise<void> {
    const arrived = { at: this.now() };
    this.pending.add(arrived);
    const done = this.queued(websiteId, sessionId, run);
    void done.finally(() => this.pending.delete(arrived));
    // Applied at once, but announced in the order they came: subscribers hear them in that order.
    this.announced = Promise.all([this.announced, done]).then(() => undefined);
    return this.announced;
  }

  /** How far behind its stream the cache is: the age of the oldest event not applied yet. */
  lagMs(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const p of this.pending) oldest = Math.min(oldest, p.at);
    return this.pending.size === 0 ? 0 : this.now() - oldest;
  }

  /** Any change (an event, a write), after those of its conversation before it. */
  queued(websiteId: string, sessionId: string | null, run: () => Promise<void>): Promise<void> {
    const key = `${websiteId.toLowerCase()} ${sessionId?.toLowerCase() ?? ''}`;
    const done = (this.queues.get(key) ?? Promise.resolve()).then(run).catch(this.failed);
    this.queues.set(key, done);
    void done.then(() => this.queues.get(key) === done && this.queues.delete(key));
    return done;
  }
}
