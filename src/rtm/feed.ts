import { GraphQLError } from 'graphql';

/**
 * The buffer overflowed: the subscriber reads more slowly than events arrive. Its stream gets
 * this error as its last result and then completes; the client resubscribes and refetches.
 * Chosen over dropping events silently, since a gap in a message stream is worse than a restart.
 */
export class SlowSubscriberError extends GraphQLError {
  readonly code = 'SUBSCRIBER_TOO_SLOW';
  constructor(limit: number) {
    super(`The subscription fell more than ${limit} events behind and was closed; subscribe again.`, {
      extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
    });
  }
}

/**
 * One subscriber's queue, read as an AsyncIterator. Written by hand rather than as an async
 * generator: a generator parked on `await` cannot be returned until the next event arrives,
 * and a client that unsubscribes must be let go at once.
 */
export class Feed<T> implements AsyncIterableIterator<T | SlowSubscriberError> {
  private readonly queue: (T | SlowSubscriberError)[] = [];
  private waiting: ((r: IteratorResult<T | SlowSubscriberError>) => void) | undefined;
  private done = false;

  constructor(
    /** Events buffered at most. */
    private readonly limit: number,
  ) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      return resolve({ value, done: false });
    }
    if (this.queue.length < this.limit) return void this.queue.push(value);
    this.queue.push(new SlowSubscriberError(this.limit));
    this.finish();
  }

  next(): Promise<IteratorResult<T | SlowSubscriberError>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T | SlowSubscriberError>> {
    this.queue.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.closed();
  }

  /** Runs once, when the stream ends: returned by its reader, or closed on overflow. */
  protected closed(): void {}
}
