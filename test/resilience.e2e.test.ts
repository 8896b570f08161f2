import type { Fault, Sandbox } from 'crisp-sandbox';
import { afterAll } from 'vitest';
import { test as base, describe, expect } from './support/fixtures.ts';

// RTM off: every upstream call a test sees is its operation's own. A 1 s timeout keeps the
// timeout and slow-body faults quick (the sandbox holds those answers for 2.5 s) while leaving a
// loaded test machine room to answer a healthy call in time.
// Every call reaches the sandbox: no RTM feed, no read cache answering a repeated read.
const direct = { CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'off' };
const test = base.extend({ gatewayEnv: { ...direct, CRISP_TIMEOUT_MS: '1000' } });

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const record = [...website.conversations.values()][0]!;
  return {
    websiteId: website.website.website_id as string,
    sessionId: record.conversation.session_id as string,
    record,
  };
}

const State = /* GraphQL */ `
  query State($w: ID!, $s: String!) { website(id: $w) { conversation(sessionId: $s) { state } } }
`;
const Send = /* GraphQL */ `
  mutation Send($i: SendMessageInput!) {
    sendMessage(input: $i) { message { fingerprint } userErrors { code } }
  }
`;

type Injection =
  | { fail: { status: number; reason: string; retryAfter?: number } }
  | { fault: Fault };
interface Case {
  name: string;
  inject: Injection;
  /** How many consecutive calls suffer it: 1 is transient, 3 outlasts every attempt. */
  times: number;
}

const cases: Case[] = [
  {
    name: 'timeout (no answer in time)',
    inject: { fault: { kind: 'timeout', ms: 2500 } },
    times: 1,
  },
  { name: '500', inject: { fail: { status: 500, reason: 'error' } }, times: 1 },
  { name: '502', inject: { fail: { status: 502, reason: 'error' } }, times: 1 },
  {
    name: '429 + Retry-After: 1',
    inject: { fail: { status: 429, reason: 'rate_limited', retryAfter: 1 } },
    times: 1,
  },
  { name: '420', inject: { fail: { status: 420, reason: 'rate_limited' } }, times: 1 },
  { name: '422 (retry later)', inject: { fail: { status: 422, reason: 'error' } }, times: 1 },
  { name: 'connection reset', inject: { fault: { kind: 'reset' } }, times: 1 },
  { name: 'malformed JSON body', inject: { fault: { kind: 'malformed' } }, times: 1 },
  { name: 'slow body (2.5 s)', inject: { fault: { kind: 'slowBody', ms: 2500 } }, times: 1 },
  { name: '500 on every attempt', inject: { fail: { status: 500, reason: 'error' } }, times: 3 },
  { name: 'timeout on every attempt', inject: { fault: { kind: 'timeout', ms: 2500 } }, times: 3 },
  { name: 'reset on every attempt', inject: { fault: { kind: 'reset' } }, times: 3 },
  {
    name: '429 + Retry-After: 60 (over the cap)',
    inject: { fail: { status: 429, reason: 'rate_limited', retryAfter: 60 } },
    times: 1,
  },
  {
    name: '429 quota_limit_exceeded',
    inject: { fail: { status: 429, reason: 'quota_limit_exceeded' } },
    times: 1,
  },
];

const arm = (sandbox: Sandbox, route: string, c: Case) =>
  'fail' in c.inject
    ? sandbox.failNext(route, c.inject.fail, c.times)
    : sandbox.faultNext(route, c.inject.fault, c.times);

const rows: Array<{
  fault: string;
  operation: string;
  outcome: string;
  upstreamCalls: number;
  newMessages: number | '';
}> = [];

afterAll(() => {
  const order = new Map(cases.map((c, i) => [c.name, i]));
  rows.sort(
    (a, b) => order.get(a.fault)! - order.get(b.fault)! || a.operation.localeCompare(b.operation),
  );
  const lines = [
    '| fault | operation | outcome | upstream calls | new messages |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.fault} | ${r.operation} | ${r.outcome} | ${r.upstreamCalls} | ${r.newMessages} |`,
    ),
  ];
  console.info(
    `\nFault matrix (each fault injected on the operation's Crisp route):\n${lines.join('\n')}\n`,
  );
});

