import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code field }`;

describe('calls', () => {
  test('initiateCall posts the mode, and the call then reads as the ongoing one', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const conversationId = `Conversation:${websiteId}:${sessionId}`;
    const Ongoing = `query($id: ID!) { node(id: $id) { ... on Conversation { ongoingCall { id crispId conversation { id } } } } }`;
    const none = await gateway.executeOk(Ongoing, { id: conversationId });
    expect(none.node.ongoingCall).toBeNull();

    const data = await gateway.executeOk(
      `mutation($i: InitiateCallInput!) { initiateCall(input: $i) { call { id crispId } conversation { id } ${UserErrors} } }`,
      { i: { conversationId, mode: 'VIDEO' } },
    );
    const { call } = data.initiateCall;
    expect(call.crispId).toMatch(/^call_/);
    expect(data.initiateCall).toEqual({
      call: { id: `Call:${websiteId}:${sessionId}:${call.crispId}`, crispId: call.crispId },
      conversation: { id: conversationId },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.initiate_call')).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/website/${websiteId}/conversation/${sessionId}/call`,
        body: { mode: 'video' },
      }),
    ]);

    const ongoing = await gateway.executeOk(Ongoing, { id: conversationId });
    expect(ongoing.node.ongoingCall).toEqual({ ...call, conversation: { id: conversationId } });
    expect(callsOf(sandbox, 'website.conversation.get_ongoing_call').at(-1)).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}/call`,
    });
    const byNode = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on Call { crispId } } }`,
      { id: call.id },
    );
    expect(byNode.node).toEqual({ crispId: call.crispId });
  });

  test('transmitCallSignaling patches the call, and abortCall deletes it', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const started = await gateway.executeOk(
      `mutation($i: InitiateCallInput!) { initiateCall(input: $i) { call { id crispId } } }`,
      { i: { websiteId, conversationId: sessionId } },
    );
    const { id, crispId } = started.initiateCall.call;
    expect(callsOf(sandbox, 'website.conversation.initiate_call')[0]!.body).toEqual({
      mode: 'audio',
    });
    const path = `/website/${websiteId}/conversation/${sessionId}/call/${crispId}`;

    const signaled = await gateway.executeOk(
      `mutation($i: TransmitCallSignalingInput!) { transmitCallSignaling(input: $i) { call { id } ${UserErrors} } }`,
      {
        i: {
          websiteId,
          conversationId: sessionId,
          callId: crispId,
          type: 'sdp',
          payload: { type: 'offer', sdp: 'v=0' },
        },
      },
    );
    expect(signaled.transmitCallSignaling).toEqual({ call: { id }, userErrors: [] });
    expect(callsOf(sandbox, 'website.conversation.transmit_call_signaling')).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path,
        body: { type: 'sdp', payload: { type: 'offer', sdp: 'v=0' } },
      }),
    ]);

    const Abort = `mutation($i: AbortCallInput!) { abortCall(input: $i) { abortedCallId conversation { id } ${UserErrors} } }`;
    const aborted = await gateway.executeOk(Abort, { i: { callId: id } });
    expect(aborted.abortCall).toEqual({
      abortedCallId: id,
      conversation: { id: `Conversation:${websiteId}:${sessionId}` },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.abort_call')).toEqual([
      expect.objectContaining({ method: 'DELETE', path, body: {} }),
    ]);
    const again = await gateway.executeOk(Abort, { i: { callId: id } });
    expect(again.abortCall).toEqual({
      abortedCallId: null,
      conversation: null,
      userErrors: [{ code: 'NOT_FOUND', field: null }],
    });
  });

  test('a malformed call id or signaling payload is refused with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const aborted = await gateway.executeOk(
      `mutation($i: AbortCallInput!) { abortCall(input: $i) { ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, callId: 'call_nope' } },
    );
    expect(aborted.abortCall.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'callId'] },
    ]);
    // The JSONObject scalar refuses a non-object while the variables are read: a request error.
    const signaled = await gateway.execute(
      `mutation($i: TransmitCallSignalingInput!) { transmitCallSignaling(input: $i) { ${UserErrors} } }`,
      {
        i: {
          callId: `Call:${websiteId}:${sessionId}:call_8c842203-7ed8-4e29-a608-7cf78a7d2fcc`,
          type: 'sdp',
          payload: ['not', 'an', 'object'],
        },
      },
    );
    expect(signaled.data).toBeUndefined();
    expect(signaled.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'i.payload',
    });
    expect(sandbox.calls).toEqual([]);
  });
});
