import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { waitFor } from '../../../test/support/wait-for.ts';

/** A website of its own per test, so relay tests do not depend on the seed or on routes. */
const relayTestSite = { name: 'Relay test', domain: 'relay.test' };

const stateEvent = (websiteId: string, state = 'resolved') => ({
  website_id: websiteId,
  session_id: `session_${randomUUID()}`,
  state,
});

type Outcome = 'authenticated' | 'unauthorized';

interface Client {
  socket: Socket;
  /** Every event received, in order, with its payload. */
  received: [string, unknown][];
  outcome: Promise<Outcome>;
}

const sockets: Socket[] = [];

function connect(url: string, auth?: object): Client {
  const { origin, pathname } = new URL(url);
  const socket = io(origin, { path: pathname, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  const received: [string, unknown][] = [];
  socket.onAny((event: string, data: unknown) => received.push([event, data]));
  const outcome = new Promise<Outcome>((resolve) => {
    socket.once('authenticated', () => resolve('authenticated'));
    socket.once('unauthorized', () => resolve('unauthorized'));
  });
  if (auth) socket.emit('authentication', auth);
  return { socket, received, outcome };
}

const namesOf = (c: Client) => c.received.map(([name]) => name);

/**
 * Emits the event until the client gets it: the relay has then handled every packet the client
 * sent before (one socket's packets keep their order), which makes it a barrier for binds.
 */
async function emitUntilReceived(client: Client, websiteId: string, event: string, data: object) {
  const from = client.received.length;
  await waitFor(() => {
    if (namesOf(client).slice(from).includes(event)) return true;
    sandbox.emit(websiteId, event, data);
    return false;
  });
}

let sandbox: Sandbox;
const credentials = (events: string[], extra: object = {}) => ({
  username: sandbox.token.identifier,
  password: sandbox.token.key,
  tier: sandbox.token.tier,
  events,
  ...extra,
});

async function subscriber(events: string[], extra: object = {}): Promise<Client> {
  const client = connect(sandbox.rtmUrl, credentials(events, extra));
  expect(await client.outcome).toBe('authenticated');
  return client;
}

beforeEach(async () => {
  sandbox = await createSandbox({ strict: true });
});

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await sandbox.close();
  expect(sandbox.violations).toEqual([]);
});