describe('the fault matrix', () => {
  for (const c of cases) {
    test(`query website.conversation.state under ${c.name}`, { timeout: 15_000 }, async ({
      gateway,
      sandbox,
    }) => {
      const { websiteId, sessionId } = acme(sandbox);
      arm(sandbox, 'website.conversation.get', c);
      const body = await gateway.execute(State, { w: websiteId, s: sessionId });
      const calls = sandbox.calls.filter((x) => x.id === 'website.conversation.get').length;
      const code = body.errors?.[0]?.extensions?.code as string | undefined;
      const outcome = code
        ? `error ${code}`
        : `ok (${String(body.data.website.conversation.state)})`;
      rows.push({
        fault: c.name,
        operation: 'query',
        outcome,
        upstreamCalls: calls,
        newMessages: '',
      });

      if (c.times === 1 && !c.name.includes('over the cap') && !c.name.includes('quota')) {
        // A transient fault: one retry recovers it.
        expect(body.errors).toBeUndefined();
        expect(calls).toBe(2);
      } else if (c.times === 3) {
        expect(code).toBe(c.name.startsWith('500') ? 'UPSTREAM_ERROR' : 'UPSTREAM_UNAVAILABLE');
        expect(calls).toBe(3);
      } else {
        // Crisp asked for longer than the gateway waits, or the day's quota is gone: told at once.
        expect(code).toBe('RATE_LIMITED');
        expect(calls).toBe(1);
      }
    });

    test(`sendMessage under ${c.name} stores exactly one message (or none on failure)`, {
      timeout: 15_000,
    }, async ({ gateway, sandbox }) => {
      const { websiteId, sessionId, record } = acme(sandbox);
      const before = record.messages.length;
      arm(sandbox, 'website.conversation.send_message', c);
      const { data } = await gateway.execute(Send, {
        i: {
          websiteId,
          conversationId: sessionId,
          from: 'OPERATOR',
          content: { text: `matrix: ${c.name}` },
        },
      });
      const calls = sandbox.calls.filter((x) => x.id === 'website.conversation.send_message');
      const added = record.messages.length - before;
      const result = data.sendMessage;
      const outcome = result.message
        ? 'ok'
        : `userError ${result.userErrors.map((e: { code: string }) => e.code).join()}`;
      rows.push({
        fault: c.name,
        operation: 'sendMessage',
        outcome,
        upstreamCalls: calls.length,
        newMessages: added,
      });

      // Every attempt the sandbox read carried the same fingerprint (a faulted call is cut before
      // its body is read), so the sandbox kept at most one message.
      const fingerprints = calls
        .map((x) => (x.body as { fingerprint?: number } | undefined)?.fingerprint)
        .filter((f) => f !== undefined);
      expect(new Set(fingerprints).size).toBeLessThanOrEqual(1);
      expect(added).toBeLessThanOrEqual(1);
      if (result.message) {
        expect(added).toBe(1);
        expect(result.userErrors).toEqual([]);
        expect(
          record.messages.filter((m) => m.fingerprint === result.message.fingerprint),
        ).toHaveLength(1);
      } else {
        expect(result.userErrors).toHaveLength(1);
      }
      if (c.times === 1 && !c.name.includes('over the cap') && !c.name.includes('quota')) {
        expect(outcome).toBe('ok');
        expect(calls).toHaveLength(2);
      }
    });
  }
});

