import { randomUUID } from 'node:crypto';
import type { Sandbox } from 'crisp-sandbox';
import { parse, print } from 'graphql';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { firstWebsiteId, INBOX } from '../bench/inbox.ts';
import {
  ConversationDocument,
  CrispRequestDocument,
  InboxDocument,
  SendMessageDocument,
  WebsitesDocument,
} from '../client/graphql.ts';
import { schema } from '../src/schema/index.ts';
import { estimate } from '../src/server/crisp-budget.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import { post, startSecured } from './support/secure.ts';
import { waitFor } from './support/wait-for.ts';

// Call counts below are the operations' own: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

/** Many conversations, each with its contact and history: the page size comes as a variable, as apps send it. */
const HEAVY = /* GraphQL */ `
  query Heavy($websiteId: ID, $first: Int!) {
    website(id: $websiteId) {
      conversations(first: $first) {
        edges { node { sessionId person { email } messages { edges { node { text } } } } }
      }
    }
  }
`;

/** The GraphiQL examples as client/ ships them, each with the fragments it spreads. */
const examples = {
  Websites: print(WebsitesDocument),
  Inbox: print(InboxDocument),
  Conversation: print(ConversationDocument),
  SendMessage: print(SendMessageDocument),
  CrispRequest: print(CrispRequestDocument),
};

const estimated = (query: string, variableValues: Record<string, unknown> = {}) =>
  estimate(schema, { document: parse(query), variableValues })!;

const metric = async (origin: string, pattern: RegExp) =>
  Number(pattern.exec(await (await fetch(`${origin}/metrics`)).text())?.[1] ?? NaN);

describe('Crisp call budget (GATEWAY_MAX_CRISP_CALLS)', () => {
  test('a query whose page size is a variable is refused before any Crisp call when its estimate passes the limit', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = firstWebsiteId(sandbox);
    const body = await gateway.execute(HEAVY, { websiteId, first: 100 });
    console.info('heavy query refused:', body.errors?.[0]?.message);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 100,
    });
    // 2 list pages of 50, then a contact and a history batch for each of 100 conversations.
    expect(body.errors?.[0]?.extensions?.crispCalls).toBe(202);
    expect(body.errors?.[0]?.message).toMatch(/202 Crisp calls, over the limit of 100/);
    expect(sandbox.calls).toEqual([]);
    expect(
      await metric(gateway.origin, /graphql_operation_refusals_total\{limit="crisp_calls"\} (\d+)/),
    ).toBe(1);
  });

  test('the same query is refused over graphql-ws, with no Crisp call', async ({
    gateway,
    sandbox,
  }) => {
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{
        errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
      }>((resolve, reject) => {
        let last: unknown;
        client.subscribe(
          { query: HEAVY, variables: { websiteId: firstWebsiteId(sandbox), first: 100 } },
          {
            next: (value) => (last = value),
            error: (errors) => resolve({ errors: errors as never }),
            complete: () => resolve(last as never),
          },
        );
        setTimeout(() => reject(new Error('no answer')), 5000);
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'OPERATION_LIMIT_EXCEEDED',
        crispCalls: 202,
        limit: 100,
      });
      expect(sandbox.calls).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  test('the inbox passes, and its estimate is an upper bound of the calls it makes', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = firstWebsiteId(sandbox);
    await gateway.executeOk(INBOX, { websiteId });
    const predicted = estimated(INBOX, { websiteId }).crispCalls;
    console.info(`inbox: estimated ${predicted} Crisp calls, made ${sandbox.calls.length}`);
    // 1 list page + 20 contacts + 20 histories + 1 operator list for the website.
    expect(predicted).toBe(42);
    expect(sandbox.calls.length).toBeLessThanOrEqual(predicted);
    expect(sandbox.calls.length).toBeGreaterThan(30);
    expect(await metric(gateway.origin, /graphql_operation_crisp_calls_estimated_sum (\d+)/)).toBe(
      42,
    );
  });

  const roomy = test.extend({
    // 100 conversations with 20 messages each also pass the default field cost.
    gatewayEnv: {
      CRISP_RTM_MODE: 'off',
      GATEWAY_MAX_CRISP_CALLS: '1000',
      GATEWAY_MAX_COST: '500000',
    },
  });
  roomy(
    'with a higher GATEWAY_MAX_CRISP_CALLS the heavy query runs, within its estimate',
    async ({ gateway, sandbox }) => {
      const websiteId = firstWebsiteId(sandbox);
      await gateway.executeOk(HEAVY, { websiteId, first: 100 });
      console.info(`heavy query: estimated 202 Crisp calls, made ${sandbox.calls.length}`);
      expect(sandbox.calls.length).toBeGreaterThan(0);
      expect(sandbox.calls.length).toBeLessThanOrEqual(
        estimated(HEAVY, { websiteId, first: 100 }).crispCalls,
      );
    },
  );

  // As in `npm start` sandbox mode: the first website is the default one.
  const examplesTest = test.extend({
    gatewayEnv: async ({ sandbox }, use) =>
      use({ CRISP_RTM_MODE: 'off', CRISP_WEBSITE_ID: firstWebsiteId(sandbox) }),
  });
  examplesTest(
    'every GraphiQL example fits the default limit, and each runs within its estimate',
    async ({ gateway, sandbox }) => {
      const websiteId = firstWebsiteId(sandbox);
      const reads = { Websites: examples.Websites, Inbox: examples.Inbox };
      for (const [name, query] of Object.entries(reads)) {
        sandbox.resetCalls();
        await gateway.executeOk(query);
        const predicted = estimated(query).crispCalls;
        console.info(`${name}: estimated ${predicted}, made ${sandbox.calls.length}`);
        expect(predicted, name).toBeLessThanOrEqual(100);
        expect(sandbox.calls.length, name).toBeLessThanOrEqual(predicted);
      }
      const sessionId = [...sandbox.seed.website(websiteId)!.conversations.keys()][0]!;
      for (const [name, query, variables] of [
        ['Conversation', examples.Conversation, { conversationId: sessionId }],
        ['SendMessage', examples.SendMessage, { conversationId: sessionId, text: 'Hello' }],
        ['CrispRequest', examples.CrispRequest, { path: `/website/${websiteId}/operators/list` }],
      ] as const) {
        sandbox.resetCalls();
        await gateway.executeOk(query, variables);
        const predicted = estimated(query, variables).crispCalls;
        console.info(`${name}: estimated ${predicted}, made ${sandbox.calls.length}`);
        expect(predicted, name).toBeLessThanOrEqual(100);
        expect(sandbox.calls.length, name).toBeLessThanOrEqual(predicted);
      }
    },
  );

  test('a conversation known only by its key counts the reads its fields make', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = firstWebsiteId(sandbox);
    const sessionId = [...sandbox.seed.website(websiteId)!.conversations.keys()][0]!;
    const query = /* GraphQL */ `
      mutation ($websiteId: ID, $sessionId: ID!) {
        changeConversationState(input: { websiteId: $websiteId, conversationId: $sessionId, state: RESOLVED }) {
          conversation { state metas { email } unread { operator } assignedOperator { userId } }
        }
      }
    `;
    const body = await gateway.execute(query, { websiteId, sessionId });
    expect(body.errors).toBeUndefined();
    const predicted = estimated(query, { websiteId, sessionId }).crispCalls;
    console.info(
      `state change with a re-read: estimated ${predicted}, made ${sandbox.calls.length}`,
    );
    // The write, then state, metas, the conversation, routing and the operator list.
    expect(predicted).toBe(6);
    expect(sandbox.calls.length).toBeLessThanOrEqual(predicted);
  });
});

