import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach } from 'vitest';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { spawnGateway } from './support/child-gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { closeClients, subscribed, subscribeWs } from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';

const EVENTS = `subscription ($w: ID!) { crispEvents(websiteId: $w, names: [MESSAGE_SEND]) { source payload } }`;
interface Received {
  crispEvents: { source: string; payload: { fingerprint: number } };
}

let prefix: string;
let child: ChildProcess | undefined;
let local: Gateway | undefined;

afterEach(async () => {
  await closeClients();
  if (child?.exitCode === null) child.kill('SIGKILL');
  await local?.stop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('failover between replicas', () => {
  // Default lease settings on purpose: only Redis and the key prefix are set.
  test('when the socket holder is killed, another replica resumes live events within 5 s, none lost or duplicated', {
    timeout: 60_000,
  }, async ({ sandbox }) => {
    prefix = `crisp-gateway-test:${randomUUID()}:`;
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
    const spawned = await spawnGateway(sandbox, env);
    child = spawned.process;
    const redis = new Redis(REDIS_URL);
    await waitFor(async () => (await redis.keys(`${prefix}lease:*`)).length === 1, {
      timeout: 5000,
    });
    await redis.quit();

    local = buildGateway(testConfig(sandbox, env), { logger: quiet });
    await local.start();
    expect(local.live?.state).toBe('standby');
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const sessions = [...website.conversations.keys()].slice(0, 2);
    const sub = subscribeWs<Received>(local.url, EVENTS, { w: websiteId });
    await subscribed(local, websiteId);

    // A visitor writes every 100 ms, straight to the sandbox, before, during and after the failover.
    const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
    const sent: { fingerprint: number; at: number }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const at = performance.now();
        const res = await fetch(
          `${sandbox.url}/website/${websiteId}/conversation/${sessions[i % 2]}/message`,
          {
            method: 'POST',
            headers: {
              authorization: auth,
              'x-crisp-tier': sandbox.token.tier,
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              type: 'text',
              from: 'user',
              origin: 'chat',
              content: `message ${i}`,
            }),
          },
        );
        sent.push({
          fingerprint: ((await res.json()) as { data: { fingerprint: number } }).data.fingerprint,
          at,
        });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    // The child's socket feeds this replica's subscriber through Redis.
    await waitFor(() => sub.data.length >= 3);
    expect(sub.data.every((d) => d.crispEvents.source === 'SOCKET')).toBe(true);

    // SIGKILL: the child neither closes its socket nor releases the lease.
    const killedAt = performance.now();
    child.kill('SIGKILL');
    const fingerprintsAt = (from: number) =>
      new Set(sent.filter((m) => m.at > from).map((m) => m.fingerprint));
    const arrivalOfFirstAfterKill = () => {
      const after = fingerprintsAt(killedAt);
      const i = sub.data.findIndex((d) => after.has(d.crispEvents.payload.fingerprint));
      return i >= 0 ? sub.arrivals[i]! : undefined;
    };
    await waitFor(() => local!.live?.state === 'connected', { timeout: 30_000, interval: 10 });
    const connectedAt = performance.now();
    const resumedAt = await waitFor(arrivalOfFirstAfterKill, { timeout: 10_000 });
    // Let the socket carry a few messages live, then stop writing.
    const liveFrom = performance.now();
    await waitFor(
      () =>
        sub.data.some(
          (d, i) =>
            d.crispEvents.source === 'SOCKET' &&
            sub.arrivals[i]! > liveFrom &&
            fingerprintsAt(killedAt).has(d.crispEvents.payload.fingerprint),
        ),
      { timeout: 10_000 },
    );
    writing = false;
    await writer;

    const expected = sent.map((m) => m.fingerprint);
    await waitFor(
      () => expected.every((f) => sub.data.some((d) => d.crispEvents.payload.fingerprint === f)),
      { timeout: 10_000 },
    ).catch(() => undefined);
    await local.live!.settled();
    const got = sub.data.map((d) => d.crispEvents.payload.fingerprint);
    const lost = expected.filter((f) => !got.includes(f)).length;
    const duplicated = got.length - new Set(got).size;
    const failoverS = (resumedAt - killedAt) / 1000;
    const sources: Record<string, number> = {};
    for (const d of sub.data)
      sources[d.crispEvents.source] = (sources[d.crispEvents.source] ?? 0) + 1;
    console.log(
      `failover: events resumed ${failoverS.toFixed(2)} s after the kill (socket held again after ${((connectedAt - killedAt) / 1000).toFixed(2)} s); ` +
        `${expected.length} sent, lost ${lost}, duplicated ${duplicated}; by source ${JSON.stringify(sources)}`,
    );
    expect(failoverS).toBeLessThan(5);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(got.every((f) => expected.includes(f))).toBe(true);
  });
});
