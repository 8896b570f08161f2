import type { ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach } from 'vitest';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { spawnGateway } from './support/child-gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import {
  closeClients,
  NEW_MESSAGE,
  type NewMessageEvent,
  subscribed,
  subscribeWs,
} from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const SECRET = 'replica-hook-secret';

const EVENTS = `subscription ($w: ID!, $names: [RtmEventName!]!) {
  crispEvents(websiteId: $w, names: $names) { name source payload }
}`;
interface Received {
  crispEvents: { name: string; source: string; payload: Record<string, unknown> };
}

let prefix: string;
const started: Gateway[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  await closeClients();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(started.splice(0).map((g) => g.stop()));
  // Each run has its own prefix; the lease key is the only key written, and has a TTL anyway.
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

function env() {
  return {
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    CRISP_WEBHOOK_SECRET: SECRET,
    CRISP_RTM_LEASE_TTL_MS: '1500',
  };
}

async function replica(sandbox: Parameters<typeof testConfig>[0]): Promise<Gateway> {
  const gateway = buildGateway(testConfig(sandbox, env()), {
    logger: quiet,
    rtm: { reconnect: { minMs: 100, maxMs: 500 } },
  });
  started.push(gateway);
  await gateway.start();
  return gateway;
}

function signHook(websiteId: string, event: string, data: object) {
  const raw = JSON.stringify({ website_id: websiteId, event, data, timestamp: Date.now() });
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', SECRET).update(`[${timestamp};${raw}]`).digest('hex');
  return {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-crisp-request-timestamp': timestamp,
      'x-crisp-signature': signature,
    },
  };
}

async function post(
  gatewayUrl: string,
  hook: ReturnType<typeof signHook>,
): Promise<{ status: number; reason: string }> {
  const res = await fetch(new URL('/webhooks/crisp', gatewayUrl), {
    method: 'POST',
    headers: hook.headers,
    body: hook.raw,
  });
  const { reason } = (await res.json()) as { reason: string };
  return { status: res.status, reason };
}

async function postHook(
  gatewayUrl: string,
  websiteId: string,
  event: string,
  data: object,
): Promise<number> {
  return (await post(gatewayUrl, signHook(websiteId, event, data))).status;
}

const holderOf = async (a: Gateway, b: Gateway) =>
  waitFor(() => {
    const holders = [a, b].filter((g) => g.live?.state === 'connected');
    const standby = [a, b].filter((g) => g.live?.state === 'standby');
    return (
      holders.length === 1 && standby.length === 1 && { holder: holders[0]!, standby: standby[0]! }
    );
  });

