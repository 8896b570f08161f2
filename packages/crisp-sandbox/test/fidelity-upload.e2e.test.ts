import { Crisp } from 'crisp-api';
import { createSandbox, type Sandbox, type Tier } from 'crisp-sandbox';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.ts';
import { uncovered, uploadScope } from './fidelity-scope.ts';

// The official Node client asks for an upload URL and an animation list, and receives the replies
// the way Crisp sends them: as RTM events on its own socket, matched by the id it sent.

let sandbox: Sandbox;
const clients: Crisp[] = [];

/** The client keeps its socket private; the test closes it. */
const socketOf = (crisp: Crisp) => (crisp as unknown as { _socket: Socket | null })._socket;
const authenticated = (crisp: Crisp) =>
  new Promise<void>((resolve) => socketOf(crisp)!.once('authenticated', () => resolve()));

function officialClient(tier: Tier, identifier: string): Crisp {
  const crisp = new Crisp();
  crisp.setRestHost(sandbox.origin);
  crisp.authenticateTier(tier, identifier, tier === 'plugin' ? sandbox.token.key : 'fidelity-key');
  // The catalogue has no `user/connect/endpoints`, which the client asks a user token's relay of.
  if (tier === 'user') crisp.setRtmHost(sandbox.rtmUrl);
  clients.push(crisp);
  return crisp;
}

/** Follows one event on a fresh client's socket; resolves once the socket has authenticated. */
async function listening(tier: Tier, identifier: string, event: string) {
  const crisp = officialClient(tier, identifier);
  const received: Record<string, unknown>[] = [];
  await crisp.on(event, (data: Record<string, unknown>) => void received.push(data));
  await authenticated(crisp);
  return { crisp, received };
}

beforeAll(async () => {
  sandbox = await createSandbox({ strict: true });
  sandbox.setToken({ identifier: 'fidelity-user', key: 'fidelity-key', tier: 'user' });
});

afterEach(() => {
  for (const crisp of clients.splice(0)) socketOf(crisp)?.disconnect();
});

afterAll(async () => {
  await sandbox.close();
});

test('generateBucketURL: the signed URL arrives over RTM, takes a PUT, and the resource URL serves it', async () => {
  const { crisp, received } = await listening(
    'plugin',
    sandbox.token.identifier,
    'bucket:url:upload:generated',
  );
  await expect(
    crisp.bucket.generateBucketURL({
      namespace: 'upload',
      id: 'fidelity-1',
      file: { name: 'report.txt', type: 'text/plain' },
      resource: { type: 'conversation', id: 'session_fidelity' },
    }),
  ).resolves.toEqual({});
  await waitFor(() => received.length === 1);
  const reply = received[0] as { url: { signed: string; resource: string } };
  expect(reply).toMatchObject({
    id: 'fidelity-1',
    identifier: sandbox.token.identifier,
    type: 'upload',
    resource: { type: 'conversation', id: 'session_fidelity' },
    policy: { size_limit: expect.any(Number) },
  });
  expect(reply.url.signed.startsWith(`${sandbox.origin}/`)).toBe(true);

  const put = await fetch(reply.url.signed, {
    method: 'PUT',
    headers: { 'content-type': 'text/plain' },
    body: 'quarterly figures',
  });
  expect(put.status).toBe(200);
  const file = await fetch(reply.url.resource);
  expect(file.headers.get('content-type')).toBe('text/plain');
  expect(await file.text()).toBe('quarterly figures');
});

test("a token's reply reaches its own sockets only", async () => {
  const asker = await listening('plugin', sandbox.token.identifier, 'bucket:url:avatar:generated');
  const other = await listening('user', 'fidelity-user', 'bucket:url:avatar:generated');
  await asker.crisp.bucket.generateBucketURL({
    namespace: 'avatar',
    id: 'fidelity-2',
    file: { name: 'me.png', type: 'image/png' },
  });
  await waitFor(() => asker.received.length === 1);
  // Another token's reply, sent after: once it has arrived, the first one would have too.
  await other.crisp.bucket.generateBucketURL({
    namespace: 'avatar',
    id: 'fidelity-3',
    file: { name: 'you.png', type: 'image/png' },
  });
  await waitFor(() => other.received.length === 1);
  expect(other.received.map((r) => r.id)).toEqual(['fidelity-3']);
  expect(asker.received.map((r) => r.id)).toEqual(['fidelity-2']);
});

test('listAnimationMedias: results arrive as media:animation:listed with the list id, page by page', async () => {
  const { crisp, received } = await listening('user', 'fidelity-user', 'media:animation:listed');
  // Node types the list id as a string and the search as an object; the reply's id is a number,
  // and the wire (and Go) send the search as a plain string.
  const search = 'cat' as unknown as object;
  await expect(crisp.media.listAnimationMedias(1, '41', search)).resolves.toEqual({});
  await expect(crisp.media.listAnimationMedias(2, '42', '' as unknown as object)).resolves.toEqual(
    {},
  );
  await waitFor(() => received.length === 2);
  const [cats, second] = received as { id: number; results: { type: string; url: string }[] }[];
  expect(cats!.id).toBe(41);
  expect(cats!.results.map((r) => r.url.split('/').pop())).toEqual([
    'happy-cat.gif',
    'sad-cat.gif',
    'cat-typing.gif',
  ]);
  expect(second!.id).toBe(42);
  expect(second!.results).toHaveLength(10);
  const gif = await fetch(cats!.results[0]!.url);
  expect(gif.headers.get('content-type')).toBe('image/gif');
  expect((await gif.arrayBuffer()).byteLength).toBeGreaterThan(0);
});

test('every upload route answered the official client with a success, within the schemas', () => {
  const succeeded = new Set(sandbox.calls.filter((c) => c.status < 400).map((c) => c.id));
  expect(uncovered(uploadScope, succeeded)).toEqual([]);
  expect(sandbox.violations).toEqual([]);
  expect(sandbox.calls.filter((c) => c.id === 'unknown')).toEqual([]);
});
