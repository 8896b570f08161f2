import { SignJWT } from 'jose';
import { ConfigError, parseApiKeys } from '../src/server/config.ts';
import { buildGateway } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';
import {
  ALL_KEY,
  bearer,
  hs256,
  READ_KEY,
  SECRET,
  useSecuredGateways,
  WEBSITE,
  WRITE_KEY,
} from './support/auth.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { post, quiet, startSecured, websiteIds } from './support/secure.ts';

const { running, secured } = useSecuredGateways();

describe('starting', () => {
  test('with real Crisp credentials and no client auth, the gateway refuses to start', ({
    sandbox,
  }) => {
    expect(() =>
      buildGateway({ ...testConfig(sandbox), sandbox: false }, { logger: quiet }),
    ).toThrow(ConfigError);
    expect(() =>
      buildGateway({ ...testConfig(sandbox), sandbox: false }, { logger: quiet }),
    ).toThrow(/GATEWAY_AUTH=none/);
  });

  test('GATEWAY_AUTH=none runs open and warns once', async ({ sandbox }) => {
    const warnings: string[] = [];
    const logger = createLogger({
      level: 'warn',
      destination: { write: (line: string) => void warnings.push(JSON.parse(line).msg) },
    });
    const gateway = await startSecured(
      sandbox,
      { GATEWAY_AUTH: 'none', CRISP_RTM_MODE: 'off' },
      logger,
    );
    running.push(gateway);
    const { status, body } = await post(gateway.url, { query: '{ websites { id } }' });
    expect(status).toBe(200);
    expect(body.data.websites).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/GATEWAY_AUTH=none/);
  });

  test('GATEWAY_AUTH=none with keys configured is a configuration error', ({ sandbox }) => {
    expect(() =>
      testConfig(sandbox, { GATEWAY_AUTH: 'none', GATEWAY_API_KEYS: `${ALL_KEY}:*:rw` }),
    ).toThrow(ConfigError);
  });

  test('GATEWAY_API_KEYS reads the compact list and the JSON array alike', () => {
    const id = '8C842203-7ED8-4E29-A608-7CF78A7D2FCC';
    expect(parseApiKeys(`${READ_KEY}:${id},${id.replace('8C', '9C')}:r;${ALL_KEY}:*:rw`)).toEqual([
      {
        name: 'key-1',
        key: READ_KEY,
        websites: [id.toLowerCase(), id.replace('8C', '9C').toLowerCase()],
        write: false,
      },
      { name: 'key-2', key: ALL_KEY, websites: '*', write: true },
    ]);
    expect(
      parseApiKeys(
        JSON.stringify([
          { key: WRITE_KEY, name: 'ci', websites: [id], write: true },
          { key: ALL_KEY, websites: '*' },
        ]),
      ),
    ).toEqual([
      { name: 'ci', key: WRITE_KEY, websites: [id.toLowerCase()], write: true },
      { name: 'key-2', key: ALL_KEY, websites: '*', write: false },
    ]);
    for (const bad of [
      '',
      'short:*:rw',
      `${READ_KEY}:*:x`,
      `${READ_KEY}:not-an-id:r`,
      `${READ_KEY}:*:r ${READ_KEY}:*:rw`,
      '[{"key":1}]',
      '[',
    ]) {
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
  test('no credentials: 401 UNAUTHENTICATED with a Bearer challenge, no upstream call', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const { status, headers, body } = await post(gateway.url, { query: '{ websites { id } }' });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
    expect(sandbox.calls).toEqual([]);
  });

  test('without credentials, even a broken query learns nothing of the schema', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(gateway.url, { query: '{ websitez { id } }' });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).not.toContain('websites');
  });

  const bad: [string, () => Promise<Record<string, string>>][] = [
    ['a random bearer token', async () => bearer('not-a-token-at-all-0123456789')],
    [
      'a JWT signed with another secret',
      async () =>
        bearer(
          await new SignJWT({ websites: '*' })
            .setProtectedHeader({ alg: 'HS256' })
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode('another-secret-that-is-32-characters-long')),
        ),
    ],
    [
      'a JWT without exp',
      async () =>
        bearer(
          await new SignJWT({ websites: '*' })
            .setProtectedHeader({ alg: 'HS256' })
            .sign(new TextEncoder().encode(SECRET)),
        ),
    ],
    [
      'an unsigned JWT (alg none)',
      async () =>
        bearer(
          `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"websites":"*","exp":9999999999}').toString('base64url')}.x`,
        ),
    ],
    ['an unknown API key', async () => ({ 'x-api-key': 'unknown-key-0123456789abcdef' })],
    [
      'a Basic authorization',
      async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }),
    ],
  ];
  for (const [name, headers] of bad) {
    test(`${name}: 401 UNAUTHENTICATED, no upstream call`, async ({ sandbox }) => {
      const gateway = await secured(sandbox);
      const {
        status,
        headers: answer,
        body,
      } = await post(gateway.url, { query: '{ websites { id } }' }, await headers());
      expect(status).toBe(401);
      expect(answer.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(body.errors[0]).toMatchObject({
        message: 'The credentials are not valid.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(sandbox.calls).toEqual([]);
    });
  }

  test('an expired JWT: 401 saying so', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const token = await hs256({ websites: '*' }, Math.floor(Date.now() / 1000) - 60);
    const { status, body } = await post(
      gateway.url,
      { query: '{ websites { id } }' },
      bearer(token),
    );
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({
      message: 'The token has expired.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(sandbox.calls).toEqual([]);
  });

  test('a valid JWT reads the websites it names', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const { status, body } = await post(
      gateway.url,
      { query: WEBSITE, variables: { id: a } },
      bearer(await hs256({ websites: [a] })),
    );
    expect(status).toBe(200);
    expect(body).toEqual({ data: { website: { crispId: a, name: 'Acme Support' } } });
  });

  test('API keys work as X-API-Key and as a bearer token', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    for (const headers of [{ 'x-api-key': READ_KEY }, bearer(READ_KEY)]) {
      const { status, body } = await post(
        gateway.url,
        { query: WEBSITE, variables: { id: a } },
        headers,
      );
      expect(status).toBe(200);
      expect(body.data.website.name).toBe('Acme Support');
    }
  });
});

describe('sandbox mode', () => {
  test('stays open without client auth (the fixture’s gateway)', async ({ gateway, expect }) => {
    const data = await gateway.executeOk('{ websites { id } }');
    expect(data.websites).toHaveLength(3);
  });
});
