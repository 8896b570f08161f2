import { randomUUID } from 'node:crypto';
import type { Sandbox } from 'crisp-sandbox';
import { Redis } from 'ioredis';
import { afterEach } from 'vitest';
import { createRedisStore } from '../src/datasources/read-cache-redis.ts';
import type { GenKeys } from '../src/datasources/read-cache-store.ts';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { createTestGateway, describe, expect, test, testConfig } from './support/fixtures.ts';
import { quiet } from './support/log.ts';
import {
  CONVERSATION,
  type ConversationData,
  conversationIn,
  nextOutcome,
} from './support/read-cache.ts';
import { waitFor } from './support/wait-for.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';

let prefix: string;
const started: Gateway[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.stop()));
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

async function replica(sandbox: Sandbox, env: Record<string, string> = {}) {
  const gateway = buildGateway(
    testConfig(sandbox, {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      CRISP_RTM_LEASE_TTL_MS: '1500',
      ...env,
    }),
    { logger: quiet, rtm: { reconnect: { minMs: 100, maxMs: 500 } } },
  );
  started.push(gateway);
  await gateway.start();
  return createTestGateway(gateway);
}

describe('the read cache in Redis, shared by replicas', () => {
  test('a write through one replica updates the entries every replica reads, before it returns', async ({
    sandbox,
  }) => {
    prefix = `cache-test-${randomUUID()}:`;
    const a = await replica(sandbox);
    const b = await replica(sandbox);
    // The holder says events flow once its socket is authenticated (and everything is dropped).
    const holder = await waitFor(() =>
      [a, b].find((g) => g.gateway.live?.holdsSocket && g.gateway.cache?.streamUp),
    );
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');

    await b.executeOk<ConversationData>(CONVERSATION, { w, s });
    sandbox.resetCalls();
    await a.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(sandbox.calls).toEqual([]); // b's reads serve a

    const changed = await a.executeOk(
      `mutation ($w: ID!, $s: ID!) {
        changeConversationState(input: { websiteId: $w, conversationId: $s, state: PENDING }) { __typename }
      }`,
      { w, s },
    );
    expect(changed.changeConversationState).toBeTruthy();
    // Crisp holds the new state: the mutation reached it, and its record was read again (once
    // more when the holder's event crosses the write).
    expect(sandbox.seed.website(w)!.conversations.get(s)!.conversation.state).toBe('pending');
    const ids = sandbox.calls.map((c) => c.id);
    expect(ids[0]).toBe('website.conversation.change_state');
    expect(new Set(ids.slice(1))).toEqual(new Set(['website.conversation.get']));
    sandbox.resetCalls();
    const read = await b.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(read.website.conversation.state).toBe('PENDING');
    expect(sandbox.calls).toEqual([]);

    // An event heard by the socket's holder patches the history both replicas read.
    const patched = nextOutcome(
      holder.gateway,
      (o) => o.kind === 'patch' && o.cause === 'message:send',
    );
    const sent = sandbox.appendMessage(w, s, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Heard by one replica, read through the other',
    });
    await patched;
    sandbox.resetCalls();
    for (const replicaGateway of [a, b]) {
      const after = await replicaGateway.executeOk<ConversationData>(CONVERSATION, { w, s });
      expect(after.website.conversation.messages.edges.at(-1)!.node.crispId).toBe(
        String(sent.fingerprint),
      );
    }
    // The record and the history are rebuilt from the event: no read at all.
    expect(sandbox.calls).toEqual([]);
  });

  test('two Crisp tokens never share an entry, in the same Redis', async ({ sandbox }) => {
    prefix = `cache-test-${randomUUID()}:`;
    const [reachable, other] = sandbox.seed.websiteIds as [string, string];
    sandbox.setToken({
      identifier: 'second-token',
      key: 'second-key',
      tier: 'plugin',
      websiteIds: [reachable],
    });
    const first = await replica(sandbox, { CRISP_RTM_MODE: 'off' });
    const second = await replica(sandbox, {
      CRISP_RTM_MODE: 'off',
      CRISP_IDENTIFIER: 'second-token',
      CRISP_KEY: 'second-key',
    });
    const Name = `query ($w: ID!) { website(id: $w) { name } }`;

    await first.executeOk(Name, { w: reachable });
    await first.executeOk(Name, { w: other });
    sandbox.resetCalls();
    await first.executeOk(Name, { w: reachable });
    expect(sandbox.calls).toEqual([]);

    // The second token reads Crisp itself, and Crisp answers it as the second token.
    await second.executeOk(Name, { w: reachable });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.base.get']);
    sandbox.resetCalls();
    const refused = await second.execute(Name, { w: other });
    expect(sandbox.calls.map((c) => c.status)).toEqual([404]);
    expect(refused.data?.website?.name ?? null).toBeNull();
  });

  test('a stream holder whose events lag stops saying events flow, and says it again once caught up', async () => {
    prefix = `cache-test-${randomUUID()}:`;
    const redis = new Redis(REDIS_URL);
    const holder = createRedisStore({ redis, prefix, maxAgeMs: 60_000 });
    const other = createRedisStore({ redis, prefix, maxAgeMs: 60_000 });
    const keys: GenKeys = ['scope', 'w:site', 'g:site:site'];
    const flowing = async () => (await other.read('/website/site', keys)).streamUp;
    let lagging = false;
    try {
      await holder.setStream(true, () => !lagging);
      expect(await flowing()).toBe(true);
      // Another replica then serves entries GATEWAY_CACHE_STREAM_DOWN_MS at most.
      lagging = true;
      await waitFor(async () => (await flowing()) === false, { timeout: 1000 });
      lagging = false;
      await waitFor(flowing, { timeout: 1000 });
    } finally {
      await holder.close();
      await redis.quit();
    }
  });
});
