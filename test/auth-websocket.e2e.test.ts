import { once } from 'node:events';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { hs256, READ_KEY, useSecuredGateways } from './support/auth.ts';
import { describe, expect, test } from './support/fixtures.ts';
import { websiteIds } from './support/secure.ts';

const { secured } = useSecuredGateways();

describe('subscriptions', () => {
  const MESSAGES =
    'subscription ($w: ID, $c: ID) { messageEvents(websiteId: $w, conversationId: $c) { name } }';

  /** The first result (or error) of one graphql-ws subscription. */
  function firstResult(
    url: string,
    connectionParams: Record<string, unknown> | undefined,
    variables: Record<string, unknown>,
  ) {
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams,
    });
    return new Promise<{ errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
      client.subscribe(
        { query: MESSAGES, variables },
        {
          next: (r) => resolve(r as never),
          error: (e) =>
            resolve({
              errors: Array.isArray(e)
                ? e
                : [{ extensions: { code: String((e as { code?: number }).code ?? e) } }],
            }),
          complete: () => undefined,
        },
      );
      setTimeout(() => reject(new Error('no result')), 5000);
    }).finally(() => void client.dispose());
  }

  /** The first message a raw graphql-ws socket receives after connection_init, or its close. */
  async function init(
    url: string,
    payload: Record<string, unknown> | undefined,
    headers: Record<string, string> = {},
  ) {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), ['graphql-transport-ws'], { headers });
    const closed = once(socket, 'close').then(([code, reason]) => ({
      code: code as number,
      reason: String(reason),
    }));
    const first = once(socket, 'message').then(
      ([data]) => JSON.parse(String(data)) as { type: string },
    );
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    const answer = await Promise.race([first, closed]);
    socket.close();
    return answer;
  }

  test('graphql-ws without valid credentials is closed at connection_init with 4403', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const expired = await hs256({ websites: [a] }, Math.floor(Date.now() / 1000) - 60);
    const forbidden = { code: 4403, reason: 'Forbidden' };
    expect(await init(gateway.url, undefined)).toEqual(forbidden);
    expect(await init(gateway.url, { apiKey: 'not-a-key-0123456789abcdef' })).toEqual(forbidden);
    expect(await init(gateway.url, { authorization: 'Bearer not-a-token' })).toEqual(forbidden);
    expect(await init(gateway.url, { authorization: `Bearer ${expired}` })).toEqual(forbidden);
    expect(
      await init(gateway.url, undefined, { 'x-api-key': 'not-a-key-0123456789abcdef' }),
    ).toEqual(forbidden);
    // Valid credentials, in connectionParams or in the upgrade request's headers, are acknowledged.
    expect(await init(gateway.url, { apiKey: READ_KEY })).toMatchObject({ type: 'connection_ack' });
    expect(
      await init(gateway.url, { authorization: `Bearer ${await hs256({ websites: [a] })}` }),
    ).toMatchObject({ type: 'connection_ack' });
    expect(await init(gateway.url, undefined, { 'x-api-key': READ_KEY })).toMatchObject({
      type: 'connection_ack',
    });
    expect(sandbox.calls).toEqual([]);
  });

  test('graphql-ws with a token for A is FORBIDDEN on B', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    expect(
      (await firstResult(gateway.url, { authorization: `Bearer ${token}` }, { w: b })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await firstResult(gateway.url, { apiKey: READ_KEY }, { w: b })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    // A conversation's global id brings its website, which is checked the same way.
    const [sessionId] = [...sandbox.seed.websites[1]!.conversations.keys()];
    expect(
      (
        await firstResult(
          gateway.url,
          { apiKey: READ_KEY },
          { c: `Conversation:${b}:${sessionId}` },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(gateway.live?.subscribers(b) ?? 0).toBe(0);
  });

  test('graphql-ws with a token for A subscribes to A', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { apiKey: READ_KEY },
    });
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query: MESSAGES, variables: { w: a } },
      {
        next: (r) => void (r.errors && errors.push(r.errors)),
        error: (e) => void errors.push(e),
        complete: () => undefined,
      },
    );
    try {
      const deadline = Date.now() + 5000;
      while ((gateway.live?.subscribers(a) ?? 0) < 1 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(gateway.live?.subscribers(a)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      stop();
      await client.dispose();
    }
  });

  test('SSE subscriptions need credentials like any request', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: MESSAGES, variables: { w: a } }),
    });
    expect(res.status).toBe(401);
    await res.body?.cancel();
    const forbidden = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'x-api-key': READ_KEY,
      },
      body: JSON.stringify({ query: MESSAGES, variables: { w: b } }),
    });
    expect(await forbidden.text()).toContain('FORBIDDEN');
  });
});
