import type { Raw } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { named, seeded, test } from './support/api.ts';

describe('messages', () => {
  test('an operator message is stored, read back, and published as message:received', async ({
    api,
    websiteId,
    events,
  }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const sent = await api('POST', `${path}/message`, {
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Hello there',
    });
    expect(sent.status).toBe(200);
    const fingerprint = sent.data.fingerprint as number;
    expect(fingerprint).toBeGreaterThan(2 ** 32);
    const read = await api('GET', `${path}/message/${fingerprint}`);
    expect(read.data).toMatchObject({
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Hello there',
      fingerprint,
      session_id: sessionId,
    });
    expect(named(events, 'message:received')).toEqual([
      expect.objectContaining({ fingerprint, content: 'Hello there', type: 'text' }),
    ]);
    // The team's first reply opens a pending conversation.
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: 'unresolved' });
    const conversation = (await api('GET', path)).data;
    expect(conversation.preview_message).toMatchObject({
      fingerprint,
      excerpt: 'Hello there',
      from: 'operator',
    });
    expect(conversation.unread).toEqual({ operator: 0, visitor: 1 });
  });

  test('a visitor message is published as message:send and reopens a resolved conversation', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId, (x) => x.state === 'resolved');
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    await api('POST', `${path}/message`, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'One more thing',
    });
    expect(named(events, 'message:send')).toEqual([
      expect.objectContaining({
        from: 'user',
        content: 'One more thing',
        session_id: c.session_id,
      }),
    ]);
    expect(named(events, 'session:set_state')).toEqual([
      expect.objectContaining({ state: 'unresolved' }),
    ]);
    const conversation = (await api('GET', path)).data;
    expect(conversation.waiting_since).toBeGreaterThan(0);
    expect(conversation.last_message).toBe('One more thing');
  });

  test('sending twice with the same fingerprint stores one message', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    const body = {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Retried',
      fingerprint: 524653764345,
    };
    const first = await api('POST', `${path}/message`, body);
    const second = await api('POST', `${path}/message`, body);
    expect([first.data, second.data]).toEqual([
      { fingerprint: 524653764345 },
      { fingerprint: 524653764345 },
    ]);
    const record = sandbox.seed.website(websiteId)!.conversations.get(c.session_id)!;
    expect(record.messages.filter((m) => m.fingerprint === 524653764345)).toHaveLength(1);
    expect(named(events, 'message:send')).toHaveLength(1);
  });

  test('every message type can be sent and read back; files and mentions follow', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const operator = [...sandbox.seed.website(websiteId)!.operators.keys()][0]!;
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const bodies: Raw[] = [
      {
        type: 'note',
        from: 'operator',
        origin: 'chat',
        content: 'Check billing',
        mentions: [operator],
      },
      {
        type: 'file',
        from: 'user',
        origin: 'chat',
        content: { name: 'a.png', url: 'https://files.example/a.png', type: 'image/png' },
      },
      {
        type: 'animation',
        from: 'operator',
        origin: 'chat',
        content: { url: 'https://media.example/a.gif', type: 'image/gif' },
      },
      {
        type: 'audio',
        from: 'user',
        origin: 'chat',
        content: { url: 'https://files.example/a.webm', type: 'audio/webm', duration: 4 },
      },
      {
        type: 'picker',
        from: 'operator',
        origin: 'chat',
        content: { id: 'p', text: 'Pick', choices: [{ value: 'a', label: 'A', selected: false }] },
      },
      {
        type: 'field',
        from: 'operator',
        origin: 'chat',
        content: { id: 'f', text: 'Email?', explain: 'Your email' },
      },
      {
        type: 'carousel',
        from: 'operator',
        origin: 'chat',
        content: { text: 'Read', targets: [{ title: 'T', description: 'D', actions: [] }] },
      },
      {
        type: 'event',
        from: 'operator',
        origin: 'chat',
        content: { namespace: 'state:resolved', text: 'Resolved' },
      },
      {
        type: 'text',
        from: 'user',
        origin: 'email',
        content: 'Hi',
        original: { type: 'text/html', content: '<p>Hi</p>' },
      },
    ];
    for (const body of bodies) {
      const { fingerprint } = (await api('POST', `${path}/message`, body)).data;
      const read = (await api('GET', `${path}/message/${fingerprint}`)).data;
      expect(read).toMatchObject({ type: body.type, from: body.from, content: body.content });
    }
    const files = (await api('GET', `${path}/files/1`)).data as Raw[];
    expect(files).toEqual([
      expect.objectContaining({ name: 'a.png', url: 'https://files.example/a.png' }),
    ]);
    expect((await api('GET', path)).data.mentions).toEqual([operator]);
    expect(named(events, 'session:set_mentions')).toEqual([
      expect.objectContaining({ mentions: [operator] }),
    ]);
    expect(named(events, 'message:send').map((e) => e.type)).toEqual(['file', 'audio', 'text']);
    const email = (await api('GET', `${path}/messages`)).data.at(-1);
    const original = await api('GET', `${path}/original/${email.original.original_id}`);
    expect(original.data).toMatchObject({
      type: 'text/html',
      content: '<p>Hi</p>',
      session_id: sessionId,
    });
    expect((await api('GET', `${path}/original/nope`)).status).toBe(404);
  });

  test('a malformed message body answers 400 invalid_data', async ({ api, websiteId, sandbox }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}/message`;
    const cases = [
      { type: 'text', from: 'operator', content: 'no origin' },
      { type: 'text', from: 'operator', origin: 'chat', content: { text: 'object for text' } },
      { type: 'file', from: 'operator', origin: 'chat', content: { name: 'missing url' } },
      { type: 'video', from: 'operator', origin: 'chat', content: 'x' },
    ];
    for (const body of cases) {
      const answer = await api('POST', path, body);
      expect([answer.status, answer.reason]).toEqual([400, 'invalid_data']);
    }
  });
});
