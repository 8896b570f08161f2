import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from 'crisp-sandbox';
import { describe } from 'vitest';
import { CrispClient } from '../../src/datasources/crisp-client.ts';
import {
  CrispError,
  errorByReason,
  UnauthenticatedError,
  UpstreamUnavailableError,
} from '../../src/datasources/crisp-errors.ts';
import { route } from '../../src/datasources/crisp-request.ts';
import { test as base } from '../support/fixtures.ts';

const test = base.extend<{ client: CrispClient; websiteId: string }>({
  client: async ({ sandbox }, use) => {
    // One attempt per call: these tests are about how a single answer is decoded (retries: resilience.e2e).
    const client = new CrispClient({
      baseUrl: sandbox.url,
      ...sandbox.token,
      timeoutMs: 2000,
      retry: false,
    });
    await use(client);
    await client.close();
  },
  websiteId: async ({ sandbox }, use) => use(sandbox.seed.websiteIds[0]!),
});

const clientFor = (
  sandbox: Sandbox,
  options: Partial<ConstructorParameters<typeof CrispClient>[0]>,
) => new CrispClient({ baseUrl: sandbox.url, ...sandbox.token, retry: false, ...options });

/** Everything an error exposes: message, stack, own properties and extensions. */
const everything = (e: unknown) =>
  e instanceof Error
    ? `${e.message}\n${e.stack}\n${JSON.stringify(e)}\n${JSON.stringify(Object.entries(e))}`
    : String(e);

