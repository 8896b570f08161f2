import { afterEach } from 'vitest';
import { CrispClient } from '../src/datasources/crisp-client.ts';
import { InvalidRequestError } from '../src/datasources/crisp-errors.ts';
import { createQuotaCounter } from '../src/datasources/quota.ts';
import type { Gateway } from '../src/server/gateway.ts';
import { describe, test } from './support/fixtures.ts';
import { post, startSecured, websiteIds } from './support/secure.ts';

const KEY_A = 'isolation-key-a-0123456789abcdef';
const KEY_B = 'isolation-key-b-0123456789abcdef';

const running: Gateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop()));
});

/** KEY_A reads website A only, KEY_B reads website B only; both in real-credentials mode. */
async function twoKeys(sandbox: Parameters<typeof startSecured>[0]) {
  const [a, b] = websiteIds(sandbox);
  const gateway = await startSecured(sandbox, {
    GATEWAY_API_KEYS: `${KEY_A}:${a}:r ${KEY_B}:${b}:r`,
    CRISP_RTM_MODE: 'off',
  });
  running.push(gateway);
  // The JSON is written by hand: the nested query object is deeper than JSON.stringify recurses.
  const as = (key: string) => (query: string, variables: string) =>
    post(gateway.url, `{"query":${JSON.stringify(query)},"variables":${variables}}`, {
      'x-api-key': key,
    });
  return { a, b, gateway, asA: as(KEY_A), asB: as(KEY_B) };
}

const RAW =
  'query ($input: CrispRequestInput!) { crispRequest(input: $input) { status error reason } }';
const WEBSITE = 'query ($id: ID!) { website(id: $id) { id name } }';

