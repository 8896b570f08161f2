import { describe, expect } from 'vitest';
import { conversationScope, uncovered } from './fidelity-scope.ts';
import { succeeded, test, userTest } from './support/fidelity-client.ts';

/**
 * The official Node client (`crisp-api`) against the sandbox: every conversation and batch route
 * of the seed scope, called through the client's own resource methods, must answer what the
 * client expects and read back what was written.
 */

describe('the official client on conversations', () => {
  test('lists, searches and reads conversations', async ({ crisp, websiteId, sandbox }) => {
    const page1 = await crisp.website.listConversations(websiteId, 1);
    expect(page1).toHaveLength(20);
    const page2 = await crisp.website.listConversations(websiteId, 2, { per_page: 20 });
    expect(page2).toHaveLength(10);
    expect(await crisp.website.listConversations(websiteId, 3)).toEqual([]);
    const resolved = await crisp.website.listConversations(websiteId, 1, {
      per_page: 50,
      filter_resolved: 1,
    });
    expect(resolved.every((c) => c.state === 'resolved')).toBe(true);

    const target = page1.find((c) => c.meta?.email)!;
    // The client JSON-encodes the filter array into search_query.
    const filtered = await crisp.website.listConversations(websiteId, 1, {
      search_type: 'filter',
      search_query: [
        { model: 'session', criterion: 'meta.email', operator: 'eq', query: [target.meta!.email!] },
      ],
    });
    expect(filtered.map((c) => c.session_id)).toContain(target.session_id);
    const byText = await crisp.website.listConversations(websiteId, 1, {
      search_type: 'text',
      search_query: target.meta!.nickname!,
    });
    expect(byText.map((c) => c.session_id)).toContain(target.session_id);

    const conversation = await crisp.website.getConversation(websiteId, target.session_id);
    expect(conversation).toEqual(target);
    const record = sandbox.seed.website(websiteId)!.conversations.get(target.session_id)!;
    const messages = await crisp.website.getMessagesInConversation(websiteId, target.session_id);
    expect(messages).toEqual(record.messages.slice(-20));
    const older = await crisp.website.getMessagesInConversation(
      websiteId,
      target.session_id,
      messages[0]!.timestamp,
    );
    expect(older).toEqual(record.messages.slice(0, -20).slice(-20));
    const one = await crisp.website.getMessageInConversation(
      websiteId,
      target.session_id,
      messages[0]!.fingerprint!,
    );
    expect(one).toEqual(messages[0]);

    expect(await crisp.website.getConversationMetas(websiteId, target.session_id)).toEqual(
      target.meta,
    );
    expect(await crisp.website.getConversationState(websiteId, target.session_id)).toEqual({
      state: target.state,
    });
    expect(await crisp.website.getBlockStatusForConversation(websiteId, target.session_id)).toEqual(
      { blocked: record.blocked },
    );
    expect(await crisp.website.getConversationRoutingAssign(websiteId, target.session_id)).toEqual({
      assigned: target.assigned ? { user_id: target.assigned.user_id } : null,
    });
    expect(await crisp.website.listConversationPages(websiteId, target.session_id, 1)).toEqual(
      [...record.pages].reverse(),
    );
    expect(await crisp.website.listConversationEvents(websiteId, target.session_id, 1)).toEqual(
      [...record.events].reverse(),
    );
    expect(await crisp.website.listConversationFiles(websiteId, target.session_id, 1)).toEqual(
      [...record.files].reverse(),
    );
    expect(await crisp.website.listConversationFiles(websiteId, target.session_id, 2)).toEqual([]);
  });

  test('creates, initiates, checks and removes a conversation', async ({ crisp, websiteId }) => {
    const { session_id: sessionId } = await crisp.website.createNewConversation(websiteId);
    expect(sessionId).toMatch(/^session_/);
    await expect(
      crisp.website.checkConversationExists(websiteId, sessionId!),
    ).resolves.toBeDefined();
    // An empty session stays out of the inbox until the team initiates it.
    const before = await crisp.website.listConversations(websiteId, 1, { per_page: 50 });
    expect(before.map((c) => c.session_id)).not.toContain(sessionId);
    await crisp.website.initiateConversationWithExistingSession(websiteId, sessionId!);
    const listed = await crisp.website.listConversations(websiteId, 1, { per_page: 50 });
    expect(listed.map((c) => c.session_id)).toContain(sessionId);
    await crisp.website.removeConversation(websiteId, sessionId!);
    // HEAD errors carry no body, so the client reports them as route_error.
    await expect(
      crisp.website.checkConversationExists(websiteId, sessionId!),
    ).rejects.toMatchObject({ reason: 'error', message: 'route_error', code: 404 });
    await expect(crisp.website.getConversation(websiteId, sessionId!)).rejects.toMatchObject({
      reason: 'error',
      message: 'not_found',
      code: 404,
      data: { namespace: 'response' },
    });
  });

  test('changes state, routing, metas and block status, and reads each back', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const website = sandbox.seed.website(websiteId)!;
    const target = [...website.conversations.values()].find(
      (r) => r.conversation.state !== 'resolved' && !r.blocked,
    )!.conversation;
    const s = target.session_id as string;

    await crisp.website.changeConversationState(websiteId, s, 'resolved');
    expect(await crisp.website.getConversationState(websiteId, s)).toEqual({ state: 'resolved' });

    const operator = [...website.operators.keys()].find((id) => id !== target.assigned?.user_id)!;
    await crisp.website.assignConversationRouting(websiteId, s, {
      assigned: { user_id: operator },
    });
    expect(await crisp.website.getConversationRoutingAssign(websiteId, s)).toEqual({
      assigned: { user_id: operator },
    });

    await crisp.website.updateConversationMetas(websiteId, s, {
      nickname: 'Ada',
      segments: ['vip'],
      data: { plan: 'pro' },
    });
    const metas = await crisp.website.getConversationMetas(websiteId, s);
    expect(metas).toMatchObject({
      nickname: 'Ada',
      segments: ['vip'],
      data: { ...target.meta.data, plan: 'pro' },
    });

    await crisp.website.blockIncomingMessagesForConversation(websiteId, s, true);
    expect(await crisp.website.getBlockStatusForConversation(websiteId, s)).toEqual({
      blocked: true,
    });

    expect(
      await crisp.website.requestEmailTranscriptForConversation(websiteId, s, 'operator'),
    ).toEqual({});
    expect(
      await crisp.website.requestEmailTranscriptForConversation(
        websiteId,
        s,
        'user',
        'ada@mail.example',
      ),
    ).toEqual({});
    expect(
      sandbox.calls
        .filter((c) => c.id === 'website.conversation.request_transcript')
        .map((c) => c.body),
    ).toEqual([{ to: 'operator' }, { to: 'user', email: 'ada@mail.example' }]);
    // A transcript to a visitor without any email has nowhere to go.
    const { session_id: anonymous } = await crisp.website.createNewConversation(websiteId);
    await expect(
      crisp.website.requestEmailTranscriptForConversation(websiteId, anonymous!, 'user'),
    ).rejects.toMatchObject({ message: 'invalid_data', code: 400 });

    const conversation = await crisp.website.getConversation(websiteId, s);
    expect(conversation).toMatchObject({
      state: 'resolved',
      is_blocked: true,
      assigned: { user_id: operator },
      meta: { nickname: 'Ada' },
    });
  });
});

