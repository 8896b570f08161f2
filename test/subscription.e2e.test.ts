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

const MESSAGES = `subscription ($websiteId: ID, $conversationId: ID) {
  messageEvents(websiteId: $websiteId, conversationId: $conversationId) {
    __typename name source
    conversation { id sessionId }
    ... on MessageReceivedEvent { message { fingerprint from content { __typename ... on TextContent { text } } } }
    ... on MessageSentEvent { message { fingerprint from content { __typename ... on TextContent { text } } } }
  }
}`;

const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { fingerprint } userErrors { code } }
}`;

interface MessageEvent {
  __typename: string;
  name: string;
  source: string;
  conversation: { id: string; sessionId: string };
  message?: { fingerprint: number; from: string };
}

afterEach(closeClients);

describe('subscriptions over graphql-ws and SSE', () => {
  test("an operator's own reply, sent through sendMessage, reaches a graphql-ws subscriber as a MessageSentEvent", async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeWs<{ messageEvents: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
      conversationId: s1,
    });
    await subscribed(gateway.gateway, w1);
    const sent = await gateway.executeOk(SEND, {
      input: {
        websiteId: w1,
        conversationId: s1,
        from: 'OPERATOR',
        origin: 'chat',
        content: { text: 'hello over RTM' },
      },
    });
    const fingerprint = sent.sendMessage.message.fingerprint as number;
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.messageEvents).toEqual({
      __typename: 'MessageSentEvent',
      name: 'MESSAGE_RECEIVED',
      source: 'SOCKET',
      conversation: { id: `Conversation:${w1}:${s1}`, sessionId: s1 },
      message: {
        fingerprint,
        from: 'OPERATOR',
        content: { __typename: 'TextContent', text: 'hello over RTM' },
      },
    });
    expect(sub.results.every((r) => !r.errors)).toBe(true);
  });

  test("yoga's SSE transport delivers the same subscription; a visitor's message is a MessageReceivedEvent", async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeSse<{ messageEvents: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
      conversationId: s1,
    });
    await subscribed(gateway.gateway, w1);
    const sent = sandbox.appendMessage(w1, s1, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'hello over SSE',
    });
    const [event] = await waitFor(() => sub.data.length > 0 && sub.data);
    expect(event!.messageEvents).toMatchObject({
      __typename: 'MessageReceivedEvent',
      name: 'MESSAGE_SEND',
      message: { fingerprint: sent.fingerprint, from: 'VISITOR' },
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
    const conversation = subscribeWs<{ messageEvents: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
      conversationId: s1,
    });
    const website = subscribeWs<{ messageEvents: MessageEvent }>(gateway.url, MESSAGES, {
      websiteId: w1,
    });
    await subscribed(gateway.gateway, w1, 2);
    const send = (websiteId: string, sessionId: string, content: string) =>
      sandbox.appendMessage(websiteId, sessionId, {
        type: 'text',
        from: 'user',
        origin: 'chat',
        content,
      });
    send(w2, s2, 'other website');
    send(w1, s1b, 'other conversation');
    send(w1, s1, 'this one');
    await waitFor(() => conversation.data.length === 1 && website.data.length === 2);
    expect(conversation.data.map((d) => d.messageEvents.conversation.sessionId)).toEqual([s1]);
    expect(website.data.map((d) => d.messageEvents.conversation.id)).toEqual([
      `Conversation:${w1}:${s1b}`,
      `Conversation:${w1}:${s1}`,
    ]);
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
    const sub = subscribeWs(gateway.url, MESSAGES, { websiteId: 'not-a-uuid' });
    await waitFor(() => sub.results.length === 1);
    expect(sub.results[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'websiteId',
    });
  });
});
