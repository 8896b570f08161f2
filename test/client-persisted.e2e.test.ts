import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import {
  InboxDocument,
  SendMessageDocument,
  WebsiteMessagesDocument,
  WebsitesDocument,
} from '../client/graphql.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import { startSecured, stopAfterEach, websiteIds } from './support/secure.ts';
import { waitFor } from './support/wait-for.ts';
import { wire } from './support/wire.ts';

const KEY = 'client-transport-key-0123456789';
const PERSISTED = fileURLToPath(new URL('../client/persisted-documents.json', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const running = stopAfterEach();

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
      expect(inbox?.website?.conversations?.edges.length).toBeGreaterThan(0);

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
      const events: { conversation: { id: string } }[] = [];
      const errors: unknown[] = [];
      const subscription = subscriber
        .subscribe({ query: WebsiteMessagesDocument, variables: { websiteId } })
        .subscribe({
          next: ({ data, error }) =>
            error ? errors.push(error) : data?.messageEvents && events.push(data.messageEvents),
          error: (error) => errors.push(error),
        });
      try {
        await waitFor(() => errors.length > 0 || (gateway.live?.subscribers(websiteId) ?? 0) >= 1);
        expect(errors).toEqual([]);
        const { data: inbox } = await client.query({ query: InboxDocument });
        const sessionId = inbox!.website!.conversations!.edges[0]!.node.crispId;
        const { data: sent } = await client.mutate({
          mutation: SendMessageDocument,
          variables: { conversationId: sessionId, text: 'Hello by hash' },
        });
        expect(sent?.sendMessage).toMatchObject({
          message: { text: 'Hello by hash' },
          userErrors: [],
        });
        await waitFor(() =>
          events.some((e) => e.conversation.id === `Conversation:${websiteId}:${sessionId}`),
        );
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
