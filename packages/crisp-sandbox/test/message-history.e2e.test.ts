import type { Raw } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { named, seeded, test } from './support/api.ts';

describe('messages after sending: history, edits, typing and receipts', () => {
  test('history walks back in batches of 20 with timestamp_before, answering 206 while more remains', async ({
    api,
    websiteId,
    sandbox,
  }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    for (let i = 0; i < 30; i++) {
      await api('POST', `${path}/message`, {
        type: 'text',
        from: i % 2 ? 'user' : 'operator',
        origin: 'chat',
        content: `line ${i}`,
      });
    }
    const total = sandbox.seed.website(websiteId)!.conversations.get(c.session_id)!.messages.length;
    const seen: Raw[] = [];
    let before: number | undefined;
    for (;;) {
      const batch = await api(
        'GET',
        `${path}/messages${before ? `?timestamp_before=${before}` : ''}`,
      );
      seen.unshift(...(batch.data as Raw[]));
      if (batch.status === 200) break;
      expect(batch.status).toBe(206);
      expect(batch.data).toHaveLength(20);
      before = batch.data[0].timestamp;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((m) => m.fingerprint)).size).toBe(total);
    const times = seen.map((m) => m.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const after = await api('GET', `${path}/messages?timestamp_after=${times.at(-3)}`);
    expect([after.status, after.data.map((m: Raw) => m.content)]).toEqual([
      200,
      ['line 28', 'line 29'],
    ]);
    expect((await api('GET', `${path}/messages?timestamp_before=soon`)).status).toBe(400);
  });

  test('editing a message keeps its type, marks it edited and publishes message:updated', async ({
    api,
    websiteId,
    events,
  }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const text = (
      await api('POST', `${path}/message`, {
        type: 'text',
        from: 'operator',
        origin: 'chat',
        content: 'Helo',
      })
    ).data.fingerprint;
    const picker = (
      await api('POST', `${path}/message`, {
        type: 'picker',
        from: 'operator',
        origin: 'chat',
        content: { id: 'p', text: 'Pick', choices: [] },
      })
    ).data.fingerprint;
    await api('PATCH', `${path}/message/${text}`, { content: 'Hello' });
    expect((await api('GET', `${path}/message/${text}`)).data).toMatchObject({
      content: 'Hello',
      edited: true,
    });
    const choices = [{ value: 'a', label: 'A', selected: true }];
    await api('PATCH', `${path}/message/${picker}`, {
      content: { id: 'p', text: 'Pick', choices },
    });
    expect((await api('GET', `${path}/message/${picker}`)).data.content.choices).toEqual(choices);
    expect(named(events, 'message:updated').map((e) => e.fingerprint)).toEqual([text, picker]);
    const misfit = await api('PATCH', `${path}/message/${text}`, { content: { text: 'object' } });
    expect([misfit.status, misfit.reason]).toEqual([400, 'invalid_data']);
    expect((await api('PATCH', `${path}/message/123`, { content: 'x' })).status).toBe(404);
  });

  test('removing a message publishes message:removed and it is gone', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    const last = c.preview_message.fingerprint as number;
    expect((await api('DELETE', `${path}/message/${last}`)).status).toBe(200);
    expect((await api('GET', `${path}/message/${last}`)).status).toBe(404);
    expect(named(events, 'message:removed')).toEqual([
      expect.objectContaining({ fingerprint: last }),
    ]);
    expect((await api('GET', path)).data.preview_message.fingerprint).not.toBe(last);
  });

  test('typing indicators publish compose events for each side', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    await api('PATCH', `${path}/compose`, { type: 'start', from: 'user', excerpt: 'I have a q' });
    await api('PATCH', `${path}/compose`, { type: 'stop', from: 'operator' });
    expect(named(events, 'message:compose:send')).toEqual([
      expect.objectContaining({ type: 'start', excerpt: 'I have a q' }),
    ]);
    expect(named(events, 'message:compose:receive')).toEqual([
      expect.objectContaining({ type: 'stop' }),
    ]);
    expect((await api('GET', path)).data.compose).toMatchObject({
      visitor: { type: 'start', excerpt: 'I have a q' },
      operator: { type: 'stop' },
    });
    expect((await api('PATCH', `${path}/compose`, { type: 'pause', from: 'user' })).status).toBe(
      400,
    );
  });

  test('read, delivered and unread receipts change counters and publish acknowledgements', async ({
    api,
    websiteId,
    events,
  }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const send = async (from: string) =>
      (await api('POST', `${path}/message`, { type: 'text', from, origin: 'chat', content: from }))
        .data.fingerprint as number;
    const [u1, u2, o1] = [await send('user'), await send('user'), await send('operator')];
    expect((await api('GET', path)).data.unread).toEqual({ operator: 2, visitor: 1 });

    await api('PATCH', `${path}/delivered`, { from: 'user', origin: 'chat', fingerprints: [o1] });
    expect((await api('GET', `${path}/message/${o1}`)).data.delivered).toBe('chat');
    await api('PATCH', `${path}/read`, {
      from: 'operator',
      origin: 'chat',
      fingerprints: [u1, u2],
    });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 0, visitor: 1 });
    await api('PATCH', `${path}/read`, { from: 'user', origin: 'chat', fingerprints: [o1] });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 0, visitor: 0 });
    await api('PATCH', `${path}/unread`, { from: 'operator' });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 1, visitor: 0 });

    expect(named(events, 'message:acknowledge:delivered')).toEqual([
      expect.objectContaining({ fingerprints: [o1], origin: 'chat' }),
    ]);
    expect(named(events, 'message:acknowledge:read:received')).toEqual([
      expect.objectContaining({ fingerprints: [u1, u2] }),
    ]);
    expect(named(events, 'message:acknowledge:read:send')).toEqual([
      expect.objectContaining({ fingerprints: [o1] }),
    ]);
    expect(named(events, 'message:acknowledge:unread:send')).toEqual([
      expect.objectContaining({ fingerprints: [u2] }),
    ]);
    // node-crisp-api#29: origin is required.
    const noOrigin = await api('PATCH', `${path}/read`, { from: 'operator', fingerprints: [u1] });
    expect([noOrigin.status, noOrigin.reason]).toEqual([400, 'invalid_data']);
  });
});
