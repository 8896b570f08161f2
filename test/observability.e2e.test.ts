import { Writable } from 'node:stream';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { buildGateway, type Gateway, type GatewayOptions } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { subscribeWs } from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const websiteOf = (sandbox: Sandbox) => {
  const website = sandbox.seed.websites[0]!;
  const record = [...website.conversations.values()][0]!;
  return {
    websiteId: website.website.website_id as string,
    sessionId: record.conversation.session_id as string,
  };
};

/** JSON log lines written by a gateway, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger({ level: 'debug', destination }) };
}

const ready = async (origin: string) => {
  const res = await fetch(`${origin}/ready`);
  return {
    status: res.status,
    body: (await res.json()) as {
      status: string;
      checks: Record<string, string>;
      quota?: { used: number; day: string; limit?: number };
    },
  };
};

describe('metrics', () => {
  test('/metrics exposes operations, errors, upstream calls, retries, quota and RTM state', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = websiteOf(sandbox);
    await gateway.executeOk(`query Named($w: ID!) { website(id: $w) { name } }`, { w: websiteId });
    await gateway.execute(`{ website(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    sandbox.failNext('website.conversation.get', { status: 502, reason: 'error' });
    await gateway.executeOk(
      `query($w: ID!, $s: String!) { website(id: $w) { conversation(sessionId: $s) { state } } }`,
      { w: websiteId, s: sessionId },
    );
    await gateway.execute('{ nope }');

    const res = await fetch(`${gateway.origin}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(
      /graphql_operation_duration_seconds_count\{type="query",operation="Named"\} 1/,
    );
    expect(text).toMatch(/graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(
      /crisp_upstream_requests_total\{method="GET",route="\/website\/:id",status="200"\} 1/,
    );
    expect(text).toMatch(
      /crisp_upstream_requests_total\{method="GET",route="\/website\/:id\/conversation\/:id",status="502"\} 1/,
    );
    expect(text).toMatch(
      /crisp_upstream_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/website\/:id"\}/,
    );
    expect(text).toMatch(
      /crisp_upstream_retries_total\{method="GET",route="\/website\/:id\/conversation\/:id",reason="5xx"\} 1/,
    );
    expect(text).toMatch(/crisp_rate_limit_waits_total 0/);
    expect(text).toMatch(/crisp_rate_limit_wait_seconds_count 0/);
    expect(text).toMatch(/crisp_quota_used [1-9]/);
    expect(text).toMatch(/crisp_quota_limit 5000/);
    expect(text).toMatch(/crisp_rtm_state\{state="connected"\} 1/);
    expect(text).toMatch(/graphql_subscriptions_active 0/);
  });

  test('the subscriber count follows graphql-ws subscriptions', async ({ gateway, sandbox }) => {
    const { websiteId } = websiteOf(sandbox);
    const metric = async () =>
      Number(
        /graphql_subscriptions_active (\d+)/.exec(
          await (await fetch(`${gateway.origin}/metrics`)).text(),
        )?.[1],
      );
    const stream = subscribeWs(
      gateway.url,
      `subscription Live($w: ID!) { messageEvents(websiteId: $w) { name } }`,
      { w: websiteId },
    );
    await waitFor(async () => (await metric()) === 1);
    stream.close();
    await waitFor(async () => (await metric()) === 0);
  });
});

describe('request ids and logs', () => {
  test('x-request-id is echoed, or made up, and every line of the request carries it', async ({
    sandbox,
  }) => {
    const { log, lines } = capture();
    const gateway = buildGateway(testConfig(sandbox, { CRISP_RTM_MODE: 'off' }), { logger: log });
    await gateway.start();
    try {
      const { websiteId } = websiteOf(sandbox);
      const post = (headers: Record<string, string>) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({
            query: 'query Site($w: ID!) { website(id: $w) { name } }',
            variables: { w: websiteId },
          }),
        });
      const given = await post({ 'x-request-id': 'req-abc.123' });
      expect(given.headers.get('x-request-id')).toBe('req-abc.123');
      const made = await post({ 'x-request-id': 'bad id with spaces' });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const mine = lines.filter((l) => l.requestId === 'req-abc.123');
      expect(mine).toContainEqual(
        expect.objectContaining({
          msg: 'graphql operation',
          operation: 'Site',
          type: 'query',
          ms: expect.any(Number),
          level: 'info',
        }),
      );
      expect(mine).toContainEqual(
        expect.objectContaining({
          msg: 'crisp call',
          method: 'GET',
          route: '/website/:id',
          status: 200,
          attempt: 1,
        }),
      );
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'crisp credentials verified' }));
      // The operation line names the operation, never its variables or document.
      expect(JSON.stringify(lines)).not.toContain(websiteId);
    } finally {
      await gateway.stop();
    }
  });
});

describe('readiness', () => {
  const start = async (
    sandbox: Sandbox,
    env: Record<string, string>,
    options: GatewayOptions = {},
  ) => {
    const gateway = buildGateway(testConfig(sandbox, env), { logger: quiet, ...options });
    const starting = gateway.start();
    await waitFor(() => gateway.server.listening);
    return {
      gateway,
      starting,
      origin: `http://127.0.0.1:${(gateway.server.address() as { port: number }).port}`,
    };
  };
  let running: Gateway | undefined;
  const stopAll = async () => {
    await running?.stop();
    running = undefined;
  };

  test('/ready is 503 until Crisp accepted the credentials, then 200 with the quota', async () => {
    const sandbox = await createSandbox();
    try {
      sandbox.setLatency(600, 'plugin.connect.account.get');
      const { gateway, starting, origin } = await start(sandbox, { CRISP_RTM_MODE: 'off' });
      running = gateway;
      const before = await ready(origin);
      expect(before).toMatchObject({
        status: 503,
        body: { status: 'unavailable', checks: { credentials: 'pending' } },
      });
      expect((await fetch(`${origin}/health`)).status).toBe(200);
      await starting;
      const after = await ready(origin);
      expect(after).toMatchObject({
        status: 200,
        body: { status: 'ready', checks: { credentials: 'verified' } },
      });
      // Every call sent to Crisp counts against the day's quota.
      expect(after.body.quota).toEqual({
        day: new Date().toISOString().slice(0, 10),
        used: sandbox.calls.length,
        limit: 5000,
      });
    } finally {
      await stopAll();
      await sandbox.close();
    }
  });

  test('/ready is 503 when Crisp refuses the token', async () => {
    const sandbox = await createSandbox();
    try {
      const { gateway, starting, origin } = await start(sandbox, {
        CRISP_RTM_MODE: 'off',
        CRISP_KEY: 'wrong-key',
      });
      running = gateway;
      await starting;
      expect(await ready(origin)).toMatchObject({
        status: 503,
        body: { checks: { credentials: 'rejected' } },
      });
    } finally {
      await stopAll();
      await sandbox.close();
    }
  });

  test('/ready is 503 while the RTM socket is down, 200 once it is back', {
    timeout: 15_000,
  }, async () => {
    const sandbox = await createSandbox();
    try {
      const { gateway, starting, origin } = await start(
        sandbox,
        {},
        { rtm: { reconnect: { minMs: 1500, maxMs: 2000 } } },
      );
      running = gateway;
      await starting;
      await waitFor(() => gateway.live?.state === 'connected');
      expect(await ready(origin)).toMatchObject({
        status: 200,
        body: { checks: { credentials: 'verified', rtm: 'connected' } },
      });
      sandbox.dropRtmConnections();
      const down = await waitFor(async () => {
        const r = await ready(origin);
        return r.status === 503 ? r : undefined;
      });
      expect(down.body.checks.rtm).not.toBe('connected');
      await waitFor(async () => (await ready(origin)).status === 200, { timeout: 10_000 });
    } finally {
      await stopAll();
      await sandbox.close();
    }
  });
});
