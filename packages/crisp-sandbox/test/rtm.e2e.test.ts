import { randomUUID } from 'node:crypto';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, test } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.ts';
import {
  type Client,
  connect,
  credentials,
  namesOf,
  relayTestSite,
  sandbox,
  sockets,
  stateEvent,
  subscriber,
  useRtmSandbox,
} from './support/rtm.ts';

useRtmSandbox();

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
      return namesOf(client)
        .slice(from)
        .filter((n) => !barriers.includes(n));
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
    sandbox.setToken({
      identifier: 'other-identifier',
      key: 'other-key',
      tier: 'plugin',
      websiteIds: [],
    });
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
    const authenticate = () =>
      void socket.emit('authentication', credentials(['session:set_state']));
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
