import type { Sandbox } from 'crisp-sandbox';
import type { CacheOutcome } from '../../src/datasources/read-cache.ts';
import type { Gateway } from '../../src/server/gateway.ts';
import type { TestGateway } from './fixtures.ts';

/** A conversation of the first seeded website in `state`, and the website's id. */
export function conversationIn(sandbox: Sandbox, state: string) {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const records = [...sandbox.seed.website(websiteId)!.conversations.values()];
  const record = records.find((r) => r.conversation.state === state && r.messages.length > 0);
  if (!record) throw new Error(`no ${state} conversation in the seed`);
  return { websiteId, sessionId: record.conversation.session_id as string };
}

export const CONVERSATION = `query ($w: ID!, $s: ID!) {
  website(id: $w) { conversation(id: $s) {
    state
    messages(last: 5) { edges { node { crispId text } } }
  } }
}`;

export interface ConversationData {
  website: {
    conversation: {
      state: string;
      messages: { edges: { node: { crispId: string; text: string | null } }[] };
    };
  };
}

export const STATE = `query ($w: ID!, $s: ID!) {
  website(id: $w) { conversation(id: $s) { state } }
}`;

/** Resolves with the first outcome of the gateway's read cache that `match` accepts. */
export function nextOutcome(
  gateway: Gateway,
  match: (o: CacheOutcome) => boolean,
  timeoutMs = 5000,
): Promise<CacheOutcome> {
  const cache = gateway.cache;
  if (!cache) throw new Error('the gateway has no read cache');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('no such cache outcome in time'));
    }, timeoutMs);
    const off = cache.onOutcome((o) => {
      if (!match(o)) return;
      clearTimeout(timer);
      off();
      resolve(o);
    });
  });
}

/** A request straight to the sandbox, as another Crisp client (the Crisp app) would make it. */
async function crispDirect(sandbox: Sandbox, method: string, path: string, body?: object) {
  const { identifier, key, tier } = sandbox.token;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${identifier}:${key}`).toString('base64')}`,
      'x-crisp-tier': tier,
      'content-type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A write straight to the sandbox, as another Crisp client (the Crisp app) would make it. */
export async function crispWrite(
  sandbox: Sandbox,
  method: 'PATCH' | 'POST',
  path: string,
  body: object,
): Promise<void> {
  await crispDirect(sandbox, method, path, body);
}

/** What Crisp holds now at `path` (with its query): the status and the envelope's data. */
export async function crispRead(sandbox: Sandbox, path: string) {
  const res = await crispDirect(sandbox, 'GET', path);
  return { status: res.status, data: ((await res.json()) as { data: unknown }).data };
}

/**
 * A conversation whose state the gateway has read, then moved to pending by another Crisp client
 * (without events the gateway cannot know); the sandbox's calls reset.
 */
export async function changedElsewhere(gateway: TestGateway, sandbox: Sandbox) {
  const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
  await gateway.executeOk(STATE, { w, s });
  await crispWrite(sandbox, 'PATCH', `/website/${w}/conversation/${s}/state`, { state: 'pending' });
  sandbox.resetCalls();
  return { w, s };
}

/** The GraphQL answer to `query` read with `Cache-Control: no-cache`: data and extensions. */
export async function freshResult(gateway: TestGateway, query: string, variables: object) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: unknown; extensions?: unknown };
}
