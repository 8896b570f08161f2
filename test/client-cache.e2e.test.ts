import { CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { cacheExchange as graphcache } from '@urql/exchange-graphcache';
import { cacheConfig, defaultOptions } from '../client/apollo-cache.ts';
import { graphcacheConfig } from '../client/graphcache.ts';
import {
  ConversationDocument,
  ConversationFieldsFragmentDoc,
  InboxDocument,
  SendMessageDocument,
} from '../client/graphql.ts';
import { apollo, consoleOutput, everyContentType, watchedFetch } from './support/client-kit.ts';
import { MISSING } from './support/conversation.ts';
import { test as base, describe, expect } from './support/fixtures.ts';

/** The page size of the histories read: the seed has every content type within the latest 20. */
const LAST = 20;

const test = base.extend({
  gatewayEnv: async ({ sandbox }, use) =>
    use({ CRISP_RTM_MODE: 'off', CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]! }),
});

/** A copy of `data` with the value at each path replaced by null. */
function withNulls(data: unknown, paths: readonly (readonly (string | number)[])[]): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const path of paths) {
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = null;
  }
  return copy;
}

/** The `__typename`s of every message content in a Conversation result. */
const contentTypes = (data: unknown) =>
  [...JSON.stringify(data).matchAll(/"__typename":"(\w+Content)"/g)].map((m) => m[1]!);

/** Apollo's warning for an inline fragment it cannot match without possibleTypes. */
const UNMATCHED_FRAGMENT =
  /^warn: Cannot match %s on `%s` against `%s`\. This indicates a missing `possibleTypes`/;

describe('Apollo Client 4 with InMemoryCache and no type policies', () => {
  test('after the inbox and the histories holding every message content type, the cache reads back exactly what the network returned; with the generated possibleTypes it logs no warning', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionIds, types } = everyContentType(sandbox, LAST);
    const caches = {
      'the default InMemoryCache': () => new InMemoryCache(),
      'InMemoryCache({ possibleTypes })': () =>
        new InMemoryCache({ possibleTypes: cacheConfig.possibleTypes }),
    };
    const warnings: Record<string, string[]> = {};
    for (const [name, cache] of Object.entries(caches)) {
      const { client, last } = apollo(gateway.url, { cache: cache() });
      const seen = new Set<string>();
      let reads = 0;
      warnings[name] = await consoleOutput(async () => {
        const inboxVariables = { websiteId, first: 20 };
        await client.query({ query: InboxDocument, variables: inboxVariables });
        const inbox = last().data!;
        expect(client.cache.readQuery({ query: InboxDocument, variables: inboxVariables })).toEqual(
          inbox,
        );
        for (const sessionId of sessionIds) {
          const variables = { websiteId, conversationId: sessionId, last: LAST };
          await client.query({ query: ConversationDocument, variables });
          const history = last().data!;
          for (const type of contentTypes(history)) seen.add(type);
          expect(client.cache.readQuery({ query: ConversationDocument, variables })).toEqual(
            history,
          );
        }
        // Every conversation of the inbox, by its id, and the inbox again once the histories
        // wrote the same records: one shape per record, nothing overwritten.
        const nodes = (
          inbox as { website: { conversations: { edges: { node: { id: string } }[] } } }
        ).website.conversations.edges.map((e) => e.node);
        for (const node of nodes) {
          const fragment = client.cache.readFragment({
            id: client.cache.identify(node),
            fragment: ConversationFieldsFragmentDoc,
            fragmentName: 'ConversationFields',
          });
          expect(fragment).toEqual(node);
        }
        expect(client.cache.readQuery({ query: InboxDocument, variables: inboxVariables })).toEqual(
          inbox,
        );
        reads = 2 + sessionIds.length + nodes.length;
      });
      console.info(
        `Apollo, ${name}: inbox of 20, ${sessionIds.length} histories holding ${seen.size} ` +
          `content types (${[...seen].sort().join(', ')}); ${reads} cache reads equal to the ` +
          `network's answers; ${warnings[name]!.length} console lines`,
      );
      expect(seen.size).toBe(types.length);
      client.stop();
    }
    // Without possibleTypes, Apollo cannot tell a union's inline fragments apart from a
    // supertype's and warns at each one that does not match; the data still reads back whole.
    const bare = warnings['the default InMemoryCache']!;
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.filter((line) => !UNMATCHED_FRAGMENT.test(line))).toEqual([]);
    expect(warnings['InMemoryCache({ possibleTypes })']).toEqual([]);
  });

  test("a failed mutation's code reads from its payload's userErrors, with the default cache and with the kit's", async ({
    gateway,
  }) => {
    // Mutations return `<Mutation>Payload { …, userErrors { code message field } }`: no abstract
    // type, so Apollo's cache needs no possibleTypes to read the code.
    const variables = { conversationId: MISSING, text: 'Nobody reads this' };
    const clients = {
      'the default InMemoryCache': apollo(gateway.url),
      "the kit's cache and defaultOptions": apollo(gateway.url, {
        cache: new InMemoryCache(cacheConfig),
        defaultOptions,
      }),
    };
    for (const [name, { client, last }] of Object.entries(clients)) {
      let data: unknown;
      const output = await consoleOutput(async () => {
        data = (await client.mutate({ mutation: SendMessageDocument, variables })).data;
      });
      expect(data, name).toEqual(last().data);
      expect(data, name).toMatchObject({
        sendMessage: {
          message: null,
          userErrors: [{ code: 'NOT_FOUND', message: expect.any(String) }],
        },
      });
      expect(output, name).toEqual([]);
      client.stop();
    }
  });
});

