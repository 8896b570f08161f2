import type { Sandbox } from 'crisp-sandbox';
import { describe, expect, test as base } from './support/fixtures.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

const MISSING = 'session_00000000-0000-4000-8000-000000000000';

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const records = [...website.conversations.values()];
  return { website, websiteId: website.website.website_id as string, records, sessionId: records[0]!.conversation.session_id as string };
}

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

describe('reading conversations', () => {
  test('the filter input sends every search field as Crisp query parameters', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const operatorId = [...sandbox.seed.websites[0]!.operators.keys()][0]!;
    const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    const { errors } = await gateway.execute(
      `query($id: ID, $filter: ConversationFilterInput) {
        website(id: $id) { conversations(first: 5, filter: $filter) { edges { node { sessionId } } } }
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

  test('FILTER searches send their clauses JSON-encoded in search_query', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const email = records.find((r) => r.conversation.meta.email)!.conversation.meta.email as string;
    const clauses = [{ model: 'session', criterion: 'email', operator: 'eq', query: [email] }];
    const data = await gateway.executeOk(
      `query($id: ID, $filter: ConversationFilterInput) {
        website(id: $id) { conversations(filter: $filter) { edges { node { metas { email } } } } }
      }`,
      { id: websiteId, filter: { searchType: 'FILTER', searchOperator: 'OR', searchFilters: clauses } },
    );
    expect(data.website.conversations.edges.length).toBeGreaterThan(0);
    for (const e of data.website.conversations.edges) expect(e.node.metas.email).toBe(email);
    const { search_query, ...rest } = callsOf(sandbox, 'website.conversation.list')[0]!.query;
    expect(rest).toEqual({ per_page: '20', search_type: 'filter', search_operator: 'or' });
    expect(JSON.parse(search_query!)).toEqual(clauses);
  });

  test('first and after walk Crisp pages, reading only the pages needed', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const Page = `query($id: ID, $after: String) {
      website(id: $id) { conversations(first: 25, after: $after, filter: { perPage: 20 }) {
        edges { cursor node { sessionId } } pageInfo { hasNextPage hasPreviousPage endCursor }
      } }
    }`;
    const first = await gateway.executeOk(Page, { id: websiteId });
    expect(first.website.conversations.edges).toHaveLength(25);
    expect(first.website.conversations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(callsOf(sandbox, 'website.conversation.list').map((c) => c.path)).toEqual([
      `/website/${websiteId}/conversations/1`,
      `/website/${websiteId}/conversations/2`,
    ]);

    sandbox.resetCalls();
    const second = await gateway.executeOk(Page, { id: websiteId, after: first.website.conversations.pageInfo.endCursor });
    // 30 seeded conversations: positions 25 to 29 sit on page 2, which comes back short (the end).
    expect(second.website.conversations.edges).toHaveLength(records.length - 25);
    expect(second.website.conversations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(callsOf(sandbox, 'website.conversation.list').map((c) => c.path)).toEqual([`/website/${websiteId}/conversations/2`]);
    const seen = [...first.website.conversations.edges, ...second.website.conversations.edges].map((e: { node: { sessionId: string } }) => e.node.sessionId);
    expect(new Set(seen).size).toBe(records.length);
  });

  test("a listed conversation's fields come from the listing, with no further read", async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($id: ID) { website(id: $id) { conversations(first: 20) { edges { node {
        id state status isBlocked isVerified createdAt updatedAt waitingSince unread { operator visitor }
        lastMessage { excerpt type from fingerprint } assignedUserId mentions inboxId
        metas { nickname email segments data ip device { os { name } browser { name } geolocation { country city } locales } }
      } } } } }`,
      { id: websiteId },
    );
    expect(data.website.conversations.edges).toHaveLength(20);
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.list']);
  });

  test('conversation(sessionId) and node(id) read a conversation once per request', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const record = records[0]!.conversation;
    const data = await gateway.executeOk(
      `query($id: ID, $s: String!) { website(id: $id) {
        a: conversation(sessionId: $s) { id sessionId websiteId state createdAt metas { nickname } }
        b: conversation(sessionId: $s) { sessionId }
      } }`,
      { id: websiteId, s: sessionId },
    );
    expect(data.website.a).toMatchObject({
      sessionId,
      websiteId,
      state: String(record.state).toUpperCase(),
      createdAt: new Date(record.created_at).toISOString(),
      metas: { nickname: record.meta.nickname },
    });
    const gets = callsOf(sandbox, 'website.conversation.get');
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatchObject({ method: 'GET', path: `/website/${websiteId}/conversation/${sessionId}` });

    sandbox.resetCalls();
    const node = await gateway.executeOk(`query($id: ID!) { node(id: $id) { ... on Conversation { sessionId websiteId } } }`, { id: data.website.a.id });
    expect(node.node).toEqual({ sessionId, websiteId });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
  });

  test('a missing conversation is NOT_FOUND on its field and the rest of the response stays', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID, $s: String!) { website(id: $id) { name conversation(sessionId: $s) { sessionId } conversationExists(sessionId: $s) } }`,
      { id: websiteId, s: MISSING },
    );
    expect(res.data.website).toEqual({ name: 'Acme Support', conversation: null, conversationExists: false });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['website', 'conversation'], extensions: { code: 'NOT_FOUND' } });
    expect(res.errors![0]!.message).toBe('The requested Crisp resource does not exist.');
    expect(callsOf(sandbox, 'website.conversation.check_exists')[0]).toMatchObject({ method: 'HEAD', status: 404 });
  });

  test('conversationExists is a HEAD: true for a known session', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(`query($id: ID, $s: String!) { website(id: $id) { conversationExists(sessionId: $s) } }`, { id: websiteId, s: sessionId });
    expect(data.website.conversationExists).toBe(true);
    expect(callsOf(sandbox, 'website.conversation.check_exists')[0]).toMatchObject({
      method: 'HEAD',
      path: `/website/${websiteId}/conversation/${sessionId}`,
      status: 200,
    });
  });

  test('pages, events and files read their numbered lists', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.files.length > 0 && r.events.length > 0 && r.pages.length > 0)!;
    const sessionId = record.conversation.session_id as string;
    const data = await gateway.executeOk(
      `query($id: ID, $s: String!) { website(id: $id) { conversation(sessionId: $s) {
        pages { title url referrer timestamp }
        events(page: 1) { text color data timestamp }
        files { name mimeType url fingerprint timestamp }
      } } }`,
      { id: websiteId, s: sessionId },
    );
    const c = data.website.conversation;
    expect(c.pages).toHaveLength(record.pages.length);
    expect(c.pages[0]).toMatchObject({ url: record.pages.at(-1)!.page_url, title: record.pages.at(-1)!.page_title });
    expect(c.events[0]).toMatchObject({ text: record.events.at(-1)!.text, data: record.events.at(-1)!.data });
    expect(c.files[0]).toMatchObject({ name: record.files.at(-1)!.name, mimeType: record.files.at(-1)!.type, fingerprint: record.files.at(-1)!.fingerprint });
    for (const part of ['pages', 'events', 'files']) {
      expect(callsOf(sandbox, `website.conversation.list_${part}`)[0]).toMatchObject({
        method: 'GET',
        path: `/website/${websiteId}/conversation/${sessionId}/${part}/1`,
      });
    }
  });
});

describe('bad input is refused before any call', () => {
  test('a malformed session id on a mutation makes no call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(`mutation($i: RemoveConversationInput!) { removeConversation(input: $i) { __typename } }`, {
      i: { websiteId, sessionId: 'session_not-a-uuid' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sessionId' });
    expect(sandbox.calls).toHaveLength(0);
  });

  test('a malformed session id or perPage 10 fails its field before any conversation call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID) { website(id: $id) {
        conversation(sessionId: "session_123") { sessionId }
        conversations(filter: { perPage: 10 }) { edges { cursor } }
      } }`,
      { id: websiteId },
    );
    const byField = Object.fromEntries(res.errors!.map((e) => [e.extensions!.field, e.extensions!.code]));
    expect(byField).toEqual({ sessionId: 'BAD_USER_INPUT', 'filter.perPage': 'BAD_USER_INPUT' });
    // Bad input under website(id) reaches Crisp not at all.
    expect(sandbox.calls).toEqual([]);
  });

  test('a FILTER search without clauses, and a foreign cursor, are refused', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID) { website(id: $id) {
        a: conversations(filter: { searchType: FILTER, searchQuery: "x" }) { edges { cursor } }
      } }`,
      { id: websiteId },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.searchFilters' });
    const cursor = await gateway.execute(`query($id: ID) { website(id: $id) { conversations(after: "bm9wZQ") { edges { cursor } } } }`, { id: websiteId });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(callsOf(sandbox, 'website.conversation.list')).toHaveLength(0);
  });
});

const ConversationResult = /* GraphQL */ `
  __typename
  ... on Error { code message }
