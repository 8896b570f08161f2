import type { Sandbox } from 'crisp-sandbox';
import type { FormattedExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { Gateway } from '../../src/server/gateway.ts';
import { waitFor } from './wait-for.ts';

/** One subscription's results as they arrive, from either transport. */
export interface Stream<T> {
  results: FormattedExecutionResult<T>[];
  /** `performance.now()` at the arrival of each result. */
  arrivals: number[];
  /** The `data` of each result, in order. */
  readonly data: T[];
  /** Resolves when the server completes the stream, rejects on a transport error. */
  done: Promise<void>;
  close(): void;
}

function stream<T>(): Stream<T> & { complete(): void; fail(e: unknown): void } {
  let complete!: () => void;
  let fail!: (e: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    complete = resolve;
    fail = reject;
  });
  done.catch(() => undefined);
  const results: FormattedExecutionResult<T>[] = [];
  const arrivals: number[] = [];
  return {
    results,
    arrivals,
    get data() {
      return results.flatMap((r) => (r.data ? [r.data] : []));
    },
    done,
    close: () => undefined,
    complete,
    fail,
  };
}

const clients: Client[] = [];

/** graphql-ws over a real WebSocket to the gateway's /graphql, never retrying. */
export function subscribeWs<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Stream<T> {
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  const s = stream<T>();
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => {
        s.arrivals.push(performance.now());
        s.results.push(r as FormattedExecutionResult<T>);
      },
      error: s.fail,
      complete: s.complete,
    },
  );
  s.close = () => {
    unsubscribe();
    void client.dispose();
  };
  return s;
}

/** Yoga's built-in SSE: a POST with `Accept: text/event-stream`, read as `event: next` frames. */
export function subscribeSse<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Stream<T> {
  const s = stream<T>();
  const controller = new AbortController();
  s.close = () => controller.abort();
  void (async () => {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (!res.ok || !res.body) throw new Error(`SSE answered ${res.status}: ${await res.text()}`);
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = frame
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('\n');
        if (event === 'complete') return s.complete();
        if (!data) continue;
        s.arrivals.push(performance.now());
        s.results.push(JSON.parse(data) as FormattedExecutionResult<T>);
      }
    }
    s.complete();
  })().catch((err: unknown) => (controller.signal.aborted ? s.complete() : s.fail(err)));
  return s;
}

export async function closeClients(): Promise<void> {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
}

/** Waits until the gateway holds `count` subscribers of the website (the subscription is live). */
export async function subscribed(gateway: Gateway, websiteId: string, count = 1): Promise<void> {
  await waitFor(() => (gateway.live?.subscribers(websiteId) ?? 0) >= count);
}

/** Waits until the gateway's RTM socket is authenticated. */
export async function connected(gateway: Gateway, timeout = 5000): Promise<void> {
  await waitFor(() => gateway.live?.state === 'connected', { timeout });
}

/** Two conversations of the first two seeded websites the token reaches. */
export function scopes(sandbox: Sandbox) {
  const [first, second] = sandbox.seed.websites.map((w, i) => ({
    id: sandbox.seed.websiteIds[i]!,
    sessions: [...w.conversations.keys()],
  }));
  if (!first || !second) throw new Error('the seed has fewer than two websites');
  return {
    w1: first.id,
    s1: first.sessions[0]!,
    s1b: first.sessions[1]!,
    w2: second.id,
    s2: second.sessions[0]!,
  };
}

/** Selects, on a `messageEvents` event, the fingerprint of a new message (sent or received). */
export const NEW_MESSAGE =
  '... on MessageReceivedEvent { message { fingerprint } } ... on MessageSentEvent { message { fingerprint } }';

/** A `messageEvents` event as `NEW_MESSAGE` selects it (null: a result carrying an error). */
export type NewMessageEvent = { message?: { fingerprint: number } } | null;
