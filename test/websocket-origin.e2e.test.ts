import { once } from 'node:events';
import { WebSocket } from 'ws';
import { READ_KEY, useSecuredGateways } from './support/auth.ts';
import { describe, expect, test } from './support/fixtures.ts';
import { startSecured, stopAfterEach } from './support/secure.ts';

const { secured } = useSecuredGateways();
const running = stopAfterEach();

/** An open gateway with real credentials (GATEWAY_AUTH=none), as one run on a developer's machine. */
async function open(sandbox: Parameters<typeof startSecured>[0], env: Record<string, string> = {}) {
  const gateway = await startSecured(sandbox, {
    GATEWAY_AUTH: 'none',
    CRISP_RTM_MODE: 'off',
    ...env,
  });
  running.push(gateway);
  return gateway;
}

/** The upgrade's refusal status, or the first graphql-ws message after connection_init. */
async function connect(url: string, origin: string | undefined, payload?: Record<string, unknown>) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), ['graphql-transport-ws'], {
    headers: origin ? { origin } : {},
  });
  const refused = once(socket, 'unexpected-response').then(([, res]) => ({
    refused: (res as { statusCode: number }).statusCode,
  }));
  const opened = once(socket, 'open').then(async () => {
    const closed = once(socket, 'close').then(([code]) => ({ closed: code as number }));
    const first = once(socket, 'message').then(([data]) => ({
      type: (JSON.parse(String(data)) as { type: string }).type,
    }));
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    return Promise.race([first, closed]);
  });
  const answer = await Promise.race([refused, opened]);
  socket.terminate();
  return answer;
}

describe('WebSocket origins', () => {
  test('an open gateway refuses a socket from a page of another origin, as CORS refuses its requests', async ({
    sandbox,
  }) => {
    const gateway = await open(sandbox);
    expect(await connect(gateway.url, 'https://evil.example')).toEqual({ refused: 403 });
    expect(await connect(gateway.url, 'null')).toEqual({ refused: 403 });
    // Its own pages (GraphiQL) and clients that are not browsers (no Origin) connect.
    expect(await connect(gateway.url, new URL(gateway.url).origin)).toEqual({
      type: 'connection_ack',
    });
    expect(await connect(gateway.url, undefined)).toEqual({ type: 'connection_ack' });
    expect(sandbox.calls).toEqual([]);
  });

  test('GATEWAY_CORS_ORIGINS lets its origins open sockets to an open gateway', async ({
    sandbox,
  }) => {
    const gateway = await open(sandbox, { GATEWAY_CORS_ORIGINS: 'https://app.example' });
    expect(await connect(gateway.url, 'https://app.example')).toEqual({ type: 'connection_ack' });
    expect(await connect(gateway.url, 'https://evil.example')).toEqual({ refused: 403 });
  });

  test('with client authentication, any origin may connect, and credentials decide', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    expect(await connect(gateway.url, 'https://evil.example')).toEqual({ closed: 4403 });
    expect(await connect(gateway.url, 'https://app.example', { apiKey: READ_KEY })).toEqual({
      type: 'connection_ack',
    });
  });

  test('the sandbox, open to every origin over HTTP, is open to every origin over WebSocket', async ({
    gateway,
  }) => {
    expect(await connect(gateway.url, 'https://app.example')).toEqual({ type: 'connection_ack' });
  });
});
