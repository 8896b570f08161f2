import { createHmac } from 'node:crypto';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { afterEach } from 'vitest';
import { buildGateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { closeClients, connected, subscribed, subscribeSse, subscribeWs } from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const MESSAGES = `subscription ($websiteId: ID!, $sessionId: String!) {
  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {
    kind websiteId sessionId fingerprint
    message { fingerprint from content { __typename ... on TextContent { text } } }
  }
}`;

const WEBSITE_MESSAGES = `subscription ($websiteId: ID!) {
  websiteMessages(websiteId: $websiteId) { kind websiteId sessionId fingerprint }
}`;

const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { __typename ... on MutationSendMessageSuccess { data { fingerprint } } ... on Error { code } }
}`;

interface MessageEvent {
  kind: string;
  websiteId: string;
  sessionId: string;
  fingerprint: number;
  message?: { fingerprint: number; from: string } | null;
}

/** Two conversations of the first two seeded websites the token reaches. */
function scopes(sandbox: Sandbox) {
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

afterEach(closeClients);

describe('subscriptions over graphql-ws and SSE', () => {
  test('a sendMessage mutation reaches a graphql-ws subscriber as a typed message event', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeWs<{ conversationMessages: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
      sessionId: s1,
    });
    await subscribed(gateway.gateway, w1);
    const sent = await gateway.executeOk(SEND, {
      input: {
        websiteId: w1,
        sessionId: s1,
        from: 'USER',
        origin: 'chat',
        content: { text: 'hello over RTM' },
      },
    });
    const fingerprint = sent.sendMessage.data.fingerprint as number;
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.conversationMessages).toMatchObject({
      kind: 'SENT',
      websiteId: w1,
      sessionId: s1,
      fingerprint,
      message: {
        fingerprint,
        from: 'USER',
        content: { __typename: 'TextContent', text: 'hello over RTM' },
      },
    });
    expect(sub.results.every((r) => !r.errors)).toBe(true);
  });

  test("yoga's SSE transport delivers the same subscription", async ({ gateway, sandbox }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeSse<{ conversationMessages: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
      sessionId: s1,
    });
    await subscribed(gateway.gateway, w1);
    const sent = await gateway.executeOk(SEND, {
      input: {
        websiteId: w1,
        sessionId: s1,
        from: 'OPERATOR',
        origin: 'chat',
        content: { text: 'hello over SSE' },
      },
    });
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.conversationMessages).toMatchObject({
      kind: 'RECEIVED',
      fingerprint: sent.sendMessage.data.fingerprint,
    });
    sub.close();
    await waitFor(() => gateway.gateway.live?.subscribers(w1) === 0);
  });

  test('events are filtered by website and by conversation on the server', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1, s1b, w2, s2 } = scopes(sandbox);
    await connected(gateway.gateway);
    const conversation = subscribeWs<{ conversationMessages: MessageEvent }>(
      gateway.url,
      MESSAGES,
      { websiteId: w1, sessionId: s1 },
    );
    const website = subscribeWs<{ websiteMessages: MessageEvent }>(gateway.url, WEBSITE_MESSAGES, {
      websiteId: w1,
    });
    await subscribed(gateway.gateway, w1, 2);
    const send = (websiteId: string, sessionId: string, text: string) =>
      gateway.executeOk(SEND, {
        input: { websiteId, sessionId, from: 'USER', origin: 'chat', content: { text } },
      });
    await send(w2, s2, 'other website');
    await send(w1, s1b, 'other conversation');
    await send(w1, s1, 'this one');
    await waitFor(() => conversation.data.length === 1 && website.data.length === 2);
    expect(conversation.data.map((d) => d.conversationMessages.sessionId)).toEqual([s1]);
    expect(website.data.map((d) => d.websiteMessages.sessionId)).toEqual([s1b, s1]);
    expect(website.data.every((d) => d.websiteMessages.websiteId === w1)).toBe(true);
  });

  test('crispEvents follows any catalogue event by name with its raw payload', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeWs<{
      crispEvents: {
        name: string;
        sessionId: string;
        websiteId: string;
        payload: { state: string };
      };
    }>(
      gateway.url,
      `subscription ($websiteId: ID!) {
        crispEvents(websiteId: $websiteId, names: [SESSION_SET_STATE, WEBSITE_UPDATE_VISITORS_COUNT]) {
          name websiteId sessionId timestamp source payload
        }
      }`,
      { websiteId: w1 },
    );
    await subscribed(gateway.gateway, w1);
    sandbox.emit(w1, 'message:compose:send', {
      website_id: w1,
      session_id: s1,
      type: 'start',
      timestamp: Date.now(),
    });
    sandbox.emit(w1, 'session:set_state', {
      website_id: w1,
      session_id: s1,
      inbox_id: null,
      state: 'resolved',
    });
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 7 });
    await waitFor(() => sub.data.length === 2);
    expect(sub.data.map((d) => d.crispEvents.name)).toEqual([
      'SESSION_SET_STATE',
      'WEBSITE_UPDATE_VISITORS_COUNT',
    ]);
    expect(sub.data[0]!.crispEvents).toMatchObject({
      websiteId: w1,
      sessionId: s1,
      source: 'SOCKET',
      payload: { state: 'resolved' },
    });
  });

  test('typed subscriptions map typing, acknowledgements, state, people, visitors and availability', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const all = {
      composing: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!, $s: String) { conversationComposing(websiteId: $w, sessionId: $s) { side typing excerpt } }`,
        { w: w1, s: s1 },
      ),
      acks: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { messageAcknowledgements(websiteId: $w) { kind fingerprints origin } }`,
        { w: w1 },
      ),
      changes: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { conversationChanges(websiteId: $w) { kind name state blocked changes } }`,
        { w: w1 },
      ),
      people: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { peopleProfiles(websiteId: $w) { kind peopleId email } }`,
        { w: w1 },
      ),
      visitors: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { visitorsCount(websiteId: $w) { count } }`,
        { w: w1 },
      ),
      availability: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { operatorAvailability(websiteId: $w) { userId online } }`,
        { w: w1 },
      ),
    };
    await subscribed(gateway.gateway, w1, 6);
    const scope = { website_id: w1, session_id: s1, inbox_id: null };
    const peopleId = '3e0c4a8e-0a53-4f1e-9d5e-2c6f0d7b9a11';
    const userId = '0d2f6c1a-5b7e-4c3d-8f9a-1b2c3d4e5f60';
    sandbox.emit(w1, 'message:compose:receive', {
      ...scope,
      type: 'start',
      excerpt: 'Hel',
      timestamp: Date.now(),
    });
    sandbox.emit(w1, 'message:acknowledge:read:received', {
      ...scope,
      origin: 'chat',
      fingerprints: [12, 13],
    });
    sandbox.emit(w1, 'session:set_block', { ...scope, is_blocked: true });
    sandbox.emit(w1, 'session:set_nickname', { ...scope, nickname: 'Ada' });
    sandbox.emit(w1, 'people:profile:created', {
      website_id: w1,
      people_id: peopleId,
      email: 'ada@example.com',
    });
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 4 });
    sandbox.emit(w1, 'website:update_operators_availability', {
      website_id: w1,
      user_id: userId,
      availability: { type: 'online' },
    });
    await waitFor(
      () => Object.values(all).every((s) => s.data.length >= 1) && all.changes.data.length === 2,
    );
    expect(all.composing.data).toEqual([
      { conversationComposing: { side: 'OPERATOR', typing: true, excerpt: 'Hel' } },
    ]);
    expect(all.acks.data).toEqual([
      {
        messageAcknowledgements: { kind: 'READ_RECEIVED', fingerprints: [12, 13], origin: 'chat' },
      },
    ]);
    expect(all.changes.data).toEqual([
      {
        conversationChanges: {
          kind: 'BLOCK',
          name: 'SESSION_SET_BLOCK',
          state: null,
          blocked: true,
          changes: { is_blocked: true },
        },
      },
      {
        conversationChanges: {
          kind: 'META',
          name: 'SESSION_SET_NICKNAME',
          state: null,
          blocked: null,
          changes: { nickname: 'Ada' },
        },
      },
    ]);
    expect(all.people.data).toEqual([
      { peopleProfiles: { kind: 'CREATED', peopleId, email: 'ada@example.com' } },
    ]);
    expect(all.visitors.data).toEqual([{ visitorsCount: { count: 4 } }]);
    expect(all.availability.data).toEqual([{ operatorAvailability: { userId, online: true } }]);
  });

  test('delivery from a relay emit to a graphql-ws subscriber takes milliseconds', async ({
    gateway,
    sandbox,
  }) => {
    const { w1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeWs<{ crispEvents: { payload: { visitors_count: number } } }>(
      gateway.url,
      `subscription ($w: ID!) { crispEvents(websiteId: $w, names: [WEBSITE_UPDATE_VISITORS_COUNT]) { payload } }`,
      { w: w1 },
    );
    await subscribed(gateway.gateway, w1);
    const emittedAt: number[] = [];
    for (let i = 0; i < 200; i++) {
      emittedAt.push(performance.now());
      sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: i });
      await new Promise((r) => setTimeout(r, 2)); // a steady stream, not one burst
    }
    await waitFor(() => sub.data.length === 200);
    expect(sub.data.map((d) => d.crispEvents.payload.visitors_count)).toEqual([
      ...Array(200).keys(),
    ]);
    const delays = sub.arrivals.map((at, i) => at - emittedAt[i]!).sort((a, b) => a - b);
    const p50 = delays[100]!;
    const max = delays.at(-1)!;
    console.info(
      `sandbox emit → graphql-ws subscriber, 200 events: p50 ${p50.toFixed(2)} ms, p99 ${delays[197]!.toFixed(2)} ms, max ${max.toFixed(2)} ms`,
    );
    expect(p50).toBeLessThan(50);
  });

  test('an invalid website id is refused before any subscription starts', async ({ gateway }) => {
    const sub = subscribeWs(gateway.url, WEBSITE_MESSAGES, { websiteId: 'not-a-uuid' });
    await waitFor(() => sub.results.length === 1);
    expect(sub.results[0]!.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

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
