import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Sandbox } from 'crisp-sandbox';
import { Redis } from 'ioredis';
import { afterAll, afterEach } from 'vitest';
import { route } from '../src/datasources/crisp-request.ts';
import type { ReadCache } from '../src/datasources/read-cache.ts';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import {
  createTestGateway,
  describe,
  expect,
  type TestGateway,
  test,
  testConfig,
} from './support/fixtures.ts';
import { quiet } from './support/log.ts';
import {
  CONVERSATION,
  type ConversationData,
  crispRead,
  crispWrite,
  freshResult,
  nextOutcome,
  STATE,
} from './support/read-cache.ts';
import { waitFor } from './support/wait-for.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `cache-reconnect-${randomUUID()}:`;
const started: Gateway[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.stop()));
});
afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** A gateway whose RTM socket comes back `reconnectMs` after it drops. */
async function gatewayWith(sandbox: Sandbox, env: Record<string, string>, reconnectMs: number) {
  const gateway = buildGateway(testConfig(sandbox, env), {
    logger: quiet,
    rtm: { reconnect: { minMs: reconnectMs, maxMs: reconnectMs } },
  });
  started.push(gateway);
  await gateway.start();
  await waitFor(() => gateway.cache?.streamUp);
  return createTestGateway(gateway);
}

const INBOX = `query ($w: ID!) { website(id: $w) { conversations(first: 20) { edges { node {
  crispId state updatedAt unread { operator visitor } lastMessage { excerpt }
  person { crispId nickname email }
  messages(last: 5) { edges { node { crispId text } } }
} } } } }`;

/** What the cache holds at `path`, or null (no Crisp call either way). */
async function cachedAt(cache: ReadCache, path: ReturnType<typeof route>) {
  const answer = await cache
    .through({ method: 'GET', path }, false, () => Promise.reject(new Error('not cached')))
    .catch(() => null);
  return answer && { status: answer.status, data: (answer.body as { data: unknown }).data };
}

/** A new gateway with every conversation opened and the inbox loaded: the people it shows. */
async function warmed(sandbox: Sandbox, env: Record<string, string>) {
  const gateway = await gatewayWith(sandbox, env, 1000);
  const w = sandbox.seed.websiteIds[0]!;
  const sessions = [...sandbox.seed.website(w)!.conversations.keys()];
  for (const s of sessions) await gateway.executeOk(CONVERSATION, { w, s });
  const inbox = await gateway.executeOk<{
    website: { conversations: { edges: { node: { person: { crispId: string } | null } }[] } };
  }>(INBOX, { w });
  const people = [
    ...new Set(inbox.website.conversations.edges.flatMap((e) => e.node.person?.crispId ?? [])),
  ];
  return { gateway, cache: gateway.gateway.cache!, w, sessions, people };
}

/** Drops the gateway's RTM socket (back a second later); resolves once the cache has dealt with it. */
async function dropSocket(sandbox: Sandbox, gateway: TestGateway) {
  const revalidated = nextOutcome(
    gateway.gateway,
    (o) => o.kind === 'invalidate' && o.cause === 'reconnect',
    15_000,
  );
  sandbox.dropRtmConnections();
  await waitFor(() => !gateway.gateway.cache!.streamUp);
  return { revalidated };
}

/** A reconnection's calls: the first two pages of the list (30 conversations), one contact search. */
const REVALIDATION = [
  'website.conversation.list',
  'website.conversation.list',
  'website.people.list_profiles',
];

/** The Crisp calls made from now until the cache has dealt with the reconnection, sorted. */
async function callsUntil(sandbox: Sandbox, revalidated: Promise<unknown>) {
  sandbox.resetCalls();
  await revalidated;
  return sandbox.calls.map((c) => c.id).sort();
}

const stores: [string, Record<string, string>][] = [
  ['in process', {}],
  ['in Redis', { REDIS_URL, REDIS_KEY_PREFIX: prefix }],
];

