import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import {
  InboxDocument,
  SendMessageDocument,
  WebsiteMessagesDocument,
  WebsitesDocument,
} from '../client/graphql.ts';
import type { Gateway } from '../src/server/gateway.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import { startSecured, websiteIds } from './support/secure.ts';
import { waitFor } from './support/wait-for.ts';

const KEY = 'client-transport-key-0123456789';
const PERSISTED = fileURLToPath(new URL('../client/persisted-documents.json', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const running: Gateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop()));
});

/** Each request the gateway's HTTP server receives: method, path with query string, headers. */
function wire(gateway: Gateway) {
  const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  gateway.server.on('request', (req) =>
    seen.push({ method: req.method!, url: req.url!, headers: req.headers }),
  );
  return seen;
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('urql with its default settings', () => {
  const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

  test('a short query goes as a GET without any extra header, and succeeds against the sandbox gateway', async ({
    gateway,
    sandbox,
  }) => {
    const seen = wire(gateway.gateway);
    const client = new Client({ url: gateway.url, exchanges: [cacheExchange, fetchExchange] });
    const result = await client.query(WebsitesDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.websites.map((w) => w.domain)).toContain('acme.example');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url).toContain('query=');
    expect(Object.keys(seen[0]!.headers).filter((name) => name.startsWith('x-'))).toEqual([]);
    expect(sandbox.calls.length).toBeGreaterThan(0);
  });
});

describe('cross-site requests to an open gateway (GATEWAY_AUTH=none)', () => {
  async function open(sandbox: Parameters<typeof startSecured>[0]) {
    const gateway = await startSecured(sandbox, { GATEWAY_AUTH: 'none', CRISP_RTM_MODE: 'off' });
    running.push(gateway);
    return gateway;
  }

  base(
    'a form, multipart or text/plain POST of a mutation is refused with CSRF_HEADER_MISSING and reaches no Crisp route',
    async ({ sandbox }) => {
      const gateway = await open(sandbox);
      const [a] = websiteIds(sandbox);
      const mutation = `mutation { createConversation(input: { websiteId: "${a}" }) { __typename } }`;
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: mutation }));
      form.set('map', '{}');
      const bodies: [string | undefined, BodyInit][] = [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
        ['text/plain', JSON.stringify({ query: mutation })],
        [undefined, form],
      ];
      for (const [type, body] of bodies) {
        const headers: Record<string, string> = { origin: 'https://elsewhere.example' };
        if (type) headers['content-type'] = type;
        const res = await fetch(gateway.url, { method: 'POST', headers, body });
        expect(res.status).toBe(403);
        expect(codeOf(await res.json())).toBe('CSRF_HEADER_MISSING');
      }
      // A GET cannot carry a mutation: Yoga answers 405, with a code.
      const get = await fetch(`${gateway.url}?query=${encodeURIComponent(mutation)}`, {
        headers: { origin: 'https://elsewhere.example' },
      });
      expect(get.status).toBe(405);
      expect(codeOf(await get.json())).toBe('BAD_REQUEST');
      expect(sandbox.calls).toEqual([]);
      // A page of the gateway's own origin sends the header, a form cannot.
      const allowed = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-graphql-yoga-csrf': '1',
        },
        body: `query=${encodeURIComponent(mutation)}`,
      });
      expect(allowed.status).toBe(200);
      expect((await allowed.json()).data.createConversation.__typename).toBe(
        'MutationCreateConversationSuccess',
      );
    },
  );

  base(
    'every refused HTTP request answers JSON errors with an extensions.code',
    async ({ sandbox }) => {
      const gateway = await open(sandbox);
      const url = gateway.url;
      const json = { 'content-type': 'application/json' };
      const q = (query: string, rest = '') => `${url}?query=${encodeURIComponent(query)}${rest}`;
      const cases: [string, string, RequestInit, number, string][] = [
        ['GET without a query', url, {}, 400, 'BAD_REQUEST'],
        [
          'GET with variables that are not JSON',
          q('{ __typename }', '&variables=nope'),
          {},
          400,
          'BAD_REQUEST',
        ],
        ['GET of a mutation', q('mutation { __typename }'), {}, 405, 'BAD_REQUEST'],
        [
          'PUT',
          url,
          { method: 'PUT', headers: json, body: '{"query":"{ __typename }"}' },
          405,
          'BAD_REQUEST',
        ],
        ['DELETE', url, { method: 'DELETE' }, 405, 'BAD_REQUEST'],
        [
          'POST of XML',
          url,
          { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<q/>' },
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'POST of text/plain without the CSRF header',
          url,
          { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
          403,
          'CSRF_HEADER_MISSING',
        ],
        [
          'POST of bad JSON',
          url,
          { method: 'POST', headers: json, body: '{"query":' },
          400,
          'BAD_REQUEST',
        ],
        ['POST of a batch', url, { method: 'POST', headers: json, body: '[]' }, 400, 'BAD_REQUEST'],
        [
          'POST without a query',
          url,
          { method: 'POST', headers: json, body: '{}' },
          400,
          'BAD_REQUEST',
        ],
        [
          'POST with an unknown parameter',
          url,
          { method: 'POST', headers: json, body: '{"query":"{ __typename }","x":1}' },
          400,
          'BAD_REQUEST',
        ],
        [
          'POST over GATEWAY_MAX_BODY_BYTES',
          url,
          {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              query: '{ __typename }',
              variables: { pad: 'x'.repeat(110_000) },
            }),
          },
          413,
          'REQUEST_ENTITY_TOO_LARGE',
        ],
        [
          'a syntax error',
          url,
          { method: 'POST', headers: json, body: '{"query":"{"}' },
          400,
          'GRAPHQL_PARSE_FAILED',
        ],
        [
          'an unknown field',
          url,
          { method: 'POST', headers: json, body: '{"query":"{ nope }"}' },
          400,
          'GRAPHQL_VALIDATION_FAILED',
        ],
        [
          'an unknown operationName',
          url,
          {
            method: 'POST',
            headers: json,
            body: '{"query":"query A { __typename }","operationName":"B"}',
          },
          400,
          'OPERATION_RESOLUTION_FAILURE',
        ],
      ];
      const answers: string[] = [];
      for (const [name, target, init, status, code] of cases) {
        const res = await fetch(target, {
          ...init,
          headers: {
            accept: 'application/graphql-response+json',
            ...(init.headers as Record<string, string>),
          },
        });
        const body = await res.json();
        answers.push(`${name}: ${res.status} ${codeOf(body)}`);
        expect({ name, status: res.status, code: codeOf(body) }).toEqual({ name, status, code });
      }
      console.info(answers.join('\n'));
      expect(sandbox.calls).toEqual([]);
    },
  );
});