describe('the official client on batch routes', () => {
  userTest(
    'resolves, reads and removes conversations in bulk',
    async ({ crisp, websiteId, sandbox }) => {
      const website = sandbox.seed.website(websiteId)!;
      const open = [...website.conversations.values()].filter(
        (r) => r.conversation.state !== 'resolved',
      );
      const [a, b] = open.map((r) => r.conversation.session_id as string);

      await crisp.website.batchResolveConversations(websiteId, { sessions: [a!, b!] });
      expect(await crisp.website.getConversationState(websiteId, a!)).toEqual({
        state: 'resolved',
      });
      expect(await crisp.website.getConversationState(websiteId, b!)).toEqual({
        state: 'resolved',
      });

      await crisp.website.batchReadConversations(websiteId, { sessions: [a!] });
      expect((await crisp.website.getConversation(websiteId, a!)).unread?.operator).toBe(0);

      await crisp.website.batchRemoveConversations(websiteId, { sessions: [a!] });
      await expect(crisp.website.getConversation(websiteId, a!)).rejects.toMatchObject({
        message: 'not_found',
      });
      expect(await crisp.website.listConversations(websiteId, 2, { per_page: 20 })).toHaveLength(9);
    },
  );
});

// Runs last (tests of a file run in order): a route dropped from the tests above shows up here.
test('every route of conversationScope answered the client with a success', () => {
  expect(uncovered(conversationScope, succeeded)).toEqual([]);
});
