import { createHmac } from 'node:crypto';
import { createSandbox } from 'crisp-sandbox';
import { afterEach } from 'vitest';
import { buildGateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { closeClients, connected, subscribed, subscribeWs } from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

describe('the RTM socket', () => {
  test('a website that installs the plugin is heard once plugin:subscription:updated triggers a rebind', async ({
    sandbox,
  }) => {
    const secret = 'rebind-secret';
    const [w1, w3] = [...sandbox.seed.websiteIds].filter((_, i) => i === 0 || i === 2) as [
      string,
      string,
    ];
    // Not installed yet when the socket authenticates:
    sandbox.setToken({
      ...sandbox.token,
      websiteIds: sandbox.seed.websiteIds.filter((id) => id !== w3),
    });
    const gateway = buildGateway(testConfig(sandbox, { CRISP_WEBHOOK_SECRET: secret }), {
      logger: quiet,
    });
    await gateway.start();
    try {
      await connected(gateway);
      type Result = { crispEvents: { websiteId: string; source: string } };
      const query = `subscription ($w: ID!) { crispEvents(websiteId: $w, names: [SESSION_SET_STATE]) { websiteId source } }`;
      const newcomer = subscribeWs<Result>(gateway.url, query, { w: w3 });
      const marker = subscribeWs<Result>(gateway.url, query, { w: w1 });
      await subscribed(gateway, w3);
      await subscribed(gateway, w1);
      const state = (websiteId: string) =>
        sandbox.emit(websiteId, 'session:set_state', {
          website_id: websiteId,
          session_id: `session_${crypto.randomUUID()}`,
          inbox_id: null,
          state: 'pending',
        });

      // One socket keeps its packets in order: once the marker is in, the unbound event is lost.
      state(w3);
      state(w1);
      await waitFor(() => marker.data.length === 1);
      expect(newcomer.data).toEqual([]);

      sandbox.setToken({ ...sandbox.token, websiteIds: sandbox.seed.websiteIds });
      const raw = JSON.stringify({
        website_id: w3,
        event: 'plugin:subscription:updated',
        data: { website_id: w3, plugin_id: crypto.randomUUID(), bound: true },
      });
      const timestamp = String(Date.now());
      const signature = createHmac('sha256', secret).update(`[${timestamp};${raw}]`).digest('hex');
      const res = await fetch(new URL('/webhooks/crisp', gateway.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-crisp-request-timestamp': timestamp,
          'x-crisp-signature': signature,
        },
        body: raw,
      });
      expect(res.status).toBe(200);
      // The rebind is asynchronous on the relay: emit until the socket carries one.
      await waitFor(() => newcomer.data.length > 0 || void state(w3));
      expect(newcomer.data[0]!.crispEvents).toEqual({ websiteId: w3, source: 'SOCKET' });
    } finally {
      await gateway.stop();
    }
  });

  test('credentials the relay refuses leave the socket unauthorized, without retries', async ({
    sandbox,
  }) => {
    const gateway = buildGateway(testConfig(sandbox), {
      logger: quiet,
      rtm: { reconnect: { minMs: 20, maxMs: 50 } },
    });
    await gateway.start();
    try {
      await connected(gateway);
      // The token changes under the running socket: the next authentication is refused.
      sandbox.setToken({ ...sandbox.token, key: 'rotated-key' });
      sandbox.dropRtmConnections();
      await waitFor(() => gateway.live?.state === 'unauthorized');
      const attempts = sandbox.calls.length;
      // An absence cannot be waited for: watch a window that would hold several 20-50 ms retries.
      await new Promise((r) => setTimeout(r, 300));
      expect(gateway.live?.state).toBe('unauthorized');
      expect(sandbox.calls.length).toBe(attempts);
    } finally {
      await gateway.stop();
    }
  });

  test('a token that discovery refuses is reported unauthorized', async () => {
    const sandbox = await createSandbox({ strict: true });
    const gateway = buildGateway(testConfig(sandbox, { CRISP_KEY: 'wrong-key' }), {
      logger: quiet,
    });
    await gateway.start();
    try {
      await waitFor(() => gateway.live?.state === 'unauthorized');
      expect(sandbox.calls.filter((c) => c.path === '/plugin/connect/endpoints')).toHaveLength(1);
    } finally {
      await gateway.stop();
      await sandbox.close();
    }
  });
});
