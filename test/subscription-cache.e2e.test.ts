import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import { closeClients, connected, scopes, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

const CONVERSATION_FIELDS =
  'id updatedAt lastMessage { type from excerpt fingerprint } unread { operator visitor }';

const EVENTS = `subscription ($websiteId: ID, $conversationId: ID) {
  messageEvents(websiteId: $websiteId, conversationId: $conversationId) {
    __typename
    conversation { __typename ${CONVERSATION_FIELDS} }
    ... on MessageReceivedEvent { message { __typename fingerprint text timestamp } }
  }
}`;

const REFETCH = `query ($id: ID!) { node(id: $id) { __typename ... on Conversation { ${CONVERSATION_FIELDS} } } }`;

type Row = Record<string, unknown> & { __typename: string; id: string };
interface Event {
  messageEvents: {
    __typename: string;
    conversation: Row;
    message?: { fingerprint: number; text: string; timestamp: string };
  };
}

const conversationRoute = 'GET /website/:website_id/conversation/:session_id';

describe('message events a normalised cache merges by itself', () => {
  test("a message event carries the message and its conversation's id, lastMessage, updatedAt and unread, so that a normalised cache shows what a refetch would", async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    const id = `Conversation:${w1}:${s1}`;
    await connected(gateway.gateway);
    // What a normalised cache holds for the inbox row before the event, keyed by __typename:id.
    const before = (await gateway.executeOk(REFETCH, { id })).node as Row;
    const cache = new Map([[`${before.__typename}:${before.id}`, { ...before }]]);
    const sub = subscribeWs<Event>(gateway.url, EVENTS, { conversationId: id });
    await subscribed(gateway.gateway, w1);
    const sent = sandbox.appendMessage(w1, s1, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'where is my order?',
    });
    const [{ messageEvents: event }] = (await waitFor(() => sub.data.length > 0 && sub.data)) as [
      Event,
    ];
    expect(event.__typename).toBe('MessageReceivedEvent');
    expect(event.message).toEqual({
      __typename: 'Message',
      fingerprint: sent.fingerprint,
      text: 'where is my order?',
      timestamp: new Date(sent.timestamp as number).toISOString(),
    });
    expect(event.conversation).toMatchObject({
      __typename: 'Conversation',
      id,
      updatedAt: new Date(sent.timestamp as number).toISOString(),
      lastMessage: { type: 'TEXT', from: 'VISITOR', excerpt: 'where is my order?' },
    });
    // The merge a normalised cache does: the event's fields over the record with the same key.
    const key = `Conversation:${event.conversation.id}`;
    cache.set(key, { ...cache.get(key)!, ...event.conversation });
    const after = (await gateway.executeOk(REFETCH, { id })).node as Row;
    expect(cache.get(key)).not.toEqual(before);
    expect(cache.get(key)).toEqual(after);
    console.info(
      `after one visitor message, the cached row merged from the event equals a refetch: unread ${JSON.stringify(after.unread)}, updatedAt ${String(after.updatedAt)}`,
    );
  });

  test('the conversation is read once per event for every subscriber of the gateway, and not at all when only what the message says is selected', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const unread = [1, 2, 3].map(() =>
      subscribeWs<Event>(
        gateway.url,
        `subscription ($w: ID) { messageEvents(websiteId: $w) { conversation { id unread { operator } } } }`,
        { w: w1 },
      ),
    );
    const light = subscribeWs<Event>(
      gateway.url,
      `subscription ($w: ID) { messageEvents(websiteId: $w) { conversation { id updatedAt lastMessage { excerpt } } } }`,
      { w: w1 },
    );
    await subscribed(gateway.gateway, w1, 4);
    sandbox.resetCalls();
    sandbox.appendMessage(w1, s1, { type: 'text', from: 'user', origin: 'chat', content: 'one' });
    await waitFor(() => [...unread, light].every((s) => s.data.length === 1));
    const reads = sandbox.calls.filter((c) => c.route === conversationRoute).length;
    console.info(`4 subscribers (3 selecting unread), 1 message event: ${reads} conversation read`);
    expect(reads).toBe(1);
    const counts = unread.map((s) => s.data[0]!.messageEvents.conversation.unread);
    expect(new Set(counts.map((c) => JSON.stringify(c))).size).toBe(1);

    for (const s of [light, ...unread]) s.close();
    await waitFor(() => gateway.gateway.live?.subscribers(w1) === 0);
    const alone = subscribeWs<Event>(
      gateway.url,
      `subscription ($w: ID) { messageEvents(websiteId: $w) { conversation { id updatedAt lastMessage { excerpt } } } }`,
      { w: w1 },
    );
    await subscribed(gateway.gateway, w1);
    sandbox.resetCalls();
    sandbox.appendMessage(w1, s1, { type: 'text', from: 'user', origin: 'chat', content: 'two' });
    await waitFor(() => alone.data.length === 1);
    expect(alone.data[0]!.messageEvents.conversation).toMatchObject({
      lastMessage: { excerpt: 'two' },
    });
    expect(sandbox.calls).toEqual([]);
  });

  test("when the shared read of the conversation fails, the event still arrives with its message, and unread is null with the read's error", async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const subs = [1, 2].map(() => subscribeWs<Event>(gateway.url, EVENTS, { websiteId: w1 }));
    await subscribed(gateway.gateway, w1, 2);
    sandbox.resetCalls();
    sandbox.failNext('website.conversation.get', { status: 404, reason: 'not_found' }, 2);
    const sent = sandbox.appendMessage(w1, s1, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'still here',
    });
    await waitFor(() => subs.every((s) => s.results.length === 1));
    for (const { results } of subs) {
      const [result] = results;
      expect(result!.data?.messageEvents).toMatchObject({
        conversation: { id: `Conversation:${w1}:${s1}`, unread: null },
        message: { fingerprint: sent.fingerprint, text: 'still here' },
      });
      expect(
        result!.errors?.find((e) => e.path?.join('.') === 'messageEvents.conversation.unread'),
      ).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
    expect(sandbox.calls.filter((c) => c.route === conversationRoute)).toHaveLength(1);
  });

  test('a conversationId given as a global id or as a raw session id follows the same conversation', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1, s1b, w2 } = scopes(sandbox);
    await connected(gateway.gateway);
    const global = subscribeWs<Event>(gateway.url, EVENTS, {
      conversationId: `Conversation:${w1}:${s1}`,
    });
    const raw = subscribeWs<Event>(gateway.url, EVENTS, {
      websiteId: w1,
      conversationId: s1.toUpperCase(),
    });
    await subscribed(gateway.gateway, w1, 2);
    for (const [sessionId, content] of [
      [s1b, 'elsewhere'],
      [s1, 'here'],
    ] as const)
      sandbox.appendMessage(w1, sessionId, { type: 'text', from: 'user', origin: 'chat', content });
    await waitFor(() => global.data.length === 1 && raw.data.length === 1);
    await new Promise((r) => setTimeout(r, 100)); // nothing else follows
    for (const s of [global, raw]) {
      expect(
        s.data.map((d) => [d.messageEvents.conversation.id, d.messageEvents.message?.text]),
      ).toEqual([[`Conversation:${w1}:${s1}`, 'here']]);
    }

    const elsewhere = subscribeWs<Event>(gateway.url, EVENTS, {
      websiteId: w2,
      conversationId: `Conversation:${w1}:${s1}`,
    });
    await waitFor(() => elsewhere.results.length === 1);
    expect(elsewhere.results[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'conversationId',
    });
  });
});

