import type { Sandbox } from 'crisp-sandbox';
import { afterEach } from 'vitest';
import { buildGateway, type Gateway } from '../../src/server/gateway.ts';
import type { Logger } from '../../src/server/logger.ts';
import { testConfig } from './fixtures.ts';
import { quiet } from './log.ts';
import { waitFor } from './wait-for.ts';

export { quiet };

/**
 * A gateway in real-credentials mode (`sandbox: false`) pointed at the sandbox, with `env` on
 * top: client auth and limits apply as in production. Started, RTM settled, calls reset.
 */
export async function startSecured(
  sandbox: Sandbox,
  env: Record<string, string>,
  logger: Logger = quiet,
): Promise<Gateway> {
  const gateway = buildGateway({ ...testConfig(sandbox, env), sandbox: false }, { logger });
  await gateway.start();
  await waitFor(
    () => !['standby', 'discovering', 'connecting'].includes(gateway.live?.state ?? 'off'),
  );
  sandbox.resetCalls();
  return gateway;
}

/** A list for the gateways a file's tests start; each is stopped after the test that started it. */
export function stopAfterEach(): Gateway[] {
  const running: Gateway[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((g) => g.stop()));
  });
  return running;
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are read freely in tests.
  body: any;
}

/** A JSON POST to /graphql with extra headers; the body parsed when it is JSON. */
export async function post(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
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
export const websiteIds = (sandbox: Sandbox) =>
  [...sandbox.seed.websiteIds] as [string, string, string];
