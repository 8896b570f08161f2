import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Sandbox } from 'crisp-sandbox';
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { route } from '../src/datasources/crisp-request.ts';
import type { ReadCache } from '../src/datasources/read-cache.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import {
  CONVERSATION,
  crispRead,
  crispWrite,
  freshResult,
  nextOutcome,
} from './support/read-cache.ts';
import { waitFor } from './support/wait-for.ts';

const INBOX = `query ($w: ID!) { website(id: $w) { conversations(first: 20) { edges { node {
  crispId state updatedAt waitingSince unread { operator visitor }
  lastMessage { excerpt }
  messages(last: 5) { edges { node { crispId text } } }
} } } } }`;

const MUTATE = `mutation ($w: ID!, $s: ID!, $state: ConversationState!) {
  changeConversationState(input: { websiteId: $w, conversationId: $s, state: $state }) { __typename }
}`;

/** What the cache holds at `path` (no Crisp call: a miss throws), as its status and data. */
async function cachedAt(cache: ReadCache, path: ReturnType<typeof route>, query = {}) {
  const answer = await cache.through({ method: 'GET', path, query }, false, () => {
    throw new Error(`not cached: ${String(path)}`);
  });
  return { status: answer.status, data: (answer.body as { data: unknown }).data };
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

/** About 40 changes of every kind the cache rebuilds from events, a few ms apart. */
async function burst(sandbox: Sandbox, w: string, sessions: string[], own: (s: string) => unknown) {
  const path = (s: string, tail: string) => `/website/${w}/conversation/${s}${tail}`;
  const changes: (() => unknown)[] = [
    () =>
      sandbox.appendMessage(w, pick(sessions), {
        type: 'text',
        from: 'user',
        origin: 'chat',
        content: 'Where is my parcel?',
      }),
    () =>
      crispWrite(sandbox, 'POST', path(pick(sessions), '/message'), {
        type: 'text',
        from: 'operator',
        origin: 'chat',
        content: 'It left the warehouse this morning.',
      }),
    () =>
      crispWrite(sandbox, 'POST', path(pick(sessions), '/message'), {
        type: 'note',
        from: 'operator',
        origin: 'chat',
        content: 'Checked with the carrier',
      }),
    () =>
      crispWrite(sandbox, 'PATCH', path(pick(sessions), '/state'), {
        state: pick(['pending', 'unresolved', 'resolved']),
      }),
    () =>
      crispWrite(sandbox, 'PATCH', path(pick(sessions), '/read'), {
        from: 'operator',
        origin: 'chat',
        fingerprints: [],
      }),
    () =>
      crispWrite(sandbox, 'PATCH', path(pick(sessions), '/compose'), {
        type: 'start',
        from: 'user',
        excerpt: 'Hello, I…',
      }),
    () => {
      const s = pick(sessions);
      const last = sandbox.seed.website(w)!.conversations.get(s)!.messages.at(-1)!;
      if (last.type !== 'text') return;
      return crispWrite(sandbox, 'PATCH', path(s, `/message/${last.fingerprint}`), {
        content: 'Edited: where is my parcel?',
      });
    },
    () => own(pick(sessions)),
  ];
  for (let i = 0; i < 40; i++) {
    await changes[i % changes.length]!();
    await sleep(2 + Math.random() * 8);
  }
}

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `cache-exact-${randomUUID()}:`;

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const stores: [string, typeof base][] = [
  ['in process', base],
  ['in Redis', base.extend({ gatewayEnv: { REDIS_URL, REDIS_KEY_PREFIX: prefix } }) as typeof base],
];

describe.each(stores)('the read cache %s, after a burst of events', (_, test) => {
  test('every cached list page, record and history equals what Crisp answers now', async ({
    gateway,
    sandbox,
  }) => {
    const w = sandbox.seed.websiteIds[0]!;
    const sessions = [...sandbox.seed.website(w)!.conversations.keys()];
    const cache = gateway.gateway.cache!;
    // Every conversation opened, and the inbox loaded: records, histories and the first page.
    for (const s of sessions) await gateway.executeOk(CONVERSATION, { w, s });
    await gateway.executeOk(INBOX, { w });
    // A second page and a filtered page, as other views read them.
    const pages = [
      { page: 2, query: { per_page: 20 } },
      { page: 1, query: { per_page: 20, filter_not_resolved: 1 } },
    ];
    for (const { page, query } of pages)
      await gateway.gateway.crisp.get(route`/website/${w}/conversations/${page}`, query);

    sandbox.resetCalls();
    const own = (s: string) =>
      gateway.executeOk(MUTATE, { w, s, state: pick(['PENDING', 'UNRESOLVED', 'RESOLVED']) });
    await burst(sandbox, w, sessions, own);
    // The socket delivers in order: once the last change is applied, every event has arrived.
    const marker = 'website:update_visitors_count';
    const settled = nextOutcome(gateway.gateway, (o) => 'cause' in o && o.cause === marker, 15_000);
    sandbox.emit(w, marker, { website_id: w, count: 3 });
    await settled;
    await waitFor(() => cache.lagMs() === 0, { timeout: 15_000 });
    const reads = sandbox.calls.filter((c) => c.method === 'GET').length;

    const page = await cachedAt(cache, route`/website/${w}/conversations/${1}`, { per_page: 20 });
    expect(page).toEqual(await crispRead(sandbox, `/website/${w}/conversations/1?per_page=20`));
    for (const { page, query } of pages) {
      const path = route`/website/${w}/conversations/${page}`;
      const held = await cachedAt(cache, path, query).catch(() => null);
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      if (held) expect(held).toEqual(await crispRead(sandbox, `${String(path)}?${search}`));
    }
    let records = 0;
    for (const s of sessions) {
      const record = await cachedAt(cache, route`/website/${w}/conversation/${s}`).catch(
        () => null,
      );
      if (record) {
        records++;
        expect(record).toEqual(await crispRead(sandbox, `/website/${w}/conversation/${s}`));
      }
      const history = await cachedAt(cache, route`/website/${w}/conversation/${s}/messages`).catch(
        () => null,
      );
      if (history)
        expect(history).toEqual(
          await crispRead(sandbox, `/website/${w}/conversation/${s}/messages`),
        );
    }
    // Rebuilt, not dropped: only the 10 state changes read their record again (Crisp stamps them
    // with its own clock), twice when the event and the gateway's own write cross, and a few
    // records whose change raced a read.
    expect(records).toBeGreaterThanOrEqual(sessions.length - 5);
    expect(reads).toBeLessThanOrEqual(30);

    // The same through GraphQL: an answer from the cache equals one read fresh.
    const cached = await gateway.executeOk(INBOX, { w });
    expect(cached).toEqual((await freshResult(gateway, INBOX, { w })).data);
  }, 60_000);
});