describe('subscription scope and tiers', () => {
  const withDefault = test.extend({
    gatewayEnv: async ({ sandbox }, use) => use({ CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]! }),
  });

  withDefault(
    'a subscription without websiteId uses the default website (CRISP_WEBSITE_ID)',
    async ({ gateway, sandbox }) => {
      const { w1, s1 } = scopes(sandbox);
      await connected(gateway.gateway);
      const sub = subscribeWs<Event>(gateway.url, EVENTS, {});
      await subscribed(gateway.gateway, w1);
      sandbox.appendMessage(w1, s1, { type: 'text', from: 'user', origin: 'chat', content: 'hi' });
      await waitFor(() => sub.data.length === 1);
      expect(sub.data[0]!.messageEvents.conversation.id).toBe(`Conversation:${w1}:${s1}`);
    },
  );

  test('a subscription without websiteId on a gateway with no default website is refused as bad input', async ({
    gateway,
  }) => {
    const sub = subscribeWs<Event>(gateway.url, EVENTS, {});
    await sub.done;
    expect(sub.results[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'websiteId',
    });
  });

  test('a subscription to a user-tier-only event on a plugin gateway fails at once with FORBIDDEN naming the tier and makes no RTM wait', async ({
    gateway,
    sandbox,
  }) => {
    const { w1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const started = performance.now();
    const sub = subscribeWs<unknown>(
      gateway.url,
      'subscription ($w: ID) { crispEvents(websiteId: $w, names: [MESSAGE_SEND, SPAM_MESSAGE]) { name } }',
      { w: w1 },
    );
    await sub.done;
    const elapsed = performance.now() - started;
    console.info(`user-only event refused on a plugin gateway in ${elapsed.toFixed(1)} ms`);
    expect(sub.results).toHaveLength(1);
    expect(sub.results[0]!.errors?.[0]).toMatchObject({
      message: '`spam:message` reaches user tokens only; this gateway uses a plugin token.',
      extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
    });
    expect(elapsed).toBeLessThan(1000);
    expect(gateway.gateway.live?.subscribers(w1)).toBe(0);
    expect(sandbox.calls).toEqual([]);
  });
});
