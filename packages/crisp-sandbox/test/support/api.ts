import { createSandbox, type EmittedEvent, type Raw, type Sandbox, type Tier } from 'crisp-sandbox';
import { test as base, expect } from 'vitest';

/** One REST answer: status and the decoded envelope (`null` for HEAD). */
export interface Answer {
  status: number;
  reason?: string;
  data: Raw;
}

export type Api = (method: string, path: string, body?: unknown) => Promise<Answer>;

export function apiFor(sandbox: Sandbox): Api {
  const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
  return async (method, path, body) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        authorization: auth,
        'x-crisp-tier': sandbox.token.tier,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (method === 'HEAD') return { status: res.status, data: {} };
    const envelope = (await res.json()) as { reason: string; data: Raw };
    return { status: res.status, reason: envelope.reason, data: envelope.data };
  };
}

interface Fixtures {
  tier: Tier;
  sandbox: Sandbox;
  api: Api;
  /** Every event the store emitted since the sandbox started. */
  events: EmittedEvent[];
  /** The first seeded website (the one with 30 full conversations). */
  websiteId: string;
}

/** A strict sandbox per test; a test fails if any response or event broke the catalogue. */
export const test = base.extend<Fixtures>({
  tier: 'plugin',
  sandbox: async ({ tier }, use) => {
    const sandbox = await createSandbox({ strict: true, tier });
    await use(sandbox);
    await sandbox.close();
    expect(sandbox.violations).toEqual([]);
  },
  api: async ({ sandbox }, use) => use(apiFor(sandbox)),
  events: async ({ sandbox }, use) => {
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    await use(events);
  },
  websiteId: async ({ sandbox }, use) => use(sandbox.seed.websiteIds[0]!),
});

export const named = (events: EmittedEvent[], name: string) =>
  events.filter((e) => e.event === name).map((e) => e.data);

/** A conversation of the first website with an email contact and an assignee. */
export function seeded(
  sandbox: Sandbox,
  websiteId: string,
  pick: (c: Raw) => boolean = () => true,
): Raw {
  const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find((r) =>
    pick(r.conversation),
  );
  if (!record) throw new Error('no seeded conversation matches');
  return record.conversation;
}
