import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient } from 'graphql-ws';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { WebsitesDocument } from '../client/graphql.ts';
import { ConfigError } from '../src/server/config.ts';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { post, quiet, startSecured, websiteIds } from './support/secure.ts';
import { waitFor } from './support/wait-for.ts';

const KEY = 'limits-key-0123456789abcdef';
const auth = { 'x-api-key': KEY };

const running: Gateway[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Real-credentials mode, one API key allowed everything, RTM off unless asked. */
async function secured(sandbox: Parameters<typeof startSecured>[0], env: Record<string, string> = {}) {
  const gateway = await startSecured(sandbox, { GATEWAY_API_KEYS: `${KEY}:*:rw`, CRISP_RTM_MODE: 'off', ...env });
  running.push(gateway);
  return gateway;
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

/** A conversation, its contact, the contact's conversations, and so on: 4 + 4 × `levels` + 1 deep. */
function nested(levels: number): string {
  let inner = 'sessionId';
  for (let i = 0; i < levels; i++) inner = `person { conversations(first: 1) { edges { node { ${inner} } } } }`;
  return `{ website { conversations(first: 1) { edges { node { ${inner} } } } } }`;
}

describe('graphql-armor', () => {
  test('a query deeper than GATEWAY_MAX_DEPTH (default 12) is refused before any call', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const deep = nested(3);
    const { status, body } = await post(gateway.url, { query: deep }, auth);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(body.errors[0].message).toMatch(/depth limit of 12/);
    expect(sandbox.calls).toEqual([]);
  });

  test('GATEWAY_MAX_DEPTH lowers the bound', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_MAX_DEPTH: '2' });
    const { status, body } = await post(gateway.url, { query: '{ website { conversations { edges { node { sessionId } } } } }' }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/depth limit of 2/);
    expect(sandbox.calls).toEqual([]);
  });

  test('more aliases than GATEWAY_MAX_ALIASES (default 15) are refused', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const many = `{ ${Array.from({ length: 16 }, (_, i) => `w${i}: website(id: "${a}") { id }`).join(' ')} }`;
    const { status, body } = await post(gateway.url, { query: many }, auth);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });
    expect(body.errors[0].message).toMatch(/Aliases limit of 15/i);
    const fine = `{ ${Array.from({ length: 15 }, (_, i) => `w${i}: website(id: "${a}") { id }`).join(' ')} }`;
    expect((await post(gateway.url, { query: fine }, auth)).status).toBe(200);
  });

  test('an operation costlier than GATEWAY_MAX_COST is refused', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_MAX_COST: '50' });
    const query = '{ websites { id name domain logo verified institutional conversations { edges { node { sessionId state metas { nickname email } } } } } }';
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Cost limit of 50/i);
    expect(sandbox.calls).toEqual([]);
  });

  test('the cost counts a page size passed as a variable like one written in the query', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_MAX_COST: '500', GATEWAY_MAX_CRISP_CALLS: '1000' });
    const [a] = websiteIds(sandbox);
    const query = (first: string) => `query ${first === '$n' ? '($n: Int!) ' : ''}{ website(id: "${a}") { conversations(first: ${first}) { edges { node { sessionId state } } } } }`;
    const written = await post(gateway.url, { query: query('100') }, auth);
    const passed = await post(gateway.url, { query: query('$n'), variables: { n: 100 } }, auth);
    for (const { status, body } of [written, passed]) {
      expect(status).toBe(400);
      expect(codeOf(body)).toBe('OPERATION_LIMIT_EXCEEDED');
      expect(body.errors[0].message).toMatch(/cost limit of 500 exceeded, found \d+/i);
    }
    expect(passed.body.errors[0].extensions).toMatchObject({ cost: written.body.errors[0].extensions.cost, limit: 500 });
    expect(sandbox.calls).toEqual([]);
    // A small page passes the same limit.
    const small = await post(gateway.url, { query: query('$n'), variables: { n: 2 } }, auth);
    expect(small.body.errors).toBeUndefined();
  });

  test('more tokens than GATEWAY_MAX_TOKENS (default 2000) is a syntax error', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const query = `{ websites { ${'id '.repeat(2100)} } }`;
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Token limit of 2000/);
  });

  test('more directives than GATEWAY_MAX_DIRECTIVES (default 20) are refused', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const query = `{ websites { id ${'@include(if: true) '.repeat(21)} } }`;
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Directives limit of 20/i);
  });

  test('a page is at most 100 items on every connection, and nodes takes at most 100 ids', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    for (const field of ['people(first: 101) { edges { cursor } }', 'visitors(first: 500) { edges { cursor } }', 'conversations(first: 101) { edges { cursor } }']) {
      const { body } = await post(gateway.url, { query: `{ website(id: "${a}") { ${field} } }` }, auth);
      expect(codeOf(body), field).toBe('BAD_USER_INPUT');
    }
    const id = encodeGlobalID('Conversation', `${a}/session_00000000-0000-4000-8000-000000000000`);
    const ids = Array.from({ length: 101 }, () => id);
    const { body } = await post(gateway.url, { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, auth);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    // Malformed global ids are bad input too, not unexpected errors.
    for (const bad of ['x', encodeGlobalID('Website', a), encodeGlobalID('Conversation', 'x')]) {
      const answer = await post(gateway.url, { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: bad } }, auth);
      expect(codeOf(answer.body), bad).toBe('BAD_USER_INPUT');
    }
    expect(sandbox.calls).toEqual([]);
  });
});

