import { acme } from './support/conversation.ts';
import { describe, expect, type TestGateway } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code field }`;

describe('co-browsing', () => {
  test('initiateBrowsingSession posts with no body, and the session then lists on the conversation', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const conversationId = `Conversation:${websiteId}:${sessionId}`;
    const data = await gateway.executeOk(
      `mutation($i: InitiateBrowsingSessionInput!) { initiateBrowsingSession(input: $i) { conversation { id } ${UserErrors} } }`,
      { i: { conversationId } },
    );
    expect(data.initiateBrowsingSession).toEqual({
      conversation: { id: conversationId },
      userErrors: [],
    });
    const [initiate] = callsOf(sandbox, 'website.conversation.initiate_browsing_session');
    expect(initiate).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/conversation/${sessionId}/browsing`,
    });
    expect(initiate!.body).toBeUndefined();

    const listed = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on Conversation { browsingSessions { id crispId token userAgent conversation { id } } } } }`,
      { id: conversationId },
    );
    const [session] = listed.node.browsingSessions;
    expect(session).toMatchObject({
      id: `BrowsingSession:${websiteId}:${sessionId}:${session.crispId}`,
      token: expect.stringMatching(/^[0-9a-f]{32}$/),
      userAgent: expect.any(String),
      conversation: { id: conversationId },
    });
    expect(callsOf(sandbox, 'website.conversation.list_browsing_sessions')).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/website/${websiteId}/conversation/${sessionId}/browsing`,
      }),
    ]);

    const byNode = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on BrowsingSession { crispId token } } }`,
      { id: session.id },
    );
    expect(byNode.node).toEqual({ crispId: session.crispId, token: session.token });
  });

  test('sendBrowsingAction and assistBrowsingSession patch the session, named by raw or global id', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(
      `mutation($i: InitiateBrowsingSessionInput!) { initiateBrowsingSession(input: $i) { ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId } },
    );
    const started = await browsingIdOf(gateway, websiteId, sessionId);
    const globalId = `BrowsingSession:${websiteId}:${sessionId}:${started}`;

    const assisted = await gateway.executeOk(
      `mutation($i: AssistBrowsingSessionInput!) { assistBrowsingSession(input: $i) { browsingSession { id } ${UserErrors} } }`,
      { i: { browsingSessionId: globalId, action: 'CLICK', x: 120, y: 48 } },
    );
    expect(assisted.assistBrowsingSession).toEqual({
      browsingSession: { id: globalId },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.assist_browsing_session')).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/website/${websiteId}/conversation/${sessionId}/browsing/${started}/assist`,
        body: { action: 'click', click: { x: 120, y: 48 } },
      }),
    ]);

    const Send = `mutation($i: SendBrowsingActionInput!) { sendBrowsingAction(input: $i) { browsingSession { crispId } ${UserErrors} } }`;
    const stopped = await gateway.executeOk(Send, {
      i: { websiteId, conversationId: sessionId, browsingSessionId: started, action: 'stop' },
    });
    expect(stopped.sendBrowsingAction).toEqual({
      browsingSession: { crispId: started },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.send_browsing_action')).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/website/${websiteId}/conversation/${sessionId}/browsing/${started}`,
        body: { action: 'stop' },
      }),
    ]);
    const again = await gateway.executeOk(Send, {
      i: { browsingSessionId: globalId, action: 'start' },
    });
    expect(again.sendBrowsingAction.userErrors).toEqual([{ code: 'NOT_FOUND', field: null }]);
  });

  test('a raw browsing id without its conversation, or a bad point, is refused with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const raw = 'browsing_8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
    const send = await gateway.executeOk(
      `mutation($i: SendBrowsingActionInput!) { sendBrowsingAction(input: $i) { ${UserErrors} } }`,
      { i: { websiteId, browsingSessionId: raw, action: 'start' } },
    );
    expect(send.sendBrowsingAction.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'browsingSessionId'] },
    ]);
    const assist = await gateway.executeOk(
      `mutation($i: AssistBrowsingSessionInput!) { assistBrowsingSession(input: $i) { ${UserErrors} } }`,
      {
        i: { conversationId: sessionId, browsingSessionId: raw, action: 'MOUSE', x: -1, y: 0 },
      },
    );
    expect(assist.assistBrowsingSession.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'x'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });
});

/** The browsing_id of the conversation's one co-browsing session, read through the gateway. */
async function browsingIdOf(
  gateway: TestGateway,
  websiteId: string,
  sessionId: string,
): Promise<string> {
  const data = await gateway.executeOk(
    `query($id: ID!) { node(id: $id) { ... on Conversation { browsingSessions { crispId } } } }`,
    { id: `Conversation:${websiteId}:${sessionId}` },
  );
  return data.node.browsingSessions[0].crispId;
}
