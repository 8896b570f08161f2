import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { waitFor } from './support/wait-for.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `npm start` in sandbox mode as a child process; every sandbox answer takes `latencyMs`. */
async function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX_ACTIVITY_MS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => (output.stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output.stderr += c.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  const printed = await waitFor(() => /(http:\/\/\S+\/graphql)/.exec(output.stdout)?.[1], {
    timeout: 20_000,
  });
  const url = printed.replace('//localhost:', '//127.0.0.1:');
  return { child, output, exited, url, websiteId: '' };
}

/** A graphql-ws subscription over a raw socket, so the close code can be read. */
async function openSubscription(url: string, query: string) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = once(socket, 'close') as Promise<[number, Buffer]>;
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await once(socket, 'message');
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
  return { socket, closed };
}

const post = (url: string, query: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('SIGTERM', () => {
  test('finishes the operation in flight, closes WebSockets with 1001, and exits 0 within the deadline', {
    timeout: 40_000,
  }, async () => {
    const main = await startMain({ SANDBOX_LATENCY_MS: '1500', SHUTDOWN_TIMEOUT_MS: '8000' });
    try {
      const websites = (await (await post(main.url, '{ websites { id } }')).json()) as {
        data: { websites: { id: string }[] };
      };
      const websiteId = websites.data.websites[0]!.id;
      const ws = await openSubscription(
        main.url,
        `subscription { messageEvents(websiteId: "${websiteId}") { name } }`,
      );

      // One Crisp read: about 1.5 s in flight (past the read cache, which holds this website).
      const started = performance.now();
      const slow = fetch(main.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify({ query: `{ website(id: "${websiteId}") { name } }` }),
      });
      await new Promise((r) => setTimeout(r, 400));
      main.child.kill('SIGTERM');
      const signalled = performance.now();

      const res = await slow;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { website: { name: expect.any(String) } } });
      expect(performance.now() - started).toBeGreaterThan(1400);

      const [code] = await ws.closed;
      expect(code).toBe(1001);

      const [exitCode] = await main.exited;
      expect(exitCode).toBe(0);
      expect(performance.now() - signalled).toBeLessThan(8000);
      // Once stopping, the gateway takes no new connection.
      await expect(post(main.url, '{ __typename }')).rejects.toThrow();
    } finally {
      main.child.kill('SIGKILL');
    }
  });

  test('an operation still running at the deadline is cut, and the process still exits 0', {
    timeout: 40_000,
  }, async () => {
    const main = await startMain({ SANDBOX_LATENCY_MS: '3000', SHUTDOWN_TIMEOUT_MS: '600' });
    try {
      const slow = post(main.url, '{ websites { id } }').then(
        (r) => r.status,
        () => 'cut',
      );
      await new Promise((r) => setTimeout(r, 300));
      const signalled = performance.now();
      main.child.kill('SIGTERM');
      const [exitCode] = await main.exited;
      expect(exitCode).toBe(0);
      expect(performance.now() - signalled).toBeLessThan(3000);
      expect(await slow).toBe('cut');
      expect(main.output.stdout).toContain('shutdown deadline passed');
    } finally {
      main.child.kill('SIGKILL');
    }
  });
});
