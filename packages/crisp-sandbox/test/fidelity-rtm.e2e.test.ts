import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Crisp } from 'crisp-api';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.ts';

// The official Node client against the sandbox: discovery through `plugin/connect/endpoints`, the
// socket.io handshake, rebinding, reconnection, and Web Hooks verified the way the client does it.

/** The official client's reconnections take a few seconds, hence a longer wait than the default. */
const until = <T>(check: () => T) => waitFor(check, { timeout: 8_000 });

/** The client keeps its socket private; tests need it to see `authenticated` and to close it. */
const socketOf = (crisp: Crisp) => (crisp as unknown as { _socket: Socket | null })._socket;

let sandbox: Sandbox;
const clients: Crisp[] = [];

function officialClient(): Crisp {
  const crisp = new Crisp();
  crisp.setRestHost(sandbox.origin);
  crisp.authenticateTier('plugin', sandbox.token.identifier, sandbox.token.key);
  clients.push(crisp);
  return crisp;
}

/** Resolves on the next `authenticated` of the client's socket (right after `on()` settles). */
const authenticated = (crisp: Crisp) =>
  new Promise<void>((resolve) => socketOf(crisp)!.once('authenticated', () => resolve()));

/** A seeded conversation of the first website and a state it is not in. */
function aConversation() {
  const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
  const [sessionId, record] = [...website.conversations][0]!;
  const state = record.conversation.state === 'resolved' ? 'unresolved' : 'resolved';
  return { websiteId, sessionId, state } as const;
}

beforeEach(async () => {
  sandbox = await createSandbox({ strict: true });
});

afterEach(async () => {
  for (const crisp of clients.splice(0)) socketOf(crisp)?.disconnect();
  await sandbox.close();
  expect(sandbox.violations).toEqual([]);
});

test('crisp-api discovers the relay and receives the event its own REST write caused', async () => {
  const crisp = officialClient();
  const states: unknown[] = [];
  const messages: unknown[] = [];
  // Both listeners fall in the client's 500 ms batch, so they share one connection.
  const bound = crisp.on('session:set_state', (data) => void states.push(data));
  void crisp.on('message:received', (data) => void messages.push(data));
  await bound;
  await authenticated(crisp);
  expect(sandbox.calls.filter((c) => c.id === 'plugin.connect.endpoints.get')).toHaveLength(1);

  const { websiteId, sessionId, state } = aConversation();
  await crisp.website.changeConversationState(websiteId, sessionId, state);
  await until(() => states.length === 1);
  expect(states[0]).toMatchObject({ website_id: websiteId, session_id: sessionId, state });

  await crisp.website.sendMessageInConversation(websiteId, sessionId, {
    type: 'text',
    from: 'operator',
    origin: 'chat',
    content: 'Sent by the official client',
  });
  await until(() => messages.length === 1);
  expect(messages[0]).toMatchObject({
    session_id: sessionId,
    content: 'Sent by the official client',
  });
});

test('rebindSocket makes a newly installed website flow on the same connection', async () => {
  const crisp = officialClient();
  const states: { website_id: string }[] = [];
  await crisp.on('session:set_state', (data) => void states.push(data));
  await authenticated(crisp);

  // A website that installs the plugin after the socket started (node-crisp-api#57).
  const websiteId = sandbox.addWebsite({
    name: 'Installed later',
    domain: 'later.test',
    grant: sandbox.token.identifier,
  });
  const sessionId = `session_${randomUUID()}`;
  const payload = { website_id: websiteId, session_id: sessionId, state: 'resolved' };

  await crisp.rebindSocket();
  // The rebind has no answer: emit until the relay, which handles one socket's packets in order,
  // has applied it.
  await until(() => {
    if (states.length > 0) return true;
    sandbox.emit(websiteId, 'session:set_state', payload);
    return false;
  });
  expect(states[0]).toEqual(payload);
});

test('after the relay cuts the connection, crisp-api reconnects and authenticates again', async () => {
  const crisp = officialClient();
  const states: unknown[] = [];
  await crisp.on('session:set_state', (data) => void states.push(data));
  const socket = socketOf(crisp)!;
  let authentications = 0;
  socket.on('authenticated', () => {
    authentications += 1;
  });
  await until(() => authentications === 1);
  // The client waits 5-10 s before reconnecting; the test does not need to.
  socket.io.reconnectionDelay(10).reconnectionDelayMax(20);

  sandbox.dropRtmConnections();
  await until(() => authentications === 2);
  const { websiteId, sessionId, state } = aConversation();
  await crisp.website.changeConversationState(websiteId, sessionId, state);
  await until(() => states.length === 1);
});

test('a web hook delivery verifies over its raw body and through crisp-api verifyHook', async () => {
  const secret = 'plugin-hooks-secret';
  const crisp = officialClient();
  crisp.setRtmMode(Crisp.RTM_MODES.WebHooks);
  const states: unknown[] = [];
  await crisp.on('session:set_state', (data) => void states.push(data));

  const verdicts: { raw: boolean; official: boolean }[] = [];
  const receiver: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const timestamp = String(req.headers['x-crisp-request-timestamp']);
      const signature = String(req.headers['x-crisp-signature']);
      // The Go client's way (docs/crisp/RTM.md §7): HMAC over the bytes received, constant-time
      // compare.
      const hmac = createHmac('sha256', secret).update(`[${timestamp};`).update(raw).update(']');
      const expected = hmac.digest();
      const given = Buffer.from(signature, 'hex');
      const body = JSON.parse(raw.toString('utf8')) as { event: string; data: object };
      verdicts.push({
        raw: given.length === expected.length && timingSafeEqual(given, expected),
        official: crisp.verifyHook(secret, body, Number(timestamp), signature),
      });
      const error = crisp.receiveHook(body);
      res.statusCode = error ? 400 : 200;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  try {
    const { port } = receiver.address() as AddressInfo;
    sandbox.addHook({ url: `http://127.0.0.1:${port}/`, secret });
    const { websiteId, sessionId, state } = aConversation();
    await crisp.website.changeConversationState(websiteId, sessionId, state);
    await until(() => states.length === 1);
    expect(verdicts[0]).toEqual({ raw: true, official: true });
    expect(states[0]).toMatchObject({ website_id: websiteId, session_id: sessionId, state });
  } finally {
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  }
});
