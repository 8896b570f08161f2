import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import { closeClients, connected, scopes, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

/** conversationEvents for participants, verification and open views, written through mutations. */

const Events = `subscription ($c: ID) { conversationEvents(conversationId: $c) {
  __typename name
  ... on ConversationParticipantsChangedEvent { conversation { id } participants { type target } }
  ... on ConversationVerificationChangedEvent {
    conversation { id } verification { isVerified verifications { identity } }
  }
  ... on ConversationOpenedEvent { conversation { id } operator { userId } }
} }`;

describe('conversation activity events', () => {
  test('saving participants, updating verification and opening a conversation reach conversationEvents', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    const conversationId = `Conversation:${w1}:${s1}`;
    await connected(gateway.gateway);
    const sub = subscribeWs<{ conversationEvents: Record<string, unknown> }>(gateway.url, Events, {
      c: conversationId,
    });
    await subscribed(gateway.gateway, w1);
    sandbox.resetCalls();
    const participants = [{ type: 'email', target: 'ada@mail.example' }];
    await gateway.executeOk(
      `mutation($i: SaveConversationParticipantsInput!) { saveConversationParticipants(input: $i) { userErrors { code } } }`,
      { i: { conversationId, participants } },
    );
    await gateway.executeOk(
      `mutation($i: UpdateConversationVerificationInput!) { updateConversationVerification(input: $i) { userErrors { code } } }`,
      { i: { conversationId, verified: true } },
    );
    await gateway.executeOk(
      `mutation($i: UpdateConversationOpenStateInput!) { updateConversationOpenState(input: $i) { userErrors { code } } }`,
      { i: { conversationId, opened: true } },
    );
    await waitFor(() => sub.data.length >= 3);
    const record = sandbox.seed.website(w1)!.conversations.get(s1)!;
    const [changed, verified, opened] = sub.data.map((d) => d.conversationEvents);
    expect(changed).toEqual({
      __typename: 'ConversationParticipantsChangedEvent',
      name: 'SESSION_SET_PARTICIPANTS',
      conversation: { id: conversationId },
      participants,
    });
    expect(verified).toEqual({
      __typename: 'ConversationVerificationChangedEvent',
      name: 'SESSION_UPDATE_VERIFY',
      conversation: { id: conversationId },
      verification: {
        isVerified: true,
        verifications: (record.conversation.verifications as { identity: string }[]).map(
          ({ identity }) => ({ identity }),
        ),
      },
    });
    expect(opened).toMatchObject({
      __typename: 'ConversationOpenedEvent',
      name: 'SESSION_SET_OPENED',
      conversation: { id: conversationId },
      operator: { userId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    // Only what the events carry was selected: no read beyond the three writes.
    expect(sandbox.calls.map((c) => c.id)).toEqual([
      'website.conversation.save_participants',
      'website.conversation.update_verify_status',
      'website.conversation.update_open_state',
    ]);
  });
});
