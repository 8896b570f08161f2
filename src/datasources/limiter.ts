import DataLoader from 'dataloader';

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