describe('RTM relay', () => {
  test('a good token is authenticated and receives the events it listed', async () => {
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const client = await subscriber(['session:set_state']);
    const payload = stateEvent(website);
    sandbox.emit(website, 'session:set_state', payload);
    await waitFor(() => client.received.length === 2);
    expect(client.received).toEqual([
      ['authenticated', true],
      ['session:set_state', payload],
    ]);
  });

  test('a wrong key gets unauthorized with a message, then the server disconnects', async () => {
    const client = connect(sandbox.rtmUrl, { ...credentials(['message:send']), password: 'nope' });
    const reason = new Promise<string>((r) => client.socket.once('disconnect', r));
    expect(await client.outcome).toBe('unauthorized');
    expect(client.received[0]?.[1]).toMatchObject({ message: expect.any(String) });
    expect(await reason).toBe('io server disconnect');
  });

  test('a tier other than the token tier is unauthorized', async () => {
    const client = connect(sandbox.rtmUrl, { ...credentials(['message:send']), tier: 'user' });
    expect(await client.outcome).toBe('unauthorized');
  });

  test('an authentication payload without events is unauthorized', async () => {
    const { events: _, ...noEvents } = credentials(['message:send']);
    const client = connect(sandbox.rtmUrl, noEvents);
    expect(await client.outcome).toBe('unauthorized');
  });

  test('the channel stays silent before authentication', async () => {
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const silent = connect(sandbox.rtmUrl);
    await new Promise<void>((r) => silent.socket.once('connect', () => r()));
    const listening = await subscriber(['session:set_state']);
    silent.socket.emit('socket:bind', {});
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => namesOf(listening).includes('session:set_state'));
    expect(silent.received).toEqual([]);
  });

  test('events are filtered by the event list and by the websites of the token', async () => {
    const mine = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const other = sandbox.addWebsite(relayTestSite);
    const client = await subscriber(['session:set_state']);
    sandbox.emit(other, 'session:set_state', stateEvent(other));
    sandbox.emit(mine, 'message:compose:send', {
      website_id: mine,
      session_id: `session_${randomUUID()}`,
      type: 'start',
      timestamp: Date.now(),
    });
    const last = stateEvent(mine, 'pending');
    sandbox.emit(mine, 'session:set_state', last);
    await waitFor(() => client.received.length === 2);
    expect(client.received).toEqual([
      ['authenticated', true],
      ['session:set_state', last],
    ]);
  });

  test('the rooms filter of the authentication narrows to those websites', async () => {
    const a = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const b = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const client = await subscriber(['session:set_state'], { rooms: [b] });
    sandbox.emit(a, 'session:set_state', stateEvent(a));
    sandbox.emit(b, 'session:set_state', stateEvent(b));
    await waitFor(() => client.received.length === 2);
    expect(client.received[1]?.[1]).toMatchObject({ website_id: b });
  });

  test('user-only events never reach a plugin token', async () => {
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const client = await subscriber(['spam:message', 'session:set_state']);
    sandbox.emit(website, 'spam:message', {
      website_id: website,
      spam_id: randomUUID(),
      type: 'text',
      reason: 'gibberish',
      metadata: {},
      headers: {},
      timestamp: Date.now(),
    });
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => client.received.length === 2);
    expect(namesOf(client)).toEqual(['authenticated', 'session:set_state']);
  });

  test('socket:bind picks up a website added to the token after authentication', async () => {
    const client = await subscriber(['session:set_state']);
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const early = stateEvent(website, 'pending'); // before the bind: never pushed
    sandbox.emit(website, 'session:set_state', early);
    client.socket.emit('socket:bind', {});
    const bound = stateEvent(website, 'unresolved');
    await emitUntilReceived(client, website, 'session:set_state', bound);
    // One socket's packets keep their order, so the event sent before the bind was never pushed.
    expect(client.received[1]).toEqual(['session:set_state', bound]);
  });

  test("Go's socket:bind {events}, socket:bind:push and socket:bind:pop change the event list", async () => {
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const typing = {
      website_id: website,
      session_id: `session_${randomUUID()}`,
      type: 'start',
      timestamp: Date.now(),
    };
    const block = { website_id: website, session_id: typing.session_id, is_blocked: true };
    const subject = { website_id: website, session_id: typing.session_id, subject: 'Refund' };
    const barriers = ['session:set_subject', 'session:set_opened'];
    /** Sends state, typing and block events; returns what arrived, leaving out late barriers. */
    const namesPushed = async () => {
      const from = client.received.length;
      sandbox.emit(website, 'session:set_state', stateEvent(website));
      sandbox.emit(website, 'message:compose:send', typing);
      sandbox.emit(website, 'session:set_block', block);
      await waitFor(() => namesOf(client).slice(from).includes('session:set_block'));
      return namesOf(client).slice(from).filter((n) => !barriers.includes(n));
    };
    const client = await subscriber(['session:set_state']);

    const pushed = ['message:compose:send', 'session:set_block'];
    client.socket.emit('socket:bind:push', { events: pushed });
    client.socket.emit('socket:bind:pop', { events: ['session:set_state'] });
    client.socket.emit('socket:bind:push', { events: ['session:set_subject'] });
    await emitUntilReceived(client, website, 'session:set_subject', subject);
    expect(await namesPushed()).toEqual(['message:compose:send', 'session:set_block']);

    const replaced = ['session:set_state', 'session:set_opened', 'session:set_block'];
    client.socket.emit('socket:bind', { events: replaced });
    const opened = { ...block, operator: { user_id: randomUUID(), nickname: 'Ada' } };
    await emitUntilReceived(client, website, 'session:set_opened', opened);
    expect(await namesPushed()).toEqual(['session:set_state', 'session:set_block']);
  });

  test('an event without a website goes to the sockets of the token its payload names', async () => {
    sandbox.setToken({ identifier: 'other-identifier', key: 'other-key', tier: 'plugin', websiteIds: [] });
    const a = await subscriber(['bucket:url:upload:generated']);
    const b = await subscriber(['bucket:url:upload:generated']);
    const c = await subscriber(['session:set_state']);
    const other = connect(sandbox.rtmUrl, {
      username: 'other-identifier',
      password: 'other-key',
      tier: 'plugin',
      events: ['bucket:url:upload:generated'],
    });
    expect(await other.outcome).toBe('authenticated');
    const payload = {
      from: 'rest',
      id: 'upload-1',
      identifier: sandbox.token.identifier,
      type: 'upload',
      policy: { size_limit: 10_000_000 },
      url: { resource: 'https://storage.example/r', signed: 'https://storage.example/s' },
    };
    sandbox.emit('', 'bucket:url:upload:generated', payload);
    await waitFor(() => a.received.length === 2 && b.received.length === 2);
    expect(a.received[1]).toEqual(['bucket:url:upload:generated', payload]);
    expect(namesOf(c)).toEqual(['authenticated']);
    expect(namesOf(other)).toEqual(['authenticated']);
  });

  test('dropRtmConnections cuts every connection, and a reconnected socket authenticates again', async () => {
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const { origin, pathname } = new URL(sandbox.rtmUrl);
    const socket = io(origin, { path: pathname, transports: ['websocket'], reconnectionDelay: 10 });
    sockets.push(socket);
    const received: unknown[] = [];
    socket.on('session:set_state', (data: unknown) => received.push(data));
    let authentications = 0;
    socket.on('authenticated', () => {
      authentications += 1;
    });
    // Sent on every connect, as crisp-api does on the Manager's reconnect.
    const authenticate = () => void socket.emit('authentication', credentials(['session:set_state']));
    socket.on('connect', authenticate);
    await waitFor(() => authentications === 1);
    const reason = new Promise<string>((r) => socket.once('disconnect', r));
    sandbox.dropRtmConnections();
    expect(await reason).toBe('transport close');
    await waitFor(() => authentications === 2);
    const after = stateEvent(website);
    sandbox.emit(website, 'session:set_state', after);
    await waitFor(() => received.length === 1);
    expect(received).toEqual([after]);
  });
});

