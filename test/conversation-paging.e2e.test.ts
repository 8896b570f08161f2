import { createRandom, type Sandbox } from 'crisp-sandbox';
import { parse } from 'graphql';
import { schema } from '../src/schema/index.ts';
import { estimate } from '../src/server/crisp-budget.ts';
import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

const Page = `query($id: ID, $first: Int!, $after: String, $filter: ConversationFilterInput) {
  website(id: $id) { conversations(first: $first, after: $after, filter: $filter) {
    edges { cursor node { crispId } } pageInfo { hasNextPage endCursor }
  } }
}`;

interface PageData {
  website: {
    conversations: {
      edges: { cursor: string; node: { crispId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/** A visitor's chat message: the conversation moves to the top of Crisp's default order. */
const visitorWrites = (sandbox: Sandbox, websiteId: string, sessionId: string, content: string) =>
  sandbox.appendMessage(websiteId, sessionId, {
    from: 'user',
    origin: 'chat',
    type: 'text',
    content,
  });

describe('Website.conversations keyset cursors', () => {
  test('walking forwards while visitors write never repeats a conversation nor skips one that did not move', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const all = records.map((r) => r.conversation.session_id as string);
    const random = createRandom(20_261_205);
    const totals = { walks: 0, pages: 0, repeats: 0, skips: 0, moved: 0, calls: 0, most: 0 };
    for (let walk = 0; walk < 20; walk++) {
      const first = random.int(4, 9);
      const seen: string[] = [];
      const moved = new Set<string>();
      sandbox.resetCalls();
      let after: string | null = null;
      let cursor: string | null = null;
      let pages = 0;
      do {
        const before = callsOf(sandbox, 'website.conversation.list').length;
        cursor = after;
        const data: PageData = await gateway.executeOk(Page, { id: websiteId, first, after });
        const { edges, pageInfo } = data.website.conversations;
        seen.push(...edges.map((e) => e.node.crispId));
        pages += 1;
        const calls = callsOf(sandbox, 'website.conversation.list').length - before;
        const estimated = estimate(schema, {
          document: parse(Page),
          variableValues: { id: websiteId, first, after: cursor },
        })!.crispCalls;
        expect(calls).toBeLessThanOrEqual(estimated);
        totals.most = Math.max(totals.most, calls);
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
        // Between page loads, visitors write in a conversation already seen and one not yet seen.
        const unseen = all.filter((id) => !seen.includes(id));
        for (const pool of [seen, unseen]) {
          if (!pool.length || random.next() < 0.2) continue;
          const sessionId = random.pick(pool);
          visitorWrites(sandbox, websiteId, sessionId, `walk ${walk}, page ${pages}`);
          moved.add(sessionId);
        }
      } while (after && pages < 40);
      const repeats = seen.length - new Set(seen).size;
      const skips = all.filter((id) => !moved.has(id) && !seen.includes(id)).length;
      totals.walks += 1;
      totals.pages += pages;
      totals.repeats += repeats;
      totals.skips += skips;
      totals.moved += moved.size;
      totals.calls += callsOf(sandbox, 'website.conversation.list').length;
    }
    console.info(
      `paging: ${totals.walks} walks, ${totals.pages} pages, ${totals.moved} conversations moved, ` +
        `${totals.repeats} repeats, ${totals.skips} skips of unmoved conversations, ` +
        `${(totals.calls / totals.pages).toFixed(2)} Crisp calls per page (at most ${totals.most})`,
    );
    expect(totals.moved).toBeGreaterThan(totals.walks);
    expect(totals.repeats).toBe(0);
    expect(totals.skips).toBe(0);
    // Each page within its call estimate; one read a page, and one more when visitors' writes pushed the page's end onto the next.
    expect(totals.most).toBeLessThanOrEqual(2);
    expect(totals.calls).toBeLessThan(totals.pages * 1.5);
  });

  test('a refetch of the first page shows the conversations that moved', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const page1: PageData = await gateway.executeOk(Page, { id: websiteId, first: 5 });
    const { endCursor } = page1.website.conversations.pageInfo;
    const page2: PageData = await gateway.executeOk(Page, {
      id: websiteId,
      first: 5,
      after: endCursor,
    });
    const moved = page2.website.conversations.edges[2]!.node.crispId;
    visitorWrites(sandbox, websiteId, moved, 'back again');
    const page3: PageData = await gateway.executeOk(Page, {
      id: websiteId,
      first: 5,
      after: page2.website.conversations.pageInfo.endCursor,
    });
    expect(page3.website.conversations.edges.map((e) => e.node.crispId)).not.toContain(moved);
    const top: PageData = await gateway.executeOk(Page, { id: websiteId, first: 5 });
    expect(top.website.conversations.edges[0]!.node.crispId).toBe(moved);
  });

  test('a cursor from another filter, website or connection is BAD_USER_INPUT with no Crisp call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const unresolved: PageData = await gateway.executeOk(Page, {
      id: websiteId,
      first: 5,
      filter: { filterNotResolved: true },
    });
    const cursor = unresolved.website.conversations.pageInfo.endCursor;
    const otherWebsite = sandbox.seed.websiteIds[1]!;
    // The same filter, with only the page size changed, keeps the cursor.
    const samePerPage = await gateway.executeOk(Page, {
      id: websiteId,
      first: 5,
      after: cursor,
      filter: { filterNotResolved: true, perPage: 30 },
    });
    expect(samePerPage.website.conversations.edges).toHaveLength(5);
    sandbox.resetCalls();
    const offsetCursor = Buffer.from('arrayconnection:4').toString('base64');
    for (const [variables, label] of [
      [{ id: websiteId, after: cursor }, 'no filter'],
      [{ id: websiteId, after: cursor, filter: { orderDateCreated: true } }, 'another order'],
      [{ id: otherWebsite, after: cursor, filter: { filterNotResolved: true } }, 'another website'],
      [{ id: websiteId, after: offsetCursor }, 'an offset cursor of another list'],
    ] as const) {
      const res = await gateway.execute(Page, { first: 5, ...variables });
      expect(res.errors?.[0]?.extensions, label).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
    expect(sandbox.calls).toHaveLength(0);
  });
});
