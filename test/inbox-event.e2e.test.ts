import type { Sandbox } from 'crisp-sandbox';
import { afterEach } from 'vitest';
import { expect, type TestGateway, test } from './support/fixtures.ts';
import { closeClients, connected, scopes, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

/** Subscribes to inbox changes with `selection` on the inbox, then moves a conversation. */
async function moved(gateway: TestGateway, sandbox: Sandbox, selection: string) {
  const { w1, s1 } = scopes(sandbox);
  const inbox = [...sandbox.seed.website(w1)!.inboxes.values()][0]!;
  await connected(gateway.gateway);
  const sub = subscribeWs<{ conversationEvents: Record<string, unknown> }>(
    gateway.url,
    `subscription ($w: ID) { conversationEvents(websiteId: $w) {
      __typename ... on ConversationInboxChangedEvent { conversation { id inbox { ${selection} } } }
    } }`,
    { w: w1 },
  );
  await subscribed(gateway.gateway, w1);
  sandbox.resetCalls();
  sandbox.emit(w1, 'session:set_inbox', {
    website_id: w1,
    session_id: s1,
    inbox_id: inbox.inbox_id,
  });
  await waitFor(() => sub.data.length === 1);
  const conversation = { id: `Conversation:${w1}:${s1}` };
  return { event: sub.data[0]!.conversationEvents, conversation, inbox, w1 };
}

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

test('session:set_inbox carries the conversation with its inbox id, at no call', async ({
  gateway,
  sandbox,
}) => {
  const { event, conversation, inbox, w1 } = await moved(gateway, sandbox, 'id crispId');
  expect(event).toEqual({
    __typename: 'ConversationInboxChangedEvent',
    conversation: {
      ...conversation,
      inbox: { id: `Inbox:${w1}:${inbox.inbox_id}`, crispId: inbox.inbox_id },
    },
  });
  expect(sandbox.calls).toHaveLength(0);
});

test("the moved conversation's inbox reads its own fields once", async ({ gateway, sandbox }) => {
  const { event, conversation, inbox } = await moved(gateway, sandbox, 'crispId name');
  expect(event).toEqual({
    __typename: 'ConversationInboxChangedEvent',
    conversation: { ...conversation, inbox: { crispId: inbox.inbox_id, name: inbox.name } },
  });
  expect(callsOf(sandbox, 'website.inbox.get')).toHaveLength(1);
});
