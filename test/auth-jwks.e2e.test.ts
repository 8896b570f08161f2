import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach } from 'vitest';
import { bearer, hs256, useSecuredGateways, WEBSITE } from './support/auth.ts';
import { describe, expect, test } from './support/fixtures.ts';
import { post, startSecured, websiteIds } from './support/secure.ts';

const { running } = useSecuredGateways();

describe('JWKS', () => {
  let jwksServer: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) =>
      jwksServer ? jwksServer.close(() => resolve()) : resolve(),
    );
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
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('jwks-user')
      .setIssuer('https://issuer.example')
      .setAudience('crisp-gateway')
      .setExpirationTime('5m')
      .sign(key);

  test('a token signed by a key of the JWKS is accepted; issuer and audience are checked', async ({
    sandbox,
  }) => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const url = await serveJwks(publicKey);
    const gateway = await startSecured(sandbox, {
      GATEWAY_JWKS_URL: url,
      GATEWAY_JWT_ISSUER: 'https://issuer.example',
      GATEWAY_JWT_AUDIENCE: 'crisp-gateway',
      CRISP_RTM_MODE: 'off',
    });
    running.push(gateway);
    const [a, b] = websiteIds(sandbox);
    const ok = await post(
      gateway.url,
      { query: WEBSITE, variables: { id: a } },
      bearer(await rs256(privateKey, { websites: [a] })),
    );
    expect(ok.body).toEqual({ data: { website: { crispId: a, name: 'Acme Support' } } });
    sandbox.resetCalls();
    const forbidden = await post(
      gateway.url,
      { query: WEBSITE, variables: { id: b } },
      bearer(await rs256(privateKey, { websites: [a] })),
    );
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const wrongAudience = await new SignJWT({ websites: '*' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer('https://issuer.example')
      .setAudience('other')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(
      (await post(gateway.url, { query: WEBSITE, variables: { id: a } }, bearer(wrongAudience)))
        .status,
    ).toBe(401);
    // An HS256 token is not accepted when only a JWKS is configured (no algorithm confusion).
    expect(
      (
        await post(
          gateway.url,
          { query: WEBSITE, variables: { id: a } },
          bearer(await hs256({ websites: '*' })),
        )
      ).status,
    ).toBe(401);
    expect(sandbox.calls).toEqual([]);
  });

  test('a token signed by another key is refused', async ({ sandbox }) => {
    const { publicKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const url = await serveJwks(publicKey);
    const gateway = await startSecured(sandbox, { GATEWAY_JWKS_URL: url, CRISP_RTM_MODE: 'off' });
    running.push(gateway);
    const { status, body } = await post(
      gateway.url,
      { query: '{ websites { id } }' },
      bearer(await rs256(other.privateKey, { websites: '*' })),
    );
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sandbox.calls).toEqual([]);
  });
});