describe.each(stores)('the read cache %s, after the RTM socket comes back', (_, env) => {
  test('what Crisp lists unchanged is kept (conversations and contacts), a changed conversation keeps its record as listed and reads its history again, and all equals Crisp', async ({
    sandbox,
  }) => {
    const { gateway, cache, w, sessions, people } = await warmed(sandbox, env);
    const { revalidated } = await dropSocket(sandbox, gateway);
    // Lost: Crisp does not replay what happened while the socket was away.
    const stateOf = (s: string) =>
      sandbox.seed.website(w)!.conversations.get(s)!.conversation.state;
    const [messaged, read] = sessions as [string, string];
    const resolved = sessions.find(
      (s) => s !== messaged && s !== read && stateOf(s) !== 'resolved',
    )!;
    sandbox.appendMessage(w, messaged!, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Sent while the gateway was not listening',
    });
    await crispWrite(sandbox, 'PATCH', `/website/${w}/conversation/${resolved}/state`, {
      state: 'resolved',
    });
    const unread = sandbox.seed.website(w)!.conversations.get(read!)!.messages;
    await crispWrite(sandbox, 'PATCH', `/website/${w}/conversation/${read}/read`, {
      from: 'operator',
      origin: 'chat',
      fingerprints: unread.map((m) => m.fingerprint),
    });
    const [renamed, ...others] = people as [string, ...string[]];
    await crispWrite(sandbox, 'PATCH', `/website/${w}/people/profile/${renamed}`, {
      person: { nickname: 'Renamed while the gateway was not listening' },
    });
    expect(await callsUntil(sandbox, revalidated)).toEqual(REVALIDATION);
    expect(others.length).toBeGreaterThan(5);
    const profileAt = (id: string) => cachedAt(cache, route`/website/${w}/people/profile/${id}`);
    expect(await profileAt(renamed)).toBeNull();
    for (const id of others)
      expect(await profileAt(id)).toEqual(
        await crispRead(sandbox, `/website/${w}/people/profile/${id}`),
      );

    let records = 0;
    let histories = 0;
    for (const s of sessions) {
      const record = await cachedAt(cache, route`/website/${w}/conversation/${s}`);
      const history = await cachedAt(cache, route`/website/${w}/conversation/${s}/messages`);
      if (record) {
        records++;
        expect(record).toEqual(await crispRead(sandbox, `/website/${w}/conversation/${s}`));
      }
      if (history) {
        histories++;
        expect(history).toEqual(
          await crispRead(sandbox, `/website/${w}/conversation/${s}/messages`),
        );
      }
    }
    // Every record, as the list shows it now; every history but those changed meanwhile (a
    // receipt may leave its row as it was).
    expect(records).toBe(sessions.length);
    expect(histories).toBeGreaterThanOrEqual(sessions.length - 3);
    for (const s of [messaged, resolved])
      expect(await cachedAt(cache, route`/website/${w}/conversation/${s}/messages`)).toBeNull();

    sandbox.resetCalls();
    const after = await gateway.executeOk<ConversationData>(CONVERSATION, { w, s: messaged });
    expect(after.website.conversation.messages.edges.at(-1)!.node.text).toBe(
      'Sent while the gateway was not listening',
    );
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get_messages']);
    const ready = (await (await fetch(`${gateway.origin}/ready`)).json()) as {
      cache: { events: string };
    };
    expect(ready.cache.events).toBe('flowing');
    const inbox = await gateway.executeOk(INBOX, { w });
    expect(inbox).toEqual((await freshResult(gateway, INBOX, { w })).data);
  }, 30_000);
});

