import { randomUUID } from 'node:crypto';
import type { EmittedEvent } from 'crisp-sandbox';
import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

/** The agent's inbox actions: message removal, unread mark, open view, inbox move. */

const UserErrors = 'userErrors { code field }';

describe('inbox actions on a conversation', () => {
  test('removeMessage deletes the message and names it for the cache', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const record = records[0]!;
    const { fingerprint } = record.messages.at(-1)!;
    const messageId = `Message:${websiteId}:${sessionId}:${fingerprint}`;
    const data = await gateway.executeOk(
      `mutation($i: RemoveMessageInput!) { removeMessage(input: $i) {
        removedMessageId conversation { id } ${UserErrors} } }`,
      { i: { messageId } },
    );
    expect(data.removeMessage).toEqual({
      removedMessageId: messageId,
      conversation: { id: `Conversation:${websiteId}:${sessionId}` },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.remove_message')).toMatchObject([
      {
        method: 'DELETE',
        path: `/website/${websiteId}/conversation/${sessionId}/message/${fingerprint}`,
      },
    ]);
    expect(record.messages.some((m) => m.fingerprint === fingerprint)).toBe(false);

    // Gone: a second removal is NOT_FOUND, a raw fingerprint alone is refused before any call.
    const again = await gateway.executeOk(
      `mutation($i: RemoveMessageInput!) { removeMessage(input: $i) { removedMessageId ${UserErrors} } }`,
      { i: { messageId } },
    );
    expect(again.removeMessage).toEqual({
      removedMessageId: null,
      userErrors: [{ code: 'NOT_FOUND', field: null }],
    });
    sandbox.resetCalls();
    const raw = await gateway.executeOk(
      `mutation($i: RemoveMessageInput!) { removeMessage(input: $i) { removedMessageId ${UserErrors} } }`,
      { i: { messageId: String(fingerprint) } },
    );
    expect(raw.removeMessage.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'conversationId'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });

  test("markConversationUnread puts the visitor's last message back to unread", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.messages.some((m) => m.from === 'user' && m.read))!;
    const sessionId = record.conversation.session_id as string;
    const before = record.conversation.unread.operator as number;
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    const data = await gateway.executeOk(
      `mutation($i: MarkConversationUnreadInput!) { markConversationUnread(input: $i) {
        conversation { unread { operator } } ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId } },
    );
    expect(data.markConversationUnread).toEqual({
      conversation: { unread: { operator: before + 1 } },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.mark_unread')).toMatchObject([
      {
        method: 'PATCH',
        path: `/website/${websiteId}/conversation/${sessionId}/unread`,
        body: { from: 'operator' },
      },
    ]);
    expect(events.map((e) => e.event)).toContain('message:acknowledge:unread:send');
  });

  test('updateConversationOpenState tells Crisp the view opened and closed', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const events: string[] = [];
    sandbox.onEvent((e) => events.push(e.event));
    const Open = `mutation($i: UpdateConversationOpenStateInput!) { updateConversationOpenState(input: $i) {
      conversation { crispId } ${UserErrors} } }`;
    for (const opened of [true, false]) {
      const data = await gateway.executeOk(Open, {
        i: { websiteId, conversationId: sessionId, opened },
      });
      expect(data.updateConversationOpenState).toEqual({
        conversation: { crispId: sessionId },
        userErrors: [],
      });
    }
    expect(callsOf(sandbox, 'website.conversation.update_open_state').map((c) => c.body)).toEqual([
      { opened: true },
      { opened: false },
    ]);
    expect(events).toEqual(['session:set_opened', 'session:set_closed']);
  });

  test('moveConversationToInbox files the conversation, and null moves it back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const inboxId = randomUUID();
    const Move = `mutation($i: MoveConversationToInboxInput!) { moveConversationToInbox(input: $i) {
      conversation { inboxId } ${UserErrors} } }`;
    const moved = await gateway.executeOk(Move, {
      i: { websiteId, conversationId: sessionId, inboxId: `Inbox:${websiteId}:${inboxId}` },
    });
    expect(moved.moveConversationToInbox).toEqual({
      conversation: { inboxId },
      userErrors: [],
    });
    expect(records[0]!.conversation.inbox_id).toBe(inboxId);
    const back = await gateway.executeOk(Move, { i: { websiteId, conversationId: sessionId } });
    expect(back.moveConversationToInbox.conversation).toEqual({ inboxId: null });
    expect(callsOf(sandbox, 'website.conversation.update_inbox')).toMatchObject([
      {
        method: 'PATCH',
        path: `/website/${websiteId}/conversation/${sessionId}/inbox`,
        body: { inbox_id: inboxId },
      },
      { body: { inbox_id: null } },
    ]);

    // An inbox of another website is refused before any call.
    sandbox.resetCalls();
    const other = sandbox.seed.websiteIds[1]!;
    const refused = await gateway.executeOk(Move, {
      i: { websiteId, conversationId: sessionId, inboxId: `Inbox:${other}:${inboxId}` },
    });
    expect(refused.moveConversationToInbox).toEqual({
      conversation: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'inboxId'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});