describe('RTM events caused by REST writes', () => {
  const call = async (method: string, path: string, body?: object) => {
    const { identifier, key, tier } = sandbox.token;
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${identifier}:${key}`).toString('base64')}`,
        'x-crisp-tier': tier,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as { data: Record<string, unknown> };
  };
  /** A seeded conversation of the first website and a state it is not in. */
  const aConversation = () => {
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const [sessionId, record] = [...website.conversations][0]!;
    const state = record.conversation.state === 'resolved' ? 'unresolved' : 'resolved';
    return { websiteId, sessionId, state };
  };

  test('changing a conversation state through REST pushes session:set_state', async () => {
    const { websiteId, sessionId, state } = aConversation();
    const client = await subscriber(['session:set_state']);
    await call('PATCH', `/website/${websiteId}/conversation/${sessionId}/state`, { state });
    await waitFor(() => client.received.length === 2);
    expect(client.received[1]).toEqual([
      'session:set_state',
      expect.objectContaining({ website_id: websiteId, session_id: sessionId, state }),
    ]);
  });

  test('a message the team sends through REST comes back as message:received', async () => {
    const { websiteId, sessionId } = aConversation();
    const client = await subscriber(['message:send', 'message:received']);
    const { data } = await call('POST', `/website/${websiteId}/conversation/${sessionId}/message`, {
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Hello from the relay test',
    });
    await waitFor(() => namesOf(client).includes('message:received'));
    expect(client.received.at(-1)?.[1]).toMatchObject({
      session_id: sessionId,
      fingerprint: data.fingerprint,
      content: 'Hello from the relay test',
    });
  });

  test('a bucket URL request is answered over RTM to the calling token', async () => {
    const client = await subscriber(['bucket:url:upload:generated']);
    await call('POST', '/bucket/url/generate', {
      namespace: 'upload',
      from: 'rest',
      id: 'correlation-1',
      file: { name: 'photo.png', type: 'image/png' },
    });
    await waitFor(() => client.received.length === 2);
    expect(client.received[1]?.[1]).toMatchObject({ id: 'correlation-1' });
  });

  test('demo activity types and sends visitor messages on a seeded conversation', async () => {
    await sandbox.close();
    sandbox = await createSandbox({ strict: true, activityMs: 10 });
    const client = await subscriber(['message:compose:send', 'message:send']);
    await waitFor(() => namesOf(client).includes('message:send'));
    const typing = client.received.find(([name]) => name === 'message:compose:send');
    expect(typing?.[1]).toMatchObject({ type: 'start', excerpt: expect.any(String) });
    expect(client.received.find(([name]) => name === 'message:send')?.[1]).toMatchObject({
      from: 'user',
      type: 'text',
      content: expect.any(String),
    });
  });
});