describe('requests', () => {
  test('sends Basic auth, the tier and a User-Agent, and JSON bodies', async ({ expect }) => {
    let seen: { headers: IncomingHttpHeaders; url?: string; body: string } | undefined;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen = { headers: req.headers, url: req.url, body };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: false, reason: 'added', data: { ok: 1 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new CrispClient({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      identifier: 'id-1',
      key: 'key-1',
      tier: 'website',
    });
    try {
      await expect(client.post('/website/w/conversation', { a: 1 })).resolves.toEqual({ ok: 1 });
      expect(seen?.url).toBe('/v1/website/w/conversation');
      expect(seen?.headers.authorization).toBe(
        `Basic ${Buffer.from('id-1:key-1').toString('base64')}`,
      );
      expect(seen?.headers['x-crisp-tier']).toBe('website');
      expect(seen?.headers['user-agent']).toMatch(/^crisp-graphql-gateway\//);
      expect(seen?.headers['content-type']).toBe('application/json');
      expect(JSON.parse(seen!.body)).toEqual({ a: 1 });
    } finally {
      await client.close();
      server.close();
    }
  });

  test('decodes the envelope and returns data', async ({ client, websiteId, expect }) => {
    const website = await client.get<{ website_id: string; name: string }>(
      route`/website/${websiteId}`,
    );
    expect(website).toMatchObject({ website_id: websiteId, name: 'Acme Support' });
  });

  test('encodes each path segment, so an email can be a people id', async ({
    client,
    sandbox,
    websiteId,
    expect,
  }) => {
    const email = String([...sandbox.seed.website(websiteId)!.people.values()][0]!.profile.email);
    expect(email).toContain('@');
    const profile = await client.get<{ email: string }>(
      route`/website/${websiteId}/people/profile/${email}`,
    );
    expect(profile.email).toBe(email);
    expect(sandbox.calls.at(-1)?.path).toBe(
      `/website/${websiteId}/people/profile/${encodeURIComponent(email)}`,
    );
    // A slash in a segment stays inside the segment.
    expect(route`/website/${'a/b?c'}`.path).toBe('/website/a%2Fb%3Fc');
    expect(route`/website/${'a/b'}/people`.template).toBe('/website/:id/people');
  });

  test('HEAD answers true on 200 and false on 404', async ({ client, expect }) => {
    await expect(client.head(route`/website`, { domain: 'acme.example' })).resolves.toBe(true);
    await expect(client.head(route`/website`, { domain: 'nobody.example' })).resolves.toBe(false);
  });

  test('query values: booleans become 0/1, objects JSON, null dropped', async ({
    client,
    sandbox,
    expect,
  }) => {
    await client.get(route`/plugin/connect/websites/all/${1}`, {
      filter_configured: true,
      include_plan: false,
      skip: null,
    });
    expect(sandbox.calls.at(-1)?.query).toEqual({ filter_configured: '1', include_plan: '0' });
  });

  test('reports each call with its route template', async ({ client, websiteId, expect }) => {
    const calls: unknown[] = [];
    client.onCall((c) => calls.push(c));
    await client.get(route`/website/${websiteId}`);
    expect(calls).toEqual([
      expect.objectContaining({ method: 'GET', route: '/website/:id', status: 200, attempt: 1 }),
    ]);
  });
});

describe('errors', () => {
  for (const [reason, Class] of Object.entries(errorByReason)) {
    test(`reason ${reason} becomes ${Class.name}`, async ({
      client,
      sandbox,
      websiteId,
      expect,
    }) => {
      const status =
        reason.includes('limit') || reason === 'rate_limited'
          ? 429
          : reason === 'invalid_data'
            ? 400
            : 403;
      sandbox.failNext('website.base.get', { status, reason });
      const error = await client.get(route`/website/${websiteId}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(CrispError);
      const e = error as CrispError;
      expect(e.reason).toBe(reason);
      expect(e.route).toBe('GET /website/:id');
      expect(e.extensions.code).toBe(e.code);
    });
  }

  test('an unknown reason falls back on the status', async ({
    client,
    sandbox,
    websiteId,
    expect,
  }) => {
    sandbox.failNext('website.base.get', { status: 500, reason: 'something_new' });
    const error = (await client
      .get(route`/website/${websiteId}`)
      .catch((e: unknown) => e)) as CrispError;
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.reason).toBe('something_new');
  });

  test("Crisp's data.message never becomes the error message", async ({ client, expect }) => {
    const error = (await client
      .get(route`/website/${'00000000-0000-4000-8000-000000000000'}`)
      .catch((e: unknown) => e)) as CrispError;
    expect(error.code).toBe('NOT_FOUND');
    expect(everything(error)).not.toContain('website not found');
  });

  test('a wrong key is UnauthenticatedError', async ({ sandbox, websiteId, expect }) => {
    const client = clientFor(sandbox, { key: 'wrong-key' });
    await expect(client.get(route`/website/${websiteId}`)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await client.close();
  });

  test('a slow answer past timeoutMs is UPSTREAM_UNAVAILABLE (timeout)', async ({
    sandbox,
    websiteId,
    expect,
  }) => {
    // undici checks header timeouts on a timer of about one second, hence the long latency.
    const client = clientFor(sandbox, { timeoutMs: 100 });
    sandbox.setLatency(4000, 'website.base.get');
    const error = (await client
      .get(route`/website/${websiteId}`)
      .catch((e: unknown) => e)) as CrispError;
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.reason).toBe('timeout');
    await client.close();
  });

  test('a reset connection is UPSTREAM_UNAVAILABLE (network)', async ({
    client,
    sandbox,
    websiteId,
    expect,
  }) => {
    sandbox.faultNext('website.base.get', { kind: 'reset' });
    const error = (await client
      .get(route`/website/${websiteId}`)
      .catch((e: unknown) => e)) as CrispError;
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.reason).toBe('network');
    expect(error.route).toBe('GET /website/:id');
  });

  test('a malformed JSON body is UPSTREAM_UNAVAILABLE (invalid_body)', async ({
    client,
    sandbox,
    websiteId,
    expect,
  }) => {
    sandbox.faultNext('website.base.get', { kind: 'malformed' });
    const error = (await client
      .get(route`/website/${websiteId}`)
      .catch((e: unknown) => e)) as CrispError;
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.reason).toBe('invalid_body');
  });

  test('no error carries the identifier or the key', async ({ sandbox, websiteId, expect }) => {
    const { identifier, key } = sandbox.token;
    const client = clientFor(sandbox, { timeoutMs: 100 });
    const errors: unknown[] = [];
    const attempt = () =>
      client.get(route`/website/${websiteId}`).then(
        () => errors.push(new Error('no error')),
        (e: unknown) => errors.push(e),
      );
    for (const reason of Object.keys(errorByReason)) {
      sandbox.failNext('website.base.get', { status: 400, reason });
      await attempt();
    }
    for (const kind of ['reset', 'malformed'] as const) {
      sandbox.faultNext('website.base.get', { kind });
      await attempt();
    }
    sandbox.faultNext('website.base.get', { kind: 'timeout', ms: 300 });
    await attempt();
    const wrong = clientFor(sandbox, { key: `${key}-wrong` });
    await wrong.get(route`/website/${websiteId}`).catch((e: unknown) => errors.push(e));
    await wrong.close();
    await client.close();

    expect(errors).toHaveLength(Object.keys(errorByReason).length + 4);
    const basic = Buffer.from(`${identifier}:${key}`).toString('base64');
    for (const e of errors) {
      expect(e).toBeInstanceOf(CrispError);
      for (const secret of [identifier, key, basic]) expect(everything(e)).not.toContain(secret);
    }
  });
});
