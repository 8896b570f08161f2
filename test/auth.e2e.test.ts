import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient } from 'graphql-ws';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { CrispClient } from '../src/datasources/crisp-client.ts';
import { AccessDeniedError, guardCrisp } from '../src/request/access.ts';
import { ConfigError, parseApiKeys } from '../src/server/config.ts';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { post, quiet, startSecured, websiteIds } from './support/secure.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const READ_KEY = 'read-key-0123456789abcdef';
const WRITE_KEY = 'write-key-0123456789abcdef';
const ALL_KEY = 'all-key-0123456789abcdef0';

const running: Gateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop()));
});

/** A gateway with JWTs (HS256) and API keys: READ_KEY reads website A, WRITE_KEY writes A, ALL_KEY everything. */
async function secured(sandbox: Parameters<typeof startSecured>[0], env: Record<string, string> = {}) {
  const [a] = websiteIds(sandbox);
  const gateway = await startSecured(sandbox, {
    GATEWAY_JWT_SECRET: SECRET,
    GATEWAY_API_KEYS: `${READ_KEY}:${a}:r ${WRITE_KEY}:${a}:rw ${ALL_KEY}:*:rw`,
    ...env,
  });
  running.push(gateway);
  return gateway;
}

function hs256(claims: Record<string, unknown>, expiresIn: string | number = '5m') {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('tester').setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(SECRET));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const WEBSITE = 'query ($id: ID!) { website(id: $id) { id name } }';
const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { __typename ... on Error { code message } ... on MutationSendMessageSuccess { data { fingerprint } } }
}`;

function conversationOf(sandbox: Parameters<typeof startSecured>[0], index: number) {
  const [websiteId, website] = [sandbox.seed.websiteIds[index]!, sandbox.seed.websites[index]!];
  return { websiteId, sessionId: [...website.conversations.keys()][0]! };
}

describe('starting', () => {
  test('with real Crisp credentials and no client auth, the gateway refuses to start', ({ sandbox }) => {
    expect(() => buildGateway({ ...testConfig(sandbox), sandbox: false }, { logger: quiet })).toThrow(ConfigError);
    expect(() => buildGateway({ ...testConfig(sandbox), sandbox: false }, { logger: quiet })).toThrow(/GATEWAY_AUTH=none/);
  });

  test('GATEWAY_AUTH=none runs open and warns once', async ({ sandbox }) => {
    const warnings: string[] = [];
    const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void warnings.push(JSON.parse(line).msg) } });
    const gateway = await startSecured(sandbox, { GATEWAY_AUTH: 'none', CRISP_RTM_MODE: 'off' }, logger);
    running.push(gateway);
    const { status, body } = await post(gateway.url, { query: '{ websites { id } }' });
    expect(status).toBe(200);
    expect(body.data.websites).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/GATEWAY_AUTH=none/);
  });

  test('GATEWAY_AUTH=none with keys configured is a configuration error', ({ sandbox }) => {
    expect(() => testConfig(sandbox, { GATEWAY_AUTH: 'none', GATEWAY_API_KEYS: `${ALL_KEY}:*:rw` })).toThrow(ConfigError);
  });

  test('GATEWAY_API_KEYS reads the compact list and the JSON array alike', () => {
    const id = '8C842203-7ED8-4E29-A608-7CF78A7D2FCC';
    expect(parseApiKeys(`${READ_KEY}:${id},${id.replace('8C', '9C')}:r;${ALL_KEY}:*:rw`)).toEqual([
      { name: 'key-1', key: READ_KEY, websites: [id.toLowerCase(), id.replace('8C', '9C').toLowerCase()], write: false },
      { name: 'key-2', key: ALL_KEY, websites: '*', write: true },
    ]);
    expect(parseApiKeys(JSON.stringify([{ key: WRITE_KEY, name: 'ci', websites: [id], write: true }, { key: ALL_KEY, websites: '*' }]))).toEqual([
      { name: 'ci', key: WRITE_KEY, websites: [id.toLowerCase()], write: true },
      { name: 'key-2', key: ALL_KEY, websites: '*', write: false },
    ]);
    for (const bad of ['', 'short:*:rw', `${READ_KEY}:*:x`, `${READ_KEY}:not-an-id:r`, `${READ_KEY}:*:r ${READ_KEY}:*:rw`, '[{"key":1}]', '[']) {
      expect(parseApiKeys(bad), bad).toBeUndefined();
    }
  });

  test('a malformed GATEWAY_API_KEYS is refused without quoting it', ({ sandbox }) => {
    let error: unknown;
    try {
      testConfig(sandbox, { GATEWAY_API_KEYS: 'short:*:rw' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).not.toContain('short');
  });
});

describe('authentication', () => {
  test('no credentials: 401 UNAUTHENTICATED with a Bearer challenge, no upstream call', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { status, headers, body } = await post(gateway.url, { query: '{ websites { id } }' });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
    expect(sandbox.calls).toEqual([]);
  });

  test('without credentials, even a broken query learns nothing of the schema', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(gateway.url, { query: '{ websitez { id } }' });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).not.toContain('websites');
  });

  const bad: [string, () => Promise<Record<string, string>>][] = [
    ['a random bearer token', async () => bearer('not-a-token-at-all-0123456789')],
    ['a JWT signed with another secret', async () => bearer(await new SignJWT({ websites: '*' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode('another-secret-that-is-32-characters-long')))],
    ['a JWT without exp', async () => bearer(await new SignJWT({ websites: '*' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(SECRET)))],
    ['an unsigned JWT (alg none)', async () => bearer(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"websites":"*","exp":9999999999}').toString('base64url')}.x`)],
    ['an unknown API key', async () => ({ 'x-api-key': 'unknown-key-0123456789abcdef' })],
    ['a Basic authorization', async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
  ];
  for (const [name, headers] of bad) {
    test(`${name}: 401 UNAUTHENTICATED, no upstream call`, async ({ sandbox }) => {
      const gateway = await secured(sandbox);
      const { status, headers: answer, body } = await post(gateway.url, { query: '{ websites { id } }' }, await headers());
      expect(status).toBe(401);
      expect(answer.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(body.errors[0]).toMatchObject({ message: 'The credentials are not valid.', extensions: { code: 'UNAUTHENTICATED' } });
      expect(sandbox.calls).toEqual([]);
    });
  }

  test('an expired JWT: 401 saying so', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const token = await hs256({ websites: '*' }, Math.floor(Date.now() / 1000) - 60);
    const { status, body } = await post(gateway.url, { query: '{ websites { id } }' }, bearer(token));
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(sandbox.calls).toEqual([]);
  });

  test('a valid JWT reads the websites it names', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const { status, body } = await post(gateway.url, { query: WEBSITE, variables: { id: a } }, bearer(await hs256({ websites: [a] })));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { website: { id: a, name: 'Acme Support' } } });
  });

  test('API keys work as X-API-Key and as a bearer token', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    for (const headers of [{ 'x-api-key': READ_KEY }, bearer(READ_KEY)]) {
      const { status, body } = await post(gateway.url, { query: WEBSITE, variables: { id: a } }, headers);
      expect(status).toBe(200);
      expect(body.data.website.name).toBe('Acme Support');
    }
  });
});

