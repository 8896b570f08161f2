import type { Logger } from 'pino';
import { createRedis } from '../datasources/redis.ts';
import type { PubSub, Topics } from './topics.ts';

type Listener = (payload: never) => void;

/** Channel listeners with a count per channel, so the first and last subscriber can be told apart. */
class Listeners {
  private readonly byChannel = new Map<string, Set<Listener>>();

  /** Returns true when this is the channel's first listener. */
  add(channel: string, listener: Listener): boolean {
    const set = this.byChannel.get(channel) ?? new Set();
    set.add(listener);
    this.byChannel.set(channel, set);
    return set.size === 1;
  }

  /** Returns true when the channel has no listener left. */
  remove(channel: string, listener: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (!set?.delete(listener)) return false;
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  emit(channel: string, payload: unknown): void {
    for (const l of this.byChannel.get(channel) ?? []) (l as (p: unknown) => void)(payload);
  }
}

/**
 * Claimed keys with the time each lapses. Bounded: past `maxKeys` the oldest claim is forgotten,
 * which can let one more claim of it succeed, never refuse a first one.
 */
function createClaims(maxKeys: number, now: () => number) {
  /** Insertion order is close to expiry order, so the sweep stops at the first live claim. */
  const until = new Map<string, number>();
  return (key: string, ttlMs: number): boolean => {
    const t = now();
    for (const [k, lapses] of until) {
      if (lapses > t && until.size < maxKeys) break;
      until.delete(k);
    }
    if (until.has(key)) return false;
    until.set(key, t + ttlMs);
    return true;
  };
}

export interface MemoryPubSubOptions {
  /** Claims remembered at most. @default 50000 */
  maxClaims?: number;
  now?: () => number;
}

/** One process: listeners are called synchronously, in publish order. */
export function createMemoryPubSub(options: MemoryPubSubOptions = {}): PubSub {
  const listeners = new Listeners();
  const claim = createClaims(options.maxClaims ?? 50_000, options.now ?? Date.now);
  return {
    async publish(topic, key, payload) {
      listeners.emit(`${topic}:${key}`, payload);
    },
    async subscribe(topic, key, listener) {
      const channel = `${topic}:${key}`;
      listeners.add(channel, listener as Listener);
      return async () => void listeners.remove(channel, listener as Listener);
    },
    async claim(key, ttlMs) {
      return claim(key, ttlMs);
    },
    async close() {},
  };
}

export interface RedisPubSubOptions {
  url: string;
  /** Prepended to every channel, so several gateways (or test runs) can share one Redis. */
  prefix: string;
  logger: Pick<Logger, 'warn'>;
}

/**
 * Redis pub/sub: one connection publishes, one subscribes (a subscribed connection can do nothing
 * else). Redis hands every subscriber of a channel the messages in the order it accepted the
 * PUBLISHes, which is what lets each replica de-duplicate on its own and reach the same result.
 */
export function createRedisPubSub(options: RedisPubSubOptions): PubSub {
  const publisher = createRedis(options.url, { role: 'publisher', logger: options.logger });
  const subscriber = createRedis(options.url, { role: 'subscriber', logger: options.logger });
  const listeners = new Listeners();
  // A second subscriber of a channel waits for the first one's SUBSCRIBE to be acknowledged.
  const subscribed = new Map<string, Promise<unknown>>();
  subscriber.on('message', (channel: string, message: string) => {
    listeners.emit(channel, JSON.parse(message) as unknown);
  });

  return {
    async publish<T extends keyof Topics>(topic: T, key: string, payload: Topics[T]) {
      await publisher.publish(`${options.prefix}${topic}:${key}`, JSON.stringify(payload));
    },
    async subscribe(topic, key, listener) {
      const channel = `${options.prefix}${topic}:${key}`;
      if (listeners.add(channel, listener as Listener))
        subscribed.set(channel, subscriber.subscribe(channel));
      await subscribed.get(channel);
      return async () => {
        if (!listeners.remove(channel, listener as Listener)) return;
        subscribed.delete(channel);
        // One connection runs commands in order, so a later SUBSCRIBE of the channel still wins.
        await subscriber.unsubscribe(channel);
      };
    },
    async claim(key, ttlMs) {
      // SET NX: Redis answers OK to exactly one replica; the key lapses with the claim.
      return (
        (await publisher.set(
          `${options.prefix}claim:${key}`,
          '1',
          'PX',
          Math.max(1, Math.ceil(ttlMs)),
          'NX',
        )) === 'OK'
      );
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
