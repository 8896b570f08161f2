import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { cacheConfig, defaultOptions } from '../client/apollo-cache.ts';
import { InboxDocument, WebsiteMessagesDocument } from '../client/graphql.ts';
import { consoleOutput } from './support/client-kit.ts';
import { test as base, expect } from './support/fixtures.ts';
import { waitFor } from './support/wait-for.ts';

const test = base.extend({
  gatewayEnv: async ({ sandbox }, use) => use({ CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]! }),
});

interface Row {
  id: string;
  sessionId: string;
  updatedAt: string | null;
  lastMessage: { excerpt: string | null } | null;
}

test('a watched inbox shows a new message from the WebsiteMessages subscription with no cache code of its own', async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const ws = createClient({
    url: gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  // The set-up the README shows: subscriptions over graphql-ws, the rest over HTTP, and the
  // generated cache config; nothing else.
  const client = new ApolloClient({
    cache: new InMemoryCache(cacheConfig),
    defaultOptions,
    link: split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(ws),
      new HttpLink({ uri: gateway.url }),
    ),
  });
  const rows = (data: unknown) =>
    (
      data as { website: { conversations: { edges: { node: Row }[] } } }
    ).website.conversations.edges.map((e) => e.node);
  let shown: Row[] = [];
  const events: unknown[] = [];
  const output = await consoleOutput(async () => {
    const inbox = client
      .watchQuery({ query: InboxDocument, variables: { websiteId, first: 20 } })
      .subscribe(({ data }) => {
        if (data) shown = rows(data);
      });
    const live = client
      .subscribe({ query: WebsiteMessagesDocument, variables: { websiteId } })
      .subscribe(({ data, error }) => events.push(error ?? data));
    try {
      await waitFor(
        () => shown.length > 0 && (gateway.gateway.live?.subscribers(websiteId) ?? 0) >= 1,
      );
      const row = shown[3]!;
      sandbox.appendMessage(websiteId, row.sessionId, {
        from: 'user',
        origin: 'chat',
        type: 'text',
        content: 'Is anyone there?',
      });
      await waitFor(() => {
        const now = shown.find((r) => r.id === row.id)!;
        if (now.lastMessage?.excerpt !== 'Is anyone there?') throw new Error('not shown yet');
        return true;
      });
      const now = shown.find((r) => r.id === row.id)!;
      expect(now.updatedAt! > row.updatedAt!).toBe(true);
      console.info(
        `Apollo watchQuery: ${events.length} event(s); the row of ${row.sessionId} now shows ` +
          `"${now.lastMessage?.excerpt}" at ${now.updatedAt} (was ${row.updatedAt})`,
      );
    } finally {
      live.unsubscribe();
      inbox.unsubscribe();
      client.stop();
      await ws.dispose();
    }
  });
  expect(output).toEqual([]);
});