describe("Apollo Client 4's persisted-query link against GATEWAY_PERSISTED_OPERATIONS from npm run codegen", () => {
  /** Real-credentials mode with the codegen'd list; RTM over the sandbox's relay for subscriptions. */
  async function persisted(sandbox: Parameters<typeof startSecured>[0]) {
    const gateway = await startSecured(sandbox, {
      GATEWAY_API_KEYS: `${KEY}:*:rw`,
      GATEWAY_PERSISTED_OPERATIONS: PERSISTED,
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
      CRISP_RTM_MODE: 'websocket',
    });
    running.push(gateway);
    return gateway;
  }

  const hashOf = (document: unknown) =>
    (document as { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, '');

  base(
    'Websites and Inbox go as a hash alone over HTTP, and the hash is found',
    async ({ sandbox }) => {
      const gateway = await persisted(sandbox);
      const sent: Record<string, unknown>[] = [];
      const http = new HttpLink({
        uri: gateway.url,
        headers: { 'x-api-key': KEY },
        // The global fetch, watched: what Apollo puts on the wire.
        fetch: (input, init) => {
          sent.push(JSON.parse(String(init?.body)));
          return fetch(input, init);
        },
      });
      const client = new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ sha256 }).concat(http),
      });

      const { data: websites } = await client.query({ query: WebsitesDocument });
      expect(websites?.websites).toHaveLength(3);
      const { data: inbox } = await client.query({ query: InboxDocument });
      expect(inbox?.website?.conversations.edges.length).toBeGreaterThan(0);

      // One request each (no fall-back with the text), carrying the hash Apollo computed, no query.
      expect(sent).toHaveLength(2);
      expect(sent.map((body) => 'query' in body)).toEqual([false, false]);
      expect(
        sent.map(
          (body) =>
            (body.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery
              .sha256Hash,
        ),
      ).toEqual([hashOf(WebsitesDocument), hashOf(InboxDocument)]);
      client.stop();
    },
  );

  base(
    'a hash also runs from a GET: Apollo with useGETForHashedQueries, or documentId in the URL',
    async ({ sandbox }) => {
      const gateway = await persisted(sandbox);
      const seen = wire(gateway);
      const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink({ uri: gateway.url, headers: { 'x-api-key': KEY } }),
      );
      const client = new ApolloClient({ cache: new InMemoryCache(), link });
      const { data } = await client.query({ query: WebsitesDocument });
      expect(data?.websites).toHaveLength(3);
      expect(seen.map((r) => r.method)).toEqual(['GET']);
      expect(seen[0]!.url).not.toContain('query=');
      const byId = await fetch(
        `${gateway.url}?documentId=${encodeURIComponent((WebsitesDocument as unknown as { __meta__: { hash: string } }).__meta__.hash)}`,
        { headers: { 'x-api-key': KEY } },
      );
      expect((await byId.json()).data.websites).toHaveLength(3);
      client.stop();
    },
  );

  base(
    'a subscription over graphql-ws runs by its hash, and receives the message a persisted mutation sends',
    async ({ sandbox }) => {
      const gateway = await persisted(sandbox);
      const [websiteId] = websiteIds(sandbox);
      const subscribes: {
        payload: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } };
      }[] = [];
      const ws = createClient({
        url: gateway.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { apiKey: KEY },
        // Watches each message as it is serialised: what Apollo's link puts on the socket.
        jsonMessageReplacer: (key, value) => {
          if (key === '' && value?.type === 'subscribe') subscribes.push(value);
          return value;
        },
      });
      const pq = new PersistedQueryLink({ sha256 });
      const subscriber = new ApolloClient({
        cache: new InMemoryCache(),
        link: pq.concat(new GraphQLWsLink(ws)),
      });
      const client = new ApolloClient({
        cache: new InMemoryCache(),
        link: pq.concat(new HttpLink({ uri: gateway.url, headers: { 'x-api-key': KEY } })),
      });
      const events: { sessionId: string; kind: string }[] = [];
      const errors: unknown[] = [];
      const subscription = subscriber
        .subscribe({ query: WebsiteMessagesDocument, variables: { websiteId } })
        .subscribe({
          next: ({ data, error }) =>
            error ? errors.push(error) : data && events.push(data.websiteMessages),
          error: (error) => errors.push(error),
        });
      try {
        await waitFor(() => errors.length > 0 || (gateway.live?.subscribers(websiteId) ?? 0) >= 1);
        expect(errors).toEqual([]);
        const { data: inbox } = await client.query({ query: InboxDocument });
        const sessionId = inbox!.website!.conversations.edges[0]!.node.sessionId;
        const { data: sent } = await client.mutate({
          mutation: SendMessageDocument,
          variables: { sessionId, text: 'Hello by hash' },
        });
        expect(sent?.sendMessage.__typename).toBe('MutationSendMessageSuccess');
        await waitFor(() => events.some((e) => e.sessionId === sessionId));
        expect(errors).toEqual([]);
        expect(subscribes).toHaveLength(1);
        expect(subscribes[0]!.payload.extensions?.persistedQuery?.sha256Hash).toBe(
          hashOf(WebsiteMessagesDocument),
        );
        // A hash the list lacks is refused by name, whatever text comes with it.
        const unknown = await new Promise<unknown>((resolve) =>
          ws.subscribe(
            {
              query: print(WebsiteMessagesDocument),
              variables: { websiteId },
              extensions: { persistedQuery: { version: 1, sha256Hash: sha256('unlisted') } },
            },
            { next: resolve, error: resolve, complete: () => resolve('complete') },
          ),
        );
        expect(JSON.stringify(unknown)).toContain('PERSISTED_QUERY_NOT_FOUND');
      } finally {
        subscription.unsubscribe();
        subscriber.stop();
        client.stop();
        await ws.dispose();
      }
    },
  );
});
