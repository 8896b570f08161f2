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
      const data = await gateway.executeOk(
        `mutation($i: ${input}!) { ${field}(input: $i) { __typename ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data } } }`,
        { i: { websiteId, sessionIds } },
      );
      expect(data[field].data).toEqual(sessionIds);
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
        `mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { __typename } }`,
        {
          i: { websiteId, sessionIds },
        },
      );
      for (const s of sessionIds)
        expect(website.conversations.get(s)!.conversation.state).toBe('resolved');

      sandbox.resetCalls();
      const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
      await gateway.executeOk(
        `mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { __typename } }`,
        {
          i: { websiteId, sessionIds, inboxId },
        },
      );
      expect(sandbox.calls[0]!.body).toEqual({ sessions: sessionIds, inbox_id: inboxId });
    },
  );

  userTest('the website defaults to CRISP_WEBSITE_ID', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(
      `mutation($i: BatchReadConversationsInput!) { batchReadConversations(input: $i) { __typename } }`,
      {
        i: { sessionIds: [sessionId] },
      },
    );
    expect(sandbox.calls[0]).toMatchObject({
      path: `/website/${websiteId}/batch/read`,
      status: 200,
    });
  });

  userTest(
    'an empty or malformed session list is refused before any call',
    async ({ gateway, sandbox }) => {
      const { websiteId } = acme(sandbox);
      for (const sessionIds of [[], ['session_1']]) {
        const res = await gateway.execute(
          `mutation($i: BatchRemoveConversationsInput!) { batchRemoveConversations(input: $i) { __typename } }`,
          {
            i: { websiteId, sessionIds },
          },
        );
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(String(res.errors?.[0]?.extensions?.field)).toMatch(/^input\.sessionIds/);
      }
      expect(sandbox.calls).toHaveLength(0);
    },
  );
});

test('a batch refused for the token tier comes back as ForbiddenError without a call', async ({
  gateway,
  sandbox,
}) => {
  const { websiteId, sessionId } = acme(sandbox);
  const data = await gateway.executeOk(
    `mutation($i: BatchResolveConversationsInput!) { batchResolveConversations(input: $i) { __typename ... on Error { code } } }`,
    { i: { websiteId, sessionIds: [sessionId] } },
  );
  expect(data.batchResolveConversations).toEqual({
    __typename: 'ForbiddenError',
    code: 'FORBIDDEN',
  });
  expect(sandbox.calls).toEqual([]);
});