describe('RTM relay authentication deadline', () => {
  let quick: Sandbox;
  afterEach(() => quick.close());

  test('a socket that does not authenticate in time is dropped', async () => {
    quick = await createSandbox({ rtmAuthTimeoutMs: 100 });
    const client = connect(quick.rtmUrl);
    const reason = await new Promise<string>((r) => client.socket.once('disconnect', r));
    expect(reason).toBe('io server disconnect');
  });
});

describe('web hooks', () => {
  interface Delivery {
    headers: IncomingHttpHeaders;
    raw: string;
  }
  let receiver: Server;
  let deliveries: Delivery[];
  /** Statuses to answer, in order; 200 once it runs out. */
  let answers: number[];
  let hookUrl: string;

  beforeEach(async () => {
    deliveries = [];
    answers = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });

  afterEach(async () => {
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  });

  const sign = (secret: string, timestamp: string, raw: string) =>
    createHmac('sha256', secret).update(`[${timestamp};${raw}]`).digest('hex');

  test('each event is POSTed as a JSON envelope signed over the raw body', async () => {
    sandbox.addHook({ url: hookUrl, secret: 'hook-secret' });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const payload = stateEvent(website);
    sandbox.emit(website, 'session:set_state', payload);
    const [delivery] = await waitFor(() => deliveries.length === 1 && deliveries);
    const { headers, raw } = delivery!;
    expect(headers['content-type']).toBe('application/json');
    const timestamp = headers['x-crisp-request-timestamp'] as string;
    expect(timestamp).toMatch(/^\d{13}$/);
    const expected = Buffer.from(sign('hook-secret', timestamp, raw));
    const signature = Buffer.from(String(headers['x-crisp-signature']));
    expect(signature.length === expected.length && timingSafeEqual(signature, expected)).toBe(true);
    expect(headers['x-delivery-attempt-count']).toBe('1');
    expect(JSON.parse(raw)).toEqual({
      website_id: website,
      event: 'session:set_state',
      data: payload,
      timestamp: expect.any(Number),
    });
  });

  test('a target without a secret gets unsigned deliveries', async () => {
    sandbox.addHook({ url: hookUrl });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => deliveries.length === 1);
    expect(deliveries[0]?.headers['x-crisp-signature']).toBeUndefined();
  });

  test('a 500 is retried with attempt headers, and later events wait their turn', async () => {
    answers = [500, 500];
    sandbox.addHook({ url: hookUrl, secret: 's', retryDelays: [10, 10, 10] });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website, 'pending'));
    sandbox.emit(website, 'session:set_state', stateEvent(website, 'resolved'));
    await waitFor(() => deliveries.length === 4);
    const stateOf = (d: Delivery) => (JSON.parse(d.raw) as { data: { state: string } }).data.state;
    const states = deliveries.map(stateOf);
    expect(states).toEqual(['pending', 'pending', 'pending', 'resolved']);
    const attempts = deliveries.map((d) => d.headers['x-delivery-attempt-count']);
    expect(attempts).toEqual(['1', '2', '3', '1']);
    expect(deliveries.every((d) => d.headers['x-delivery-attempt-limit'] === '4')).toBe(true);
    for (const { headers, raw } of deliveries) {
      const timestamp = String(headers['x-crisp-request-timestamp']);
      expect(headers['x-crisp-signature']).toBe(sign('s', timestamp, raw));
    }
  });

  test('closing the sandbox cancels pending retries', async () => {
    answers = [500, 500, 500];
    sandbox.addHook({ url: hookUrl, retryDelays: [60_000] });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => deliveries.length === 1);
    const started = Date.now();
    await sandbox.close(); // afterEach closes again; close must tolerate that
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(deliveries).toHaveLength(1);
  });
});
