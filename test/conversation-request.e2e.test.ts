import { acme } from './support/conversation.ts';
import { describe, expect, type TestGateway } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

/** Requests Crisp carries out about a conversation: purge, feedback, reminder, report, tool call. */

const UserErrors = 'userErrors { code field }';

interface Payload {
  conversation: { crispId: string } | null;
  userErrors: { code: string; field: string[] | null }[];
}

/** Runs the mutation `name` with `input`; returns its payload. */
async function request(
  gateway: TestGateway,
  name: string,
  input: Record<string, unknown>,
): Promise<Payload> {
  const Input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const data = await gateway.executeOk(
    `mutation($i: ${Input}!) { ${name}(input: $i) { conversation { crispId } ${UserErrors} } }`,
    { i: input },
  );
  return data[name];
}

describe('conversation requests', () => {
  test('binding purge and feedback requests post to their routes', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const at = { websiteId, conversationId: sessionId };
    const ok = { conversation: { crispId: sessionId }, userErrors: [] };
    expect(await request(gateway, 'requestConversationBindingPurge', at)).toEqual(ok);
    expect(await request(gateway, 'requestConversationFeedback', at)).toEqual(ok);
    expect(callsOf(sandbox, 'website.conversation.request_binding_purge')).toMatchObject([
      { method: 'POST', path: `/website/${websiteId}/conversation/${sessionId}/purge` },
    ]);
    expect(callsOf(sandbox, 'website.conversation.request_feedback')).toMatchObject([
      { method: 'POST', path: `/website/${websiteId}/conversation/${sessionId}/feedback` },
    ]);
  });

  test('scheduleConversationReminder sends the date as ISO 8601, and refuses a past one', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const date = new Date(Date.now() + 86_400_000).toISOString();
    const payload = await request(gateway, 'scheduleConversationReminder', {
      websiteId,
      conversationId: sessionId,
      date,
      note: 'Call back about the invoice',
      user: { type: 'WEBSITE', nickname: 'Support' },
    });
    expect(payload).toEqual({ conversation: { crispId: sessionId }, userErrors: [] });
    expect(callsOf(sandbox, 'website.conversation.schedule_reminder')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${websiteId}/conversation/${sessionId}/reminder`,
        body: {
          date,
          note: 'Call back about the invoice',
          user: { type: 'website', nickname: 'Support' },
        },
      },
    ]);

    sandbox.resetCalls();
    const past = await request(gateway, 'scheduleConversationReminder', {
      websiteId,
      conversationId: sessionId,
      date: '2020-01-01T00:00:00Z',
      note: 'Too late',
    });
    expect(past).toEqual({
      conversation: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'date'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });

  test('reportConversation sends its flag; a missing conversation is NOT_FOUND, a bad flag is refused', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const payload = await request(gateway, 'reportConversation', {
      websiteId,
      conversationId: sessionId,
      flag: 'spam',
    });
    expect(payload).toEqual({ conversation: { crispId: sessionId }, userErrors: [] });
    expect(callsOf(sandbox, 'website.conversation.report')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${websiteId}/conversation/${sessionId}/report`,
        body: { flag: 'spam' },
      },
    ]);
    const missing = await request(gateway, 'reportConversation', {
      websiteId,
      conversationId: 'session_00000000-0000-4000-8000-000000000000',
      flag: 'spam',
    });
    expect(missing).toEqual({
      conversation: null,
      userErrors: [{ code: 'NOT_FOUND', field: null }],
    });
    sandbox.resetCalls();
    const badFlag = await request(gateway, 'reportConversation', {
      websiteId,
      conversationId: sessionId,
      flag: 'Not a flag!',
    });
    expect(badFlag.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'flag'] }]);
    expect(sandbox.calls).toEqual([]);
  });

  test('requestConversationToolCall sends the command and its payload object', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const at = { websiteId, conversationId: sessionId };
    await request(gateway, 'requestConversationToolCall', { ...at, command: 'list_tools' });
    await request(gateway, 'requestConversationToolCall', {
      ...at,
      command: 'lookup_order',
      payload: { order: 'A-1', items: [1, 2] },
    });
    expect(callsOf(sandbox, 'website.conversation.request_tool_call').map((c) => c.body)).toEqual([
      { command: 'list_tools' },
      { command: 'lookup_order', payload: { order: 'A-1', items: [1, 2] } },
    ]);

    // A payload that is not an object fails the JSONObject scalar: a request error, no call.
    sandbox.resetCalls();
    const notObject = await gateway.execute(
      `mutation($i: RequestConversationToolCallInput!) { requestConversationToolCall(input: $i) { ${UserErrors} } }`,
      { i: { ...at, command: 'lookup_order', payload: [1, 2] } },
    );
    expect(notObject.data).toBeUndefined();
    expect(notObject.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls).toEqual([]);
  });
});
