import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { Redis } from 'ioredis';
import { type GatewayChild, startGatewayChild } from './gateway-child.ts';
import { graphql, untilFlowing, untilHeld } from './gateway-probes.ts';
import { firstWebsiteId, INBOX } from './inbox.ts';
import type { Row } from './report.ts';
import { MiB, percentile } from './stats.ts';
import { type Seen, Truth } from './truth.ts';

export interface SupportHourOptions {
  /** Each scenario's length. @default BENCH_B6_SECONDS, else 60 */
  seconds?: number;
  /** @default 20 */
  agents?: number;
  /** An agent loads the inbox this often (ms, ±50 %). @default 3000 */
  inboxEveryMs?: number;
  /** An agent opens a conversation this often between inbox loads (ms, ±50 %). @default 1000 */
  openEveryMs?: number;
  /** An agent changes a conversation's state this often, then reads it back (ms, ±50 %). @default 30000 */
  mutateEveryMs?: number;
}

const REDIS_URL = 'redis://127.0.0.1:6379';
const CACHE_MAX_BYTES = 32 * MiB;
const CONVERSATION = `query ($w: ID, $s: ID!) { website(id: $w) { conversation(id: $s) {
  state messages(last: 10) { edges { node { crispId } } }
} } }`;
const MUTATE = `mutation ($w: ID, $s: ID!, $state: ConversationState!) {
  changeConversationState(input: { websiteId: $w, conversationId: $s, state: $state }) { __typename }
}`;
const STATES = ['PENDING', 'UNRESOLVED', 'RESOLVED'];

interface ConversationView {
  crispId?: string;
  state: string;
  messages: { edges: { node: { crispId: string } }[] } | null;
}

interface Scenario {
  label: string;
  cache: boolean;
  drops: number;
  replicas: 1 | 2;
}

interface Outcome {
  views: number;
  calls: number;
  /** Each answer's staleness (ms, 0 when fresh), outside and inside announced stream-down windows. */
  outside: number[];
  inside: number[];
  ownReads: number;
  ownStale: number;
  rssGrowth: number;
}

const seenOf = (c: ConversationView): Seen => {
  const last = c.messages?.edges.at(-1)?.node.crispId;
  return { state: c.state, fingerprint: last === undefined ? null : Number(last) };
};
const jitter = (ms: number) => ms * (0.5 + Math.random());

async function runScenario(
  scenario: Scenario,
  options: Required<SupportHourOptions>,
): Promise<Outcome> {
  const sandbox: Sandbox = await createSandbox();
  const websiteId = firstWebsiteId(sandbox);
  const prefix = `bench-b6-${randomUUID()}:`;
  const env: Record<string, string> = {
    GATEWAY_CACHE: scenario.cache ? 'on' : 'off',
    GATEWAY_CACHE_MAX_BYTES: String(CACHE_MAX_BYTES),
    ...(scenario.replicas === 2 ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}),
  };
  const gateways: GatewayChild[] = [];
  for (let i = 0; i < scenario.replicas; i++)
    gateways.push(await startGatewayChild(sandbox, 'websocket', env));
  await untilHeld(gateways);
  const truth = new Truth(sandbox, websiteId);
  const sessions = [...sandbox.seed.website(websiteId)!.conversations.keys()];
  const outcome: Outcome = {
    views: 0,
    calls: 0,
    outside: [],
    inside: [],
    ownReads: 0,
    ownStale: 0,
    rssGrowth: 0,
  };
  const windows: [number, number][] = [];
  const record = (sentAt: number, staleness: number) =>
    windows.some(([from, to]) => sentAt >= from && sentAt <= to)
      ? outcome.inside.push(staleness)
      : outcome.outside.push(staleness);
  // One inbox view and its conversations through each replica first: the hour starts on a
  // working day, not on an empty cache (the off run reads the same).
  for (const g of gateways) {
    const data = await graphql<{
      website: { conversations: { edges: { node: ConversationView }[] } };
    }>(g.url, INBOX, { websiteId });
    for (const { node } of data.website.conversations.edges)
      await graphql(g.url, CONVERSATION, { w: websiteId, s: node.crispId });
  }
  sandbox.resetCalls();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let turn = 0;
  // Behind a load balancer, each request of a client may reach another replica.
  const next = () => gateways[turn++ % gateways.length]!.url;

  async function view(sessionId: string): Promise<ConversationView> {
    const sentAt = performance.now();
    const data = await graphql<{ website: { conversation: ConversationView } }>(
      next(),
      CONVERSATION,
      { w: websiteId, s: sessionId },
    );
    outcome.views++;
    record(sentAt, truth.staleness(sessionId, seenOf(data.website.conversation), sentAt));
    return data.website.conversation;
  }

  async function agent(): Promise<void> {
    let listed: string[] = [];
    let inboxAt = performance.now() + jitter(options.inboxEveryMs) / 2;
    let mutateAt = performance.now() + jitter(options.mutateEveryMs);
    while (performance.now() < deadline) {
      if (listed.length === 0 || performance.now() >= inboxAt) {
        const sentAt = performance.now();
        const data = await graphql<{
          website: { conversations: { edges: { node: ConversationView }[] } };
        }>(next(), INBOX, { websiteId });
        outcome.views++;
        const nodes = data.website.conversations.edges.map((e) => e.node);
        listed = nodes.map((n) => n.crispId!);
        const worst = Math.max(
          0,
          ...nodes.map((n) => truth.staleness(n.crispId!, seenOf(n), sentAt)),
        );
        record(sentAt, worst);
        inboxAt = performance.now() + jitter(options.inboxEveryMs);
      } else if (performance.now() >= mutateAt) {
        const sessionId = listed[Math.floor(Math.random() * listed.length)]!;
        const current = truth.state(sessionId).toUpperCase();
        const state = STATES.find((s) => s !== current)!;
        const sentAt = performance.now();
        await graphql(next(), MUTATE, { w: websiteId, s: sessionId, state });
        const seen = await view(sessionId);
        outcome.ownReads++;
        if (!truth.heldSince(sessionId, seen.state, sentAt)) outcome.ownStale++;
        mutateAt = performance.now() + jitter(options.mutateEveryMs);
      } else {
        await view(listed[Math.floor(Math.random() * listed.length)]!);
      }
      await sleep(jitter(options.openEveryMs));
    }
  }

  async function visitors(): Promise<void> {
    // 1 to 3 changes a second: a visitor message (which reopens a resolved conversation).
    while (performance.now() < deadline) {
      const sessionId = sessions[Math.floor(Math.random() * sessions.length)]!;
      sandbox.appendMessage(websiteId, sessionId, {
        type: 'text',
        from: 'user',
        origin: 'chat',
        content: 'Any news about my order?',
      });
      await sleep(333 + Math.random() * 667);
    }
  }

  async function drops(): Promise<void> {
    for (let i = 1; i <= scenario.drops; i++) {
      await sleep(
        Math.max(
          0,
          started + (i * options.seconds * 1000) / (scenario.drops + 1) - performance.now(),
        ),
      );
      const from = performance.now();
      const window: [number, number] = [from, Number.POSITIVE_INFINITY];
      windows.push(window);
      sandbox.dropRtmConnections();
      window[1] = await untilFlowing(gateways, from);
    }
  }

  async function rssGrowth(): Promise<void> {
    await sleep(options.seconds * 250);
    const warm = await gateways[0]!.rss();
    await sleep(Math.max(0, deadline - performance.now()));
    outcome.rssGrowth = (await gateways[0]!.rss()) - warm;
  }

  try {
    await Promise.all([
      ...Array.from({ length: options.agents }, agent),
      visitors(),
      drops(),
      rssGrowth(),
    ]);
    outcome.calls = sandbox.calls.length;
  } finally {
    truth.stop();
    await Promise.all(gateways.map((g) => g.stop()));
    await sandbox.close();
    if (scenario.replicas === 2) {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  }
  return outcome;
}

