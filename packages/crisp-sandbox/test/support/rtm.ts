import { randomUUID } from 'node:crypto';
import { createSandbox, type Sandbox, type SandboxOptions } from 'crisp-sandbox';
import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, expect } from 'vitest';

/** A website of its own per test, so relay tests do not depend on the seed or on routes. */
export const relayTestSite = { name: 'Relay test', domain: 'relay.test' };

export const stateEvent = (websiteId: string, state = 'resolved') => ({
  website_id: websiteId,
  session_id: `session_${randomUUID()}`,
  state,
});

export type Outcome = 'authenticated' | 'unauthorized';

export interface Client {
  socket: Socket;
  /** Every event received, in order, with its payload. */
  received: [string, unknown][];
  outcome: Promise<Outcome>;
}

export const sockets: Socket[] = [];

export function connect(url: string, auth?: object): Client {
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

export const namesOf = (c: Client) => c.received.map(([name]) => name);

// A strict sandbox per test: `sandbox` is a live binding, set by the hooks `useRtmSandbox` registers.
export let sandbox: Sandbox;
export const credentials = (events: string[], extra: object = {}) => ({
  username: sandbox.token.identifier,
  password: sandbox.token.key,
  tier: sandbox.token.tier,
  events,
  ...extra,
});

export async function subscriber(events: string[], extra: object = {}): Promise<Client> {
  const client = connect(sandbox.rtmUrl, credentials(events, extra));
  expect(await client.outcome).toBe('authenticated');
  return client;
}

/** A strict sandbox for each test of the calling file; its sockets and it close after the test, which fails if any event broke the catalogue. */
export function useRtmSandbox() {
  beforeEach(async () => {
    sandbox = await createSandbox({ strict: true });
  });

  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await sandbox.close();
    expect(sandbox.violations).toEqual([]);
  });
}

/** Swaps the test's sandbox for one started with `options`; it is closed and checked like the first. */
export async function replaceSandbox(options: SandboxOptions) {
  await sandbox.close();
  sandbox = await createSandbox({ strict: true, ...options });
}
