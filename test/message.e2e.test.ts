import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';
import { test } from './support/rest.ts';

const History = /* GraphQL */ `
  query History($id: ID, $s: String!, $before: DateTime, $limit: Int!) {
    website(id: $id) { conversation(sessionId: $s) {
      messages(before: $before, limit: $limit) {
        edges { cursor node { fingerprint timestamp } }
        pageInfo { hasPreviousPage hasNextPage startCursor }
      }
    } }
  }
`;

describe('reading messages', () => {
  test('messages(limit) reads the latest batch once when it holds enough', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const data = await gateway.executeOk(History, { id: websiteId, s: sessionId, limit: 10 });
    const { edges, pageInfo } = data.website.conversation.messages;
    expect(edges.map((e: { node: { fingerprint: number } }) => e.node.fingerprint)).toEqual(
      long.messages.slice(-10).map((m) => m.fingerprint),
    );
    expect(edges[0].cursor).toBe(new Date(long.messages.at(-10)!.timestamp).toISOString());
    expect(pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: edges[0].cursor,
    });
    const reads = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}/messages`,
      query: {},
    });
  });

  test('a limit beyond one batch walks back with timestamp_before, only as far as needed', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    expect(long.messages.length).toBeGreaterThan(20);
    const data = await gateway.executeOk(History, { id: websiteId, s: sessionId, limit: 100 });
    const fingerprints = data.website.conversation.messages.edges.map(
      (e: { node: { fingerprint: number } }) => e.node.fingerprint,
    );
    expect(fingerprints).toEqual(long.messages.map((m) => m.fingerprint));
    expect(data.website.conversation.messages.pageInfo.hasPreviousPage).toBe(false);
    const reads = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
    // The first batch holds the latest 20 and answers 206; the one before it holds the rest (200).
    const oldestOfFirst = long.messages.at(-20)!.timestamp;
    expect(reads.map((c) => [c.status, c.query.timestamp_before])).toEqual([
      [206, undefined],
      [200, String(oldestOfFirst)],
    ]);
  });

  test('before pages back from a cursor', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const first = await gateway.executeOk(History, { id: websiteId, s: sessionId, limit: 5 });
    sandbox.resetCalls();
    const before = first.website.conversation.messages.pageInfo.startCursor;
    const older = await gateway.executeOk(History, {
      id: websiteId,
      s: sessionId,
      before,
      limit: 5,
    });
    expect(
      older.website.conversation.messages.edges.map(
        (e: { node: { fingerprint: number } }) => e.node.fingerprint,
      ),
    ).toEqual(long.messages.slice(-10, -5).map((m) => m.fingerprint));
    const read = sandbox.calls.find((c) => c.id === 'website.conversation.get_messages')!;
    expect(read.query.timestamp_before).toBe(String(new Date(before).getTime()));
  });

  test('identical message reads within one operation happen once', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(
      `query($id: ID, $s: String!) { website(id: $id) {
        a: conversation(sessionId: $s) { messages(limit: 5) { edges { node { fingerprint } } } }
        b: conversation(sessionId: $s) { messages(limit: 8) { edges { node { text } } } }
      } }`,
      { id: websiteId, s: sessionId },
    );
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toHaveLength(
      1,
    );
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get')).toHaveLength(1);
  });

  test('message(fingerprint) reads one message with its typed content', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.messages.some((m) => m.type === 'file'))!;
    const file = record.messages.find((m) => m.type === 'file')!;
    const sessionId = record.conversation.session_id as string;
    const data = await gateway.executeOk(
      `query($id: ID, $s: String!, $f: Fingerprint!) { website(id: $id) { conversation(sessionId: $s) { message(fingerprint: $f) {
        fingerprint type from origin text edited timestamp user { type nickname }
        content { __typename ... on FileContent { name url mimeType } }
      } } } }`,
      { id: websiteId, s: sessionId, f: file.fingerprint },
    );
    expect(data.website.conversation.message).toMatchObject({
      fingerprint: file.fingerprint,
      type: 'FILE',
      from: file.from === 'user' ? 'VISITOR' : 'OPERATOR',
      content: {
        __typename: 'FileContent',
        name: file.content.name,
        url: file.content.url,
        mimeType: file.content.type,
      },
    });
    expect(sandbox.calls.find((c) => c.id === 'website.conversation.get_message')).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}/message/${file.fingerprint}`,
    });
  });

  test('a missing message is NOT_FOUND on its field, the conversation stays', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID, $s: String!) { website(id: $id) { conversation(sessionId: $s) { sessionId message(fingerprint: 1) { text } } } }`,
      { id: websiteId, s: sessionId },
    );
    expect(res.data.website.conversation).toEqual({ sessionId, message: null });
    expect(res.errors?.[0]).toMatchObject({
      path: ['website', 'conversation', 'message'],
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('editing, typing and receipts', () => {
  test('updateMessage patches the content and reads the message when selected', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const text = long.messages.findLast((m) => m.type === 'text')!;
    const data = await gateway.executeOk(
      `mutation($i: UpdateMessageInput!) { updateMessage(input: $i) {
        message { fingerprint text edited } userErrors { code } } }`,
      {
        i: {
          websiteId,
          conversationId: sessionId,
          messageId: String(text.fingerprint),
          content: { text: 'Edited text' },
        },
      },
    );
    expect(data.updateMessage).toEqual({
      message: { fingerprint: text.fingerprint, text: 'Edited text', edited: true },
      userErrors: [],
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.update_message',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/message/${text.fingerprint}`,
      body: { content: 'Edited text' },
    });
  });

  test("content of another type than the message's is Crisp's UPSTREAM_INVALID_DATA, without its message", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const text = long.messages.findLast((m) => m.type === 'text')!;
    const data = await gateway.executeOk(
      `mutation($i: UpdateMessageInput!) { updateMessage(input: $i) { message { text } userErrors { code message field } } }`,
      {
        i: {
          messageId: `Message:${websiteId}:${sessionId}:${text.fingerprint}`,
          content: { event: { namespace: 'x' } },
        },
      },
    );
    expect(data.updateMessage).toEqual({
      message: null,
      userErrors: [
        { code: 'UPSTREAM_INVALID_DATA', message: 'Crisp refused the data sent.', field: null },
      ],
    });
    expect(sandbox.calls[0]).toMatchObject({ body: { content: { namespace: 'x' } }, status: 400 });
  });

  test('composeMessage sends the typing state', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: ComposeMessageInput!) { composeMessage(input: $i) { conversation { id } userErrors { code } } }`,
      {
        i: {
          conversationId: `Conversation:${websiteId}:${sessionId}`,
          type: 'START',
          from: 'OPERATOR',
          excerpt: 'Let me check',
        },
      },
    );
    expect(data.composeMessage).toEqual({
      conversation: { id: `Conversation:${websiteId}:${sessionId}` },
      userErrors: [],
    });
    // A typing indicator reads nothing back.
    expect(sandbox.calls).toHaveLength(1);
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.compose',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/compose`,
      body: { type: 'start', from: 'operator', excerpt: 'Let me check' },
    });
  });

  for (const [field, input, id, part] of [
    ['markMessagesRead', 'MarkMessagesReadInput', 'website.conversation.mark_read', 'read'],
    [
      'markMessagesDelivered',
      'MarkMessagesDeliveredInput',
      'website.conversation.mark_delivered',
      'delivered',
    ],
  ] as const) {
    test(`${field} sends the side, the channel and the fingerprints`, async ({
      gateway,
      sandbox,
    }) => {
      const { websiteId, records } = acme(sandbox);
      const record = records.find((r) => r.conversation.unread.operator > 0) ?? records[0]!;
      const sessionId = record.conversation.session_id as string;
      const fingerprints = record.messages
        .filter((m) => m.from === 'user')
        .slice(-2)
        .map((m) => m.fingerprint);
      const data = await gateway.executeOk(
        `mutation($i: ${input}!) { ${field}(input: $i) { conversation { unread { operator } } userErrors { code } } }`,
        { i: { websiteId, conversationId: sessionId, from: 'OPERATOR', fingerprints } },
      );
      expect(sandbox.calls[0]).toMatchObject({
        id,
        method: 'PATCH',
        path: `/website/${websiteId}/conversation/${sessionId}/${part}`,
        body: { from: 'operator', origin: 'chat', fingerprints },
      });
      // The counters are read afresh after the write.
      expect(sandbox.calls[1]).toMatchObject({ id: 'website.conversation.get' });
      if (part === 'read')
        expect(data[field].conversation.unread.operator).toBe(record.conversation.unread.operator);
      expect(data[field].userErrors).toEqual([]);
    });
  }
});
