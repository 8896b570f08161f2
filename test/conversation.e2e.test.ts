import { acme, MISSING } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

describe('reading conversations', () => {
  test('the filter input sends every search field as Crisp query parameters', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const operatorId = [...sandbox.seed.websites[0]!.operators.keys()][0]!;
    const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    const { errors } = await gateway.execute(
      `query($id: ID, $filter: ConversationFilterInput) {
        website(id: $id) { conversations(first: 5, filter: $filter) { edges { node { crispId } } } }
      }`,
      {
        id: websiteId,
        filter: {
          searchQuery: 'invoice',
          searchType: 'TEXT',
          includeEmpty: true,
          filterUnread: true,
          filterResolved: false,
          filterNotResolved: true,
          filterMention: false,
          filterAssigned: operatorId,
          filterUnassigned: false,
          filterDateStart: '2025-01-01T00:00:00.000Z',
          filterDateEnd: '2026-12-31T23:59:59.000Z',
          orderDateCreated: true,
          orderDateUpdated: false,
          orderDateWaiting: false,
          inboxId,
          perPage: 25,
        },
      },
    );
    expect(errors).toBeUndefined();
    const [list] = callsOf(sandbox, 'website.conversation.list');
    expect(list).toMatchObject({ method: 'GET', path: `/website/${websiteId}/conversations/1` });
    expect(list!.query).toEqual({
      per_page: '25',
      search_query: 'invoice',
      search_type: 'text',
      include_empty: '1',
      filter_unread: '1',
      filter_resolved: '0',
      filter_not_resolved: '1',
      filter_mention: '0',
      filter_assigned: operatorId,
      filter_unassigned: '0',
      filter_date_start: '2025-01-01T00:00:00.000Z',
      filter_date_end: '2026-12-31T23:59:59.000Z',
      order_date_created: '1',
      order_date_updated: '0',
      order_date_waiting: '0',
      filter_inbox_id: inboxId,
    });
  });

  test('FILTER searches send their clauses JSON-encoded in search_query', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const email = records.find((r) => r.conversation.meta.email)!.conversation.meta.email as string;
    const clause = { model: 'session', criterion: 'email', query: [email] };
    // The schema's enum value goes to Crisp as the operator Crisp writes.
    const clauses = [
      { ...clause, operator: 'EQ' },
      { ...clause, criterion: 'nickname', operator: 'HAS_NOT', query: ['\u0000'] },
    ];
    const data = await gateway.executeOk(
      `query($id: ID, $filter: ConversationFilterInput) {
        website(id: $id) { conversations(filter: $filter) { edges { node { metas { email } } } } }
      }`,
      {
        id: websiteId,
        filter: { searchType: 'FILTER', searchOperator: 'AND', searchFilters: clauses },
      },
    );
    expect(data.website.conversations.edges.length).toBeGreaterThan(0);
    for (const e of data.website.conversations.edges) expect(e.node.metas.email).toBe(email);
    const { search_query, ...rest } = callsOf(sandbox, 'website.conversation.list')[0]!.query;
    expect(rest).toEqual({ per_page: '20', search_type: 'filter', search_operator: 'and' });
    expect(JSON.parse(search_query!)).toEqual([
      { ...clause, operator: 'eq' },
      { ...clause, criterion: 'nickname', operator: 'nhas', query: ['\u0000'] },
    ]);
  });

  test('first and after walk Crisp pages, reading only the pages needed', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const Page = `query($id: ID, $after: String) {
      website(id: $id) { conversations(first: 25, after: $after, filter: { perPage: 20 }) {
        edges { cursor node { crispId } } pageInfo { hasNextPage hasPreviousPage endCursor }
      } }
    }`;
    const first = await gateway.executeOk(Page, { id: websiteId });
    expect(first.website.conversations.edges).toHaveLength(25);
    expect(first.website.conversations.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(callsOf(sandbox, 'website.conversation.list').map((c) => c.path)).toEqual([
      `/website/${websiteId}/conversations/1`,
      `/website/${websiteId}/conversations/2`,
    ]);

    sandbox.resetCalls();
    const second = await gateway.executeOk(Page, {
      id: websiteId,
      after: first.website.conversations.pageInfo.endCursor,
    });
    // 30 seeded conversations: positions 25 to 29 sit on page 2, which comes back short (the end).
    expect(second.website.conversations.edges).toHaveLength(records.length - 25);
    expect(second.website.conversations.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(callsOf(sandbox, 'website.conversation.list').map((c) => c.path)).toEqual([
      `/website/${websiteId}/conversations/2`,
    ]);
    const seen = [...first.website.conversations.edges, ...second.website.conversations.edges].map(
      (e: { node: { crispId: string } }) => e.node.crispId,
    );
    expect(new Set(seen).size).toBe(records.length);
  });

  test("a listed conversation's fields come from the listing, with no further read", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($id: ID) { website(id: $id) { conversations(first: 20) { edges { node {
        id state status isBlocked isVerified createdAt updatedAt waitingSince unread { operator visitor }
        lastMessage { excerpt type from } inboxId
        metas { nickname email segments data ip device { os { name } browser { name } geolocation { country city } locales } }
      } } } } }`,
      { id: websiteId },
    );
    expect(data.website.conversations.edges).toHaveLength(20);
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.list']);
  });

  test('conversation(id) and node(id) read a conversation once per request', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const record = records[0]!.conversation;
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!) { website(id: $id) {
        a: conversation(id: $s) { id crispId website { id } state createdAt metas { nickname } }
        b: conversation(id: $s) { crispId }
      } }`,
      { id: websiteId, s: sessionId },
    );
    expect(data.website.a).toMatchObject({
      crispId: sessionId,
      website: { id: `Website:${websiteId}` },
      state: String(record.state).toUpperCase(),
      createdAt: new Date(record.created_at).toISOString(),
      metas: { nickname: record.meta.nickname },
    });
    const gets = callsOf(sandbox, 'website.conversation.get');
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}`,
    });

    sandbox.resetCalls();
    const node = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on Conversation { crispId website { id } } } }`,
      { id: data.website.a.id },
    );
    expect(node.node).toEqual({ crispId: sessionId, website: { id: `Website:${websiteId}` } });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
  });

  test('an upper-case session id and website id reach the conversation, sent to Crisp in lower case', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const upper = `SESSION_${sessionId.slice('session_'.length).toUpperCase()}`;
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!) { website(id: $id) {
        conversation(id: $s) { crispId } conversationExists(id: $s)
      } }`,
      { id: websiteId.toUpperCase(), s: upper },
    );
    expect(data.website).toEqual({
      conversation: { crispId: sessionId },
      conversationExists: true,
    });
    // Both fields run at once, so the calls are compared in route order.
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    expect(sandbox.calls.map((c) => `${c.id} ${c.path} ${c.status}`).sort()).toEqual([
      `website.conversation.check_exists ${path} 200`,
      `website.conversation.get ${path} 200`,
    ]);
  });

  test('a missing conversation is NOT_FOUND on its field and the rest of the response stays', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID, $s: ID!) { website(id: $id) { name conversation(id: $s) { crispId } conversationExists(id: $s) } }`,
      { id: websiteId, s: MISSING },
    );
    expect(res.data.website).toEqual({
      name: 'Acme Support',
      conversation: null,
      conversationExists: false,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['website', 'conversation'],
      extensions: { code: 'NOT_FOUND' },
    });
    expect(res.errors![0]!.message).toBe('The requested Crisp resource does not exist.');
    expect(callsOf(sandbox, 'website.conversation.check_exists')[0]).toMatchObject({
      method: 'HEAD',
      status: 404,
    });
  });

  test('conversationExists is a HEAD: true for a known session', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!) { website(id: $id) { conversationExists(id: $s) } }`,
      { id: websiteId, s: sessionId },
    );
    expect(data.website.conversationExists).toBe(true);
    expect(callsOf(sandbox, 'website.conversation.check_exists')[0]).toMatchObject({
      method: 'HEAD',
      path: `/website/${websiteId}/conversation/${sessionId}`,
      status: 200,
    });
  });

  test('pages, events and files are connections over their numbered lists', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find(
      (r) => r.files.length > 0 && r.events.length > 0 && r.pages.length > 0,
    )!;
    const sessionId = record.conversation.session_id as string;
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!) { website(id: $id) { conversation(id: $s) {
        pages { edges { node { title url referrer timestamp } } pageInfo { hasNextPage } }
        events(first: 1) { edges { node { text color data timestamp } } pageInfo { hasNextPage } }
        files { edges { node { name mimeType url timestamp message { crispId type } } } }
      } } }`,
      { id: websiteId, s: sessionId },
    );
    const c = data.website.conversation;
    const nodes = (part: string) => c[part].edges.map((e: { node: unknown }) => e.node);
    expect(nodes('pages')).toHaveLength(Math.min(record.pages.length, 20));
    expect(nodes('pages')[0]).toMatchObject({
      url: record.pages.at(-1)!.page_url,
      title: record.pages.at(-1)!.page_title,
    });
    expect(nodes('events')).toEqual([
      expect.objectContaining({
        text: record.events.at(-1)!.text,
        data: record.events.at(-1)!.data,
      }),
    ]);
    expect(c.events.pageInfo.hasNextPage).toBe(record.events.length > 1);
    expect(nodes('files')[0]).toMatchObject({
      name: record.files.at(-1)!.name,
      mimeType: record.files.at(-1)!.type,
      message: { crispId: String(record.files.at(-1)!.fingerprint), type: 'FILE' },
    });
    for (const part of ['pages', 'events', 'files']) {
      expect(callsOf(sandbox, `website.conversation.list_${part}`)[0]).toMatchObject({
        method: 'GET',
        path: `/website/${websiteId}/conversation/${sessionId}/${part}/1`,
      });
    }
  });
});
