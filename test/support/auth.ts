import type { Sandbox } from 'crisp-sandbox';
import { SignJWT } from 'jose';
import { startSecured, stopAfterEach, websiteIds } from './secure.ts';

export const SECRET = 'a-test-secret-of-at-least-32-characters!';
export const READ_KEY = 'read-key-0123456789abcdef';
export const WRITE_KEY = 'write-key-0123456789abcdef';
export const ALL_KEY = 'all-key-0123456789abcdef0';

/**
 * `secured` starts a gateway with JWTs (HS256) and API keys: READ_KEY reads website A, WRITE_KEY
 * writes A, ALL_KEY everything. It and every gateway pushed on `running` stop after each test.
 */
export function useSecuredGateways() {
  const running = stopAfterEach();
  async function secured(sandbox: Sandbox, env: Record<string, string> = {}) {
    const [a] = websiteIds(sandbox);
    const gateway = await startSecured(sandbox, {
      GATEWAY_JWT_SECRET: SECRET,
      GATEWAY_API_KEYS: `${READ_KEY}:${a}:r ${WRITE_KEY}:${a}:rw ${ALL_KEY}:*:rw`,
      ...env,
    });
    running.push(gateway);
    return gateway;
  }
  return { running, secured };
}

/** An HS256 token signed with SECRET for the subject `tester`. */
export function hs256(claims: Record<string, unknown>, expiresIn: string | number = '5m') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('tester')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(SECRET));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const WEBSITE = 'query ($id: ID!) { website(id: $id) { crispId name } }';
