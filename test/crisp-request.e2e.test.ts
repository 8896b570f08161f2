import type { Sandbox } from 'crisp-sandbox';
import { describe } from 'vitest';
import { test } from './support/fixtures.ts';

const CrispRequestQuery = /* GraphQL */ `
  query CrispRequest($input: CrispRequestInput!) {
    crispRequest(input: $input) { status error reason data }
  }`;
const CrispRequestMutation = /* GraphQL */ `
  mutation CrispRequest($input: CrispRequestInput!) {
    crispRequest(input: $input) {
      response { status error reason data }
      userErrors { code message field }
    }
  }`;

const websiteIdOf = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;

describe('crispRequest', () => {
  test('a GET returns status, reason and data as Crisp sent them', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const id = websiteIdOf(sandbox);
    const data = await gateway.executeOk(CrispRequestQuery, { input: { path: `/website/${id}` } });
    expect(data.crispRequest).toMatchObject({
      status: 200,
      error: false,
      reason: 'resolved',
      data: { website_id: id, name: 'Acme Support' },
    });
  });

  test('query and allowed headers travel; error answers come back as data', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const id = websiteIdOf(sandbox);
    const data = await gateway.executeOk(CrispRequestQuery, {
      input: {
        path: `/website/${id}/people/profiles/1`,
        query: { per_page: 20, search_text: 'a' },
        headers: { 'Accept-Language': 'fr' },
      },
    });
    expect(data.crispRequest).toMatchObject({ status: 200, error: false });
    expect(sandbox.calls.at(-1)).toMatchObject({
      path: `/website/${id}/people/profiles/1`,
      query: { per_page: '20', search_text: 'a' },
    });

    const missing = await gateway.executeOk(CrispRequestQuery, {
      input: { path: `/website/${id}/conversation/session_nope` },
    });
    expect(missing.crispRequest).toMatchObject({ status: 404, error: true, reason: 'not_found' });
  });

  test('a mutation sends other methods with their body', async ({ gateway, sandbox, expect }) => {
    const id = websiteIdOf(sandbox);
    const data = await gateway.executeOk(CrispRequestMutation, {
      input: { method: 'POST', path: `/website/${id}/conversation` },
    });
    expect(data.crispRequest).toMatchObject({
      response: { status: 200, error: false, reason: 'added' },
      userErrors: [],
    });
    // The Node client sends {} for a POST without payload.
    expect(sandbox.calls.at(-1)).toMatchObject({
      method: 'POST',
      path: `/website/${id}/conversation`,
      body: {},
    });
  });

  const refused: [string, Record<string, unknown>][] = [
    ['a .. segment', { path: '/website/ID/../plugin/x' }],
    ['an encoded .. segment', { path: '/website/ID/%2E%2E/x' }],
    ['.. before an encoded slash', { path: '/website/ID/..%2Fplugin' }],
    ['an encoded ../', { path: '/website/ID/%2E%2E%2Fplugin' }],
    ['a double-encoded ../', { path: '/website/ID/%252E%252E%252Fplugin' }],
    ['an encoded backslash', { path: '/website/ID/..%5Cplugin' }],
    ['a backslash', { path: '/website/ID/..\\plugin' }],
    ['an encoded CR/LF', { path: '/website/ID/a%0D%0Ab' }],
    ['a full-width .. segment', { path: '/website/ID/%EF%BC%8E%EF%BC%8E' }],
    [
      'a header value holding CR/LF',
      { path: '/website/ID', headers: { 'Accept-Language': 'fr\r\nx: 1' } },
    ],
    ['an absolute URL', { path: 'https://example.com/website/ID' }],
    ['a protocol-relative URL', { path: '//example.com/website/ID' }],
    ['a query string in the path', { path: '/website/ID?x=1' }],
    ['a route outside /website/{id} and /plugin/', { path: '/user/account' }],
    ['an unencoded space', { path: '/website/ID/people/profile/a b' }],
    [
      'a website this gateway does not serve',
      { path: '/website/00000000-0000-4000-8000-000000000000' },
    ],
    ['an Authorization header', { path: '/website/ID', headers: { Authorization: 'Basic x' } }],
    ['an X-Crisp-Tier header', { path: '/website/ID', headers: { 'X-Crisp-Tier': 'user' } }],
    ['a POST through Query', { path: '/website/ID', method: 'POST' }],
    ['a GET with a body', { path: '/website/ID', body: { a: 1 } }],
  ];
  for (const [what, input] of refused) {
    test(`${what} is BAD_USER_INPUT, with no call but the installs listing`, async ({
      gateway,
      sandbox,
      expect,
    }) => {
      const id = websiteIdOf(sandbox);
      const withId = { ...input, path: String(input.path).replace('ID', id) };
      const { data, errors } = await gateway.execute(CrispRequestQuery, { input: withId });
      expect(data).toEqual({ crispRequest: null });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Checking which websites the plugin serves is the only Crisp traffic allowed.
      expect(
        sandbox.calls.filter((c) => !c.route.startsWith('GET /plugin/connect/websites/all/')),
      ).toEqual([]);
    });
  }

  test('a query that is not an object is refused by its JSONObject scalar, with no call', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const input = { path: `/website/${websiteIdOf(sandbox)}`, query: [1] };
    const { data, errors } = await gateway.execute(CrispRequestQuery, { input });
    // A malformed scalar is a request error: no `data` at all (docs/schema-design.md § 4).
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.query' });
    expect(sandbox.calls).toEqual([]);
  });

  test('a mutation refuses bad input in its userErrors, naming the field, with no call', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const id = websiteIdOf(sandbox);
    const cases: [Record<string, unknown>, string[]][] = [
      // Refused by the input's own checks (the validation plugin), before the resolver runs.
      [
        { method: 'POST', path: `/website/${id}/conversation`, headers: { 'x a': '1' } },
        ['input', 'headers'],
      ],
      // Refused by the resolver's path rules.
      [{ method: 'POST', path: `/website/${id}/../plugin/x` }, ['input', 'path']],
    ];
    for (const [input, field] of cases) {
      sandbox.resetCalls();
      const data = await gateway.executeOk(CrispRequestMutation, { input });
      expect(data.crispRequest.response).toBeNull();
      expect(data.crispRequest.userErrors).toHaveLength(1);
      expect(data.crispRequest.userErrors[0].code).toBe('BAD_USER_INPUT');
      expect(data.crispRequest.userErrors[0].field).toEqual(field);
      expect(
        sandbox.calls.filter((c) => !c.route.startsWith('GET /plugin/connect/websites/all/')),
      ).toEqual([]);
    }
  });

  test('the key and identifier cannot be overridden or read back', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const body = await gateway.execute(CrispRequestQuery, {
      input: { path: '/plugin/connect/account' },
    });
    expect(body.data.crispRequest.status).toBe(200);
    expect(JSON.stringify(body)).not.toContain(sandbox.token.key);
  });
});
