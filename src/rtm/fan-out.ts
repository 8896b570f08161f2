/** What a fan-out hands values to: a subscriber's feed. */
export interface Receiver {
  push(value: unknown): void;
}

/**
 * Hands each event to its subscribers a slice at a time, events in the order they came. Each
 * slice's deliveries run to the socket write before the next slice starts (a turn of the event
 * loop lies between), so with thousands of subscribers the first messages leave while the rest
 * are still queued, rather than all after the last subscriber has been worked through; and a
 * large fan-out never holds the event loop, queries and pings wait one slice at most. A fan-out
 * that fits in one slice is delivered at once, as before.
 */
export function createFanOut(slice: number) {
  /** Per event: receiver, value, receiver, value, … */
  const queue: unknown[][] = [];
  /** Where the first event's deliveries resume. */
  let at = 0;

  function drain(): void {
    for (let budget = slice; budget > 0 && queue.length > 0; ) {
      const batch = queue[0]!;
      const end = Math.min(batch.length, at + 2 * budget);
      budget -= (end - at) / 2;
      for (; at < end; at += 2) (batch[at] as Receiver).push(batch[at + 1]);
      if (at < batch.length) continue;
      queue.shift();
      at = 0;
    }
    if (queue.length > 0) setImmediate(drain);
  }

  return {
    /** Queues one event's deliveries behind those of the events before it. */
    deliver(batch: unknown[]): void {
      if (batch.length === 0) return;
      queue.push(batch);
      if (queue.length === 1) drain();
    },
  };
}
