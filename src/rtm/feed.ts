import { GraphQLError } from 'graphql';

/**
 * The buffer overflowed: the subscriber reads more slowly than events arrive. Its stream gets
 * this error as its last result and then completes; the client resubscribes and refetches.
 * Chosen over dropping events silently, since a gap in a message stream is worse than a restart.
 */
export class SlowSubscriberError extends GraphQLError {
  readonly code = 'SUBSCRIBER_TOO_SLOW';
  constructor(limit: number) {
    super(
      `The subscription fell more than ${limit} events behind and was closed; subscribe again.`,
      {
        extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
      },
    );
  }
}

/** When a gap's messages could not be read back, in ISO 8601: `from` is when they may start. */
export interface GapWindow {
  websiteId: string;
  /** Absent: any conversation of the website. */
  sessionId?: string;
  from: string;
  to: string;
}

/**
 * Messages of a window were missed by the socket and could not be read back from REST in time
 * (`CRISP_RTM_GAP_SIGNAL_MS`). A result of the stream, which goes on: the gateway keeps reading
 * and delivers the messages once it can. Chosen over silence, so a client can refetch the window.
 */
export class LiveEventsGapError extends GraphQLError {
  readonly code = 'LIVE_EVENTS_GAP';
  constructor(readonly gap: GapWindow) {
    const where = gap.sessionId ? `conversation ${gap.sessionId}` : `website ${gap.websiteId}`;
    super(
      `Messages of ${where} from ${gap.from} to ${gap.to} are not delivered yet; they follow once Crisp answers.`,
      {
        extensions: { code: 'LIVE_EVENTS_GAP', gap },
      },
    );
  }
}

/**
 * One subscriber's queue, read as an AsyncIterator. Written by hand rather than as an async
 * generator: a generator parked on `await` cannot be returned until the next event arrives,
 * and a client that unsubscribes must be let go at once.
 */
export class Feed<T> implements AsyncIterableIterator<T | GraphQLError> {
  private readonly queue: (T | GraphQLError)[] = [];
  private waiting: ((r: IteratorResult<T | GraphQLError>) => void) | undefined;
  private done = false;

  constructor(
    /** Events buffered at most. */
    private readonly limit: number,
  ) {}

  /** An event, or an error the stream carries on past (a gap). */
  push(value: T | GraphQLError): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      return void resolve({ value, done: false });
    }
    if (this.queue.length < this.limit) return void this.queue.push(value);
    this.queue.push(new SlowSubscriberError(this.limit));
    this.finish();
  }

  next(): Promise<IteratorResult<T | GraphQLError>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T | GraphQLError>> {
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
