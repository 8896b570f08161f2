import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import {
  closeClients,
  connected,
  scopes,
  subscribed,
  subscribeSse,
  subscribeWs,
} from './support/live.ts';
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
  sendMessage(input: $input) { message { fingerprint } userErrors { code } }
}`;

interface MessageEvent {
  kind: string;
  websiteId: string;
  sessionId: string;
  fingerprint: number;
  message?: { fingerprint: number; from: string } | null;
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
        conversationId: s1,
        from: 'VISITOR',
        origin: 'chat',
        content: { text: 'hello over RTM' },
      },
    });
    const fingerprint = sent.sendMessage.message.fingerprint as number;
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.conversationMessages).toMatchObject({
      kind: 'SENT',
      websiteId: w1,
      sessionId: s1,
      fingerprint,
      message: {
        fingerprint,
        from: 'VISITOR',
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
        conversationId: s1,
        from: 'OPERATOR',
        origin: 'chat',
        content: { text: 'hello over SSE' },
      },
    });
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.conversationMessages).toMatchObject({
      kind: 'RECEIVED',
      fingerprint: sent.sendMessage.message.fingerprint,
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
        input: {
          websiteId,
          conversationId: sessionId,
          from: 'VISITOR',
          origin: 'chat',
          content: { text },
        },
      });
    await send(w2, s2, 'other website');
    await send(w1, s1b, 'other conversation');
    await send(w1, s1, 'this one');
    await waitFor(() => conversation.data.length === 1 && website.data.length === 2);
    expect(conversation.data.map((d) => d.conversationMessages.sessionId)).toEqual([s1]);
    expect(website.data.map((d) => d.websiteMessages.sessionId)).toEqual([s1b, s1]);
    expect(website.data.every((d) => d.websiteMessages.websiteId === w1)).toBe(true);
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
