import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll } from 'vitest';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { quiet, startSecured } from './support/secure.ts';

const KEY = 'audit-key-0123456789abcdef';

/** Every audit of graphql-http (MUST, SHOULD and MAY) has to pass against the running gateway. */
function audit(
  name: string,
  env: Record<string, string>,
  sandboxMode: boolean,
  headers: Record<string, string>,
) {
  describe(name, () => {
    let sandbox: Sandbox;
    let gateway: Gateway;
    beforeAll(async () => {
      sandbox = await createSandbox({ strict: true });
      if (sandboxMode) {
        gateway = buildGateway(testConfig(sandbox, env), { logger: quiet });
        await gateway.start();
        sandbox.resetCalls();
      } else {
        gateway = await startSecured(sandbox, env);
      }
    });
    afterAll(async () => {
      await gateway.stop();
      await sandbox.close();
    });

    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const merged = new Headers(init.headers);
      for (const [k, v] of Object.entries(headers)) merged.set(k, v);
      return fetch(input, { ...init, headers: merged });
    };

    for (const { id, name: title, fn } of serverAudits({ url: () => gateway.url, fetchFn })) {
      test(title, async () => {
        const result = await fn();
        if (result.status !== 'ok') {
          const response = 'response' in result ? await result.response.text().catch(() => '') : '';
          expect.fail(`${id} ${result.status}: ${result.reason}\n${response.slice(0, 500)}`);
        }
      });
    }

    test('no audit reached Crisp', () => {
      expect(sandbox.calls).toEqual([]);
    });
  });
}

/**
 * Production: client auth on; the audits' requests carry an API key, which also satisfies CSRF
 * prevention (no cross-site form can send it). Several audits read `__type`, so introspection is
 * turned on here; with it off (the production default) exactly those refuse, by design.
 */
audit(
  'GraphQL over HTTP with client auth (graphql-http serverAudits)',
  { GATEWAY_API_KEYS: `${KEY}:*:r`, GATEWAY_INTROSPECTION: 'true', CRISP_RTM_MODE: 'off' },
  false,
  { 'x-api-key': KEY },
);

/** Sandbox mode, open: GETs carry the CSRF header, as any non-browser-form client does. */
audit(
  'GraphQL over HTTP in sandbox mode (graphql-http serverAudits)',
  { CRISP_RTM_MODE: 'off' },
  true,
  { 'x-graphql-yoga-csrf': '1' },
);
