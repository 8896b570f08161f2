import type { Sandbox } from 'crisp-sandbox';
import { GraphQLError } from 'graphql';
import { describe } from 'vitest';
import { NotFoundError } from '../src/datasources/crisp-errors.ts';
import { maskError } from '../src/server/errors.ts';
import { test } from './support/fixtures.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';
const firstWebsiteId = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;

describe('http', () => {
  test('GET /health answers ok', async ({ gateway, expect }) => {
    const res = await fetch(`${gateway.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('GET /graphql from a browser serves GraphiQL with the example operations', async ({
    gateway,
    expect,
  }) => {
    const res = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Crisp GraphQL gateway');
    expect(html).toContain('query Websites');
  });

  test('a syntax error keeps its message', async ({ gateway, sandbox, expect }) => {
    const { errors } = await gateway.execute('{ websites { id }');
    expect(errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(sandbox.calls).toHaveLength(0);
  });
});

describe('websites', () => {
  test('lists every website that installed the plugin, one read per website', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const data = await gateway.executeOk(
      '{ websites { id crispId name domain logo isVerified isInstitutional } }',
    );
    expect(data.websites.map((w: { domain: string }) => w.domain)).toEqual([
      'acme.example',
      'globex.example',
      'initech.example',
    ]);
    expect(data.websites[0]).toEqual({
      id: `Website:${firstWebsiteId(sandbox)}`,
      crispId: firstWebsiteId(sandbox),
      name: 'Acme Support',
      domain: 'acme.example',
      logo: 'https://acme.example/logo.png',
      isVerified: true,
      isInstitutional: false,
    });
    const routes = sandbox.calls.map((c) => c.route);
    // Pages are walked until an empty one.
    expect(
      routes.filter((r) => r === 'GET /plugin/connect/websites/all/:page_number'),
    ).toHaveLength(2);
    expect(routes.filter((r) => r === 'GET /website/:website_id')).toHaveLength(3);
    expect(sandbox.violations).toEqual([]);
  });

  test('a website is read once per request however often it is asked for', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const id = firstWebsiteId(sandbox);
    const data = await gateway.executeOk(
      `{ a: website(id: "${id}") { name } b: website(id: "${id.toUpperCase()}") { domain } }`,
    );
    expect(data).toEqual({ a: { name: 'Acme Support' }, b: { domain: 'acme.example' } });
    expect(sandbox.calls.map((c) => c.route)).toEqual(['GET /website/:website_id']);
  });

  test('a malformed website id is BAD_USER_INPUT and reaches no upstream', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const { data, errors } = await gateway.execute('{ website(id: "not-a-uuid") { id } }');
    expect(data).toEqual({ website: null });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls).toHaveLength(0);
  });

  test('website without an id and no CRISP_WEBSITE_ID is BAD_USER_INPUT with no upstream call', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const { errors } = await gateway.execute('{ website { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('CRISP_WEBSITE_ID');
    expect(sandbox.calls).toHaveLength(0);
  });

  // `website(id)` is a reference: its own fields (name, domain…) read the website when selected,
  // so a query that goes straight to conversations or people costs no website read.
  test('a missing website is NOT_FOUND, other fields intact, without Crisp’s message', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const body = await gateway.execute(
      `{ website(id: "${MISSING}") { crispId name } websiteExists(domain: "acme.example") }`,
    );
    // `website(id:)` is a reference: only `name` reads the website, so only `name` is lost.
    expect(body.data).toEqual({ website: { crispId: MISSING, name: null }, websiteExists: true });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({
      path: ['website', 'name'],
      extensions: { code: 'NOT_FOUND' },
    });
    // The sandbox answered `data.message: "website not found"`; that text must not travel.
    expect(sandbox.calls.find((c) => c.route === 'GET /website/:website_id')?.status).toBe(404);
    expect(JSON.stringify(body)).not.toContain('website not found');
  });

  test('an unexpected upstream failure keeps its code, not its details', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    // Every attempt fails (reads are retried 3 times in all on 5xx).
    sandbox.failNext('website.base.get', { status: 503, reason: 'maintenance' }, 3);
    const { errors } = await gateway.execute(
      `{ website(id: "${firstWebsiteId(sandbox)}") { id domain } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(JSON.stringify(errors)).not.toContain('maintenance');
  });

  test('websiteExists asks HEAD /website?domain=', async ({ gateway, sandbox, expect }) => {
    const data = await gateway.executeOk(
      '{ yes: websiteExists(domain: "Acme.Example") no: websiteExists(domain: "nobody.example") }',
    );
    expect(data).toEqual({ yes: true, no: false });
    expect(sandbox.calls.map((c) => [c.method, c.path, c.query])).toEqual([
      ['HEAD', '/website', { domain: 'acme.example' }],
      ['HEAD', '/website', { domain: 'nobody.example' }],
    ]);
  });

  test('websiteExists refuses something that is not a domain, with no call', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const { errors } = await gateway.execute('{ websiteExists(domain: "not a domain") }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls).toHaveLength(0);
  });
});

describe('a website token', () => {
  const websiteTest = test.extend({
    sandboxOptions: { tier: 'website' as const },
    gatewayEnv: async ({ sandbox }, use) => use({ CRISP_WEBSITE_ID: firstWebsiteId(sandbox) }),
  });

  websiteTest(
    'websites is the configured website, without the plugin listing',
    async ({ gateway, sandbox, expect }) => {
      const data = await gateway.executeOk('{ websites { crispId } website { name } }');
      expect(data).toEqual({
        websites: [{ crispId: firstWebsiteId(sandbox) }],
        website: { name: 'Acme Support' },
      });
      expect(sandbox.calls.map((c) => c.route)).toEqual(['GET /website/:website_id']);
    },
  );
});

describe('error masking', () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {} };
  const located = (original: Error) =>
    new GraphQLError(original.message, { path: ['x'], originalError: original });

  test('typed Crisp errors and BAD_USER_INPUT pass; anything else is "Unexpected error."', ({
    expect,
  }) => {
    const crisp = located(new NotFoundError('not_found', 'GET /website/:id', 404));
    expect(maskError(crisp, logger)).toBe(crisp);
    const input = located(
      new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(maskError(input, logger)).toBe(input);
    const masked = maskError(located(new TypeError('secret detail')), logger) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.path).toEqual(['x']);
    const plain = maskError(located(new GraphQLError('resolver detail')), logger);
    expect(plain.message).toBe('Unexpected error.');
  });
});
