import { ApolloClient, gql, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { cacheConfig, defaultOptions } from '../client/apollo-cache.ts';
import { InboxDocument, WebsiteMessagesDocument } from '../client/graphql.ts';
import { consoleOutput } from './support/client-kit.ts';
import { test as base, expect } from './support/fixtures.ts';
import { callsOf } from './support/rest.ts';
import { waitFor } from './support/wait-for.ts';

const test = base.extend({
  gatewayEnv: async ({ sandbox }, use) => use({ CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]! }),
});

/**
 * The set-up the README shows: subscriptions over graphql-ws, the rest over HTTP, and the
 * generated cache config; nothing else.
 */
function liveClient(url: string) {
  const ws = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const client = new ApolloClient({
    cache: new InMemoryCache(cacheConfig),
    defaultOptions,
    link: split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(ws),
      new HttpLink({ uri: url }),
    ),
  });
  return { client, ws };
}

interface Row {
  id: string;
  crispId: string;
  updatedAt: string | null;
  lastMessage: { excerpt: string | null } | null;
}

test('a watched inbox shows a new message from the WebsiteMessages subscription with no cache code of its own', async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const { client, ws } = liveClient(gateway.url);
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
      sandbox.appendMessage(websiteId, row.crispId, {
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
        `Apollo watchQuery: ${events.length} event(s); the row of ${row.crispId} now shows ` +
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

const Thread = gql`
  query Thread($websiteId: ID, $id: ID!) {
    website(id: $websiteId) {
      id
      conversation(id: $id) {
        id
        unread { operator visitor }
        messages(last: 50) { edges { cursor node { id from read } } }
      }
    }
  }
`;

const Reads = gql`
  subscription Reads($websiteId: ID) {
    readEvents(websiteId: $websiteId) {
      conversation { id unread { operator visitor } }
      messages { id read }
    }
  }
`;

interface Thread {
  website: {
    conversation: {
      unread: { operator: number; visitor: number };
      messages: { edges: { node: { id: string; from: string | null; read: string | null } }[] };
    };
  };
}

test('a read event updates the cached messages and unread counts of a watched conversation with no cache code of its own', async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const inbox = await gateway.executeOk(
    `query ($w: ID) { website(id: $w) { conversations(first: 50) { edges { node { id unread { operator } } } } } }`,
    { w: websiteId },
  );
  const unread = (
    inbox.website.conversations.edges as { node: { id: string; unread: { operator: number } } }[]
  ).find((e) => e.node.unread.operator > 0)!.node;
  const { client, ws } = liveClient(gateway.url);
  let shown: Thread | undefined;
  const output = await consoleOutput(async () => {
    const thread = client
      .watchQuery({ query: Thread, variables: { websiteId, id: unread.id } })
      .subscribe(({ data }) => {
        if (data) shown = data as Thread;
      });
    const events: unknown[] = [];
    const live = client
      .subscribe({ query: Reads, variables: { websiteId } })
      .subscribe(({ data, error }) => events.push(error ?? data));
    try {
      await waitFor(() => !!shown && (gateway.gateway.live?.subscribers(websiteId) ?? 0) >= 1);
      const visitorMessages = () =>
        shown!.website.conversation.messages.edges
          .map((e) => e.node)
          .filter((m) => m.from === 'VISITOR');
      const before = visitorMessages().filter((m) => m.read === null);
      expect(before.length).toBeGreaterThan(0);
      expect(shown!.website.conversation.unread.operator).toBeGreaterThan(0);
      // The team reads them through another client: this cache learns of it from the event alone.
      const historyReads = callsOf(sandbox, 'website.conversation.get_messages').length;
      await gateway.executeOk(
        `mutation ($i: MarkMessagesReadInput!) { markMessagesRead(input: $i) { userErrors { code } } }`,
        { i: { conversationId: unread.id, from: 'OPERATOR', origin: 'chat', fingerprints: [] } },
      );
      await waitFor(() => {
        if (shown!.website.conversation.unread.operator !== 0) throw new Error('not read yet');
        return true;
      });
      await waitFor(() => visitorMessages().every((m) => m.read === 'chat'));
      // No refetch of the history: the event alone updated the cached messages.
      expect(callsOf(sandbox, 'website.conversation.get_messages')).toHaveLength(historyReads);
      expect(events).toHaveLength(1);
      console.info(
        `Apollo watchQuery: ${before.length} unread visitor message(s) of ${unread.id} now read ` +
          `on chat; unread.operator ${unread.unread.operator} → 0, from one readEvents event`,
      );
    } finally {
      live.unsubscribe();
      thread.unsubscribe();
      client.stop();
      await ws.dispose();
    }
  });
  expect(output).toEqual([]);
});
