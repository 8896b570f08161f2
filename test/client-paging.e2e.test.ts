import { InMemoryCache } from '@apollo/client';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange as graphcache } from '@urql/exchange-graphcache';
import { createRandom, type Sandbox } from 'crisp-sandbox';
import { cacheConfig } from '../client/apollo-cache.ts';
import { graphcacheConfig } from '../client/graphcache.ts';
import { InboxDocument } from '../client/graphql.ts';
import { apollo, consoleOutput } from './support/client-kit.ts';
import { acme } from './support/conversation.ts';
import { test as base, describe, expect } from './support/fixtures.ts';

// The cursors are under test: without an event stream the read cache would serve the reordered
// list for up to GATEWAY_CACHE_STREAM_DOWN_MS, so it is off here.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'off' } });

interface Inbox {
  website: {
    conversations: {
      edges: { node: { id: string; crispId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/** One client's walk: the first page, then the page after a cursor; each answers the merged list. */
interface Walk {
  page(after?: string | null): Promise<Inbox>;
  stop(): void;
}

/**
 * Walks the first website's inbox forwards with each client, visitors writing between page loads
 * in a conversation already listed and one not yet, and tallies what the merged list repeats or
 * skips.
 */
async function walkWhileReordering(
  sandbox: Sandbox,
  walker: (variables: { websiteId: string; first: number }) => Walk,
) {
  const { websiteId, records } = acme(sandbox);
  const all = records.map((r) => r.conversation.session_id as string);
  const random = createRandom(20_261_205);
  const totals = { walks: 0, pages: 0, moved: 0, repeats: 0, skips: 0 };
  for (let walk = 0; walk < 5; walk++) {
    const client = walker({ websiteId, first: random.int(4, 9) });
    let list = await client.page();
    const moved = new Set<string>();
    let pages = 1;
    while (list.website.conversations.pageInfo.hasNextPage && pages < 40) {
      const listed = list.website.conversations.edges.map((e) => e.node.crispId);
      const unlisted = all.filter((id) => !listed.includes(id));
      for (const pool of [listed, unlisted]) {
        if (!pool.length || random.next() < 0.2) continue;
        const sessionId = random.pick(pool);
        sandbox.appendMessage(websiteId, sessionId, {
          from: 'user',
          origin: 'chat',
          type: 'text',
          content: `walk ${walk}, page ${pages}`,
        });
        moved.add(sessionId);
      }
      list = await client.page(list.website.conversations.pageInfo.endCursor);
      pages += 1;
    }
    client.stop();
    const seen = list.website.conversations.edges.map((e) => e.node.crispId);
    totals.walks += 1;
    totals.pages += pages;
    totals.moved += moved.size;
    totals.repeats += seen.length - new Set(seen).size;
    totals.skips += all.filter((id) => !moved.has(id) && !seen.includes(id)).length;
  }
  return totals;
}

describe('paging an inbox that reorders mid-walk, with the generated cache configs', () => {
  test('Apollo fetchMore and urql Graphcache merge pages that neither repeat nor skip a conversation', async ({
    gateway,
    sandbox,
  }) => {
    const walkers = {
      'Apollo fetchMore': (variables: { websiteId: string; first: number }) => {
        const { client } = apollo(gateway.url, { cache: new InMemoryCache(cacheConfig) });
        const query = client.watchQuery({ query: InboxDocument, variables });
        return {
          async page(after?: string | null) {
            if (after) await query.fetchMore({ variables: { after } });
            else await query.refetch();
            // The merged list, as the cache holds it and the watched query shows it.
            const merged = client.cache.readQuery({ query: InboxDocument, variables });
            expect(query.getCurrentResult().data).toEqual(merged);
            return merged as unknown as Inbox;
          },
          stop: () => client.stop(),
        };
      },
      'urql Graphcache': (variables: { websiteId: string; first: number }) => {
        const client = new Client({
          url: gateway.url,
          exchanges: [graphcache(graphcacheConfig), fetchExchange],
        });
        return {
          async page(after?: string | null) {
            // relayPagination answers every page of the list seen so far, merged.
            const result = await client.query(InboxDocument, { ...variables, after }).toPromise();
            expect(result.error).toBeUndefined();
            return result.data as unknown as Inbox;
          },
          stop: () => undefined,
        };
      },
    };
    for (const [name, walker] of Object.entries(walkers)) {
      let totals: Awaited<ReturnType<typeof walkWhileReordering>> | undefined;
      const output = await consoleOutput(async () => {
        totals = await walkWhileReordering(sandbox, walker);
      });
      console.info(
        `${name}: ${totals!.walks} walks, ${totals!.pages} pages merged by the cache, ` +
          `${totals!.moved} conversations moved, ${totals!.repeats} repeats, ${totals!.skips} ` +
          `skips of unmoved conversations; ${output.length} console lines`,
      );
      expect(totals!.moved).toBeGreaterThan(totals!.walks);
      expect(totals!.repeats).toBe(0);
      expect(totals!.skips).toBe(0);
      expect(output).toEqual([]);
    }
  });
});
