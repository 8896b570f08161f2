import type { EmittedEvent } from 'crisp-sandbox';
import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

/** What a conversation links to: participants, related conversations, and message originals. */

const Participants = `query($id: ID!) { node(id: $id) { ... on Conversation {
  participants { type target } } } }`;
const Save = `mutation($i: SaveConversationParticipantsInput!) { saveConversationParticipants(input: $i) {
  conversation { participants { type target } } userErrors { code field } } }`;

describe('conversation participants', () => {
  test('participants reads the list, and a save replaces it and announces it', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.conversation.participants.length > 0)!;
    const sessionId = record.conversation.session_id as string;
    const id = `Conversation:${websiteId}:${sessionId}`;
    const read = await gateway.executeOk(Participants, { id });
    expect(read.node.participants).toEqual(record.conversation.participants);
    expect(callsOf(sandbox, 'website.conversation.get_participants')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/conversation/${sessionId}/participants` },
    ]);

    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    const list = [
      { type: 'email', target: 'ada@mail.example' },
      { type: 'email', target: 'grace@mail.example' },
    ];
    const saved = await gateway.executeOk(Save, {
      i: { conversationId: id, participants: list, origin: 'email' },
    });
    expect(saved.saveConversationParticipants).toEqual({
      conversation: { participants: list },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.save_participants')).toMatchObject([
      {
        method: 'PUT',
        path: `/website/${websiteId}/conversation/${sessionId}/participants`,
        body: { participants: list, origin: 'email' },
      },
    ]);
    expect(events.map((e) => [e.event, e.data.participants])).toEqual([
      ['session:set_participants', list],
    ]);
    expect(sandbox.violations).toEqual([]);
  });

  test('an email participant without an email address is refused before any call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(Save, {
      i: {
        websiteId,
        conversationId: sessionId,
        participants: [
          { type: 'email', target: 'ada@mail.example' },
          { type: 'email', target: 'not an address' },
        ],
      },
    });
    expect(data.saveConversationParticipants).toEqual({
      conversation: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'participants', '1', 'target'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('conversation relations', () => {
  test('relations names the parent and the children as conversations', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const [parent, child, other] = records.map((r) => r.conversation.session_id as string);
    sandbox.relateConversations(websiteId, parent!, child!);
    sandbox.relateConversations(websiteId, parent!, other!);
    const Relations = `query($id: ID!) { node(id: $id) { ... on Conversation {
      relations { parent { crispId } children { crispId } } } } }`;
    const ofParent = await gateway.executeOk(Relations, {
      id: `Conversation:${websiteId}:${parent}`,
    });
    expect(ofParent.node.relations).toEqual({
      parent: null,
      children: [{ crispId: child }, { crispId: other }],
    });
    const ofChild = await gateway.executeOk(Relations, {
      id: `Conversation:${websiteId}:${child}`,
    });
    expect(ofChild.node.relations).toEqual({ parent: { crispId: parent }, children: [] });
    expect(callsOf(sandbox, 'website.conversation.get_relations')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/conversation/${parent}/relations` },
      { method: 'GET', path: `/website/${websiteId}/conversation/${child}/relations` },
    ]);
  });
});

describe('message originals', () => {
  test("original follows a message's originalId to the e-mail's HTML", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.messages.some((m) => m.original))!;
    const sessionId = record.conversation.session_id as string;
    const message = record.messages.find((m) => m.original)!;
    const plain = record.messages.find((m) => !m.original)!;
    const Original = `query($a: ID!, $b: ID!) {
      a: node(id: $a) { ... on Message { originalId original { mimeType content headers receivedAt } } }
      b: node(id: $b) { ... on Message { original { content } } } }`;
    const data = await gateway.executeOk(Original, {
      a: `Message:${websiteId}:${sessionId}:${message.fingerprint}`,
      b: `Message:${websiteId}:${sessionId}:${plain.fingerprint}`,
    });
    expect(data.a.originalId).toBe(message.original.original_id);
    expect(data.a.original).toMatchObject({ mimeType: 'text/html', headers: {} });
    expect(data.a.original.content).toMatch(/^<html><body>/);
    expect(data.b.original).toBeNull();
    // Only the message that has an original costs a read of it.
    expect(callsOf(sandbox, 'website.conversation.get_original_message')).toMatchObject([
      {
        method: 'GET',
        path: `/website/${websiteId}/conversation/${sessionId}/original/${message.original.original_id}`,
      },
    ]);
  });
});
