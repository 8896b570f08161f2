import { randomUUID } from 'node:crypto';
import type { EmittedEvent } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { conversationMoreScope, uncovered } from './fidelity-scope.ts';
import { succeeded, test } from './support/fidelity-client.ts';

/**
 * The official Node client (`crisp-api`) against the sandbox on the agent's other conversation
 * routes: each write must read back through the client as written.
 */

describe('the official client on the rest of a conversation', () => {
  test('removes a message, marks unread, opens, and moves to an inbox', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find((r) =>
      r.messages.some((m) => m.from === 'user' && m.read),
    )!;
    const s = record.conversation.session_id as string;
    const last = record.messages.at(-1)!;
    await crisp.website.removeMessageInConversation(websiteId, s, last.fingerprint);
    await expect(
      crisp.website.getMessageInConversation(websiteId, s, last.fingerprint),
    ).rejects.toMatchObject({ message: 'not_found' });

    const before = (await crisp.website.getConversation(websiteId, s)).unread!.operator!;
    await crisp.website.markConversationAsUnread(websiteId, s, { from: 'operator' });
    expect((await crisp.website.getConversation(websiteId, s)).unread?.operator).toBe(before + 1);

    const events: string[] = [];
    sandbox.onEvent((e) => events.push(e.event));
    await crisp.website.updateConversationOpenState(websiteId, s, true);
    await crisp.website.updateConversationOpenState(websiteId, s, false);
    expect(events).toEqual(['session:set_opened', 'session:set_closed']);

    const inboxId = randomUUID();
    await crisp.website.updateConversationInbox(websiteId, s, inboxId);
    expect((await crisp.website.getConversation(websiteId, s)).inbox_id).toBe(inboxId);
    await crisp.website.updateConversationInbox(websiteId, s, null);
    expect((await crisp.website.getConversation(websiteId, s)).inbox_id).toBeNull();
  });

  test('reads originals and relations, saves participants', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const records = [...sandbox.seed.website(websiteId)!.conversations.values()];
    const withOriginal = records.find((r) => r.messages.some((m) => m.original))!;
    const s = withOriginal.conversation.session_id as string;
    const message = withOriginal.messages.find((m) => m.original)!;
    const original = await crisp.website.getOriginalMessageInConversation(
      websiteId,
      s,
      message.original.original_id,
    );
    expect(original).toMatchObject({
      website_id: websiteId,
      session_id: s,
      original_id: message.original.original_id,
      type: 'text/html',
    });
    expect(original.content).toContain(message.content);

    const [parent, child] = records.map((r) => r.conversation.session_id as string);
    expect(await crisp.website.getConversationRelations(websiteId, child!)).toEqual({
      conversations: { parent: null, children: [] },
    });
    sandbox.relateConversations(websiteId, parent!, child!);
    expect(await crisp.website.getConversationRelations(websiteId, parent!)).toEqual({
      conversations: { parent: null, children: [child] },
    });
    expect(await crisp.website.getConversationRelations(websiteId, child!)).toEqual({
      conversations: { parent, children: [] },
    });

    const participants = [
      { type: 'email', target: 'ada@mail.example' },
      { type: 'email', target: 'ADA@mail.example' },
    ];
    await crisp.website.saveConversationParticipants(websiteId, s, { participants });
    // A repeated address counts once.
    expect(await crisp.website.getConversationParticipants(websiteId, s)).toEqual({
      participants: [participants[0]],
    });
    await crisp.website.saveConversationParticipants(websiteId, s, { participants: [] });
    expect(await crisp.website.getConversationParticipants(websiteId, s)).toEqual({
      participants: [],
    });
  });

  test('verifies an identity by status and by link', async ({ crisp, websiteId, sandbox }) => {
    const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find(
      (r) => !r.conversation.is_verified && r.conversation.meta.email,
    )!;
    const s = record.conversation.session_id as string;
    expect(await crisp.website.getVerifyStatusForConversation(websiteId, s)).toEqual({
      verified: false,
      verifications: [],
    });
    await crisp.website.updateVerifyStatusForConversation(websiteId, s, true);
    expect((await crisp.website.getVerifyStatusForConversation(websiteId, s)).verified).toBe(true);
    await crisp.website.updateVerifyStatusForConversation(websiteId, s, false);

    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    await crisp.website.requestIdentityVerificationForConversation(websiteId, s, {
      identity: 'email',
      method: 'link',
    });
    const code = events.find((e) => e.event === 'identity:verify:request')!.data.code as string;
    await expect(
      crisp.website.redeemIdentityVerificationLinkForConversation(websiteId, s, {
        identity: 'email',
        token: 'wrong',
      }),
    ).rejects.toMatchObject({ message: 'invalid_data', code: 400 });
    await crisp.website.redeemIdentityVerificationLinkForConversation(websiteId, s, {
      identity: 'email',
      token: code,
    });
    expect(await crisp.website.getVerifyStatusForConversation(websiteId, s)).toEqual({
      verified: true,
      verifications: [
        { identity: 'email', method: 'link', annotation: record.conversation.meta.email },
      ],
    });
  });

  test('sends purge, feedback, reminder, report and tool call requests', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const s = sandbox.seed.website(websiteId)!.conversations.keys().next().value!;
    await crisp.website.requestChatboxBindingPurgeForConversation(websiteId, s);
    await crisp.website.requestUserFeedbackForConversation(websiteId, s);
    const date = new Date(Date.now() + 3_600_000).toISOString();
    await crisp.website.scheduleReminderForConversation(websiteId, s, date, 'Follow up');
    await expect(
      crisp.website.scheduleReminderForConversation(websiteId, s, 'tomorrow', 'Follow up'),
    ).rejects.toMatchObject({ message: 'invalid_data', code: 400 });
    await crisp.website.reportConversation(websiteId, s, 'spam');
    await crisp.website.requestToolCallForConversation(websiteId, s, 'list_tools');
    await crisp.website.requestToolCallForConversation(websiteId, s, 'lookup', { order: 'A-1' });
    const bodies = sandbox.calls
      .filter((c) => c.id === 'website.conversation.request_tool_call')
      .map((c) => c.body);
    expect(bodies).toEqual([
      { command: 'list_tools' },
      { command: 'lookup', payload: { order: 'A-1' } },
    ]);
    await expect(
      crisp.website.reportConversation(
        websiteId,
        'session_00000000-0000-4000-8000-000000000000',
        'spam',
      ),
    ).rejects.toMatchObject({ message: 'not_found' });
  });
});

// Runs last (tests of a file run in order): a route dropped from the tests above shows up here.
test('every route of conversationMoreScope answered the client with a success', () => {
  expect(uncovered(conversationMoreScope, succeeded)).toEqual([]);
});