describe('websites a caller may use', () => {
  test('a token for website A reading website B is FORBIDDEN with no upstream call', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    const queries: [string, Record<string, unknown>][] = [
      [WEBSITE, { id: b }],
      ['query ($id: ID!) { website(id: $id) { conversations(first: 5) { edges { node { sessionId } } } } }', { id: b }],
      ['query ($id: ID!) { website(id: $id) { people(first: 5) { edges { node { email } } } operators { userId } } }', { id: b }],
      ['query ($id: ID!) { website(id: $id) { settings { name } } }', { id: b }],
      ['query ($input: CrispRequestInput!) { crispRequest(input: $input) { status } }', { input: { path: `/website/${b}/operators/list` } }],
      ['query ($input: CrispRequestInput!) { crispRequest(input: $input) { status } }', { input: { path: '/plugin/connect/websites/all/1' } }],
    ];
    for (const [query, variables] of queries) {
      const { status, body } = await post(gateway.url, { query, variables }, bearer(token));
      expect(status, query).toBe(200);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('relay node ids check the website inside them', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    const ids = [
      encodeGlobalID('Conversation', `${b}/session_00000000-0000-4000-8000-000000000000`),
      encodeGlobalID('Person', `${b}/00000000-0000-4000-8000-000000000000`),
    ];
    for (const id of ids) {
      const { body } = await post(gateway.url, { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id } }, bearer(token));
      expect(body.data.node).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const { body } = await post(gateway.url, { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, bearer(token));
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.every((e: { extensions: { code: string } }) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    expect(sandbox.calls).toEqual([]);
  });

  test('websites lists only the caller’s websites, reading nothing of the others', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const { body } = await post(gateway.url, { query: '{ websites { id name } }' }, { 'x-api-key': READ_KEY });
    expect(body.data.websites).toEqual([{ id: a, name: 'Acme Support' }]);
    const reads = sandbox.calls.filter((c) => c.route === 'GET /website/:website_id');
    expect(reads.map((c) => c.path)).toEqual([`/website/${a}`]);
  });

  test('a caller allowed every website sees all of them', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { body } = await post(gateway.url, { query: '{ websites { id } }' }, bearer(ALL_KEY));
    expect(body.data.websites).toHaveLength(3);
  });

  test('a write token for website A writing to website B is FORBIDDEN with no upstream call', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 1);
    const input = { websiteId, sessionId, from: 'OPERATOR', content: { text: 'hello' } };
    const { body } = await post(gateway.url, { query: SEND, variables: { input } }, { 'x-api-key': WRITE_KEY });
    expect(body.data.sendMessage).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const raw = await post(
      gateway.url,
      { query: 'mutation ($input: CrispRequestInput!) { crispRequest(input: $input) { __typename ... on Error { code } } }', variables: { input: { method: 'POST', path: `/website/${websiteId}/conversation` } } },
      { 'x-api-key': WRITE_KEY },
    );
    expect(raw.body.data.crispRequest).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(sandbox.calls).toEqual([]);
  });

  test('a write token writes to its own website', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 0);
    const input = { websiteId, sessionId, from: 'OPERATOR', content: { text: 'hello' } };
    const { body } = await post(gateway.url, { query: SEND, variables: { input } }, bearer(await hs256({ websites: [websiteId], scope: 'read write' })));
    expect(body.data.sendMessage.__typename).toBe('MutationSendMessageSuccess');
  });

  test('a read-only token cannot write, even to its own website, and nothing reaches Crisp', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 0);
    const input = { websiteId, sessionId, from: 'OPERATOR', content: { text: 'hello' } };
    for (const headers of [{ 'x-api-key': READ_KEY }, bearer(await hs256({ websites: [websiteId] }))]) {
      const { status, body } = await post(gateway.url, { query: SEND, variables: { input } }, headers);
      expect(status).toBe(403);
      expect(body.data).toBeUndefined();
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('createWebsite needs a caller allowed every website', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const query = 'mutation { createWebsite(input: { name: "New", domain: "new.example" }) { __typename ... on Error { code } } }';
    const { body } = await post(gateway.url, { query }, { 'x-api-key': WRITE_KEY });
    expect(body.data.createWebsite).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('the request’s Crisp client', () => {
  test('refuses a website the caller may not use, even where a resolver forgot to check', async ({ sandbox }) => {
    const [a, b] = websiteIds(sandbox);
    const crisp = new CrispClient({ baseUrl: sandbox.url, ...sandbox.token });
    try {
      const guarded = guardCrisp(crisp, { id: 'test', websites: new Set([a!]), write: true });
      await expect(guarded.get(`/website/${b}`)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(guarded.send({ method: 'GET', path: `/website/${b}/operators/list` })).rejects.toBeInstanceOf(AccessDeniedError);
      expect(sandbox.calls).toEqual([]);
      await expect(guarded.get<{ website_id: string }>(`/website/${a}`)).resolves.toMatchObject({ website_id: a });
      expect(guarded.options.tier).toBe(sandbox.token.tier);
    } finally {
      await crisp.close();
    }
  });
});

describe('subscriptions', () => {
  const MESSAGES = 'subscription ($w: ID!) { websiteMessages(websiteId: $w) { sessionId } }';

  /** The first result (or error) of one graphql-ws subscription. */
  function firstResult(url: string, connectionParams: Record<string, unknown> | undefined, variables: Record<string, unknown>) {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
    return new Promise<{ errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
      client.subscribe({ query: MESSAGES, variables }, {
        next: (r) => resolve(r as never),
        error: (e) => resolve({ errors: Array.isArray(e) ? e : [{ extensions: { code: String((e as { code?: number }).code ?? e) } }] }),
        complete: () => undefined,
      });
      setTimeout(() => reject(new Error('no result')), 5000);
    }).finally(() => void client.dispose());
  }

  /** The first message a raw graphql-ws socket receives after connection_init, or its close. */
  async function init(url: string, payload: Record<string, unknown> | undefined, headers: Record<string, string> = {}) {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), ['graphql-transport-ws'], { headers });
    const closed = once(socket, 'close').then(([code, reason]) => ({ code: code as number, reason: String(reason) }));
    const first = once(socket, 'message').then(([data]) => JSON.parse(String(data)) as { type: string });
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    const answer = await Promise.race([first, closed]);
    socket.close();
    return answer;
  }

  test('graphql-ws without valid credentials is closed at connection_init with 4403', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const expired = await hs256({ websites: [a] }, Math.floor(Date.now() / 1000) - 60);
    const forbidden = { code: 4403, reason: 'Forbidden' };
    expect(await init(gateway.url, undefined)).toEqual(forbidden);
    expect(await init(gateway.url, { apiKey: 'not-a-key-0123456789abcdef' })).toEqual(forbidden);
    expect(await init(gateway.url, { authorization: 'Bearer not-a-token' })).toEqual(forbidden);
    expect(await init(gateway.url, { authorization: `Bearer ${expired}` })).toEqual(forbidden);
    expect(await init(gateway.url, undefined, { 'x-api-key': 'not-a-key-0123456789abcdef' })).toEqual(forbidden);
    // Valid credentials, in connectionParams or in the upgrade request's headers, are acknowledged.
    expect(await init(gateway.url, { apiKey: READ_KEY })).toMatchObject({ type: 'connection_ack' });
    expect(await init(gateway.url, { authorization: `Bearer ${await hs256({ websites: [a] })}` })).toMatchObject({ type: 'connection_ack' });
    expect(await init(gateway.url, undefined, { 'x-api-key': READ_KEY })).toMatchObject({ type: 'connection_ack' });
    expect(sandbox.calls).toEqual([]);
  });

  test('graphql-ws with a token for A is FORBIDDEN on B', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    expect((await firstResult(gateway.url, { authorization: `Bearer ${token}` }, { w: b })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await firstResult(gateway.url, { apiKey: READ_KEY }, { w: b })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(gateway.live?.subscribers(b) ?? 0).toBe(0);
  });

  test('graphql-ws with a token for A subscribes to A', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { apiKey: READ_KEY } });
    const errors: unknown[] = [];
    const stop = client.subscribe({ query: MESSAGES, variables: { w: a } }, { next: (r) => void (r.errors && errors.push(r.errors)), error: (e) => void errors.push(e), complete: () => undefined });
    try {
      const deadline = Date.now() + 5000;
      while ((gateway.live?.subscribers(a) ?? 0) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(gateway.live?.subscribers(a)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      stop();
      await client.dispose();
    }
  });

  test('SSE subscriptions need credentials like any request', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: MESSAGES, variables: { w: a } }),
    });
    expect(res.status).toBe(401);
    await res.body?.cancel();
    const forbidden = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': READ_KEY },
      body: JSON.stringify({ query: MESSAGES, variables: { w: b } }),
    });
    expect(await forbidden.text()).toContain('FORBIDDEN');
  });
});

