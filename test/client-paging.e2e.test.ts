import { InMemoryCache } from '@apollo/client';
import { createRandom } from 'crisp-sandbox';
import { cacheConfig } from '../client/apollo-cache.ts';
import { InboxDocument } from '../client/graphql.ts';
import { apollo, consoleOutput } from './support/client-kit.ts';
import { acme } from './support/conversation.ts';
import { test as base, describe, expect } from './support/fixtures.ts';

const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

interface Inbox {
  website: {
    conversations: {
      edges: { node: { id: string; sessionId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('Apollo Client 4 with the generated cache config', () => {
  test('fetchMore through an inbox that reorders mid-walk merges pages that neither repeat nor skip a conversation', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const all = records.map((r) => r.conversation.session_id as string);
    const random = createRandom(20_261_205);
    const totals = { walks: 0, pages: 0, moved: 0, repeats: 0, skips: 0 };
    const output = await consoleOutput(async () => {
      for (let walk = 0; walk < 6; walk++) {
        const { client } = apollo(gateway.url, { cache: new InMemoryCache(cacheConfig) });
        const variables = { websiteId, first: random.int(4, 9) };
        const query = client.watchQuery({ query: InboxDocument, variables });
        let page = (await query.refetch()).data as unknown as Inbox;
        const moved = new Set<string>();
        let pages = 1;
        while (page.website.conversations.pageInfo.hasNextPage && pages < 40) {
          // Between page loads, visitors write in a conversation already listed and one not yet.
          const listed = page.website.conversations.edges.map((e) => e.node.sessionId);
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
          await query.fetchMore({
            variables: { after: page.website.conversations.pageInfo.endCursor },
          });
          // The merged list, as the cache holds it and the watched query shows it.
          page = client.cache.readQuery({ query: InboxDocument, variables }) as unknown as Inbox;
          pages += 1;
        }
        const seen = page.website.conversations.edges.map((e) => e.node.sessionId);
        totals.walks += 1;
        totals.pages += pages;
        totals.moved += moved.size;
        totals.repeats += seen.length - new Set(seen).size;
        totals.skips += all.filter((id) => !moved.has(id) && !seen.includes(id)).length;
        expect(query.getCurrentResult().data).toEqual(page);
        client.stop();
      }
    });
    console.info(
      `Apollo fetchMore: ${totals.walks} walks, ${totals.pages} pages merged by the cache, ` +
        `${totals.moved} conversations moved, ${totals.repeats} repeats, ${totals.skips} skips ` +
        `of unmoved conversations; ${output.length} console lines`,
    );
    expect(totals.moved).toBeGreaterThan(totals.walks);
    expect(totals.repeats).toBe(0);
    expect(totals.skips).toBe(0);
    expect(output).toEqual([]);
  });
});