test('a first page a change dropped just before the socket went is revalidated all the same', async ({
  sandbox,
}) => {
  const { gateway, cache, w, sessions } = await warmed(sandbox, {});
  // An event the table does not know drops its conversation and the lists.
  const [rated, ...others] = sessions as [string, ...string[]];
  const dropped = nextOutcome(gateway.gateway, (o) => o.kind === 'invalidate');
  sandbox.emit(w, 'session:sync:rating', {
    website_id: w,
    session_id: rated,
    rating: { stars: 4 },
  });
  await dropped;
  const { revalidated } = await dropSocket(sandbox, gateway);
  expect(await callsUntil(sandbox, revalidated)).toEqual(REVALIDATION);
  for (const s of others) {
    const path = `/website/${w}/conversation/${s}/messages`;
    expect(await cachedAt(cache, route`/website/${w}/conversation/${s}/messages`)).toEqual(
      await crispRead(sandbox, path),
    );
  }
  sandbox.resetCalls();
  await gateway.executeOk(INBOX, { w });
  expect(sandbox.calls.map((c) => c.id)).not.toContain('website.conversation.list');
}, 20_000);

test('with GATEWAY_CACHE_RECONNECT=all, nothing is kept and nothing is read until asked', async ({
  sandbox,
}) => {
  const { gateway, cache, w, sessions } = await warmed(sandbox, { GATEWAY_CACHE_RECONNECT: 'all' });
  const { revalidated } = await dropSocket(sandbox, gateway);
  sandbox.resetCalls();
  await revalidated;
  expect(sandbox.calls).toEqual([]);
  for (const s of sessions)
    expect(await cachedAt(cache, route`/website/${w}/conversation/${s}`)).toBeNull();
}, 20_000);

describe('the read cache while the RTM socket is down', () => {
  test('an answer kept exact until the drop is served GATEWAY_CACHE_STREAM_DOWN_MS after it, then read again', async ({
    sandbox,
  }) => {
    const gateway = await gatewayWith(sandbox, { GATEWAY_CACHE_STREAM_DOWN_MS: '800' }, 3000);
    const w = sandbox.seed.websiteIds[0]!;
    const s = [...sandbox.seed.website(w)!.conversations.keys()][0]!;
    await gateway.executeOk(STATE, { w, s });
    // Older than the bound, but events kept it exact until now.
    await sleep(1000);
    sandbox.dropRtmConnections();
    await waitFor(() => !gateway.gateway.cache!.streamUp);
    sandbox.resetCalls();
    await gateway.executeOk(STATE, { w, s });
    expect(sandbox.calls).toEqual([]);
    await sleep(900);
    await gateway.executeOk(STATE, { w, s });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
  }, 15_000);
});

describe("the gateway's own write", () => {
  test('reads its record back once, even when its event arrives before Crisp answers', async ({
    sandbox,
  }) => {
    const gateway = await gatewayWith(sandbox, {}, 1000);
    const w = sandbox.seed.websiteIds[0]!;
    const sessions = [...sandbox.seed.website(w)!.conversations.keys()];
    for (const s of sessions.slice(0, 5)) {
      await gateway.executeOk(STATE, { w, s });
      const state = sandbox.seed.website(w)!.conversations.get(s)!.conversation.state;
      const next = state === 'resolved' ? 'PENDING' : 'RESOLVED';
      const event = nextOutcome(
        gateway.gateway,
        (o) => o.kind === 'patch' && o.cause === 'session:set_state',
      );
      sandbox.resetCalls();
      await gateway.executeOk(
        `mutation ($w: ID!, $s: ID!, $state: ConversationState!) {
          changeConversationState(input: { websiteId: $w, conversationId: $s, state: $state }) { __typename }
        }`,
        { w, s, state: next },
      );
      await event;
      expect(sandbox.calls.map((c) => c.id)).toEqual([
        'website.conversation.change_state',
        'website.conversation.get',
      ]);
      expect((await gateway.executeOk(STATE, { w, s })).website.conversation.state).toBe(next);
      expect(sandbox.calls).toHaveLength(2);
    }
  }, 20_000);
});
