import { type Client, createClient } from 'graphql-ws';
import { type Agent, request } from 'undici';
import { WebSocket } from 'ws';

/** One subscriber: `performance.now()` at the arrival of each event it received, in order. */
export interface Subscriber {
  arrivals: number[];
  close(): void;
}

/** graphql-ws over its own WebSocket, as a browser tab would hold it; never retries. */
export function subscribeWs(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Subscriber {
  const client: Client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const arrivals: number[] = [];
  const unsubscribe = client.subscribe(
    { query, variables },
    { next: () => void arrivals.push(performance.now()), error: () => {}, complete: () => {} },
  );
  return {
    arrivals,
    close() {
      unsubscribe();
      void client.dispose();
    },
  };
}

/** Yoga's SSE: one POST with `Accept: text/event-stream` per subscriber, over its own connection. */
export function subscribeSse(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  dispatcher: Agent,
): Subscriber {
  const arrivals: number[] = [];
  const controller = new AbortController();
  void (async () => {
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
      dispatcher,
    });
    let buffer = '';
    for await (const chunk of res.body) {
      buffer += String(chunk);
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        if (buffer.startsWith('event: next')) arrivals.push(performance.now());
        buffer = buffer.slice(end + 2);
      }
    }
  })().catch(() => undefined);
  return { arrivals, close: () => controller.abort() };
}
