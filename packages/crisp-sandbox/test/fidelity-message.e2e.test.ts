import { describe, expect } from 'vitest';
import { messageScope, uncovered } from './fidelity-scope.ts';
import { succeeded, test } from './support/fidelity-client.ts';

/**
 * The official Node client (`crisp-api`) against the sandbox: every message route of the seed
 * scope, called through the client's own resource methods, must answer what the client expects
 * and read back what was written.
 */

describe('the official client on messages', () => {
  test('sends, reads back, edits and acknowledges messages', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const { session_id: sessionId } = await crisp.website.createNewConversation(websiteId);
    const s = sessionId!;
    const { fingerprint: visitor } = await crisp.website.sendMessageInConversation(websiteId, s, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Where is my order?',
    });
    const sent = await crisp.website.sendMessageInConversation(websiteId, s, {
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Let me check.',
      fingerprint: 987654321012,
    });
    expect(sent).toEqual({ fingerprint: 987654321012 });
    // A retry with the same fingerprint is not a second message.
    await crisp.website.sendMessageInConversation(websiteId, s, {
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Let me check.',
      fingerprint: 987654321012,
    });
    const picker = await crisp.website.sendMessageInConversation(websiteId, s, {
      type: 'picker',
      from: 'operator',
      origin: 'chat',
      content: {
        id: 'rate',
        text: 'Rate us',
        choices: [{ value: 'good', label: 'Good', selected: false }],
      },
    });

    const messages = await crisp.website.getMessagesInConversation(websiteId, s);
    expect(messages.map((m) => [m.from, m.type, m.content])).toEqual([
      ['user', 'text', 'Where is my order?'],
      ['operator', 'text', 'Let me check.'],
      [
        'operator',
        'picker',
        {
          id: 'rate',
          text: 'Rate us',
          choices: [{ value: 'good', label: 'Good', selected: false }],
        },
      ],
    ]);

    await crisp.website.updateMessageInConversation(
      websiteId,
      s,
      987654321012,
      'Let me check that for you.',
    );
    expect(await crisp.website.getMessageInConversation(websiteId, s, 987654321012)).toMatchObject({
      content: 'Let me check that for you.',
      edited: true,
    });
    const selected = {
      id: 'rate',
      text: 'Rate us',
      choices: [{ value: 'good', label: 'Good', selected: true }],
    };
    await crisp.website.updateMessageInConversation(websiteId, s, picker.fingerprint!, selected);
    expect(
      (await crisp.website.getMessageInConversation(websiteId, s, picker.fingerprint!)).content,
    ).toEqual(selected);

    await crisp.website.composeMessageInConversation(websiteId, s, {
      type: 'start',
      from: 'operator',
      excerpt: 'Typing…',
    });
    expect((await crisp.website.getConversation(websiteId, s)).compose?.operator).toMatchObject({
      type: 'start',
      excerpt: 'Typing…',
    });

    expect((await crisp.website.getConversation(websiteId, s)).unread).toEqual({
      operator: 1,
      visitor: 2,
    });
    await crisp.website.markMessagesReadInConversation(websiteId, s, {
      from: 'operator',
      origin: 'chat',
      fingerprints: [visitor!],
    });
    await crisp.website.markMessagesDeliveredInConversation(websiteId, s, {
      from: 'user',
      origin: 'chat',
      fingerprints: [987654321012],
    });
    expect((await crisp.website.getConversation(websiteId, s)).unread).toEqual({
      operator: 0,
      visitor: 2,
    });
    expect(
      (await crisp.website.getMessageInConversation(websiteId, s, 987654321012)).delivered,
    ).toBe('chat');

    await expect(
      crisp.website.markMessagesReadInConversation(websiteId, s, {
        from: 'operator',
        fingerprints: [visitor!],
      }),
    ).rejects.toMatchObject({ message: 'invalid_data', code: 400 });
    expect(sandbox.seed.website(websiteId)!.conversations.get(s)!.messages).toHaveLength(3);
  });
});

// Runs last (tests of a file run in order): a route dropped from the tests above shows up here.
test('every route of messageScope answered the client with a success', () => {
  expect(uncovered(messageScope, succeeded)).toEqual([]);
});