describe('writes', () => {
  test('a write other than sendMessage is never retried', async ({ gateway, sandbox, expect }) => {
    const { websiteId, sessionId } = acme(sandbox);
    sandbox.failNext('website.conversation.change_state', { status: 503, reason: 'error' });
    const { data } = await gateway.execute(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) { conversation { id } userErrors { code } } }`,
      { i: { websiteId, conversationId: sessionId, state: 'RESOLVED' } },
    );
    const calls = sandbox.calls.filter((x) => x.id === 'website.conversation.change_state');
    expect(calls).toHaveLength(1);
    expect(data?.changeConversationState).toEqual({
      conversation: null,
      userErrors: [{ code: 'UPSTREAM_ERROR' }],
    });
  });
});

describe('circuit breaker', () => {
  const breakerTest = test.extend({
    gatewayEnv: { ...direct, CRISP_BREAKER_THRESHOLD: '3', CRISP_BREAKER_COOLDOWN_MS: '600' },
  });

  breakerTest(
    'opens after consecutive failures, fails fast with no upstream call, then recovers through a probe',
    async ({ gateway, sandbox, expect }) => {
      const { websiteId, sessionId } = acme(sandbox);
      sandbox.failNext('website.conversation.get', { status: 500, reason: 'error' }, 3);
      const first = await gateway.execute(State, { w: websiteId, s: sessionId });
      expect(first.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
      expect(sandbox.calls).toHaveLength(3);

      sandbox.resetCalls();
      const started = performance.now();
      const open = await gateway.execute(State, { w: websiteId, s: sessionId });
      expect(open.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(sandbox.calls).toHaveLength(0);
      expect(performance.now() - started).toBeLessThan(200);
      // Other routes keep working: the circuit is per route.
      await gateway.executeOk(`query($w: ID!) { website(id: $w) { name } }`, { w: websiteId });

      const metrics = await (await fetch(`${gateway.origin}/metrics`)).text();
      expect(metrics).toMatch(
        /crisp_circuit_state\{route="GET \/website\/:id\/conversation\/:id"\} 2/,
      );
      expect(metrics).toMatch(
        /crisp_upstream_refused_total\{method="GET",route="\/website\/:id\/conversation\/:id",reason="circuit_open"\} 1/,
      );

      await new Promise((r) => setTimeout(r, 650));
      sandbox.resetCalls();
      const probe = await gateway.executeOk(State, { w: websiteId, s: sessionId });
      expect(probe.website.conversation.state).toBeTruthy();
      expect(sandbox.calls).toHaveLength(1);
      const after = await (await fetch(`${gateway.origin}/metrics`)).text();
      expect(after).toMatch(
        /crisp_circuit_state\{route="GET \/website\/:id\/conversation\/:id"\} 0/,
      );
    },
  );
});

describe('token bucket', () => {
  // The sandbox allows 10 calls per calendar second; a bucket of 5/s with a burst of 5 never sends
  // more than 10 in any second.
  const bucketTest = test.extend({
    gatewayEnv: { ...direct, CRISP_RATE_PER_SECOND: '5', CRISP_RATE_BURST: '5' },
  });
  const Websites = `query($w: ID!) { website(id: $w) { name } }`;

  bucketTest(
    'a burst of queries queues instead of tripping 429s',
    { timeout: 20_000 },
    async ({ gateway, sandbox, expect }) => {
      const { websiteId } = acme(sandbox);
      sandbox.setRateLimit({ perSecond: 10 });
      const results = await Promise.all(
        Array.from({ length: 25 }, () => gateway.execute(Websites, { w: websiteId })),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(sandbox.calls).toHaveLength(25);
      expect(sandbox.calls.filter((c) => c.status === 429)).toHaveLength(0);
      const metrics = await (await fetch(`${gateway.origin}/metrics`)).text();
      expect(Number(/crisp_rate_limit_waits_total (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(0);
    },
  );

  const noBucketTest = test.extend({
    gatewayEnv: { ...direct, CRISP_RATE_PER_SECOND: '0', CRISP_RETRY_ATTEMPTS: '1' },
  });
  noBucketTest(
    'without the bucket (and retries) the same burst reaches clients as RATE_LIMITED',
    async ({ gateway, sandbox, expect }) => {
      const { websiteId } = acme(sandbox);
      sandbox.setRateLimit({ perSecond: 10 });
      const results = await Promise.all(
        Array.from({ length: 25 }, () => gateway.execute(Websites, { w: websiteId })),
      );
      expect(
        results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length,
      ).toBeGreaterThan(0);
    },
  );
});
