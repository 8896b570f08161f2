import type { Sandbox } from 'crisp-sandbox';
import { buildGateway, type Gateway } from '../../src/server/gateway.ts';
import { testConfig } from './fixtures.ts';
import { waitFor } from './wait-for.ts';

export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * A gateway in real-credentials mode (`sandbox: false`) pointed at the sandbox, with `env` on
 * top: client auth and limits apply as in production. Started, RTM settled, calls reset.
 */
export async function startSecured(sandbox: Sandbox, env: Record<string, string>, logger: Pick<Console, 'debug' | 'info' | 'warn' | 'error'> = quiet): Promise<Gateway> {
  const gateway = buildGateway({ ...testConfig(sandbox, env), sandbox: false }, { logger });
  await gateway.start();
  await waitFor(() => !['standby', 'discovering', 'connecting'].includes(gateway.live?.state ?? 'off'));
  sandbox.resetCalls();
  return gateway;
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are read freely in tests.
  body: any;
}

/** A JSON POST to /graphql with extra headers; the body parsed when it is JSON. */
export async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { status: res.status, headers: res.headers, body };
}

/** The seed's three website ids, in order. */
export const websiteIds = (sandbox: Sandbox) => [...sandbox.seed.websiteIds] as [string, string, string];
