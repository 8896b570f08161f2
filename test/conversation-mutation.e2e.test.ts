import { acme, MISSING } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { test } from './support/rest.ts';

const ConversationResult = /* GraphQL */ `
  __typename
  ... on Error { code message }
`;

describe('conversation mutations', () => {
  test('createConversation posts to the website and returns the new session', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: CreateConversationInput!) { createConversation(input: $i) {
        ${ConversationResult} ... on MutationCreateConversationSuccess { data { sessionId websiteId state } }
      } }`,
      { i: { websiteId } },
    );
    const created = data.createConversation.data;
    expect(created).toMatchObject({ websiteId, state: 'PENDING' });
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
      `mutation($i: InitiateConversationInput!) { initiateConversation(input: $i) { ${ConversationResult} ... on MutationInitiateConversationSuccess { data { sessionId } } } }`,
      { i: { websiteId, sessionId } },
    );
    expect(initiated.initiateConversation.data.sessionId).toBe(sessionId);
    expect(sandbox.calls[0]).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/initiate`,
    });

    const Remove = `mutation($i: RemoveConversationInput!) { removeConversation(input: $i) { ${ConversationResult} ... on MutationRemoveConversationSuccess { data } } }`;
    const removed = await gateway.executeOk(Remove, { i: { websiteId, sessionId } });
    expect(removed.removeConversation).toEqual({
      __typename: 'MutationRemoveConversationSuccess',
      data: sessionId,
    });
    expect(website.conversations.has(sessionId)).toBe(false);
    expect(sandbox.calls[1]).toMatchObject({
      id: 'website.conversation.remove',
      method: 'DELETE',
      path: `/website/${websiteId}/conversation/${sessionId}`,
    });

    const again = await gateway.executeOk(Remove, { i: { websiteId, sessionId } });
    expect(again.removeConversation).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: 'The requested Crisp resource does not exist.',
    });
  });

  test('updateConversationMetas sends only the fields given, then reads the metas back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: UpdateConversationMetasInput!) { updateConversationMetas(input: $i) {
        ${ConversationResult} ... on MutationUpdateConversationMetasSuccess { data { metas { nickname email subject segments data } } }
      } }`,
      {
        i: {
          websiteId,
          sessionId,
          nickname: 'Ada Lovelace',
          email: 'ada@example.com',
          subject: 'Engines',
          segments: ['vip'],
          data: { plan: 'pro', seats: 3 },
        },
      },
    );
    expect(data.updateConversationMetas.data.metas).toMatchObject({
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
        ${ConversationResult} ... on MutationChangeConversationStateSuccess { data { state } }
      } }`,
      { i: { websiteId, sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState.data.state).toBe('RESOLVED');
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
      ${ConversationResult} ... on MutationAssignConversationRoutingSuccess { data { assignedUserId assignedOperator { userId } } }
    } }`;
    const assigned = await gateway.executeOk(Assign, {
      i: { websiteId, sessionId, assignedUserId: userId, silent: true },
    });
    expect(assigned.assignConversationRouting.data).toEqual({
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
    const unassigned = await gateway.executeOk(Assign, { i: { websiteId, sessionId } });
    expect(unassigned.assignConversationRouting.data).toEqual({
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
      `mutation($i: BlockConversationInput!) { blockConversation(input: $i) { ${ConversationResult} ... on MutationBlockConversationSuccess { data { isBlocked } } } }`,
      { i: { websiteId, sessionId, blocked: true } },
    );
    expect(data.blockConversation.data.isBlocked).toBe(true);
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
        ${ConversationResult} ... on MutationChangeConversationStateSuccess { data { state isBlocked assignedUserId metas { nickname } } }
      } }`,
      { i: { websiteId, sessionId, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState.data).toMatchObject({
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
      `mutation($i: RequestConversationTranscriptInput!) { requestConversationTranscript(input: $i) { ${ConversationResult} ... on MutationRequestConversationTranscriptSuccess { data { sessionId } } } }`,
      { i: { websiteId, sessionId, to: 'USER', email: 'ada@example.com' } },
    );
    expect(data.requestConversationTranscript.data.sessionId).toBe(sessionId);
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.request_transcript',
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/transcript`,
      body: { to: 'user', email: 'ada@example.com' },
    });
  });

  test("a mutation on a missing conversation returns NotFoundError without Crisp's message", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: ChangeConversationStateInput!) { changeConversationState(input: $i) { ${ConversationResult} } }`,
      { i: { websiteId, sessionId: MISSING, state: 'RESOLVED' } },
    );
    expect(data.changeConversationState).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: 'The requested Crisp resource does not exist.',
    });
    expect(sandbox.calls[0]).toMatchObject({
      id: 'website.conversation.change_state',
      status: 404,
    });
  });
});