/** `{"a":{"a":…}}`, `depth` levels: as a query value it makes a URL of about 70 KB. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`;
const input = (fields: string) => `{"input":${fields}}`;

describe('one key cannot take a route down for another', () => {
  const refused: [string, (a: string) => string][] = [
    [
      'a header value holding CR/LF',
      (a) => input(`{"path":"/website/${a}","headers":{"accept-language":"fr\\r\\nx: 1"}}`),
    ],
    [
      'a header value holding a NUL',
      (a) => input(`{"path":"/website/${a}","headers":{"x-request-id":"a\\u0000b"}}`),
    ],
    [
      'a 5,000-level nested query object',
      (a) => input(`{"path":"/website/${a}","query":{"filter":${nested(5000)}}}`),
    ],
  ];
  for (const [what, variables] of refused) {
    test(`${what} is BAD_USER_INPUT with no call, no quota and a closed circuit; another key's website(B) still answers`, async ({
      sandbox,
      expect,
    }) => {
      const { a, b, gateway, asA, asB } = await twoKeys(sandbox);
      const quotaBefore = gateway.crisp.options.quota!.snapshot().used;
      const started = performance.now();
      const codes: unknown[] = [];
      for (let i = 0; i < 3; i++) {
        const { body } = await asA(RAW, variables(a));
        codes.push(
          body.data?.crispRequest === null
            ? body.errors?.[0]?.extensions?.code
            : body.data?.crispRequest,
        );
      }
      const ms = Math.round(performance.now() - started);
      const calls = sandbox.calls.length;
      const quotaUsed = gateway.crisp.options.quota!.snapshot().used - quotaBefore;
      const circuit = gateway.crisp.breakers!.state('GET /website/:id');
      const other = await asB(WEBSITE, JSON.stringify({ id: b }));
      console.info(
        `${what}: 3 requests in ${ms} ms answered ${JSON.stringify(codes)}; Crisp calls ${calls}, quota +${quotaUsed}, ` +
          `GET /website/:id circuit ${circuit}; then key B's website(B): ${other.body.errors?.[0]?.extensions?.code ?? 'ok'}`,
      );
      expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(calls).toBe(0);
      expect(quotaUsed).toBe(0);
      expect(circuit).toBe('closed');
      expect(gateway.crisp.breakers!.notClosed()).toEqual([]);
      expect(other.body.errors).toBeUndefined();
      expect(other.body.data.website.name).toBeTruthy();
      expect(sandbox.calls.map((c) => c.route)).toEqual(['GET /website/:website_id']);
    });
  }
});

describe('raw calls have circuits of their own', () => {
  test("key A's failing crispRequest calls open only key A's raw circuit; key B's website(B) is still served", async ({
    sandbox,
    expect,
  }) => {
    const { a, b, gateway, asA, asB } = await twoKeys(sandbox);
    // Each GET is tried 3 times: the second request's second attempt is the fifth failure in a row.
    sandbox.failNext('GET /website/:website_id', { status: 500, reason: 'error' }, 5);
    const raw = input(`{"path":"/website/${a}"}`);
    const outcome = async () => {
      const { body } = await asA(RAW, raw);
      return body.data.crispRequest?.status ?? body.errors?.[0]?.extensions?.code;
    };
    const websiteCalls = () =>
      sandbox.calls.filter((c) => c.route === 'GET /website/:website_id').length;
    const outcomes = [await outcome(), await outcome()];
    const failedCalls = websiteCalls();
    // A's own raw calls of the route now fail fast, without a call.
    outcomes.push(await outcome());
    const breakers = gateway.crisp.breakers!;
    const other = await asB(WEBSITE, JSON.stringify({ id: b }));
    console.info(
      `key A: ${JSON.stringify(outcomes)} after ${failedCalls} failed calls of GET /website/:id, ${websiteCalls() - failedCalls} more for key B; ` +
        `circuits not closed ${JSON.stringify(breakers.notClosed())}; key B's website(B): ${other.body.errors?.[0]?.extensions?.code ?? 'ok'}`,
    );
    expect(outcomes).toEqual([500, 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    expect(failedCalls).toBe(5);
    expect(breakers.notClosed()).toEqual([
      { route: 'crispRequest key:key-1 GET /website/:id', state: 'open' },
    ]);
    // …while the typed route everyone shares stays closed and serves B.
    expect(breakers.state('GET /website/:id')).toBe('closed');
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data.website.name).toBeTruthy();
    expect(websiteCalls()).toBe(6);
  });
});

describe('whatever the caller, a request undici refuses to form is never sent', () => {
  test('an invalid header name is BAD_USER_INPUT at once: no call, no retry, no quota, no breaker failure', async ({
    sandbox,
    expect,
  }) => {
    const quota = createQuotaCounter();
    const crisp = new CrispClient({
      ...sandbox.token,
      baseUrl: sandbox.url,
      breaker: { threshold: 1 },
      quota,
    });
    const retries: unknown[] = [];
    crisp.onEvent((e) => void (e.kind === 'retry' && retries.push(e)));
    try {
      const [a] = websiteIds(sandbox);
      const outcomes = [];
      for (let i = 0; i < 3; i++) {
        outcomes.push(
          await crisp.get(`/website/${a}`).then(
            () => 'sent',
            (err: unknown) => err,
          ),
        );
        outcomes.push(
          await crisp
            .send({ method: 'GET', path: `/website/${a}`, headers: { 'bad name': 'x' } })
            .then(
              () => 'sent',
              (err: unknown) => err,
            ),
        );
      }
      console.info(
        `undici-refused: Crisp calls ${sandbox.calls.length} for 3 valid GETs and 3 refused, quota ${quota.snapshot().used}, retries ${retries.length}, circuit ${crisp.breakers!.state('GET /website/:id')}`,
      );
      expect(outcomes.filter((o) => o === 'sent')).toHaveLength(3);
      expect(outcomes.filter((o) => o instanceof InvalidRequestError)).toHaveLength(3);
      expect((outcomes[1] as InvalidRequestError).extensions.code).toBe('BAD_USER_INPUT');
      expect(sandbox.calls).toHaveLength(3);
      expect(quota.snapshot().used).toBe(3);
      expect(retries).toEqual([]);
      // With a threshold of 1, a single counted failure would have opened the circuit.
      expect(crisp.breakers!.state('GET /website/:id')).toBe('closed');
    } finally {
      await crisp.close();
    }
  });
});