describe('Apollo Client 4 with errorPolicy all', () => {
  // One fault is one failed call: no retry hides it, no open breaker fails the calls after it,
  // and no cached read of the clean run answers in its place.
  const faulty = base.extend({
    gatewayEnv: async ({ sandbox }, use) =>
      use({
        CRISP_RTM_MODE: 'off',
        GATEWAY_CACHE: 'off',
        CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
        CRISP_RETRY_ATTEMPTS: '1',
        CRISP_BREAKER_THRESHOLD: '0',
      }),
  });

  faulty(
    'a fault on any one nested Crisp call of the inbox or a history leaves the rest of the page, with the error at its path, and the cache warns of nothing',
    async ({ gateway, sandbox }) => {
      const { websiteId, sessionIds } = everyContentType(sandbox, LAST);
      const pages = [
        { query: InboxDocument, variables: { websiteId, first: 20 } },
        { query: ConversationDocument, variables: { websiteId, conversationId: sessionIds[0]! } },
      ] as const;
      const lost: string[] = [];
      const output = await consoleOutput(async () => {
        for (const { query, variables } of pages) {
          const clean = apollo(gateway.url, { cache: new InMemoryCache(cacheConfig) });
          sandbox.resetCalls();
          const { data: whole } = await clean.client.query({ query, variables } as never);
          clean.client.stop();
          const routes = [...new Set(sandbox.calls.map((c) => c.id))];
          // The page's own list, when the root field reads it first, is not nested.
          const nested = routes.filter((id) => id !== 'website.conversation.list');
          expect(nested.length).toBeGreaterThanOrEqual(2);
          for (const route of nested) {
            const { client } = apollo(gateway.url, { cache: new InMemoryCache(cacheConfig) });
            sandbox.resetCalls();
            sandbox.faultNext(route, { kind: 'reset' });
            const { data, error } = await client.query({
              query,
              variables,
              errorPolicy: 'all',
            } as never);
            sandbox.resetFaults();
            client.stop();
            expect(sandbox.calls.some((c) => c.id === route)).toBe(true);
            expect(CombinedGraphQLErrors.is(error), route).toBe(true);
            const errors = (error as CombinedGraphQLErrors).errors;
            const paths = errors.map((e) => e.path!);
            lost.push(`${route}: ${paths.length} field(s), e.g. ${paths[0]!.join('.')}`);
            expect(errors.map((e) => e.extensions?.code)).toEqual(
              errors.map(() => 'UPSTREAM_UNAVAILABLE'),
            );
            // Never the root field: `website` stays, whichever call failed.
            expect(
              paths.every((p) => p.length >= 2),
              route,
            ).toBe(true);
            expect(data, route).toEqual(withNulls(whole, paths));
          }
        }
      });
      // The kit's connection policy keeps a nulled connection null: no partial-result warning.
      expect(output).toEqual([]);
      console.info(`Apollo, errorPolicy all, one fault per run:\n${lost.join('\n')}`);
    },
  );
});

describe('urql', () => {
  test('the document cache and Graphcache with the generated config read back exactly what the network returned, with no warning', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionIds } = everyContentType(sandbox, LAST);
    const caches = { 'document cache': cacheExchange, Graphcache: graphcache(graphcacheConfig) };
    for (const [name, exchange] of Object.entries(caches)) {
      const wire = watchedFetch();
      const client = new Client({
        url: gateway.url,
        exchanges: [exchange, fetchExchange],
        fetch: wire.fetch,
      });
      const operations = [
        { query: InboxDocument, variables: { websiteId, first: 20 } },
        ...sessionIds.map((sessionId) => ({
          query: ConversationDocument,
          variables: { websiteId, conversationId: sessionId, last: LAST },
        })),
      ] as const;
      const network: unknown[] = [];
      const cached: unknown[] = [];
      const output = await consoleOutput(async () => {
        for (const { query, variables } of operations) {
          const fetched = await client.query(query, variables).toPromise();
          expect(fetched.error).toBeUndefined();
          network.push(wire.last().data);
        }
        for (const { query, variables } of operations) {
          const read = await client
            .query(query, variables, { requestPolicy: 'cache-only' })
            .toPromise();
          cached.push(read.data);
        }
      });
      console.info(
        `urql, ${name}: ${operations.length} operations read back from cache equal to the network's answers; ${output.length} console lines`,
      );
      expect(wire.bodies).toHaveLength(operations.length);
      expect(cached).toEqual(network);
      expect(output).toEqual([]);
    }
  });
});