describe('replicas sharing Redis', () => {
  test.beforeEach(() => {
    prefix = `crisp-gateway-test:${randomUUID()}:`;
  });

  test('only one replica holds the RTM socket, and a hook received by one reaches the other once', async ({
    sandbox,
  }) => {
    const a = await replica(sandbox);
    const b = await replica(sandbox);
    const { holder, standby } = await holderOf(a, b);
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const sessionId = [...website.conversations.keys()][0]!;

    const onStandby = subscribeWs<Received>(standby.url, EVENTS, {
      w: websiteId,
      names: ['SESSION_SET_STATE', 'SESSION_SET_SUBJECT'],
    });
    const onHolder = subscribeWs<Received>(holder.url, EVENTS, {
      w: websiteId,
      names: ['SESSION_SET_STATE', 'SESSION_SET_SUBJECT'],
    });
    await subscribed(standby, websiteId);
    await subscribed(holder, websiteId);

    // A hook that only the holder receives reaches the standby's subscriber through Redis.
    expect(
      await postHook(holder.url, websiteId, 'session:set_subject', {
        website_id: websiteId,
        session_id: sessionId,
        subject: 'via A',
      }),
    ).toBe(200);
    // A hook on the standby plus the same event on the holder's socket: one delivery on each.
    sandbox.addHook({ url: new URL('/webhooks/crisp', standby.url).href, secret: SECRET });
    sandbox.emit(websiteId, 'session:set_state', {
      website_id: websiteId,
      session_id: sessionId,
      inbox_id: null,
      state: 'resolved',
    });

    await waitFor(
      () =>
        standby.live!.stats.socket >= 1 &&
        standby.live!.stats.hook >= 2 &&
        holder.live!.stats.hook >= 2,
    );
    for (const sub of [onStandby, onHolder]) {
      await waitFor(() => sub.data.length === 2);
      expect(sub.data.map((d) => d.crispEvents.name).sort()).toEqual([
        'SESSION_SET_STATE',
        'SESSION_SET_SUBJECT',
      ]);
    }
    expect(holder.live!.stats.duplicates).toBe(1);
    expect(standby.live!.stats.duplicates).toBe(1);
  });

  test('a signed hook replayed to another replica is answered duplicate there and delivered once', async ({
    sandbox,
  }) => {
    const a = await replica(sandbox);
    const b = await replica(sandbox);
    const { holder, standby } = await holderOf(a, b);
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const sessionId = [...website.conversations.keys()][0]!;
    const onStandby = subscribeWs<Received>(standby.url, EVENTS, {
      w: websiteId,
      names: ['SESSION_SET_SUBJECT'],
    });
    await subscribed(standby, websiteId);

    const hook = signHook(websiteId, 'session:set_subject', {
      website_id: websiteId,
      session_id: sessionId,
      subject: 'once',
    });
    expect(await post(holder.url, hook)).toEqual({ status: 200, reason: 'accepted' });
    expect(await post(standby.url, hook)).toEqual({ status: 200, reason: 'duplicate' });
    expect(await post(holder.url, hook)).toEqual({ status: 200, reason: 'duplicate' });

    await waitFor(() => onStandby.data.length === 1);
    // A later, different hook arrives after it: had the replay been delivered, it would be here first.
    expect(
      await postHook(standby.url, websiteId, 'session:set_subject', {
        website_id: websiteId,
        session_id: sessionId,
        subject: 'next',
      }),
    ).toBe(200);
    await waitFor(() => onStandby.data.length === 2);
    expect(onStandby.data.map((d) => d.crispEvents.payload.subject)).toEqual(['once', 'next']);
    expect(holder.live!.stats.hook + standby.live!.stats.hook).toBe(2);
  });

  test('stopping the socket holder hands the lease over, and what was missed meanwhile is backfilled', async ({
    sandbox,
  }) => {
    const a = await replica(sandbox);
    const b = await replica(sandbox);
    const { holder, standby } = await holderOf(a, b);
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const sessionId = [...website.conversations.keys()][0]!;
    const sub = subscribeWs<{ messageEvents: NewMessageEvent }>(
      standby.url,
      `subscription ($w: ID!, $s: ID!) { messageEvents(websiteId: $w, conversationId: $s) { ${NEW_MESSAGE} } }`,
      { w: websiteId, s: sessionId },
    );
    await subscribed(standby, websiteId);
    const send = (text: string) =>
      fetch(`${standby.url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { fingerprint } } }`,
          variables: {
            input: { websiteId, conversationId: sessionId, from: 'VISITOR', content: { text } },
          },
        }),
      }).then(
        async (r) =>
          ((await r.json()) as { data: { sendMessage: { message: { fingerprint: number } } } }).data
            .sendMessage.message.fingerprint,
      );

    const before = await send('before the handover');
    await waitFor(() => sub.data.length === 1);
    await holder.stop();
    started.splice(started.indexOf(holder), 1);
    const during = await send('while nobody holds the socket');
    await waitFor(() => standby.live?.state === 'connected', { timeout: 5000 });
    const after = await send('after the handover');
    await waitFor(() => sub.data.length === 3);
    await standby.live!.settled();
    expect(sub.data.map((d) => d.messageEvents!.message!.fingerprint).sort()).toEqual(
      [before, during, after].sort(),
    );
    // The message written while no replica held the socket could only come back through backfill.
    expect(standby.live!.stats.backfill).toBeGreaterThanOrEqual(1);
  });

  test('a replica in another OS process that dies loses the lease when it lapses', async ({
    sandbox,
  }) => {
    // The first replica is `src/main.ts` in a child process; it takes the lease first.
    const { process: child, url: childUrl } = await spawnGateway(sandbox, env());
    children.push(child);
    const redis = new Redis(REDIS_URL);
    await waitFor(async () => (await redis.keys(`${prefix}lease:*`)).length === 1, {
      timeout: 5000,
    });
    await redis.quit();

    const local = await replica(sandbox);
    expect(local.live?.state).toBe('standby');
    const [websiteId] = [...sandbox.seed.websiteIds] as [string];
    const sub = subscribeWs<Received>(local.url, EVENTS, {
      w: websiteId,
      names: ['WEBSITE_UPDATE_VISITORS_COUNT'],
    });
    await subscribed(local, websiteId);

    // Across processes: a hook posted to the child reaches this process's subscriber once.
    expect(
      await postHook(childUrl, websiteId, 'website:update_visitors_count', {
        website_id: websiteId,
        visitors_count: 1,
      }),
    ).toBe(200);
    await waitFor(() => sub.data.length === 1);

    // SIGKILL: no release, so the lease must lapse (1.5 s) before this replica takes over.
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await waitFor(() => local.live?.state === 'connected', { timeout: 5000 });
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(1000);
    sandbox.emit(websiteId, 'website:update_visitors_count', {
      website_id: websiteId,
      visitors_count: 2,
    });
    await waitFor(() => sub.data.length === 2);
    expect(
      sub.data.map((d) => [d.crispEvents.source, d.crispEvents.payload.visitors_count]),
    ).toEqual([
      ['HOOK', 1],
      ['SOCKET', 2],
    ]);
  });
});