`;

describe('conversation mutations', () => {
  test('createConversation posts to the website and returns the new session', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: CreateConversationInput!) { createConversation(input: $i) {
        ${ConversationResult} ... on MutationCreateConversationSuccess { data { sessionId websiteId state } }
      } }`,
      { i: { websiteId } },
    );
    const created = data.createConversation.data;
    expect(created).toMatchObject({ websiteId, state: 'PENDING' });
    expect(website.conversations.has(created.sessionId)).toBe(true);
    expect(sandbox.calls[0]).toMatchObject({ id: 'website.conversation.create', method: 'POST', path: `/website/${websiteId}/conversation`, body: {} });
    // The new conversation's state is read on its own route.
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.create', 'website.conversation.get_state']);
  });

  test('initiateConversation and removeConversation act on the session', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, website } = acme(sandbox);
    const initiated = await gateway.executeOk(
      `mutation($i: InitiateConversationInput!) { initiateConversation(input: $i) { ${ConversationResult} ... on MutationInitiateConversationSuccess { data { sessionId } } } }`,
      { i: { websiteId, sessionId } },
    );
    expect(initiated.initiateConversation.data.sessionId).toBe(sessionId);
    expect(sandbox.calls[0]).toMatchObject({ method: 'POST', path: `/website/${websiteId}/conversation/${sessionId}/initiate` });

    const Remove = `mutation($i: RemoveConversationInput!) { removeConversation(input: $i) { ${ConversationResult} ... on MutationRemoveConversationSuccess { data } } }`;
    const removed = await gateway.executeOk(Remove, { i: { websiteId, sessionId } });
    expect(removed.removeConversation).toEqual({ __typename: 'MutationRemoveConversationSuccess', data: sessionId });
    expect(website.conversations.has(sessionId)).toBe(false);
    expect(sandbox.calls[1]).toMatchObject({ id: 'website.conversation.remove', method: 'DELETE', path: `/website/${websiteId}/conversation/${sessionId}` });

    const again = await gateway.executeOk(Remove, { i: { websiteId, sessionId } });
    expect(again.removeConversation).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: 'The requested Crisp resource does not exist.',
    });
  });

  test('updateConversationMetas sends only the fields given, then reads the metas back', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: UpdateConversationMetasInput!) { updateConversationMetas(input: $i) {
        ${ConversationResult} ... on MutationUpdateConversationMetasSuccess { data { metas { nickname email subject segments data } } }
      } }`,
      { i: { websiteId, sessionId, nickname: 'Ada Lovelace', email: 'ada@example.com', subject: 'Engines', segments: ['vip'], data: { plan: 'pro', seats: 3 } } },
    );
    expect(data.updateConversationMetas.data.metas).toMatchObject({
      nickname: 'Ada Lovelace',
      email: 'ada@example.com',
      subject: 'Engines',
      segments: ['vip'],
      data: { plan: 'pro', seats: 3 },
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.update_metas',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/meta`,
      body: { nickname: 'Ada Lovelace', email: 'ada@example.com', subject: 'Engines', segments: ['vip'], data: { plan: 'pro', seats: 3 } },
    });
    expect(sandbox.calls[1]).toMatchObject({ id: 'website.conversation.get_metas', method: 'GET' });
  });

  test('changeConversationState patches the state and reads it back', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const sessionId = records.find((r) => r.conversation.state !== 'resolved')!.conversation.session_id as string;
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) {
        ${ConversationResult} ... on MutationChangeConversationStateSuccess { data { state } }
      } }`,
      { i: { websiteId, sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState.data.state).toBe('RESOLVED');
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.change_state',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/state`,
      body: { state: 'resolved' },
    });
  });

  test('assignConversationRouting assigns an operator and unassigns with null', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, website } = acme(sandbox);
    const userId = [...website.operators.keys()][1]!;
    const Assign = `mutation($i: AssignConversationRoutingInput!) { assignConversationRouting(input: $i) {
      ${ConversationResult} ... on MutationAssignConversationRoutingSuccess { data { assignedUserId assignedOperator { userId } } }
    } }`;
    const assigned = await gateway.executeOk(Assign, { i: { websiteId, sessionId, assignedUserId: userId, silent: true } });
    expect(assigned.assignConversationRouting.data).toEqual({ assignedUserId: userId, assignedOperator: { userId } });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.assign_routing',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/routing`,
      body: { assigned: { user_id: userId }, silent: true },
    });
    // The routing is read once for both fields, and the operator comes from the list.
    expect(sandbox.calls.slice(1).map((c) => c.id).sort()).toEqual(['website.conversation.get_routing', 'website.operator.list']);

    sandbox.resetCalls();
    const unassigned = await gateway.executeOk(Assign, { i: { websiteId, sessionId } });
    expect(unassigned.assignConversationRouting.data).toEqual({ assignedUserId: null, assignedOperator: null });
    expect(sandbox.calls[0]!.body).toEqual({ assigned: null });
  });

  test('blockConversation patches the block and reads the block status back', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: BlockConversationInput!) { blockConversation(input: $i) { ${ConversationResult} ... on MutationBlockConversationSuccess { data { isBlocked } } } }`,
      { i: { websiteId, sessionId, blocked: true } },
    );
    expect(data.blockConversation.data.isBlocked).toBe(true);
    expect(sandbox.calls.map((c) => [c.id, c.method, c.body])).toEqual([
      ['website.conversation.block', 'PATCH', { blocked: true }],
      ['website.conversation.get_block_status', 'GET', undefined],
    ]);
  });

  test('a mutation result selecting several parts reads the conversation whole, once', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const sessionId = records.find((r) => r.conversation.state !== 'resolved')!.conversation.session_id as string;
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) {
        ${ConversationResult} ... on MutationChangeConversationStateSuccess { data { state isBlocked assignedUserId metas { nickname } } }
      } }`,
      { i: { websiteId, sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState.data).toMatchObject({ state: 'RESOLVED', isBlocked: false });
    // State, block, routing and metas come with one full read, not one read per route.
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.change_state', 'website.conversation.get']);
  });

  test('requestConversationTranscript posts the recipient', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: RequestConversationTranscriptInput!) { requestConversationTranscript(input: $i) { ${ConversationResult} ... on MutationRequestConversationTranscriptSuccess { data { sessionId } } } }`,
      { i: { websiteId, sessionId, to: 'USER', email: 'ada@example.com' } },
    );
    expect(data.requestConversationTranscript.data.sessionId).toBe(sessionId);
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.request_transcript',
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/transcript`,
      body: { to: 'user', email: 'ada@example.com' },
    });
  });

  test("a mutation on a missing conversation returns NotFoundError without Crisp's message", async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) { ${ConversationResult} } }`,
      { i: { websiteId, sessionId: MISSING, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'The requested Crisp resource does not exist.' });
    expect(sandbox.calls[0]).toMatchObject({ id: 'website.conversation.change_state', status: 404 });
  });
});

describe('batch mutations', () => {
  // Crisp opens the batch routes to user tokens only.
  const test = base.extend({
    sandboxOptions: { tier: 'user' as const },
    gatewayEnv: async ({ sandbox }, use) => use({ CRISP_RTM_MODE: 'off', CRISP_WEBSITE_ID: acme(sandbox).websiteId }),
  });

  const operations = [
    ['batchResolveConversations', 'BatchResolveConversationsInput', 'website.batch.resolve_conversations', 'resolve'],
    ['batchReadConversations', 'BatchReadConversationsInput', 'website.batch.read_conversations', 'read'],
    ['batchRemoveConversations', 'BatchRemoveConversationsInput', 'website.batch.remove_conversations', 'remove'],
  ] as const;

  for (const [field, input, id, path] of operations) {
    test(`${field} sends the sessions in one PATCH`, async ({ gateway, sandbox }) => {
      const { websiteId, records } = acme(sandbox);
      const sessionIds = records.slice(0, 3).map((r) => r.conversation.session_id as string);
      const data = await gateway.executeOk(
        `mutation($i: ${input}!) { ${field}(input: $i) { __typename ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data } } }`,
        { i: { websiteId, sessionIds } },
      );
      expect(data[field].data).toEqual(sessionIds);
      expect(sandbox.calls).toHaveLength(1);
      expect(sandbox.calls[0]).toMatchObject({ id, method: 'PATCH', path: `/website/${websiteId}/batch/${path}`, body: { sessions: sessionIds } });
    });
  }

  test('batch effects reach the conversations, and an inbox scope travels as inbox_id', async ({ gateway, sandbox }) => {
    const { websiteId, records, website } = acme(sandbox);
    const open = records.filter((r) => r.conversation.state !== 'resolved').slice(0, 2);
    const sessionIds = open.map((r) => r.conversation.session_id as string);
    await gateway.executeOk(`mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { __typename } }`, {
      i: { websiteId, sessionIds },
    });
    for (const s of sessionIds) expect(website.conversations.get(s)!.conversation.state).toBe('resolved');

    sandbox.resetCalls();
    const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    await gateway.executeOk(`mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { __typename } }`, {
      i: { websiteId, sessionIds, inboxId },
    });
    expect(sandbox.calls[0]!.body).toEqual({ sessions: sessionIds, inbox_id: inboxId });
  });

  test('the website defaults to CRISP_WEBSITE_ID', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(`mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { __typename } }`, {
      i: { sessionIds: [sessionId] },
    });
    expect(sandbox.calls[0]).toMatchObject({ path: `/website/${websiteId}/batch/read`, status: 200 });
  });

  test('an empty or malformed session list is refused before any call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    for (const sessionIds of [[], ['session_1']]) {
      const res = await gateway.execute(`mutation($i: BatchRemoveConversationsInput!) { batchRemoveConversations(input: $i) { __typename } }`, {
        i: { websiteId, sessionIds },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(res.errors?.[0]?.extensions?.field)).toMatch(/^input\.sessionIds/);
    }
    expect(sandbox.calls).toHaveLength(0);
  });
});

test('a batch refused for the token tier comes back as ForbiddenError', async ({ gateway, sandbox }) => {
  const { websiteId, sessionId } = acme(sandbox);
  const data = await gateway.executeOk(
    `mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { __typename ... on Error { code } } }`,
    { i: { websiteId, sessionIds: [sessionId] } },
  );
  expect(data.batchResolveConversations).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  expect(sandbox.calls[0]).toMatchObject({ id: 'website.batch.resolve_conversations', status: 403 });
});
