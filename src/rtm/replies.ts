import { ConflictError, UpstreamUnavailableError } from '../datasources/crisp-errors.ts';
import { rtmEventByName } from './events.ts';
import type { PubSub, RtmReply } from './topics.ts';

/**
 * Crisp answers some REST calls over RTM: `POST /bucket/url/generate` with
 * `bucket:url:<namespace>:generated`, `GET /media/animation/list/{page}` with
 * `media:animation:listed`. Those events carry no `website_id` (docs/crisp/RTM.md §8), only the
 * id the request sent, so they cannot reach a website's subscribers: the bridge publishes them
 * on the `reply` topic, every replica receives them, and the one holding the request that sent
 * that id hands the payload to it. The replica holding the RTM socket need not be that one.
 */

export const DEFAULT_REPLY_TIMEOUT_MS = 10_000;

/** The event groups whose events are replies, correlated on the payload's `id`. */
const REPLY_GROUPS = new Set(['bucket', 'media']);

/** `bucket:<id>`, `media:<id>`: ids are the caller's, so each group has its own space. */
export const replyKey = (group: 'bucket' | 'media', id: string | number) => `${group}:${id}`;

/** The reply a raw event is, or undefined for every event that is not a bucket or media reply. */
export function toRtmReply(name: string, data: unknown): RtmReply | undefined {
  const group = rtmEventByName.get(name)?.group;
  if (!group || !REPLY_GROUPS.has(group)) return undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const id = (data as { id?: unknown }).id;
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  return {
    name,
    key: replyKey(group as 'bucket' | 'media', id),
    data: data as Record<string, unknown>,
  };
}

export interface RepliesOptions {
  pubsub: PubSub;
  /** How long a request waits for its reply. */
  timeoutMs: number;
}

interface Waiter {
  resolve(reply: RtmReply): void;
  reject(error: Error): void;
}

export function createReplies({ pubsub, timeoutMs }: RepliesOptions) {
  const waiting = new Map<string, Waiter>();

  return {
    /** The `reply` topic's listener: hands a reply to the request waiting for it, if any is here. */
    receive(reply: RtmReply): void {
      waiting.get(reply.key)?.resolve(reply);
    },

    /**
     * Sends a request and resolves with its reply. The key is claimed across replicas for the
     * wait (a second request with the same id would take the first one's reply), so a key still
     * waiting anywhere is a CONFLICT before `send` runs. No reply within the timeout rejects with
     * UPSTREAM_UNAVAILABLE, and the request is not sent again.
     */
    async request(
      key: string,
      send: () => Promise<unknown>,
      /** The request's route template and the argument path of its id, for its errors. */
      about: { route: string; field: string },
    ): Promise<RtmReply> {
      const { route, field } = about;
      if (waiting.has(key) || !(await pubsub.claim(`reply:${key}`, timeoutMs))) {
        throw new ConflictError(
          'reply_pending',
          route,
          0,
          'A request with this requestId is still waiting for its reply; send another requestId.',
          { field },
        );
      }
      let timer: NodeJS.Timeout | undefined;
      // Registered before the call: the reply can arrive before Crisp's HTTP answer does.
      const reply = new Promise<RtmReply>((resolve, reject) => {
        waiting.set(key, { resolve, reject });
        timer = setTimeout(
          () =>
            reject(
              new UpstreamUnavailableError(
                'reply_timeout',
                route,
                0,
                `Crisp sent no reply within ${timeoutMs} ms.`,
              ),
            ),
          timeoutMs,
        );
      });
      // The timeout can fire while `send` is still waiting for Crisp's HTTP answer.
      reply.catch(() => undefined);
      try {
        await send();
        return await reply;
      } finally {
        clearTimeout(timer);
        waiting.delete(key);
      }
    },

    /** Fails every request still waiting: the replica is stopping and its bus is closing. */
    close(): void {
      for (const [key, waiter] of waiting) {
        waiter.reject(
          new UpstreamUnavailableError('shutdown', key, 0, 'The gateway is shutting down.'),
        );
      }
    },
  };
}

export type Replies = Pick<ReturnType<typeof createReplies>, 'request'>;
