import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

describe('bad input is refused before any call', () => {
  test('a malformed session id on a mutation is a userError and makes no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: RemoveConversationInput!) { removeConversation(input: $i) { removedConversationId userErrors { code field } } }`,
      {
        i: { websiteId, conversationId: 'session_not-a-uuid' },
      },
    );
    expect(data.removeConversation).toEqual({
      removedConversationId: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'conversationId'] }],
    });
    expect(sandbox.calls).toHaveLength(0);
  });

  test('a malformed session id or perPage 10 fails its field before any conversation call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID) { website(id: $id) {
        conversation(sessionId: "session_123") { sessionId }
        conversations(filter: { perPage: 10 }) { edges { cursor } }
      } }`,
      { id: websiteId },
    );
    const byField = Object.fromEntries(
      res.errors!.map((e) => [e.extensions!.field, e.extensions!.code]),
    );
    expect(byField).toEqual({ sessionId: 'BAD_USER_INPUT', 'filter.perPage': 'BAD_USER_INPUT' });
    // Bad input under website(id) reaches Crisp not at all.
    expect(sandbox.calls).toEqual([]);
  });

  test('a FILTER search without clauses, and a foreign cursor, are refused', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID) { website(id: $id) {
        a: conversations(filter: { searchType: FILTER, searchQuery: "x" }) { edges { cursor } }
      } }`,
      { id: websiteId },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.searchFilters',
    });
    const cursor = await gateway.execute(
      `query($id: ID) { website(id: $id) { conversations(after: "bm9wZQ") { edges { cursor } } } }`,
      { id: websiteId },
    );
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(callsOf(sandbox, 'website.conversation.list')).toHaveLength(0);
  });

  test('a filter operator outside the enum is refused before any call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const { data, errors } = await gateway.execute(
      `query($id: ID, $filter: ConversationFilterInput) {
        website(id: $id) { conversations(filter: $filter) { edges { node { crispId } } } }
      }`,
      {
        id: websiteId,
        filter: {
          searchType: 'FILTER',
          searchFilters: [{ model: 'session', criterion: 'email', operator: 'eq', query: ['x'] }],
        },
      },
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(callsOf(sandbox, 'website.conversation.list')).toEqual([]);
  });
});
