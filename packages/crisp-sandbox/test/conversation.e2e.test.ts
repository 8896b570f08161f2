import type { Raw } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { named, seeded, test } from './support/api.ts';

describe('a conversation’s lifecycle', () => {
  test('a created conversation exists, lists only with include_empty until initiated, and can be removed', async ({
    api,
    websiteId,
    events,
  }) => {
    const created = await api('POST', `/website/${websiteId}/conversation`, {});
    const sessionId = created.data.session_id as string;
    expect(sessionId).toMatch(/^session_[0-9a-f-]{36}$/);
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    expect((await api('HEAD', path)).status).toBe(200);
    expect((await api('GET', path)).data).toMatchObject({
      session_id: sessionId,
      website_id: websiteId,
      state: 'pending',
    });
    const ids = async (query: string) =>
      (
        (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&${query}`))
          .data as Raw[]
      ).map((c) => c.session_id);
    expect(await ids('')).not.toContain(sessionId);
    expect(await ids('include_empty=1')).toContain(sessionId);
    await api('POST', `${path}/initiate`, {});
    expect(await ids('')).toContain(sessionId);
    expect(named(events, 'session:request:initiated')).toEqual([
      { website_id: websiteId, session_id: sessionId, inbox_id: null },
    ]);

    expect((await api('DELETE', path)).status).toBe(200);
    expect(named(events, 'session:removed')).toEqual([
      { website_id: websiteId, session_id: sessionId, inbox_id: null },
    ]);
    expect((await api('HEAD', path)).status).toBe(404);
    const gone = await api('GET', path);
    expect([gone.status, gone.reason]).toEqual([404, 'not_found']);
  });

  test('an unknown session answers 404 not_found on every conversation route', async ({
    api,
    websiteId,
  }) => {
    const path = `/website/${websiteId}/conversation/session_00000000-0000-4000-8000-000000000000`;
    const calls: [string, string, unknown?][] = [
      ['GET', path],
      ['GET', `${path}/messages`],
      [
        'POST',
        `${path}/message`,
        { type: 'text', from: 'operator', origin: 'chat', content: 'hi' },
      ],
      ['GET', `${path}/message/1`],
      ['PATCH', `${path}/state`, { state: 'resolved' }],
      ['GET', `${path}/meta`],
      ['GET', `${path}/pages/1`],
      ['PATCH', `${path}/routing`, { assigned: null }],
      ['DELETE', path],
    ];
    for (const [method, p, body] of calls) {
      const answer = await api(method, p, body);
      expect([method, p, answer.status, answer.reason]).toEqual([method, p, 404, 'not_found']);
    }
  });

  test('state changes read back and publish session:set_state', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId, (x) => x.state !== 'resolved');
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: c.state });
    const changed = await api('PATCH', `${path}/state`, { state: 'resolved' });
    expect([changed.status, changed.reason, changed.data]).toEqual([200, 'updated', {}]);
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: 'resolved' });
    expect((await api('GET', path)).data.waiting_since).toBeUndefined();
    expect(named(events, 'session:set_state')).toEqual([
      { website_id: websiteId, session_id: c.session_id, inbox_id: null, state: 'resolved' },
    ]);
    const bad = await api('PATCH', `${path}/state`, { state: 'closed' });
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('blocking reads back and publishes session:set_block', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId, (x) => !x.is_blocked);
    const path = `/website/${websiteId}/conversation/${c.session_id}/block`;
    expect((await api('GET', path)).data).toEqual({ blocked: false });
    await api('PATCH', path, { blocked: true });
    expect((await api('GET', path)).data).toEqual({ blocked: true });
    expect(
      (await api('GET', `/website/${websiteId}/conversation/${c.session_id}`)).data.is_blocked,
    ).toBe(true);
    expect(named(events, 'session:set_block')).toEqual([
      expect.objectContaining({ session_id: c.session_id, is_blocked: true }),
    ]);
    expect((await api('PATCH', path, {})).status).toBe(400);
  });

  test('routing assigns, reassigns and unassigns, publishing session:set_routing', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const operators = [...sandbox.seed.website(websiteId)!.operators.keys()];
    const c = seeded(sandbox, websiteId, (x) => x.assigned);
    const path = `/website/${websiteId}/conversation/${c.session_id}/routing`;
    const before = c.assigned.user_id as string;
    expect((await api('GET', path)).data).toEqual({ assigned: { user_id: before } });
    const next = operators.find((o) => o !== before)!;
    await api('PATCH', path, { assigned: { user_id: next } });
    expect((await api('GET', path)).data).toEqual({ assigned: { user_id: next } });
    await api('PATCH', path, { assigned: null });
    expect((await api('GET', path)).data).toEqual({ assigned: null });
    expect(
      named(events, 'session:set_routing').map((e) => [e.routing_id, e.previous_routing_id]),
    ).toEqual([
      [next, before],
      [null, next],
    ]);
    const stranger = await api('PATCH', path, {
      assigned: { user_id: '00000000-0000-4000-8000-000000000000' },
    });
    expect([stranger.status, stranger.reason]).toEqual([404, 'not_found']);
  });

  test('metas merge, publish one event per key, and an email of a contact links the conversation', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const website = sandbox.seed.website(websiteId)!;
    const c = seeded(sandbox, websiteId, (x) => !x.people_id);
    const person = [...website.people.values()].find(
      (p) => p.profile.people_id !== c.people_id,
    )!.profile;
    const path = `/website/${websiteId}/conversation/${c.session_id}/meta`;
    const before = (await api('GET', path)).data;
    expect(before.nickname).toBe(c.meta.nickname);
    await api('PATCH', path, {
      nickname: 'Renamed',
      email: person.email,
      segments: ['vip', 'vip', 'beta'],
      data: { plan: 'pro', seats: 12 },
    });
    const after = (await api('GET', path)).data;
    expect(after).toMatchObject({
      nickname: 'Renamed',
      email: person.email,
      segments: ['vip', 'beta'],
    });
    expect(after.data).toEqual({ ...before.data, plan: 'pro', seats: 12 });
    expect(after.device).toEqual(before.device);
    expect(
      (await api('GET', `/website/${websiteId}/conversation/${c.session_id}`)).data.people_id,
    ).toBe(person.people_id);
    expect(events.map((e) => e.event)).toEqual([
      'session:set_nickname',
      'session:set_email',
      'session:set_segments',
      'session:set_data',
      'people:bind:session',
    ]);
    expect(named(events, 'people:bind:session')[0]).toMatchObject({
      session_id: c.session_id,
      people_id: person.people_id,
    });
    expect((await api('PATCH', path, { data: { nested: { no: 1 } } })).status).toBe(400);
  });

  test('pages, events and files list newest first, with an empty page past the end', async ({
    api,
    websiteId,
    sandbox,
  }) => {
    const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find(
      (r) => r.files.length > 0 && r.pages.length > 0,
    )!;
    const path = `/website/${websiteId}/conversation/${record.conversation.session_id}`;
    const pages = (await api('GET', `${path}/pages/1`)).data as Raw[];
    expect(pages).toEqual([...record.pages].reverse());
    expect(pages[0]!.page_url).toMatch(/^https:\/\//);
    expect((await api('GET', `${path}/pages/2`)).data).toEqual([]);
    expect((await api('GET', `${path}/events/1`)).data).toEqual([...record.events].reverse());
    const files = (await api('GET', `${path}/files/1`)).data as Raw[];
    const fileMessages = record.messages.filter((m) => m.type === 'file');
    expect(files.map((f) => f.fingerprint).sort()).toEqual(
      fileMessages.map((m) => m.fingerprint).sort(),
    );
    expect((await api('GET', `${path}/files/2`)).data).toEqual([]);
  });

  test('a transcript goes to the team, or to the visitor when an email is known', async ({
    api,
    websiteId,
    sandbox,
  }) => {
    const anonymous = seeded(sandbox, websiteId, (x) => !x.meta.email);
    const known = seeded(sandbox, websiteId, (x) => x.meta.email);
    const transcript = (c: Raw, body: Raw) =>
      api('POST', `/website/${websiteId}/conversation/${c.session_id}/transcript`, body);
    expect((await transcript(anonymous, { to: 'operator' })).status).toBe(200);
    expect((await transcript(known, { to: 'user' })).status).toBe(200);
    expect(
      (await transcript(anonymous, { to: 'user', email: 'someone@mail.example' })).status,
    ).toBe(200);
    expect((await transcript(anonymous, { to: 'user' })).status).toBe(400);
    expect((await transcript(anonymous, {})).status).toBe(400);
  });

  test('opening a conversation publishes session:set_opened with the operator', async ({
    api,
    websiteId,
    sandbox,
    events,
  }) => {
    const c = seeded(sandbox, websiteId, (x) => x.assigned);
    await api('PATCH', `/website/${websiteId}/conversation/${c.session_id}/open`, { opened: true });
    await api('PATCH', `/website/${websiteId}/conversation/${c.session_id}/open`, {
      opened: false,
    });
    expect(named(events, 'session:set_opened')[0]!.operator.user_id).toBe(c.assigned.user_id);
    expect(named(events, 'session:set_closed')).toHaveLength(1);
  });
});
