import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

/** Upper-cases the Crisp parts of a global id; the type name stays as the schema spells it. */
const upper = (id: string) => {
  const [type, ...parts] = id.split(':');
  return [type, ...parts.map((p) => p.toUpperCase())].join(':');
};

const ById = /* GraphQL */ `
  query ($c: ID!, $m: ID!) {
    c: node(id: $c) { __typename id ... on Conversation { crispId website { id } } }
    m: node(id: $m) { __typename id ... on Message { crispId text conversation { id crispId } } }
  }
`;

describe('conversations and messages as nodes', () => {
  test('node(id) round-trips a Conversation and a Message by the ids the schema gives, in any letter case', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const listed = await gateway.executeOk(
      `query ($w: ID, $s: ID!) { website(id: $w) { conversation(id: $s) {
        id crispId messages(last: 1) { edges { node { id crispId text } } }
      } } }`,
      { w: websiteId, s: sessionId },
    );
    const conversation = listed.website.conversation;
    const message = conversation.messages.edges[0].node;
    const last = records[0]!.messages.at(-1)!;
    expect(conversation.id).toBe(`Conversation:${websiteId}:${sessionId}`);
    expect(message.id).toBe(`Message:${websiteId}:${sessionId}:${last.fingerprint}`);

    for (const [c, m] of [
      [conversation.id, message.id],
      [upper(conversation.id), upper(message.id)],
    ]) {
      sandbox.resetCalls();
      const data = await gateway.executeOk(ById, { c, m });
      expect(data).toEqual({
        c: {
          __typename: 'Conversation',
          id: conversation.id,
          crispId: sessionId,
          website: { id: websiteId },
        },
        m: {
          __typename: 'Message',
          id: message.id,
          crispId: String(last.fingerprint),
          text: message.text,
          conversation: { id: conversation.id, crispId: sessionId },
        },
      });
      // One read each, sent to Crisp in lower case.
      expect(sandbox.calls.map((x) => `${x.id} ${x.path}`).sort()).toEqual([
        `website.conversation.get /website/${websiteId}/conversation/${sessionId}`,
        `website.conversation.get_message /website/${websiteId}/conversation/${sessionId}/message/${last.fingerprint}`,
      ]);
    }
  });

  test('conversation(id:) takes the global id or the raw session id; both, neither or another website’s id are BAD_USER_INPUT with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const otherWebsite = sandbox.seed.websiteIds[1]!;
    const Lookup = `query ($w: ID, $id: ID, $s: String) { website(id: $w) { conversation(id: $id, sessionId: $s) { id } } }`;
    const globalId = `Conversation:${websiteId}:${sessionId}`;
    for (const variables of [{ id: globalId }, { id: sessionId }, { s: sessionId }]) {
      const data = await gateway.executeOk(Lookup, { w: websiteId, ...variables });
      expect(data.website.conversation).toEqual({ id: globalId });
    }
    sandbox.resetCalls();
    for (const [variables, field] of [
      [{ id: globalId, s: sessionId }, 'id'],
      [{}, 'id'],
      [{ id: `Conversation:${otherWebsite}:${sessionId}` }, 'id'],
      [{ id: `Person:${websiteId}:${websiteId}` }, 'id'],
    ] as const) {
      const res = await gateway.execute(Lookup, { w: websiteId, ...variables });
      expect(res.data.website.conversation, JSON.stringify(variables)).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        path: ['website', 'conversation'],
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('a conversation names its website and assignee as objects', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.conversation.assigned?.user_id)!;
    const userId = record.conversation.assigned.user_id as string;
    const data = await gateway.executeOk(
      `query ($w: ID, $s: ID!) { website(id: $w) { conversation(id: $s) {
        website { id name } assignee { userId } assignedUserId
      } } }`,
      { w: websiteId, s: record.conversation.session_id },
    );
    expect(data.website.conversation).toEqual({
      website: { id: websiteId, name: sandbox.seed.websites[0]!.website.name },
      assignee: { userId },
      assignedUserId: userId,
    });
    expect(callsOf(sandbox, 'website.operator.list')).toHaveLength(1);
  });
});
