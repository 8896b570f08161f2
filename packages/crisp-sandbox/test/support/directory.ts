import {
  createSandbox,
  type EmittedEvent,
  type Sandbox,
  type Tier,
  type WebsiteRecord,
} from 'crisp-sandbox';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

// One strict sandbox per file, shared by its tests (they run in order): `sandbox`, `acme` and the
// rest are live bindings, set by the hooks `useDirectorySandbox` registers.
export let sandbox: Sandbox;
export let events: EmittedEvent[];
export let acme: WebsiteRecord;
export let acmeId: string;

export const USER = { identifier: 'directory-user', key: 'user-key', tier: 'user' as const };
export const WEBSITE = {
  identifier: 'directory-website',
  key: 'website-key',
  tier: 'website' as const,
};

interface Answer {
  status: number;
  reason?: string;
  // biome-ignore lint: response bodies are read freely in tests.
  data?: any;
}

/** One REST call over HTTP with Basic auth and X-Crisp-Tier (plugin unless `tier` says otherwise). */
export async function call(
  method: string,
  path: string,
  body?: unknown,
  tier: Tier = 'plugin',
): Promise<Answer> {
  const token = tier === 'user' ? USER : tier === 'website' ? WEBSITE : sandbox.token;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${token.identifier}:${token.key}`).toString('base64')}`,
      'x-crisp-tier': tier,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (method === 'HEAD') return { status: res.status };
  const json = (await res.json()) as { error: boolean; reason: string; data: unknown };
  return { status: res.status, reason: json.reason, data: json.data };
}

export const eventsNamed = (name: string) => events.filter((e) => e.event === name);

/**
 * A strict sandbox for the calling file, with USER and WEBSITE tokens on every seeded website;
 * `events` holds what the current test caused, and the file fails if any response or event broke
 * the catalogue schemas.
 */
export function useDirectorySandbox() {
  beforeAll(async () => {
    sandbox = await createSandbox({ strict: true });
    const all = new Set(sandbox.seed.websiteIds);
    sandbox.setToken({ ...USER, websiteIds: all });
    sandbox.setToken({ ...WEBSITE, websiteIds: all });
    [acmeId] = all as unknown as [string];
    acme = sandbox.seed.website(acmeId)!;
    sandbox.onEvent((e) => events.push(e));
  });

  beforeEach(() => {
    events = [];
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });
}
