import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { test } from './support/rest.ts';

/** How a mutation input names its conversation: a global id or a raw session id, in any case. */

const ChangeState = /* GraphQL */ `
  mutation ($i: ChangeConversationStateInput!) {
    changeConversationState(input: $i) {
      conversation { id }
      userErrors { code message field }
    }
  }
`;

const globalId = (websiteId: string, sessionId: string) => `Conversation:${websiteId}:${sessionId}`;

describe('conversation mutations name the conversation by id', () => {
  test('a raw session id and a global id reach the same conversation', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const inputs = [
      { conversationId: sessionId, websiteId },
      { conversationId: globalId(websiteId, sessionId) },
      // The website stated beside a global id agrees with it.
      { conversationId: globalId(websiteId, sessionId), websiteId },
    ];
    for (const input of inputs) {
      sandbox.resetCalls();
      const data = await gateway.executeOk(ChangeState, { i: { ...input, state: 'UNRESOLVED' } });
      expect(data.changeConversationState).toEqual({
        conversation: { id: globalId(websiteId, sessionId) },
        userErrors: [],
      });
      expect(sandbox.calls.map((c) => c.path)).toEqual([
        `/website/${websiteId}/conversation/${sessionId}/state`,
      ]);
    }
  });

  test('an upper-case id reaches the conversation under its lower-case id', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const upper = [
      { conversationId: globalId(websiteId.toUpperCase(), sessionId.toUpperCase()) },
      { conversationId: sessionId.toUpperCase(), websiteId: websiteId.toUpperCase() },
    ];
    for (const input of upper) {
      sandbox.resetCalls();
      const data = await gateway.executeOk(ChangeState, { i: { ...input, state: 'UNRESOLVED' } });
      expect(data.changeConversationState.conversation.id).toBe(globalId(websiteId, sessionId));
      expect(sandbox.calls[0]!.path).toBe(`/website/${websiteId}/conversation/${sessionId}/state`);
    }
  });

  test('a global id of another website or type is BAD_USER_INPUT on input.conversationId, with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const other = sandbox.seed.websiteIds[1]!;
    const peopleId = [...sandbox.seed.websites[0]!.people.keys()][0]!;
    const refused = [
      // A conversation of another website than the one stated.
      { conversationId: globalId(other, sessionId), websiteId },
      // Another type's id.
      { conversationId: `Person:${websiteId}:${peopleId}` },
      { conversationId: `Message:${websiteId}:${sessionId}:1` },
      // The type prefix is case-sensitive; a malformed session id is refused too.
      { conversationId: `conversation:${websiteId}:${sessionId}` },
      { conversationId: 'session_nope', websiteId },
    ];
    for (const input of refused) {
      const data = await gateway.executeOk(ChangeState, { i: { ...input, state: 'RESOLVED' } });
      expect(data.changeConversationState.conversation, JSON.stringify(input)).toBeNull();
      expect(data.changeConversationState.userErrors).toEqual([
        {
          code: 'BAD_USER_INPUT',
          message: expect.stringContaining('input.conversationId'),
          field: ['input', 'conversationId'],
        },
      ]);
    }
    expect(sandbox.calls).toEqual([]);
  });
});

describe('updateMessage names the message by id', () => {
  const Update = /* GraphQL */ `
    mutation ($i: UpdateMessageInput!) {
      updateMessage(input: $i) {
        message { fingerprint text }
        userErrors { code field }
      }
    }
  `;

  test('a global Message id, or a raw fingerprint with its conversation, reach the same message', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const text = records[0]!.messages.findLast((m) => m.type === 'text')!;
    const path = `/website/${websiteId}/conversation/${sessionId}/message/${text.fingerprint}`;
    const inputs = [
      { messageId: `Message:${websiteId}:${sessionId}:${text.fingerprint}` },
      { messageId: `Message:${websiteId.toUpperCase()}:${sessionId}:${text.fingerprint}` },
      { messageId: String(text.fingerprint), conversationId: globalId(websiteId, sessionId) },
      { messageId: String(text.fingerprint), conversationId: sessionId, websiteId },
    ];
    for (const [n, input] of inputs.entries()) {
      sandbox.resetCalls();
      const data = await gateway.executeOk(Update, {
        i: { ...input, content: { text: `Edit ${n}` } },
      });
      expect(data.updateMessage, JSON.stringify(input)).toEqual({
        message: { fingerprint: text.fingerprint, text: `Edit ${n}` },
        userErrors: [],
      });
      expect(sandbox.calls[0]).toMatchObject({ method: 'PATCH', path });
    }
  });

  test('a raw fingerprint without its conversation, or a message of another conversation, is refused with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const other = records[1]!.conversation.session_id as string;
    const cases = [
      [{ messageId: '123' }, ['input', 'conversationId']],
      [
        { messageId: `Message:${websiteId}:${sessionId}:123`, conversationId: other, websiteId },
        ['input', 'messageId'],
      ],
      [{ messageId: globalId(websiteId, sessionId) }, ['input', 'messageId']],
      [{ messageId: 'nope', conversationId: sessionId, websiteId }, ['input', 'messageId']],
    ] as const;
    for (const [input, field] of cases) {
      const data = await gateway.executeOk(Update, { i: { ...input, content: { text: 'x' } } });
      expect(data.updateMessage, JSON.stringify(input)).toEqual({
        message: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field }],
      });
    }
    expect(sandbox.calls).toEqual([]);
  });
});