describe('HTTP', () => {
  test('a body over GATEWAY_MAX_BODY_BYTES (default 100 KB) is 413', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(gateway.url, { query: '{ websites { id } }', variables: { pad: 'x'.repeat(110_000) } }, auth);
    expect(status).toBe(413);
    expect(codeOf(body)).toBe('REQUEST_ENTITY_TOO_LARGE');
    // Chunked, without a Content-Length: cut off while reading.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"query":"{ websites { id } }","variables":{"pad":"${'x'.repeat(150_000)}"}}`));
        controller.close();
      },
    });
    const chunked = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(sandbox.calls).toEqual([]);
  });

  test('CSRF: a GET or a form POST needs a header no cross-site form can send', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_API_KEYS: `${KEY}:*:r` });
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    // Credentials come first (401); the API key header is itself one a form cannot send.
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: auth })).status).toBe(200);
    // A form can send neither, so it is refused before CSRF is even considered.
    const form = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(form.status).toBe(401);
  });

  test('CSRF in sandbox mode: a GET or a form POST needs x-graphql-yoga-csrf', async ({ gateway, sandbox }) => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    const [a] = websiteIds(sandbox);
    const mutation = `mutation { createConversation(input: { websiteId: "${a}" }) { __typename } }`;
    const form = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(mutation)}` });
    expect(form.status).toBe(403);
    expect(sandbox.calls).toEqual([]);
  });

  test('CORS: none by default with real credentials; GATEWAY_CORS_ORIGINS allows the listed origins', async ({ sandbox }) => {
    const closed = await secured(sandbox);
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    expect((await preflight(closed.url, 'https://app.example')).headers.get('access-control-allow-origin')).toBeNull();

    const open = await secured(sandbox, { GATEWAY_CORS_ORIGINS: 'https://app.example, https://admin.example' });
    const res = await preflight(open.url, 'https://app.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight(open.url, 'https://evil.example')).headers.get('access-control-allow-origin')).toBe('null');
  });

  test('CORS in sandbox mode allows any origin, without credentials', async ({ gateway }) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('a bad GATEWAY_CORS_ORIGINS is a configuration error', ({ sandbox }) => {
    expect(() => testConfig(sandbox, { GATEWAY_CORS_ORIGINS: 'not a url' })).toThrow(ConfigError);
  });
});

describe('introspection and GraphiQL', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  test('off by default with real credentials, field suggestions hidden too', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(gateway.url, { query: INTROSPECTION }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(gateway.url, { query: '{ websitez { id } }' }, auth);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Crisp GraphQL gateway');
    // __typename is not introspection.
    expect((await post(gateway.url, { query: '{ __typename }' }, auth)).body).toEqual({ data: { __typename: 'Query' } });
  });

  test('with introspection off, no error suggests a name or an enum value, over HTTP or graphql-ws', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const change = '{ __typename ... on Error { code } }';
    const invalid = 'GRAPHQL_VALIDATION_FAILED';
    const mistakes: { query: string; variables?: Record<string, unknown>; code: string }[] = [
      { query: '{ websitez { id } }', code: invalid },
      { query: `query ($w: ID!) { website(id: $w) { conversations(firts: 1) { edges { cursor } } } }`, variables: { w: a }, code: invalid },
      { query: `mutation { changeConversationState(input: { sessionId: "s", websiteId: "${a}", state: RESOLVD }) ${change} }`, code: invalid },
      { query: `mutation ($s: ConversationState!) { changeConversationState(input: { sessionId: "s", websiteId: "${a}", state: $s }) ${change} }`, variables: { s: 'RESOLVD' }, code: 'BAD_USER_INPUT' },
      { query: `mutation ($i: ChangeConversationStateInput!) { changeConversationState(input: $i) ${change} }`, variables: { i: { sessionId: 's', websiteId: a, state: 'RESOLVD', stat: 1 } }, code: 'BAD_USER_INPUT' },
    ];
    const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { apiKey: KEY } });
    try {
      for (const { code, ...mistake } of mistakes) {
        const http = await post(gateway.url, mistake, auth);
        // graphql-ws sends validation errors as an `error` message (an array), others in `next`.
        const ws = await new Promise<unknown>((resolve) => client.subscribe(mistake, { next: resolve, error: resolve, complete: () => undefined }));
        const wsErrors = (Array.isArray(ws) ? ws : (ws as { errors: unknown[] }).errors) as { message: string; extensions?: { code?: string } }[];
        for (const [transport, errors] of [['HTTP', http.body.errors], ['graphql-ws', wsErrors]] as const) {
          expect(errors[0]?.extensions?.code, `${transport}: ${mistake.query}`).toBe(code);
          expect(JSON.stringify(errors), `${transport}: ${mistake.query}`).not.toMatch(/Did you mean/);
        }
      }
    } finally {
      await client.dispose();
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('with introspection on, suggestions help', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_INTROSPECTION: 'true' });
    const [a] = websiteIds(sandbox);
    const { body } = await post(gateway.url, { query: `mutation ($s: ConversationState!) { changeConversationState(input: { sessionId: "s", websiteId: "${a}", state: $s }) { __typename } }`, variables: { s: 'RESOLVD' } }, auth);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/Did you mean the enum value "RESOLVED"/), extensions: { code: 'BAD_USER_INPUT', field: 's' } });
    const typo = await post(gateway.url, { query: '{ websitez { id } }' }, auth);
    expect(typo.body.errors[0].message).toMatch(/Did you mean "website"/);
  });

  test('GATEWAY_INTROSPECTION=true and GATEWAY_GRAPHIQL=true turn them on', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_INTROSPECTION: 'true', GATEWAY_GRAPHIQL: 'true' });
    expect((await post(gateway.url, { query: INTROSPECTION }, auth)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Crisp GraphQL gateway');
  });

  test('on in sandbox mode; GATEWAY_INTROSPECTION=false turns it off', async ({ gateway, sandbox }) => {
    expect((await post(gateway.url, { query: INTROSPECTION })).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const off = buildGateway(testConfig(sandbox, { GATEWAY_INTROSPECTION: 'false', CRISP_RTM_MODE: 'off' }), { logger: quiet });
    running.push(off);
    await off.start();
    expect((await post(off.url, { query: INTROSPECTION })).status).toBe(400);
  });
});

describe('persisted operations', () => {
  const WEBSITES = 'query Websites { websites { id } }';
  const hash = (document: string) => createHash('sha256').update(document).digest('hex');

  /** The file graphql-codegen's client preset writes: `{ "sha256:<hex>": "<document>" }`. */
  function persistedFile(documents: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
    dirs.push(dir);
    const path = join(dir, 'persisted-documents.json');
    writeFileSync(path, JSON.stringify(Object.fromEntries(documents.map((d) => [`sha256:${hash(d)}`, d]))));
    return path;
  }

  test('only listed operations run: by documentId or persistedQuery hash; others are refused', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_PERSISTED_OPERATIONS: persistedFile([WEBSITES]) });
    const refused = await post(gateway.url, { query: WEBSITES }, auth);
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe('PERSISTED_QUERY_ONLY');
    expect(sandbox.calls).toEqual([]);

    const byId = await post(gateway.url, { documentId: `sha256:${hash(WEBSITES)}` }, auth);
    expect(byId.status).toBe(200);
    expect(byId.body.data.websites).toHaveLength(3);
    const byHash = await post(gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash(WEBSITES) } } }, auth);
    expect(byHash.body.data.websites).toHaveLength(3);

    const unknown = await post(gateway.url, { documentId: `sha256:${hash('{ websites { name } }')}` }, auth);
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Authentication still comes first.
    expect((await post(gateway.url, { documentId: `sha256:${hash(WEBSITES)}` })).status).toBe(401);
  });

  test('over graphql-ws, only a listed operation runs: by hash, or by its exact text', async ({ sandbox }) => {
    const [a] = websiteIds(sandbox);
    const listed = 'subscription Live($w: ID!) { visitorsCount(websiteId: $w) { count } }';
    const gateway = await secured(sandbox, { GATEWAY_PERSISTED_OPERATIONS: persistedFile([listed]), CRISP_RTM_MODE: 'websocket' });
    const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { apiKey: KEY } });
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: `subscription { websiteMessages(websiteId: "${a}") { sessionId } }` }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect(JSON.stringify(refused)).toContain('Only persisted operations are accepted');
      const stop = client.subscribe({ query: listed, variables: { w: a } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      const deadline = Date.now() + 5000;
      while ((gateway.live?.subscribers(a) ?? 0) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(gateway.live?.subscribers(a)).toBe(1);
      stop();
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) === 0);
      // The hash selects the listed document, whatever text comes with it.
      const byHash = client.subscribe(
        { query: 'subscription { __typename }', variables: { w: a }, extensions: { persistedQuery: { version: 1, sha256Hash: hash(listed) } } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) >= 1);
      byHash();
    } finally {
      await client.dispose();
    }
  });

  test('over graphql-ws, a listed hash runs whatever text another client sent before', async ({ sandbox }) => {
    const [a] = websiteIds(sandbox);
    const listed = 'subscription Live($w: ID!) { visitorsCount(websiteId: $w) { count } }';
    const gateway = await secured(sandbox, { GATEWAY_PERSISTED_OPERATIONS: persistedFile([listed]), CRISP_RTM_MODE: 'websocket' });
    const connect = () => createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { apiKey: KEY } });
    const [mallory, alice] = [connect(), connect()];
    try {
      // The same text comes with the listed hash from one client, alone from the other: each
      // answer depends on its own payload only, whichever comes first.
      const text = `subscription { websiteMessages(websiteId: "${a}") { sessionId } }`;
      const refused = await new Promise<unknown>((resolve) => mallory.subscribe({ query: text }, { next: resolve, error: resolve, complete: () => resolve('complete') }));
      expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_ONLY');
      const errors: unknown[] = [];
      const byHash = alice.subscribe(
        { query: text, variables: { w: a }, extensions: { persistedQuery: { version: 1, sha256Hash: hash(listed) } } },
        { next: (r) => void (r.errors && errors.push(r.errors)), error: (e) => void errors.push(e), complete: () => undefined },
      );
      await waitFor(() => errors.length > 0 || (gateway.live?.subscribers(a) ?? 0) >= 1);
      expect(errors).toEqual([]);
      byHash();
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) === 0);
      // And the other way round: a text sent with the hash does not become the listed document.
      const again = await new Promise<unknown>((resolve) => mallory.subscribe({ query: text }, { next: resolve, error: resolve, complete: () => resolve('complete') }));
      expect(JSON.stringify(again)).toContain('PERSISTED_QUERY_ONLY');
      expect(gateway.live?.subscribers(a) ?? 0).toBe(0);
    } finally {
      await Promise.all([mallory.dispose(), alice.dispose()]);
    }
  });

  test('client/persisted-documents.json, as npm run codegen writes it, is accepted as is', async ({ sandbox }) => {
    const path = fileURLToPath(new URL('../client/persisted-documents.json', import.meta.url));
    const gateway = await secured(sandbox, { GATEWAY_PERSISTED_OPERATIONS: path });
    const hash = (WebsitesDocument as { __meta__?: { hash?: string } }).__meta__?.hash;
    expect(hash).toMatch(/^sha256:/);
    const { body } = await post(gateway.url, { documentId: hash }, auth);
    expect(body.data.websites).toHaveLength(3);
  });

  test('an unreadable or invalid file stops the gateway at start', ({ sandbox }) => {
    const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ 'sha256:abc': '{ not graphql' }));
    for (const path of [join(dir, 'missing.json'), join(dir, 'bad.json')]) {
      const config = { ...testConfig(sandbox, { GATEWAY_API_KEYS: `${KEY}:*:rw`, GATEWAY_PERSISTED_OPERATIONS: path }), sandbox: false };
      expect(() => buildGateway(config, { logger: quiet })).toThrow(ConfigError);
    }
  });
});
