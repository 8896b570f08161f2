import { createHmac } from 'node:crypto';
import type { EmittedEvent, Sandbox } from 'crisp-sandbox';
import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import { closeClients, connected, NEW_MESSAGE, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

const SECRET = 'test-hook-secret';

const EVENTS = `subscription ($websiteId: ID!, $names: [RtmEventName!]!) {
  crispEvents(websiteId: $websiteId, names: $names) { name sessionId source payload }
}`;

interface CrispEventResult {
  crispEvents: {
    name: string;
    sessionId: string | null;
    source: string;
    payload: Record<string, unknown>;
  };
}

const sign = (timestamp: string, raw: string) =>
  createHmac('sha256', SECRET).update(`[${timestamp};${raw}]`).digest('hex');

function firstScope(sandbox: Sandbox) {
  const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
  return { websiteId, sessionId: [...website.conversations.keys()][0]! };
}

afterEach(closeClients);

describe('web hook ingress', () => {
  test.override({ gatewayEnv: { CRISP_RTM_MODE: 'webhooks', CRISP_WEBHOOK_SECRET: SECRET } });

  async function post(origin: string, body: string, headers: Record<string, string>) {
    const res = await fetch(`${origin}/webhooks/crisp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: res.status, body: (await res.json()) as { reason: string } };
  }

  function hook(websiteId: string, sessionId: string, state: string, at = Date.now()) {
    const raw = JSON.stringify({
      website_id: websiteId,
      event: 'session:set_state',
      data: { website_id: websiteId, session_id: sessionId, state },
      timestamp: at,
    });
    const timestamp = String(at);
    return {
      raw,
      headers: {
        'X-Crisp-Request-Timestamp': timestamp,
        'X-Crisp-Signature': sign(timestamp, raw),
      },
    };
  }

  test('a correctly signed hook is answered 200 and reaches subscribers', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    expect(gateway.gateway.live?.state).toBe('webhooks');
    const sub = subscribeWs<CrispEventResult>(gateway.url, EVENTS, {
      websiteId,
      names: ['SESSION_SET_STATE'],
    });
    await subscribed(gateway.gateway, websiteId);
    const { raw, headers } = hook(websiteId, sessionId, 'resolved');
    expect(await post(gateway.origin, raw, headers)).toEqual({
      status: 200,
      body: { error: false, reason: 'accepted' },
    });
    await waitFor(() => sub.data.length === 1);
    expect(sub.data[0]!.crispEvents).toMatchObject({
      name: 'SESSION_SET_STATE',
      sessionId,
      source: 'HOOK',
      payload: { state: 'resolved' },
    });
  });

  test('a bad signature is refused with 401 and nothing is published', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    const sub = subscribeWs<CrispEventResult>(gateway.url, EVENTS, {
      websiteId,
      names: ['SESSION_SET_STATE'],
    });
    await subscribed(gateway.gateway, websiteId);
    const bad = hook(websiteId, sessionId, 'resolved');
    const forged = {
      ...bad.headers,
      'X-Crisp-Signature': sign(bad.headers['X-Crisp-Request-Timestamp'], `${bad.raw} `),
    };
    expect(await post(gateway.origin, bad.raw, forged)).toMatchObject({
      status: 401,
      body: { reason: 'bad_signature' },
    });
    const { 'X-Crisp-Signature': _, ...unsigned } = bad.headers;
    expect(await post(gateway.origin, bad.raw, unsigned)).toMatchObject({
      status: 401,
      body: { reason: 'unsigned' },
    });
    // A good hook afterwards is the only thing the subscriber sees.
    const good = hook(websiteId, sessionId, 'pending');
    expect((await post(gateway.origin, good.raw, good.headers)).status).toBe(200);
    await waitFor(() => sub.data.length === 1);
    expect(sub.data[0]!.crispEvents.payload.state).toBe('pending');
  });

  test('a stale timestamp is refused with 401 even when correctly signed', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    const { raw, headers } = hook(websiteId, sessionId, 'resolved', Date.now() - 5 * 60_000 - 1000);
    expect(await post(gateway.origin, raw, headers)).toMatchObject({
      status: 401,
      body: { reason: 'stale' },
    });
  });

  test('a signed body that is not a hook envelope is refused with 400', async ({ gateway }) => {
    const timestamp = String(Date.now());
    for (const raw of [
      '{"event":"message:send",',
      '{"data":{}}',
      '{"event":"message:send","data":[1]}',
    ]) {
      const res = await post(gateway.origin, raw, {
        'X-Crisp-Request-Timestamp': timestamp,
        'X-Crisp-Signature': sign(timestamp, raw),
      });
      expect(res.status).toBe(400);
    }
  });

  test('a retried delivery (attempt 2, signed anew) of an accepted hook is delivered once', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    const sub = subscribeWs<CrispEventResult>(gateway.url, EVENTS, {
      websiteId,
      names: ['SESSION_SET_STATE'],
    });
    await subscribed(gateway.gateway, websiteId);
    const first = hook(websiteId, sessionId, 'resolved');
    await post(gateway.origin, first.raw, first.headers);
    const later = String(Date.now() + 1000);
    const retry = {
      'X-Crisp-Request-Timestamp': later,
      'X-Crisp-Signature': sign(later, first.raw),
      'X-Delivery-Attempt-Count': '2',
    };
    expect((await post(gateway.origin, first.raw, retry)).body.reason).toBe('accepted');
    const marker = hook(websiteId, sessionId, 'pending');
    await post(gateway.origin, marker.raw, marker.headers);
    await waitFor(() => sub.data.length === 2);
    expect(sub.data.map((d) => d.crispEvents.payload.state)).toEqual(['resolved', 'pending']);
    expect(gateway.gateway.live?.stats.duplicates).toBe(1);
  });

  test('a replayed hook (the same signed body posted again) is delivered once', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    const sub = subscribeWs<CrispEventResult>(gateway.url, EVENTS, {
      websiteId,
      names: ['SESSION_SET_STATE'],
    });
    await subscribed(gateway.gateway, websiteId);
    const first = hook(websiteId, sessionId, 'resolved');
    expect(await post(gateway.origin, first.raw, first.headers)).toEqual({
      status: 200,
      body: { error: false, reason: 'accepted' },
    });
    // Replayed as is, and with an attempt header of its own choosing: neither is delivered.
    expect(await post(gateway.origin, first.raw, first.headers)).toEqual({
      status: 200,
      body: { error: false, reason: 'duplicate' },
    });
    expect(
      (await post(gateway.origin, first.raw, { ...first.headers, 'X-Delivery-Attempt-Count': '1' }))
        .body.reason,
    ).toBe('duplicate');
    const marker = hook(websiteId, sessionId, 'pending');
    await post(gateway.origin, marker.raw, marker.headers);
    await waitFor(() => sub.data.length === 2);
    expect(sub.data.map((d) => d.crispEvents.payload.state)).toEqual(['resolved', 'pending']);
    expect(gateway.gateway.live?.stats.hook).toBe(2);
  });

  test('a body over 1 MB is answered 413, with or without Content-Length, and the next hook passes', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    const timestamp = String(Date.now());
    const raw = JSON.stringify({
      website_id: websiteId,
      event: 'session:set_state',
      data: { pad: 'x'.repeat(2_000_000) },
      timestamp: Number(timestamp),
    });
    const headers = {
      'X-Crisp-Request-Timestamp': timestamp,
      'X-Crisp-Signature': sign(timestamp, raw),
    };
    expect(await post(gateway.origin, raw, headers)).toEqual({
      status: 413,
      body: { error: true, reason: 'too_large' },
    });
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(raw));
        controller.close();
      },
    });
    const res = await fetch(`${gateway.origin}/webhooks/crisp`, {
      method: 'POST',
      headers,
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 413,
      body: { error: true, reason: 'too_large' },
    });
    const good = hook(websiteId, sessionId, 'resolved');
    expect((await post(gateway.origin, good.raw, good.headers)).status).toBe(200);
  });
});

describe('socket and hooks together', () => {
  test.override({ gatewayEnv: { CRISP_WEBHOOK_SECRET: SECRET } });

  test('the same event by hook and by socket is delivered once, and real repeats still pass', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = firstScope(sandbox);
    sandbox.addHook({ url: `${gateway.origin}/webhooks/crisp`, secret: SECRET });
    await connected(gateway.gateway);
    const messages = subscribeWs<{ messageEvents: { message: { fingerprint: number } } }>(
      gateway.url,
      `subscription ($w: ID!, $s: ID!) { messageEvents(websiteId: $w, conversationId: $s) { ${NEW_MESSAGE} } }`,
      { w: websiteId, s: sessionId },
    );
    const states = subscribeWs<CrispEventResult>(gateway.url, EVENTS, {
      websiteId,
      names: ['SESSION_SET_STATE'],
    });
    await subscribed(gateway.gateway, websiteId, 2);
    const emitted: EmittedEvent[] = [];
    sandbox.onEvent((e) => e.website_id === websiteId && emitted.push(e));

    const sent = await gateway.executeOk(
      `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { fingerprint } } }`,
      {
        input: {
          websiteId,
          conversationId: sessionId,
          from: 'VISITOR',
          origin: 'chat',
          content: { text: 'one copy please' },
        },
      },
    );
    // resolved → pending → resolved: the third has the same payload as the first, and is new.
    for (const state of ['resolved', 'pending', 'resolved']) {
      sandbox.emit(websiteId, 'session:set_state', {
        website_id: websiteId,
        session_id: sessionId,
        inbox_id: null,
        state,
      });
    }
    const stats = gateway.gateway.live!.stats;
    // Both sources have delivered every event before the counts are checked.
    await waitFor(() => stats.socket >= emitted.length && stats.hook >= emitted.length);
    expect(messages.data).toEqual([
      { messageEvents: { message: { fingerprint: sent.sendMessage.message.fingerprint } } },
    ]);
    const observed = states.data.map((d) => d.crispEvents.payload.state);
    expect(observed.slice(-3)).toEqual(['resolved', 'pending', 'resolved']);
    expect(observed.length).toBe(emitted.filter((e) => e.event === 'session:set_state').length);
    expect(stats.duplicates).toBe(emitted.length);
  });
});
