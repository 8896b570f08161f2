import { acme, MISSING } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { test } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code message field }`;

const conversationId = (websiteId: string, sessionId: string) =>
  `Conversation:${websiteId}:${sessionId}`;

describe('conversation mutations', () => {
  test('createConversation posts to the website and returns the new session', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: CreateConversationInput!) { createConversation(input: $i) {
        conversation { id sessionId websiteId state } ${UserErrors}
      } }`,
      { i: { websiteId } },
    );
    expect(data.createConversation.userErrors).toEqual([]);
    const created = data.createConversation.conversation;
    expect(created).toMatchObject({ websiteId, state: 'PENDING' });
    expect(created.id).toBe(conversationId(websiteId, created.sessionId));
    expect(website.conversations.has(created.sessionId)).toBe(true);
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.create',
      method: 'POST',
      path: `/website/${websiteId}/conversation`,
      body: {},
    });
    // The new conversation's state is read on its own route.
    expect(sandbox.calls.map((c) => c.id)).toEqual([
      'website.conversation.create',
      'website.conversation.get_state',
    ]);
  });

  test('initiateConversation and removeConversation act on the session', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, website } = acme(sandbox);
    const initiated = await gateway.executeOk(
      `mutation($i: InitiateConversationInput!) { initiateConversation(input: $i) { conversation { id } ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId } },
    );
    expect(initiated.initiateConversation).toEqual({
      conversation: { id: conversationId(websiteId, sessionId) },
      userErrors: [],
    });
    expect(sandbox.calls[0]).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/initiate`,
    });

    const Remove = `mutation($i: RemoveConversationInput!) { removeConversation(input: $i) { removedConversationId ${UserErrors} } }`;
    const removed = await gateway.executeOk(Remove, {
      i: { conversationId: conversationId(websiteId, sessionId) },
    });
    expect(removed.removeConversation).toEqual({
      removedConversationId: conversationId(websiteId, sessionId),
      userErrors: [],
    });
    expect(website.conversations.has(sessionId)).toBe(false);
    expect(sandbox.calls[1]).toMatchObject({
      id: 'website.conversation.remove',
      method: 'DELETE',
      path: `/website/${websiteId}/conversation/${sessionId}`,
    });

    const again = await gateway.executeOk(Remove, { i: { websiteId, conversationId: sessionId } });
    expect(again.removeConversation).toEqual({
      removedConversationId: null,
      userErrors: [
        { code: 'NOT_FOUND', message: 'The requested Crisp resource does not exist.', field: null },
      ],
    });
  });

  test('updateConversationMetas sends only the fields given, then reads the metas back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: UpdateConversationMetasInput!) { updateConversationMetas(input: $i) {
        conversation { metas { nickname email subject segments data } } ${UserErrors}
      } }`,
      {
        i: {
          websiteId,
          conversationId: sessionId,
          nickname: 'Ada Lovelace',
          email: 'ada@example.com',
          subject: 'Engines',
          segments: ['vip'],
          data: { plan: 'pro', seats: 3 },
        },
      },
    );
    expect(data.updateConversationMetas.userErrors).toEqual([]);
    expect(data.updateConversationMetas.conversation.metas).toMatchObject({
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
      body: {
        nickname: 'Ada Lovelace',
        email: 'ada@example.com',
        subject: 'Engines',
        segments: ['vip'],
        data: { plan: 'pro', seats: 3 },
      },
    });
    expect(sandbox.calls[1]).toMatchObject({ id: 'website.conversation.get_metas', method: 'GET' });
  });

  test('changeConversationState patches the state and reads it back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const sessionId = records.find((r) => r.conversation.state !== 'resolved')!.conversation
      .session_id as string;
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) {
        conversation { state } ${UserErrors}
      } }`,
      { i: { websiteId, conversationId: sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState).toEqual({
      conversation: { state: 'RESOLVED' },
      userErrors: [],
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.change_state',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/state`,
      body: { state: 'resolved' },
    });
  });

  test('assignConversationRouting assigns an operator and unassigns with null', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, website } = acme(sandbox);
    const userId = [...website.operators.keys()][1]!;
    const Assign = `mutation($i: AssignConversationRoutingInput!) { assignConversationRouting(input: $i) {
      conversation { assignedUserId assignedOperator { userId } } ${UserErrors}
    } }`;
    // The operator by global id, the conversation by raw session id.
    const assigned = await gateway.executeOk(Assign, {
      i: {
        websiteId,
        conversationId: sessionId,
        assigneeId: `Operator:${websiteId}:${userId}`,
        silent: true,
      },
    });
    expect(assigned.assignConversationRouting.userErrors).toEqual([]);
    expect(assigned.assignConversationRouting.conversation).toEqual({
      assignedUserId: userId,
      assignedOperator: { userId },
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.assign_routing',
      method: 'PATCH',
      path: `/website/${websiteId}/conversation/${sessionId}/routing`,
      body: { assigned: { user_id: userId }, silent: true },
    });
    // The routing is read once for both fields, and the operator comes from the list.
    expect(
      sandbox.calls
        .slice(1)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['website.conversation.get_routing', 'website.operator.list']);

    sandbox.resetCalls();
    const unassigned = await gateway.executeOk(Assign, {
      i: { websiteId, conversationId: sessionId },
    });
    expect(unassigned.assignConversationRouting.conversation).toEqual({
      assignedUserId: null,
      assignedOperator: null,
    });
    expect(sandbox.calls[0]!.body).toEqual({ assigned: null });
  });

  test('blockConversation patches the block and reads the block status back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: BlockConversationInput!) { blockConversation(input: $i) { conversation { isBlocked } ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, blocked: true } },
    );
    expect(data.blockConversation).toEqual({
      conversation: { isBlocked: true },
      userErrors: [],
    });
    expect(sandbox.calls.map((c) => [c.id, c.method, c.body])).toEqual([
      ['website.conversation.block', 'PATCH', { blocked: true }],
      ['website.conversation.get_block_status', 'GET', undefined],
    ]);
  });

  test('a mutation result selecting several parts reads the conversation whole, once', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const sessionId = records.find((r) => r.conversation.state !== 'resolved')!.conversation
      .session_id as string;
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) {
        conversation { state isBlocked assignedUserId metas { nickname } } ${UserErrors}
      } }`,
      { i: { websiteId, conversationId: sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState.conversation).toMatchObject({
      state: 'RESOLVED',
      isBlocked: false,
    });
    // State, block, routing and metas come with one full read, not one read per route.
    expect(sandbox.calls.map((c) => c.id)).toEqual([
      'website.conversation.change_state',
      'website.conversation.get',
    ]);
  });

  test('requestConversationTranscript posts the recipient', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: RequestConversationTranscriptInput!) { requestConversationTranscript(input: $i) { conversation { id } ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, to: 'VISITOR', email: 'ada@example.com' } },
    );
    expect(data.requestConversationTranscript).toEqual({
      conversation: { id: conversationId(websiteId, sessionId) },
      userErrors: [],
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.request_transcript',
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/transcript`,
      body: { to: 'user', email: 'ada@example.com' },
    });
  });

  test("a Crisp 404 is a NOT_FOUND userError, without Crisp's message, and a null conversation", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) { conversation { id state } ${UserErrors} } }`,
      { i: { websiteId, conversationId: MISSING, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState).toEqual({
      conversation: null,
      userErrors: [
        { code: 'NOT_FOUND', message: 'The requested Crisp resource does not exist.', field: null },
      ],
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.change_state',
      status: 404,
    });
  });
});
