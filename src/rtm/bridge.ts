import { rtmEventByName } from './events.ts';
import { toRtmReply } from './replies.ts';
import type { PubSub, RtmEvent, RtmSource } from './topics.ts';

/**
 * Crisp event → the website's topic. Knows nothing about sockets or HTTP: the socket adapter,
 * the web hook receiver and backfill all hand raw events to `ingest`, which publishes them on the
 * website's channel; subscriptions then read them through the mappers of `event-models.ts`.
 */

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface IngestMeta {
  source: RtmSource;
  /** Web hook delivery attempt. @default 1 */
  attempt?: number;
  /** The web hook envelope's `website_id`, used when the payload lacks one. */
  websiteId?: string;
  /** The web hook envelope's `timestamp` (ms). */
  timestamp?: number;
}

/**
 * Reads the scope of a raw event. Undefined when it has no website (bucket and media replies,
 * docs/crisp/RTM.md §8, go to the request that asked instead: see replies.ts).
 */
export function toRtmEvent(name: string, data: unknown, meta: IngestMeta): RtmEvent | undefined {
  if (!isData(data)) return undefined;
  const websiteId = str(data.website_id) ?? meta.websiteId;
  if (!websiteId) return undefined;
  return {
    name,
    websiteId,
    sessionId: str(data.session_id) ?? null,
    timestamp: num(data.timestamp) ?? meta.timestamp ?? null,
    data,
    source: meta.source,
    attempt: meta.attempt ?? 1,
  };
}

export interface Bridge {
  /** Publishes one raw event; unknown or unroutable events are dropped and reported false. */
  ingest(name: string, data: unknown, meta: IngestMeta): Promise<boolean>;
}

/**
 * `observe` sees each event before it is published (the read cache, which must be exact before a
 * subscriber reacts to the event by reading).
 */
export function createBridge(pubsub: PubSub, observe?: (e: RtmEvent) => Promise<void>): Bridge {
  return {
    async ingest(name, data, meta) {
      if (!rtmEventByName.has(name)) return false;
      const reply = toRtmReply(name, data);
      if (reply) {
        await pubsub.publish('reply', 'all', reply);
        return true;
      }
      const event = toRtmEvent(name, data, meta);
      if (!event) return false;
      await observe?.(event);
      // A website that installs the plugin stays silent on the socket until it rebinds; the
      // event can arrive by hook on a replica without the socket, so it goes through the bus.
      if (name === 'plugin:subscription:updated')
        await pubsub.publish('control', 'all', { kind: 'rebind' });
      await pubsub.publish('website', event.websiteId, event);
      return true;
    },
  };
}
