import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { test, userTest } from './support/rest.ts';

describe('batch mutations', () => {
  const operations = [
    [
      'batchResolveConversations',
      'BatchResolveConversationsInput',
      'website.batch.resolve_conversations',
      'resolve',
    ],
    [
      'batchReadConversations',
      'BatchReadConversationsInput',
      'website.batch.read_conversations',
      'read',
    ],
    [
      'batchRemoveConversations',
      'BatchRemoveConversationsInput',
      'website.batch.remove_conversations',
      'remove',
    ],
  ] as const;

  for (const [field, input, id, path] of operations) {
    userTest(`${field} sends the sessions in one PATCH`, async ({ gateway, sandbox }) => {
      const { websiteId, records } = acme(sandbox);
      const sessionIds = records.slice(0, 3).map((r) => r.conversation.session_id as string);
      const globalId = (s: string) => `Conversation:${websiteId}:${s}`;
      const acted = path === 'remove' ? 'removedConversationIds' : 'conversations { id sessionId }';
      const data = await gateway.executeOk(
        `mutation($i: ${input}!) { ${field}(input: $i) { ${acted} userErrors { code } } }`,
        // Raw session ids and a global id mix in one batch.
        {
          i: { websiteId, conversationIds: [...sessionIds.slice(0, 2), globalId(sessionIds[2]!)] },
        },
      );
      const ids = sessionIds.map(globalId);
      expect(data[field]).toEqual(
        path === 'remove'
          ? { removedConversationIds: ids, userErrors: [] }
          : {
              conversations: sessionIds.map((s, i) => ({ id: ids[i], sessionId: s })),
              userErrors: [],
            },
      );
      expect(sandbox.calls).toHaveLength(1);
      expect(sandbox.calls[0]).toMatchObject({
        id,
        method: 'PATCH',
        path: `/website/${websiteId}/batch/${path}`,
        body: { sessions: sessionIds },
      });
    });
  }

  userTest(
    'batch effects reach the conversations, and an inbox scope travels as inbox_id',
    async ({ gateway, sandbox }) => {
      const { websiteId, records, website } = acme(sandbox);
      const open = records.filter((r) => r.conversation.state !== 'resolved').slice(0, 2);
      const sessionIds = open.map((r) => r.conversation.session_id as string);
      await gateway.executeOk(
        `mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { userErrors { code } } }`,
        {
          i: { websiteId, conversationIds: sessionIds },
        },
      );
      for (const s of sessionIds)
        expect(website.conversations.get(s)!.conversation.state).toBe('resolved');

      sandbox.resetCalls();
      const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
      await gateway.executeOk(
        `mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { userErrors { code } } }`,
        {
          i: { websiteId, conversationIds: sessionIds, inboxId: inboxId.toUpperCase() },
        },
      );
      expect(sandbox.calls[0]!.body).toEqual({ sessions: sessionIds, inbox_id: inboxId });
    },
  );

  userTest('the website defaults to CRISP_WEBSITE_ID', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(
      `mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { userErrors { code } } }`,
      {
        i: { conversationIds: [sessionId] },
      },
    );
    expect(sandbox.calls[0]).toMatchObject({
      path: `/website/${websiteId}/batch/read`,
      status: 200,
    });
  });

  userTest(
    'raw ids take the website of the global ids, and ids of two websites are refused',
    async ({ gateway, sandbox }) => {
      const { sessionId } = acme(sandbox);
      const [first, second] = sandbox.seed.websites;
      const [a, b] = [...second!.conversations.keys()];
      const Read = `mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { conversations { id } userErrors { code field } } }`;
      const second0 = second!.website.website_id as string;
      const mixed = await gateway.executeOk(Read, {
        i: { conversationIds: [a, `Conversation:${second0}:${b}`] },
      });
      expect(mixed.batchReadConversations.userErrors).toEqual([]);
      expect(sandbox.calls[0]).toMatchObject({
        path: `/website/${second0}/batch/read`,
        body: { sessions: [a, b] },
      });

      sandbox.resetCalls();
      const first0 = first!.website.website_id as string;
      const refused = await gateway.executeOk(Read, {
        i: {
          conversationIds: [`Conversation:${second0}:${a}`, `Conversation:${first0}:${sessionId}`],
        },
      });
      expect(refused.batchReadConversations).toEqual({
        conversations: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'conversationIds', '1'] }],
      });
      expect(sandbox.calls).toEqual([]);
    },
  );

  userTest(
    'an empty or malformed conversation list is refused in userErrors before any call',
    async ({ gateway, sandbox }) => {
      const { websiteId } = acme(sandbox);
      for (const conversationIds of [[], ['session_1']]) {
        const data = await gateway.executeOk(
          `mutation($i: BatchRemoveConversationsInput!) { batchRemoveConversations(input: $i) { removedConversationIds userErrors { code field } } }`,
          {
            i: { websiteId, conversationIds },
          },
        );
        const { removedConversationIds, userErrors } = data.batchRemoveConversations;
        expect(removedConversationIds).toBeNull();
        expect(userErrors).toMatchObject([{ code: 'BAD_USER_INPUT' }]);
        expect(userErrors[0].field.slice(0, 2)).toEqual(['input', 'conversationIds']);
      }
      expect(sandbox.calls).toHaveLength(0);
    },
  );
});

test('a batch refused for the token tier is a FORBIDDEN userError without a call', async ({
  gateway,
  sandbox,
}) => {
  const { websiteId, sessionId } = acme(sandbox);
  const data = await gateway.executeOk(
    `mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { conversations { id } userErrors { code } } }`,
    { i: { websiteId, conversationIds: [sessionId] } },
  );
  expect(data.batchResolveConversations).toEqual({
    conversations: null,
    userErrors: [{ code: 'FORBIDDEN' }],
  });
  expect(sandbox.calls).toEqual([]);
});
