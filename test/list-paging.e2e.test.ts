import { createRandom, type Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/people.ts';
import { callsOf, test } from './support/rest.ts';

interface Walked {
  seen: string[];
  pages: number;
}

/** Walks a connection to its end with `first`, calling `between` after every page. */
async function walk(
  load: (after: string | null) => Promise<{
    ids: string[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>,
  between: (seen: string[]) => Promise<void> | void,
): Promise<Walked> {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const { ids, pageInfo } = await load(after);
    seen.push(...ids);
    pages += 1;
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    await between(seen);
  } while (after && pages < 40);
  return { seen, pages };
}

const repeatsOf = (seen: string[]) => seen.length - new Set(seen).size;

describe('keyset cursors on the other page-numbered lists', () => {
  test('walking people forwards while contacts are updated never repeats one nor skips one that did not move', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, people } = acme(sandbox);
    const all = people.map((p) => p.profile.people_id as string);
    const random = createRandom(7_2026);
    const Page = `query($w: ID, $after: String) { website(id: $w) { people(first: 7, after: $after) {
      edges { node { peopleId } } pageInfo { hasNextPage endCursor } } } }`;
    const Update = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }`;
    const totals = { walks: 0, pages: 0, moved: 0, repeats: 0, skips: 0, listCalls: 0 };
    for (let n = 0; n < 6; n++) {
      const moved = new Set<string>();
      const listedBefore = callsOf(sandbox, 'website.people.list_profiles').length;
      const { seen, pages } = await walk(
        async (after) => {
          const data = await gateway.executeOk(Page, { w: websiteId, after });
          return {
            ids: data.website.people.edges.map(
              (e: { node: { peopleId: string } }) => e.node.peopleId,
            ),
            pageInfo: data.website.people.pageInfo,
          };
        },
        async (seen) => {
          // A contact already listed and one not yet listed are updated: both move to the top.
          for (const pool of [seen, all.filter((id) => !seen.includes(id))]) {
            if (!pool.length) continue;
            const peopleId = random.pick(pool);
            const input = { websiteId, personId: peopleId, profile: { notepad: `walk ${n}` } };
            await gateway.executeOk(Update, { input });
            moved.add(peopleId);
          }
        },
      );
      totals.walks += 1;
      totals.pages += pages;
      totals.moved += moved.size;
      totals.repeats += repeatsOf(seen);
      totals.skips += all.filter((id) => !moved.has(id) && !seen.includes(id)).length;
      totals.listCalls += callsOf(sandbox, 'website.people.list_profiles').length - listedBefore;
    }
    console.info(
      `people paging: ${totals.walks} walks, ${totals.pages} pages, ${totals.moved} contacts moved, ` +
        `${totals.repeats} repeats, ${totals.skips} skips, ` +
        `${(totals.listCalls / totals.pages).toFixed(2)} Crisp calls per page`,
    );
    expect(totals.moved).toBeGreaterThan(totals.walks);
    expect(totals.repeats).toBe(0);
    expect(totals.skips).toBe(0);
  });

  test('walking visitors forwards while others arrive and leave never repeats one nor skips one that stayed', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = sandbox.seed.websiteIds[0]!;
    const random = createRandom(11_2026);
    // The sandbox has no route that adds visitors: the test edits the live list the visitor
    // routes serve, as visitors arriving (at the top) and leaving would.
    const { visitors } = sandbox.seed.website(websiteId)!;
    const visitor = (i: number) => ({
      ...visitors[0],
      session_id: `session_${random.uuid()}`,
      nickname: `visitor ${i}`,
    });
    visitors.push(...Array.from({ length: 40 }, (_, i) => visitor(i)));
    const Page = `query($w: ID, $after: String) { website(id: $w) { visitors(first: 6, after: $after) {
      edges { node { sessionId } } pageInfo { hasNextPage endCursor } } } }`;
    const totals = { walks: 0, pages: 0, arrived: 0, left: 0, repeats: 0, skips: 0 };
    for (let n = 0; n < 8; n++) {
      const before = new Set(visitors.map((v) => v.session_id as string));
      const gone = new Set<string>();
      let last: string | undefined;
      const { seen, pages } = await walk(
        async (after) => {
          const data = await gateway.executeOk(Page, { w: websiteId, after });
          const ids = data.website.visitors.edges.map(
            (e: { node: { sessionId: string } }) => e.node.sessionId,
          );
          last = ids.at(-1);
          return { ids, pageInfo: data.website.visitors.pageInfo };
        },
        () => {
          visitors.unshift(visitor(100 + totals.arrived++));
          // A visitor other than the cursor's leaves, listed or not.
          const leaving = random.pick(visitors.filter((v) => v.session_id !== last));
          visitors.splice(visitors.indexOf(leaving), 1);
          gone.add(leaving.session_id as string);
          totals.left += 1;
        },
      );
      totals.walks += 1;
      totals.pages += pages;
      totals.repeats += repeatsOf(seen);
      totals.skips += [...before].filter((id) => !gone.has(id) && !seen.includes(id)).length;
    }
    console.info(
      `visitor paging: ${totals.walks} walks, ${totals.pages} pages, ${totals.arrived} arrived, ` +
        `${totals.left} left, ${totals.repeats} repeats, ${totals.skips} skips`,
    );
    expect(totals.repeats).toBe(0);
    expect(totals.skips).toBe(0);
  });

  test('a people cursor used with another sort or search is BAD_USER_INPUT with no Crisp call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const Page = `query($w: ID, $after: String, $sortField: String, $search: String) {
      website(id: $w) { people(first: 5, after: $after, sortField: $sortField, search: $search) {
        pageInfo { endCursor } } } }`;
    const one = await gateway.executeOk(Page, { w: websiteId });
    const after = one.website.people.pageInfo.endCursor;
    sandbox.resetCalls();
    for (const variables of [{ sortField: 'created_at' }, { search: 'a' }]) {
      const res = await gateway.execute(Page, { w: websiteId, after, ...variables });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    expect((sandbox as Sandbox).calls).toHaveLength(0);
  });
});