describe('rate-limit turns between callers', () => {
  const KEY_A = 'budget-key-a-0123456789abcdef';
  const KEY_B = 'budget-key-b-0123456789abcdef';

  /**
   * A's burst: three inboxes at once (about 110 calls) on a bucket of 30 calls a second; the read
   * cache off, which would let the three identical inboxes share their calls.
   */
  async function burstThenOne(sandbox: Sandbox, env: Record<string, string>) {
    const gateway = await startSecured(sandbox, {
      GATEWAY_API_KEYS: `${KEY_A}:*:r ${KEY_B}:*:r`,
      CRISP_RTM_MODE: 'off',
      GATEWAY_CACHE: 'off',
      CRISP_RATE_PER_SECOND: '30',
      CRISP_RATE_BURST: '1',
      ...env,
    });
    try {
      const websiteId = firstWebsiteId(sandbox);
      const started = performance.now();
      const heavy = Promise.all(
        Array.from({ length: 3 }, () =>
          post(gateway.url, { query: INBOX, variables: { websiteId } }, { 'x-api-key': KEY_A }),
        ),
      );
      // B asks once A's calls are queued.
      await waitFor(() => sandbox.calls.length >= 5);
      const bStarted = performance.now();
      const single = await post(
        gateway.url,
        { query: 'query ($w: ID) { website(id: $w) { name } }', variables: { w: websiteId } },
        { 'x-api-key': KEY_B },
      );
      const bMs = performance.now() - bStarted;
      const answers = await heavy;
      const aMs = performance.now() - started;
      expect(single.body.errors).toBeUndefined();
      expect(answers.every((a) => a.body.errors === undefined)).toBe(true);
      const metrics = await (await fetch(`${new URL(gateway.url).origin}/metrics`)).text();
      return { aMs, bMs, calls: sandbox.calls.length, metrics };
    } finally {
      await gateway.stop();
    }
  }

  test('one caller’s burst delays another caller’s single query by a few tokens, not by the burst', {
    timeout: 30_000,
  }, async ({ sandbox }) => {
    const { aMs, bMs, calls, metrics } = await burstThenOne(sandbox, {});
    console.info(
      `local bucket: A's ${calls - 1} calls took ${Math.round(aMs)} ms; B's one call took ${Math.round(bMs)} ms`,
    );
    expect(calls).toBeGreaterThan(100);
    expect(aMs).toBeGreaterThan(3000);
    expect(bMs).toBeLessThan(aMs / 10);
    expect(metrics).toMatch(/crisp_rate_limit_caller_wait_seconds_count\{caller="key:[^"]+"\} \d+/);
  });

  test('with REDIS_URL the turns hold too, the bucket shared in Redis', {
    timeout: 30_000,
  }, async ({ sandbox }) => {
    const prefix = `crisp-gateway-test:${randomUUID()}:`;
    const { aMs, bMs, calls } = await burstThenOne(sandbox, {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
    });
    console.info(
      `redis bucket: A's ${calls - 1} calls took ${Math.round(aMs)} ms; B's one call took ${Math.round(bMs)} ms`,
    );
    expect(calls).toBeGreaterThan(100);
    expect(bMs).toBeLessThan(aMs / 10);
  });
});