describe('JWKS', () => {
  let jwksServer: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (jwksServer ? jwksServer.close(() => resolve()) : resolve()));
    jwksServer = undefined;
  });

  async function serveJwks(publicKey: CryptoKey): Promise<string> {
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  const rs256 = (key: CryptoKey, claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setSubject('jwks-user').setIssuer('https://issuer.example').setAudience('crisp-gateway').setExpirationTime('5m').sign(key);

  test('a token signed by a key of the JWKS is accepted; issuer and audience are checked', async ({ sandbox }) => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const url = await serveJwks(publicKey);
    const gateway = await startSecured(sandbox, { GATEWAY_JWKS_URL: url, GATEWAY_JWT_ISSUER: 'https://issuer.example', GATEWAY_JWT_AUDIENCE: 'crisp-gateway', CRISP_RTM_MODE: 'off' });
    running.push(gateway);
    const [a, b] = websiteIds(sandbox);
    const ok = await post(gateway.url, { query: WEBSITE, variables: { id: a } }, bearer(await rs256(privateKey, { websites: [a] })));
    expect(ok.body).toEqual({ data: { website: { id: a, name: 'Acme Support' } } });
    sandbox.resetCalls();
    const forbidden = await post(gateway.url, { query: WEBSITE, variables: { id: b } }, bearer(await rs256(privateKey, { websites: [a] })));
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const wrongAudience = await new SignJWT({ websites: '*' }).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setIssuer('https://issuer.example').setAudience('other').setExpirationTime('5m').sign(privateKey);
    expect((await post(gateway.url, { query: WEBSITE, variables: { id: a } }, bearer(wrongAudience))).status).toBe(401);
    // An HS256 token is not accepted when only a JWKS is configured (no algorithm confusion).
    expect((await post(gateway.url, { query: WEBSITE, variables: { id: a } }, bearer(await hs256({ websites: '*' })))).status).toBe(401);
    expect(sandbox.calls).toEqual([]);
  });

  test('a token signed by another key is refused', async ({ sandbox }) => {
    const { publicKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const url = await serveJwks(publicKey);
    const gateway = await startSecured(sandbox, { GATEWAY_JWKS_URL: url, CRISP_RTM_MODE: 'off' });
    running.push(gateway);
    const { status, body } = await post(gateway.url, { query: '{ websites { id } }' }, bearer(await rs256(other.privateKey, { websites: '*' })));
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sandbox.calls).toEqual([]);
  });
});

describe('sandbox mode', () => {
  test('stays open without client auth (the fixture’s gateway)', async ({ gateway, expect }) => {
    const data = await gateway.executeOk('{ websites { id } }');
    expect(data.websites).toHaveLength(3);
  });
});
