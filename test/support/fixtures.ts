import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createSandbox, type Sandbox, type SandboxOptions, sandboxEnv } from 'crisp-sandbox';
import { type DocumentNode, type GraphQLFormattedError, print } from 'graphql';
import { test as base } from 'vitest';
import { type Config, loadConfig } from '../../src/server/config.ts';
import { buildGateway, type Gateway } from '../../src/server/gateway.ts';
import { quiet } from './log.ts';
import { waitFor } from './wait-for.ts';

export interface ExecutionResult<TData> {
  data: TData;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

type Document<TData, TVariables> = string | DocumentNode | TypedDocumentNode<TData, TVariables>;

export interface TestGateway {
  /** The GraphQL endpoint over real HTTP, e.g. `http://127.0.0.1:53122/graphql`. */
  url: string;
  /** The health/GraphiQL origin, e.g. `http://127.0.0.1:53122`. */
  origin: string;
  gateway: Gateway;
  /** POSTs the operation and returns the JSON body as is (data may be partial, errors kept). */
  // biome-ignore lint/suspicious/noExplicitAny: untyped string documents are read freely in tests.
  execute<TData = any, TVariables = Record<string, unknown>>(
    query: Document<TData, TVariables>,
    variables?: TVariables,
  ): Promise<ExecutionResult<TData>>;
  /** Like `execute`, but throws (with query, variables and the full body) when `errors` is present. */
  // biome-ignore lint/suspicious/noExplicitAny: untyped string documents are read freely in tests.
  executeOk<TData = any, TVariables = Record<string, unknown>>(
    query: Document<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>;
}

export interface Fixtures {
  /** Options for the sandbox on top of `{ strict: true }`, e.g. `{ tier: 'user' }`; override with `test.extend`. */
  sandboxOptions: SandboxOptions;
  sandbox: Sandbox;
  gateway: TestGateway;
  /** Environment overrides for the gateway (e.g. `{ CRISP_WEBSITE_ID }`); override with `test.extend`. */
  gatewayEnv: Record<string, string>;
}

/**
 * The configuration a test gateway runs with: the sandbox's token on a free loopback port, in
 * sandbox mode (open, GraphiQL and introspection on) as `npm start` without a token. Tests of
 * client auth and limits spread `{ ...testConfig(…), sandbox: false }` for real-credentials mode.
 */
export function testConfig(sandbox: Sandbox, env: Record<string, string> = {}): Config {
  const config = loadConfig({ ...sandboxEnv(sandbox), ...env });
  return { ...config, sandbox: true };
}

export function createTestGateway(gateway: Gateway): TestGateway {
  const execute = async (query: Document<unknown, unknown>, variables?: unknown) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as ExecutionResult<unknown>;
    } catch {
      throw new Error(`The gateway answered ${res.status} with a body that is not JSON:\n${text}`);
    }
  };
  return {
    url: gateway.url,
    origin: new URL(gateway.url).origin,
    gateway,
    execute: execute as TestGateway['execute'],
    executeOk: (async (query: Document<unknown, unknown>, variables?: unknown) => {
      const body = await execute(query, variables);
      if (body.errors?.length) {
        throw new Error(
          `GraphQL errors:\n${typeof query === 'string' ? query : print(query)}\nvariables: ${JSON.stringify(variables)}\nbody: ${JSON.stringify(body, null, 2)}`,
        );
      }
      return body.data;
    }) as TestGateway['executeOk'],
  };
}

/**
 * `test` with a strict sandbox and a started gateway pointed at it, both closed after each test:
 * `test('…', async ({ gateway, sandbox, expect }) => { … })`.
 */
export const test = base.extend<Fixtures>({
  sandboxOptions: {},
  gatewayEnv: {},
  sandbox: async ({ sandboxOptions }, use) => {
    const sandbox = await createSandbox({ strict: true, ...sandboxOptions });
    await use(sandbox);
    await sandbox.close();
  },
  gateway: async ({ sandbox, gatewayEnv }, use) => {
    const gateway = buildGateway(testConfig(sandbox, gatewayEnv), { logger: quiet });
    await gateway.start();
    // The RTM socket settles first and its start-up traffic (the endpoints lookup) is not the
    // test's, so `calls` starts empty. A token that cannot reach the relay keeps discovering:
    // tests with one set `gatewayEnv: { CRISP_RTM_MODE: 'off' }`.
    await waitFor(() => {
      const state = gateway.live?.state ?? 'off';
      if (['standby', 'discovering', 'connecting'].includes(state))
        throw new Error(`the RTM socket is still ${state}`);
      return true;
    });
    sandbox.resetCalls();
    await use(createTestGateway(gateway));
    await gateway.stop();
  },
});

export { describe, expect } from 'vitest';
