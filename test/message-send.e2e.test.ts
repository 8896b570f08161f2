import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';
import { test } from './support/rest.ts';

const Send = /* GraphQL */ `
  mutation Send($i: SendMessageInput!) {
    sendMessage(input: $i) {
      message { fingerprint type text content { __typename } }
      conversation { id }
      userErrors { code message field }
    }
  }
`;

describe('sending messages', () => {
  const contents = [
    ['text', { text: 'Hello there' }, 'Hello there'],
    ['note', { note: 'Internal: refund approved' }, 'Internal: refund approved'],
    [
      'file',
      {
        file: {
          name: 'invoice.pdf',
          url: 'https://files.example/invoice.pdf',
          mimeType: 'application/pdf',
        },
      },
      { name: 'invoice.pdf', url: 'https://files.example/invoice.pdf', type: 'application/pdf' },
    ],
    [
      'animation',
      { animation: { url: 'https://media.example/wave.gif', mimeType: 'image/gif' } },
      { url: 'https://media.example/wave.gif', type: 'image/gif' },
    ],
    [
      'audio',
      { audio: { url: 'https://media.example/v.webm', mimeType: 'audio/webm', duration: 12 } },
      { url: 'https://media.example/v.webm', type: 'audio/webm', duration: 12 },
    ],
    [
      'picker',
      {
        picker: {
          pickerId: 'rating',
          text: 'How did we do?',
          choices: [
            {
              value: 'good',
              label: 'Good',
              selected: false,
              action: { type: 'link', target: 'https://example.com/thanks' },
            },
            { value: 'bad', label: 'Bad', selected: false },
          ],
          required: true,
        },
      },
      {
        id: 'rating',
        text: 'How did we do?',
        choices: [
          {
            value: 'good',
            label: 'Good',
            selected: false,
            action: { type: 'link', target: 'https://example.com/thanks' },
          },
          { value: 'bad', label: 'Bad', selected: false },
        ],
        required: true,
      },
    ],
    [
      'field',
      { field: { fieldId: 'email', text: 'Your email?', explain: 'name@example.com' } },
      { id: 'email', text: 'Your email?', explain: 'name@example.com' },
    ],
    [
      'carousel',
      {
        carousel: {
          text: 'Our plans',
          targets: [
            {
              title: 'Pro',
              description: 'For teams',
              actions: [{ label: 'Buy', url: 'https://example.com/pro' }],
            },
          ],
        },
      },
      {
        text: 'Our plans',
        targets: [
          {
            title: 'Pro',
            description: 'For teams',
            actions: [{ label: 'Buy', url: 'https://example.com/pro' }],
          },
        ],
      },
    ],
    [
      'event',
      { event: { namespace: 'state:resolved', text: 'Resolved' } },
      { namespace: 'state:resolved', text: 'Resolved' },
    ],
  ] as const;

  for (const [type, content, wire] of contents) {
    test(`a ${type} message goes out with its type and content, and a fingerprint`, async ({
      gateway,
      sandbox,
    }) => {
      const { websiteId, sessionId, long } = acme(sandbox);
      const data = await gateway.executeOk(Send, {
        i: { websiteId, conversationId: sessionId, from: 'OPERATOR', content },
      });
      const sent = sandbox.calls.find((c) => c.id === 'website.conversation.send_message')!;
      expect(sent).toMatchObject({
        method: 'POST',
        path: `/website/${websiteId}/conversation/${sessionId}/message`,
        status: 200,
      });
      const body = sent.body as {
        type: string;
        content: unknown;
        from: string;
        origin: string;
        fingerprint: number;
      };
      expect(body).toEqual({
        type,
        content: wire,
        from: 'operator',
        origin: 'chat',
        fingerprint: body.fingerprint,
      });
      expect(Number.isSafeInteger(body.fingerprint) && body.fingerprint > 0).toBe(true);
      expect(data.sendMessage.userErrors).toEqual([]);
      expect(data.sendMessage.message.fingerprint).toBe(body.fingerprint);
      expect(data.sendMessage.message.type).toBe(type.toUpperCase());
      expect(data.sendMessage.conversation.id).toBe(`Conversation:${websiteId}:${sessionId}`);
      expect(long.messages.at(-1)!.fingerprint).toBe(body.fingerprint);
    });
  }

  test('every module field of Send a Message travels in the body', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, website } = acme(sandbox);
    const operatorId = [...website.operators.keys()][0]!;
    const input = {
      conversationId: `Conversation:${websiteId}:${sessionId}`,
      content: { note: 'Please check the refund, @team' },
      from: 'OPERATOR',
      origin: 'urn:crisp.im:slack:0',
      // A mention by global id goes out as Crisp's user_id.
      mentions: [`Operator:${websiteId}:${operatorId}`],
      fingerprint: 524653764345,
      user: { type: 'WEBSITE', nickname: 'Support Bot', avatar: 'https://avatars.example/bot.png' },
      original: { type: 'text/html', content: '<p>Please check the refund</p>' },
      translated: false,
      stealth: true,
      automated: true,
    };
    const data = await gateway.executeOk(Send, { i: input });
    expect(data.sendMessage.message.fingerprint).toBe(524653764345);
    expect(sandbox.calls[0]!.body).toEqual({
      type: 'note',
      content: 'Please check the refund, @team',
      from: 'operator',
      origin: 'urn:crisp.im:slack:0',
      mentions: [operatorId],
      fingerprint: 524653764345,
      user: { type: 'website', nickname: 'Support Bot', avatar: 'https://avatars.example/bot.png' },
      original: { type: 'text/html', content: '<p>Please check the refund</p>' },
      translated: false,
      stealth: true,
      automated: true,
    });
    expect(sandbox.violations).toEqual([]);
  });

  test('sending again with the same fingerprint stores one message', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const before = long.messages.length;
    const i = {
      websiteId,
      conversationId: sessionId,
      from: 'VISITOR',
      content: { text: 'Are you there?' },
      fingerprint: 987654321012,
    };
    const first = await gateway.executeOk(Send, { i });
    const retry = await gateway.executeOk(Send, { i });
    expect(retry.sendMessage.message.fingerprint).toBe(first.sendMessage.message.fingerprint);
    expect(long.messages.length).toBe(before + 1);
  });

  test('bad input is refused before any call, naming the field', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const base = { websiteId, conversationId: sessionId, from: 'OPERATOR' };
    // What GraphQL itself refuses before execution stays a request error.
    const requestErrors = [
      [{ ...base, content: { text: 'hi' }, fingerprint: -1 }, 'i.fingerprint'],
      [
        {
          ...base,
          content: {
            text: { name: 'a.pdf', url: 'https://x.example/a.pdf', mimeType: 'application/pdf' },
          },
        },
        'i.content.text',
      ],
      [
        {
          ...base,
          content: {
            text: 'hi',
            file: { name: 'a.pdf', url: 'https://x.example/a.pdf', mimeType: 'application/pdf' },
          },
        },
        'i.content',
      ],
    ] as const;
    for (const [i, field] of requestErrors) {
      const res = await gateway.execute(Send, { i });
      expect(res.data, JSON.stringify(i)).toBeUndefined();
      expect(res.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    // What the input's checks and the resolver refuse lands in the payload.
    const userErrors = [
      [
        {
          ...base,
          content: { file: { name: 'a.pdf', url: 'https://x.example/a.pdf', mimeType: 'pdf' } },
        },
        ['input', 'content', 'file', 'mimeType'],
      ],
      [{ ...base, content: { text: '' } }, ['input', 'content', 'text']],
      [{ ...base, content: { text: 'hi' }, origin: 'fax' }, ['input', 'origin']],
      [
        { ...base, conversationId: 'session_nope', content: { text: 'hi' } },
        ['input', 'conversationId'],
      ],
      [{ ...base, content: { text: 'hi' }, mentions: ['nope'] }, ['input', 'mentions', '0']],
    ] as const;
    for (const [i, field] of userErrors) {
      const data = await gateway.executeOk(Send, { i });
      expect(data.sendMessage, JSON.stringify(i)).toMatchObject({
        message: null,
        conversation: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field }],
      });
    }
    expect(sandbox.calls).toHaveLength(0);
  });

  test('the message built from the input and the answer is the one Crisp stores', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const Fields =
      'fingerprint sessionId type from origin text mentions translated automated edited';
    const data = await gateway.executeOk(
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { ${Fields} } } }`,
      {
        i: {
          websiteId,
          conversationId: sessionId,
          from: 'VISITOR',
          origin: 'email',
          automated: true,
          content: { text: 'Built, not read' },
        },
      },
    );
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.send_message']);
    const sent = data.sendMessage.message;
    const stored = await gateway.executeOk(
      `query($w: ID, $s: String!, $f: Fingerprint!) { website(id: $w) { conversation(sessionId: $s) { message(fingerprint: $f) { ${Fields} } } } }`,
      { w: websiteId, s: sessionId, f: sent.fingerprint },
    );
    expect(sent).toEqual(stored.website.conversation.message);
    expect(sent).toMatchObject({ from: 'VISITOR', text: 'Built, not read', automated: true });
  });
});
