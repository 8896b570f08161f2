import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { WebsitesDocument } from '../client/graphql.ts';
import { ConfigError } from '../src/server/config.ts';
import { buildGateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { auth, codeOf, KEY, useKeyedGateways } from './support/limits.ts';
import { post, quiet, websiteIds } from './support/secure.ts';
import { waitFor } from './support/wait-for.ts';

const { secured } = useKeyedGateways();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('persisted operations', () => {
  const WEBSITES = 'query Websites { websites { id } }';
  const hash = (document: string) => createHash('sha256').update(document).digest('hex');

  /** The file graphql-codegen's client preset writes: `{ "sha256:<hex>": "<document>" }`. */
  function persistedFile(documents: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
    dirs.push(dir);
    const path = join(dir, 'persisted-documents.json');
    writeFileSync(
      path,
      JSON.stringify(Object.fromEntries(documents.map((d) => [`sha256:${hash(d)}`, d]))),
    );
    return path;
  }

  test('only listed operations run: by documentId or persistedQuery hash; others are refused', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox, {
      GATEWAY_PERSISTED_OPERATIONS: persistedFile([WEBSITES]),
    });
    const refused = await post(gateway.url, { query: WEBSITES }, auth);
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe('PERSISTED_QUERY_ONLY');
    expect(sandbox.calls).toEqual([]);

    const byId = await post(gateway.url, { documentId: `sha256:${hash(WEBSITES)}` }, auth);
    expect(byId.status).toBe(200);
    expect(byId.body.data.websites).toHaveLength(3);
    const byHash = await post(
      gateway.url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash(WEBSITES) } } },
      auth,
    );
    expect(byHash.body.data.websites).toHaveLength(3);

    const unknown = await post(
      gateway.url,
      { documentId: `sha256:${hash('{ websites { name } }')}` },
      auth,
    );
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Authentication still comes first.
    expect((await post(gateway.url, { documentId: `sha256:${hash(WEBSITES)}` })).status).toBe(401);
  });

  test('over graphql-ws, only a listed operation runs: by hash, or by its exact text', async ({
    sandbox,
  }) => {
    const [a] = websiteIds(sandbox);
    const listed = 'subscription Live($w: ID!) { visitorCountEvents(websiteId: $w) { name } }';
    const gateway = await secured(sandbox, {
      GATEWAY_PERSISTED_OPERATIONS: persistedFile([listed]),
      CRISP_RTM_MODE: 'websocket',
    });
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { apiKey: KEY },
    });
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { messageEvents(websiteId: "${a}") { name } }` },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
      expect(JSON.stringify(refused)).toContain('Only persisted operations are accepted');
      const stop = client.subscribe(
        { query: listed, variables: { w: a } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      const deadline = Date.now() + 5000;
      while ((gateway.live?.subscribers(a) ?? 0) < 1 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(gateway.live?.subscribers(a)).toBe(1);
      stop();
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) === 0);
      // The hash selects the listed document, whatever text comes with it.
      const byHash = client.subscribe(
        {
          query: 'subscription { __typename }',
          variables: { w: a },
          extensions: { persistedQuery: { version: 1, sha256Hash: hash(listed) } },
        },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) >= 1);
      byHash();
    } finally {
      await client.dispose();
    }
  });

  test('over graphql-ws, a listed hash runs whatever text another client sent before', async ({
    sandbox,
  }) => {
    const [a] = websiteIds(sandbox);
    const listed = 'subscription Live($w: ID!) { visitorCountEvents(websiteId: $w) { name } }';
    const gateway = await secured(sandbox, {
      GATEWAY_PERSISTED_OPERATIONS: persistedFile([listed]),
      CRISP_RTM_MODE: 'websocket',
    });
    const connect = () =>
      createClient({
        url: gateway.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { apiKey: KEY },
      });
    const [mallory, alice] = [connect(), connect()];
    try {
      // The same text comes with the listed hash from one client, alone from the other: each
      // answer depends on its own payload only, whichever comes first.
      const text = `subscription { messageEvents(websiteId: "${a}") { name } }`;
      const refused = await new Promise<unknown>((resolve) =>
        mallory.subscribe(
          { query: text },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        ),
      );
      expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_ONLY');
      const errors: unknown[] = [];
      const byHash = alice.subscribe(
        {
          query: text,
          variables: { w: a },
          extensions: { persistedQuery: { version: 1, sha256Hash: hash(listed) } },
        },
        {
          next: (r) => void (r.errors && errors.push(r.errors)),
          error: (e) => void errors.push(e),
          complete: () => undefined,
        },
      );
      await waitFor(() => errors.length > 0 || (gateway.live?.subscribers(a) ?? 0) >= 1);
      expect(errors).toEqual([]);
      byHash();
      await waitFor(() => (gateway.live?.subscribers(a) ?? 0) === 0);
      // And the other way round: a text sent with the hash does not become the listed document.
      const again = await new Promise<unknown>((resolve) =>
        mallory.subscribe(
          { query: text },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        ),
      );
      expect(JSON.stringify(again)).toContain('PERSISTED_QUERY_ONLY');
      expect(gateway.live?.subscribers(a) ?? 0).toBe(0);
    } finally {
      await Promise.all([mallory.dispose(), alice.dispose()]);
    }
  });

  test('client/persisted-documents.json, as npm run codegen writes it, is accepted as is', async ({
    sandbox,
  }) => {
    const path = fileURLToPath(new URL('../client/persisted-documents.json', import.meta.url));
    const gateway = await secured(sandbox, { GATEWAY_PERSISTED_OPERATIONS: path });
    const hash = (WebsitesDocument as { __meta__?: { hash?: string } }).__meta__?.hash;
    expect(hash).toMatch(/^sha256:/);
    const { body } = await post(gateway.url, { documentId: hash }, auth);
    expect(body.data.websites).toHaveLength(3);
  });

  test('an unreadable or invalid file stops the gateway at start', ({ sandbox }) => {
    const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ 'sha256:abc': '{ not graphql' }));
    for (const path of [join(dir, 'missing.json'), join(dir, 'bad.json')]) {
      const config = {
        ...testConfig(sandbox, {
          GATEWAY_API_KEYS: `${KEY}:*:rw`,
          GATEWAY_PERSISTED_OPERATIONS: path,
        }),
        sandbox: false,
      };
      expect(() => buildGateway(config, { logger: quiet })).toThrow(ConfigError);
    }
  });
});
