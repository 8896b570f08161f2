import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';
import { test } from './support/rest.ts';

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
