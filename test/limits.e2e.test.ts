import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConfigError } from '../src/server/config.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { auth, codeOf, KEY, useKeyedGateways } from './support/limits.ts';
import { post, startSecured, websiteIds } from './support/secure.ts';

const { secured, running } = useKeyedGateways();

/** A conversation, its contact, the contact's conversations, and so on: 4 + 4 × `levels` + 1 deep. */
function nested(levels: number): string {
  let inner = 'sessionId';
  for (let i = 0; i < levels; i++)
    inner = `person { conversations(first: 1) { edges { node { ${inner} } } } }`;
  return `{ website { conversations(first: 1) { edges { node { ${inner} } } } } }`;
}

describe('graphql-armor', () => {
  test('a query deeper than GATEWAY_MAX_DEPTH (default 16) is refused before any call', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const deep = nested(3);
    const { status, body } = await post(gateway.url, { query: deep }, auth);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(body.errors[0].message).toMatch(/depth limit of 16/);
    expect(sandbox.calls).toEqual([]);
  });

  test('GATEWAY_MAX_DEPTH lowers the bound', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_MAX_DEPTH: '2' });
    const { status, body } = await post(
      gateway.url,
      { query: '{ website { conversations { edges { node { sessionId } } } } }' },
      auth,
    );
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
    const query =
      '{ websites { id name domain logo verified institutional conversations { edges { node { sessionId state metas { nickname email } } } } } }';
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Cost limit of 50/i);
    expect(sandbox.calls).toEqual([]);
  });

  test('the cost counts a page size passed as a variable like one written in the query', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox, {
      GATEWAY_MAX_COST: '500',
      GATEWAY_MAX_CRISP_CALLS: '1000',
    });
    const [a] = websiteIds(sandbox);
    const query = (first: string) =>
      `query ${first === '$n' ? '($n: Int!) ' : ''}{ website(id: "${a}") { conversations(first: ${first}) { edges { node { sessionId state } } } } }`;
    const written = await post(gateway.url, { query: query('100') }, auth);
    const passed = await post(gateway.url, { query: query('$n'), variables: { n: 100 } }, auth);
    for (const { status, body } of [written, passed]) {
      expect(status).toBe(400);
      expect(codeOf(body)).toBe('OPERATION_LIMIT_EXCEEDED');
      expect(body.errors[0].message).toMatch(/cost limit of 500 exceeded, found \d+/i);
    }
    expect(passed.body.errors[0].extensions).toMatchObject({
      cost: written.body.errors[0].extensions.cost,
      limit: 500,
    });
    expect(sandbox.calls).toEqual([]);
    // A small page passes the same limit.
    const small = await post(gateway.url, { query: query('$n'), variables: { n: 2 } }, auth);
    expect(small.body.errors).toBeUndefined();
  });

  test('more tokens than GATEWAY_MAX_TOKENS (default 2000) is a syntax error', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const query = `{ websites { ${'id '.repeat(2100)} } }`;
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Token limit of 2000/);
  });

  test('more directives than GATEWAY_MAX_DIRECTIVES (default 20) are refused', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const query = `{ websites { id ${'@include(if: true) '.repeat(21)} } }`;
    const { status, body } = await post(gateway.url, { query }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Directives limit of 20/i);
  });

  test('a page is at most 100 items on every connection, and nodes takes at most 100 ids', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    for (const field of [
      'people(first: 101) { edges { cursor } }',
      'visitors(first: 500) { edges { cursor } }',
      'conversations(first: 101) { edges { cursor } }',
    ]) {
      const { body } = await post(
        gateway.url,
        { query: `{ website(id: "${a}") { ${field} } }` },
        auth,
      );
      expect(codeOf(body), field).toBe('BAD_USER_INPUT');
    }
    const id = encodeGlobalID('Conversation', `${a}/session_00000000-0000-4000-8000-000000000000`);
    const ids = Array.from({ length: 101 }, () => id);
    const { body } = await post(
      gateway.url,
      { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } },
      auth,
    );
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    // Malformed global ids are bad input too, not unexpected errors.
    for (const bad of ['x', encodeGlobalID('Website', a), encodeGlobalID('Conversation', 'x')]) {
      const answer = await post(
        gateway.url,
        { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: bad } },
        auth,
      );
      expect(codeOf(answer.body), bad).toBe('BAD_USER_INPUT');
    }
    expect(sandbox.calls).toEqual([]);
  });
});

describe('HTTP', () => {
  test('a body over GATEWAY_MAX_BODY_BYTES (default 100 KB) is 413', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(
      gateway.url,
      { query: '{ websites { id } }', variables: { pad: 'x'.repeat(110_000) } },
      auth,
    );
    expect(status).toBe(413);
    expect(codeOf(body)).toBe('REQUEST_ENTITY_TOO_LARGE');
    // Chunked, without a Content-Length: cut off while reading.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `{"query":"{ websites { id } }","variables":{"pad":"${'x'.repeat(150_000)}"}}`,
          ),
        );
        controller.close();
      },
    });
    const chunked = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(sandbox.calls).toEqual([]);
  });

  test('CSRF: a GET or a form POST needs a header no cross-site form can send', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox, { GATEWAY_API_KEYS: `${KEY}:*:r` });
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    // Credentials come first (401); the API key header is itself one a form cannot send.
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: auth })).status).toBe(200);
    // A form can send neither, so it is refused before CSRF is even considered.
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(401);
  });

  test('CSRF in sandbox mode: a GET query passes as is; a form POST needs x-graphql-yoga-csrf', async ({
    gateway,
    sandbox,
  }) => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(200);
    const [a] = websiteIds(sandbox);
    const mutation = `mutation { createConversation(input: { websiteId: "${a}" }) { __typename } }`;
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(mutation)}`,
    });
    expect(form.status).toBe(403);
    expect(codeOf(await form.json())).toBe('CSRF_HEADER_MISSING');
    expect(sandbox.calls).toEqual([]);
  });

  test('GATEWAY_CSRF=false lets a form POST through', async ({ sandbox }) => {
    const gateway = await startSecured(sandbox, {
      GATEWAY_AUTH: 'none',
      GATEWAY_CSRF: 'false',
      CRISP_RTM_MODE: 'off',
    });
    running.push(gateway);
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(200);
  });

  test('CORS: none by default with real credentials; GATEWAY_CORS_ORIGINS allows the listed origins', async ({
    sandbox,
  }) => {
    const closed = await secured(sandbox);
    const preflight = (url: string, origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    expect(
      (await preflight(closed.url, 'https://app.example')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();

    const open = await secured(sandbox, {
      GATEWAY_CORS_ORIGINS: 'https://app.example, https://admin.example',
    });
    const res = await preflight(open.url, 'https://app.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await preflight(open.url, 'https://evil.example')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBe('null');
  });

  test('CORS in sandbox mode allows any origin, without credentials', async ({ gateway }) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('a bad GATEWAY_CORS_ORIGINS is a configuration error', ({ sandbox }) => {
    expect(() => testConfig(sandbox, { GATEWAY_CORS_ORIGINS: 'not a url' })).toThrow(ConfigError);
  });
});
