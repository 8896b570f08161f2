import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach } from 'vitest';
import { createRtmSocket } from '../src/rtm/socket-io.ts';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import {
  closeClients,
  connected,
  NEW_MESSAGE,
  type NewMessageEvent,
  subscribed,
  subscribeWs,
} from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

let running: Gateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('RTM resilience', () => {
  test('messages sent while the relay drops the socket again and again are each delivered exactly once', async ({
    sandbox,
  }) => {
    running = buildGateway(testConfig(sandbox), {
      logger: quiet,
      rtm: { reconnect: { minMs: 200, maxMs: 1000 } },
    });
    const gateway = running;
    await gateway.start();
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const [s1, s2] = [...website.conversations.keys()] as [string, string];
    await connected(gateway);

    const conversation = subscribeWs<{ messageEvents: NewMessageEvent }>(
      gateway.url,
      `subscription ($w: ID!, $s: ID!) { messageEvents(websiteId: $w, conversationId: $s) { ${NEW_MESSAGE} } }`,
      { w: websiteId, s: s1 },
    );
    const all = subscribeWs<{ messageEvents: NewMessageEvent }>(
      gateway.url,
      `subscription ($w: ID!) { messageEvents(websiteId: $w) { ${NEW_MESSAGE} } }`,
      { w: websiteId },
    );
    await subscribed(gateway, websiteId, 2);

    // Straight to the sandbox's REST, as another Crisp client would: the gateway only listens.
    const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
    const send = async (sessionId: string, text: string): Promise<number> => {
      const res = await fetch(
        `${sandbox.url}/website/${websiteId}/conversation/${sessionId}/message`,
        {
          method: 'POST',
          headers: {
            authorization: auth,
            'x-crisp-tier': sandbox.token.tier,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ type: 'text', from: 'user', origin: 'chat', content: text }),
        },
      );
      return ((await res.json()) as { data: { fingerprint: number } }).data.fingerprint;
    };

    const sent: { sessionId: string; fingerprint: number }[] = [];
    let drops = 0;
    for (let i = 0; i < 60; i++) {
      const sessionId = i % 3 === 2 ? s2 : s1;
      sent.push({ sessionId, fingerprint: await send(sessionId, `message ${i}`) });
      if (i % 15 === 7) {
        sandbox.dropRtmConnections();
        drops++;
      }
      await new Promise((r) => setTimeout(r, 25)); // paces the stream across the reconnections
    }
    expect(drops).toBe(4);

    const inS1 = sent.filter((m) => m.sessionId === s1).map((m) => m.fingerprint);
    await waitFor(() => conversation.data.length >= inS1.length && all.data.length >= sent.length, {
      timeout: 15_000,
    });
    await connected(gateway);
    await gateway.live!.settled();
    const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
    expect(sorted(conversation.data.map((d) => d.messageEvents!.message!.fingerprint))).toEqual(
      sorted(inS1),
    );
    expect(sorted(all.data.map((d) => d.messageEvents!.message!.fingerprint))).toEqual(
      sorted(sent.map((m) => m.fingerprint)),
    );
    // Some arrived only through backfill: the socket was down when they were written.
    expect(gateway.live!.stats.backfill).toBeGreaterThan(0);
    expect(
      conversation.results.every((r) => !r.errors) && all.results.every((r) => !r.errors),
    ).toBe(true);
  });

  test('a subscriber that falls too far behind gets SUBSCRIBER_TOO_SLOW and its stream ends', async ({
    sandbox,
  }) => {
    running = buildGateway(testConfig(sandbox), { logger: quiet, rtm: { bufferSize: 5 } });
    const gateway = running;
    await gateway.start();
    const [websiteId] = [...sandbox.seed.websiteIds] as [string];
    // A raw feed that nobody reads: the buffer fills without a transport draining it.
    const feed = await gateway.live!.subscribe({ websiteId }, (e) => e.name);
    await connected(gateway);
    for (let i = 0; i < 7; i++)
      sandbox.emit(websiteId, 'website:update_visitors_count', {
        website_id: websiteId,
        visitors_count: i,
      });
    await waitFor(() => gateway.live!.subscribers(websiteId) === 0);
    const seen: unknown[] = [];
    for await (const item of feed) seen.push(item);
    expect(seen).toHaveLength(6);
    expect(seen.at(-1)).toMatchObject({ extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
  });

  test('bursts of rebind requests become one socket:bind per interval', async () => {
    const http = createServer();
    const relay = new Server(http, { path: '/relay/', transports: ['websocket'] });
    const binds: number[] = [];
    relay.on('connection', (socket) => {
      socket.on('authentication', () => socket.emit('authenticated', true));
      socket.on('socket:bind', () => binds.push(Date.now()));
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const rtm = createRtmSocket({
      url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/relay/`,
      username: 'id',
      password: 'key',
      tier: 'plugin',
      events: ['plugin:subscription:updated'],
      rebindIntervalMs: 1000,
      onEvent: () => undefined,
      onAuthenticated: () => undefined,
    });
    try {
      rtm.start();
      await waitFor(() => rtm.state === 'connected');
      for (let i = 0; i < 5; i++) rtm.rebind();
      await waitFor(() => binds.length === 1);
      for (let i = 0; i < 5; i++) rtm.rebind();
      await waitFor(() => binds.length === 2, { timeout: 5000 });
      // Measured on arrival, so loopback and event-loop jitter on a loaded machine shave a little
      // off the client's 1,000 ms spacing; a missing throttle would put the two binds ~0 ms apart.
      expect(binds[1]! - binds[0]!).toBeGreaterThanOrEqual(800);
    } finally {
      rtm.stop();
      relay.close();
    }
  });
});
