import type { Sandbox } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  return { website, websiteId: website.website.website_id as string };
}

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

describe('visitors', () => {
  test('visitorsCount reads the live count', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { visitorsCount { count active limited } } }`,
      { w: websiteId },
    );
    expect(data.website.visitorsCount).toMatchObject({ count: website.visitors.length });
    expect(callsOf(sandbox, 'website.visitors.count')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/visitors/count` },
    ]);
  });

  test('the visitors connection reads page 1 with every visitor field', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { visitors(first: 5) {
        edges { node {
          id crispId inboxId nickname email avatar useragent initiated active timezone capabilities locales
          lastPage { title url }
          geolocation { country region city coordinates { latitude longitude } }
          conversation { sessionId }
          website { crispId }
        } }
        pageInfo { hasNextPage hasPreviousPage }
        totalCount
      } } }`,
      { w: websiteId },
    );
    const first = website.visitors[0]!;
    const node = data.website.visitors.edges[0].node;
    expect(node).toMatchObject({
      id: `Visitor:${websiteId}:${first.session_id}`,
      crispId: first.session_id,
      website: { crispId: websiteId },
      nickname: first.nickname ?? null,
      useragent: first.useragent ?? null,
      lastPage: first.last_page
        ? { title: first.last_page.page_title, url: first.last_page.page_url }
        : null,
      conversation: { sessionId: first.session_id },
    });
    expect(data.website.visitors.edges).toHaveLength(Math.min(5, website.visitors.length));
    expect(data.website.visitors.pageInfo).toEqual({
      hasNextPage: website.visitors.length > 5,
      hasPreviousPage: false,
    });
    expect(data.website.visitors.totalCount).toBe(website.visitors.length);
    expect(callsOf(sandbox, 'website.visitors.list')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/visitors/list/1` },
    ]);
    expect(sandbox.violations).toEqual([]);
  });

  test('visitorSession maps a chatbox token to its session', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const [tokenId, token] = [...website.visitorTokens.entries()][0]!;
    const data = await gateway.executeOk(
      `query($w: ID, $t: String!) { website(id: $w) { visitorSession(tokenId: $t) { sessionId } } }`,
      {
        w: websiteId,
        t: tokenId,
      },
    );
    expect(data.website.visitorSession).toEqual({ sessionId: token.session_id });
    expect(callsOf(sandbox, 'website.visitors.get_session_from_token')).toMatchObject([
      {
        method: 'GET',
        path: `/website/${websiteId}/visitors/token/${encodeURIComponent(tokenId)}`,
      },
    ]);
  });

  test('an unknown token comes back NOT_FOUND', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const { errors } = await gateway.execute(
      `query($w: ID) { website(id: $w) { visitorSession(tokenId: "no/such token") { sessionId } } }`,
      { w: websiteId },
    );
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(callsOf(sandbox, 'website.visitors.get_session_from_token')[0]).toMatchObject({
      path: `/website/${websiteId}/visitors/token/no%2Fsuch%20token`,
      status: 404,
    });
  });
});