function rows(label: string, o: Outcome, offPerView: number): Row[] {
  const perView = o.calls / o.views;
  const all = [...o.outside, ...o.inside].sort((a, b) => a - b);
  const outside = [...o.outside].sort((a, b) => a - b);
  const row = (measure: string, value: number, unit: string, target?: string, met?: boolean) =>
    ({ bench: 'B6', measure: `${label}: ${measure}`, value, unit, target, met }) as Row;
  return [
    row('agent views', o.views, ''),
    row('Crisp calls per agent view', perView, ''),
    row(
      'fewer Crisp calls than without the cache',
      offPerView / perView,
      '×',
      '≥ 100×',
      offPerView / perView >= 100,
    ),
    row('stale answers', (100 * all.filter((s) => s > 0).length) / all.length, '%'),
    row('p99 staleness', percentile(all, 99), 'ms', '≤ 100 ms', percentile(all, 99) <= 100),
    row(
      'max staleness outside a stream-down window',
      outside.at(-1) ?? 0,
      'ms',
      '≤ 1000 ms',
      (outside.at(-1) ?? 0) <= 1000,
    ),
    ...(o.inside.length > 0 ? [row('max staleness inside one', Math.max(...o.inside), 'ms')] : []),
    row('stale reads of own mutation', o.ownStale, `of ${o.ownReads}`, '0', o.ownStale === 0),
    row(
      'gateway RSS growth over the run',
      o.rssGrowth / MiB,
      'MiB',
      `≤ ${CACHE_MAX_BYTES / MiB} MiB (cache bound)`,
      o.rssGrowth <= CACHE_MAX_BYTES,
    ),
  ];
}

/**
 * B6: a support team's hour, compressed. Agents load the inbox and open conversations while
 * visitors write; every answer is measured against the sandbox's truth when it was asked.
 * Scenarios: the cache off (the reference), on, on with the RTM socket dropped twice, and two
 * replicas on Redis behind alternating clients.
 */
export async function benchSupportHour(options: SupportHourOptions = {}): Promise<Row[]> {
  const o: Required<SupportHourOptions> = {
    seconds: options.seconds ?? Number(process.env.BENCH_B6_SECONDS ?? 60),
    agents: options.agents ?? 20,
    inboxEveryMs: options.inboxEveryMs ?? 3000,
    openEveryMs: options.openEveryMs ?? 1000,
    mutateEveryMs: options.mutateEveryMs ?? 30_000,
  };
  const off = await runScenario({ label: 'off', cache: false, drops: 0, replicas: 1 }, o);
  const offPerView = off.calls / off.views;
  const result: Row[] = [
    { bench: 'B6', measure: 'cache off: Crisp calls per agent view', value: offPerView, unit: '' },
  ];
  for (const scenario of [
    { label: 'cache on', cache: true, drops: 0, replicas: 1 },
    { label: 'socket dropped twice', cache: true, drops: 2, replicas: 1 },
    { label: 'two replicas on Redis', cache: true, drops: 0, replicas: 2 },
  ] as const)
    result.push(...rows(scenario.label, await runScenario(scenario, o), offPerView));
  return result;
}
