/** Where an event entered the gateway. */
export type RtmSource = 'socket' | 'hook' | 'backfill';

/**
 * One Crisp event as it travels between replicas: the payload exactly as Crisp sent it, plus the
 * scope read from it once. JSON-safe, since it crosses Redis.
 */
export interface RtmEvent {
  /** Crisp's event name, e.g. `message:send`. */
  name: string;
  websiteId: string;
  /** Present on session-scoped events. */
  sessionId: string | null;
  /** Milliseconds: the payload's own `timestamp`, else the web hook envelope's, else null. */
  timestamp: number | null;
  data: Record<string, unknown>;
  source: RtmSource;
  /** Web hook delivery attempt (`X-Delivery-Attempt-Count`); 1 for every other source. */
  attempt: number;
}

/** Messages to every replica about the RTM socket, whichever replica holds it. */
export type RtmControl =
  /** The socket (re)authenticated: events from `since` on may have been lost, so backfill. */
  | { kind: 'resync'; since: number }
  /**
   * A website installed or removed the plugin: the socket holder rebinds (docs/crisp/RTM.md §5).
   */
  | { kind: 'rebind' };

/**
 * A reply to a REST call (`bucket:url:*:generated`, `media:animation:listed`): no website, only
 * the id the call sent (see replies.ts). JSON-safe, since it crosses Redis.
 */
export interface RtmReply {
  name: string;
  /** `bucket:<id>` or `media:<id>`. */
  key: string;
  data: Record<string, unknown>;
}

/** What each topic carries. A topic plus a key makes one channel (`website` + its id). */
export interface Topics {
  website: RtmEvent;
  control: RtmControl;
  reply: RtmReply;
}

/**
 * Publish/subscribe between replicas (Redis) or within one process (memory). Delivery is at most
 * once and, per channel, in publish order; de-duplication happens downstream.
 */
export interface PubSub {
  publish<T extends keyof Topics>(topic: T, key: string, payload: Topics[T]): Promise<void>;
  /** Resolves once the subscription is active; the returned function ends it. */
  subscribe<T extends keyof Topics>(
    topic: T,
    key: string,
    listener: (payload: Topics[T]) => void,
  ): Promise<() => Promise<void>>;
  /**
   * True for the first replica (or call) that claims `key` within `ttlMs`, false for every later
   * one until it lapses: what must happen once across replicas (a signed web hook) claims it first.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}
