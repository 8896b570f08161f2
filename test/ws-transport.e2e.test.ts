import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { buildSchema } from 'graphql';
import { WebSocket, WebSocketServer } from 'ws';
import { serveGraphqlWs } from '../src/server/ws-transport.ts';
import { describe, test } from './support/fixtures.ts';
import { waitFor } from './support/wait-for.ts';

/** A raw socket to the gateway's graphql-ws endpoint, so close codes and protocol messages can be read. */
async function connect(url: string, protocols: string[] = ['graphql-transport-ws']) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), protocols);
  const closed = once(socket, 'close').then(([code, reason]) => ({
    code: code as number,
    reason: String(reason),
  }));
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  await once(socket, 'open');
  return { socket, closed, messages };
}

/** Resolves once `count` messages have come. */
const next = (messages: unknown[], count: number) => waitFor(() => messages.length >= count);

describe('graphql-ws transport', () => {
  test('acknowledges connection_init, answers pings and runs a query', async ({
    gateway,
    expect,
  }) => {
    const { socket, messages } = await connect(gateway.url);
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await next(messages, 1);
    expect(messages[0]).toMatchObject({ type: 'connection_ack' });
    socket.send(JSON.stringify({ type: 'ping' }));
    await next(messages, 2);
    expect(messages[1]).toMatchObject({ type: 'pong' });
    socket.send(
      JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: '{ websites { name } }' } }),
    );
    await next(messages, 4);
    expect(messages[2]).toMatchObject({
      id: 'q',
      type: 'next',
      payload: { data: { websites: expect.any(Array) } },
    });
    expect(messages[3]).toEqual({ id: 'q', type: 'complete' });
    socket.close();
  });

  test('closes a socket that never sends connection_init with 4408', { timeout: 10_000 }, async ({
    gateway,
    expect,
  }) => {
    const { closed } = await connect(gateway.url);
    const started = Date.now();
    expect(await closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  });

  test('closes a socket without the graphql-transport-ws subprotocol with 4406', async ({
    gateway,
    expect,
  }) => {
    const { closed } = await connect(gateway.url, []);
    expect(await closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });
  });

  test('closes with 4400 on a message that is not the protocol', async ({ gateway, expect }) => {
    const { socket, closed } = await connect(gateway.url);
    socket.send('not json');
    expect((await closed).code).toBe(4400);
  });

  test('closes with 4429 on a second connection_init', async ({ gateway, expect }) => {
    const { socket, closed, messages } = await connect(gateway.url);
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await next(messages, 1);
    socket.send(JSON.stringify({ type: 'connection_init' }));
    expect((await closed).code).toBe(4429);
  });

  test('a message over GATEWAY_MAX_BODY_BYTES closes the socket with 1009 before it is read', async ({
    gateway,
    expect,
  }) => {
    const { socket, closed, messages } = await connect(gateway.url);
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(2_000_000) } }),
    );
    expect((await closed).code).toBe(1009);
    expect(messages).toEqual([]);
  });

  test('variables past GATEWAY_MAX_BODY_BYTES close the socket; a message under it runs', async ({
    gateway,
    expect,
  }) => {
    const { socket, closed, messages } = await connect(gateway.url);
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await next(messages, 1);
    const query = '{ websites { name } }';
    socket.send(
      JSON.stringify({
        id: 'small',
        type: 'subscribe',
        payload: { query, variables: { pad: 'x'.repeat(90_000) } },
      }),
    );
    await next(messages, 3);
    expect(messages[1]).toMatchObject({
      id: 'small',
      type: 'next',
      payload: { data: { websites: expect.any(Array) } },
    });
    socket.send(
      JSON.stringify({
        id: 'large',
        type: 'subscribe',
        payload: { query, variables: { pad: 'x'.repeat(110_000) } },
      }),
    );
    expect((await closed).code).toBe(1009);
    expect(messages.map((m) => m.id)).not.toContain('large');
  });
});

describe('graphql-ws keep-alive', () => {
  test('cuts a socket that stops answering pings and keeps one that answers', async ({
    expect,
  }) => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const wss = new WebSocketServer({ server });
    const transport = serveGraphqlWs(
      { schema: buildSchema('type Query { ok: Boolean }') },
      wss,
      { error() {} },
      100,
    );
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const [silent, live] = await Promise.all([connect(url), connect(url)]);
      for (const c of [silent, live]) {
        c.socket.send(JSON.stringify({ type: 'connection_init' }));
        await next(c.messages, 1);
      }
      // The client stops reading its TCP socket, so the server's pings go unanswered.
      (silent.socket as unknown as { _socket: Socket })._socket.pause();
      await waitFor(() => wss.clients.size === 1, { timeout: 2000 });
      // Several sweeps later the answering client is still connected.
      await new Promise((r) => setTimeout(r, 400));
      expect(wss.clients.size).toBe(1);
      expect(live.socket.readyState).toBe(WebSocket.OPEN);
      live.socket.close();
      silent.socket.terminate();
    } finally {
      await transport.dispose();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
