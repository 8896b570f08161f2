import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { acme, acmeId, call, eventsNamed, useDirectorySandbox } from './support/directory.ts';

useDirectorySandbox();

const people = (path = '') => `/website/${acmeId}/people${path}`;
const newContact = (email: string, extra: Raw = {}) => ({
  email,
  person: { nickname: 'Dana Quinn', ...extra },
});

describe('people', () => {
  test('statistics count the seeded contacts', async () => {
    expect((await call('GET', people('/stats'))).data).toEqual({ total: acme.people.size });
    expect(acme.people.size).toBeGreaterThanOrEqual(38);
  });

  test('profiles list in pages of 20 with full cards, and past the end is []', async () => {
    const first = (await call('GET', people('/profiles/1'))).data as Raw[];
    expect(first).toHaveLength(20);
    const card = first[0]!;
    expect(card.person).toMatchObject({
      nickname: expect.any(String),
      avatar: expect.stringMatching(/^https:/),
      phone: expect.any(String),
      employment: {
        name: expect.any(String),
        title: expect.any(String),
        seniority: expect.any(String),
      },
      geolocation: { country: expect.any(String), coordinates: { latitude: expect.any(Number) } },
    });
    expect(card.company).toMatchObject({
      legal_name: expect.any(String),
      metrics: { employees: expect.any(Number) },
      tags: expect.any(Array),
    });
    const pages = [
      first,
      ...(await Promise.all(
        [2, 3].map(async (n) => (await call('GET', people(`/profiles/${n}`))).data as Raw[]),
      )),
    ];
    expect(pages.flat()).toHaveLength(acme.people.size);
    expect((await call('GET', people('/profiles/9'))).data).toEqual([]);
    expect((await call('GET', people('/profiles/0'))).reason).toBe('invalid_data');
  });

  test('profiles can be searched by text, filtered as JSON and sorted', async () => {
    const someone = [...acme.people.values()][5]!.profile;
    const byText = (
      await call('GET', people(`/profiles/1?search_text=${encodeURIComponent(someone.email)}`))
    ).data as Raw[];
    expect(byText.map((p) => p.people_id)).toEqual([someone.people_id]);

    const filter = JSON.stringify([
      { model: 'people', criterion: 'email', operator: 'eq', query: [someone.email] },
    ]);
    const byFilter = (
      await call('GET', people(`/profiles/1?search_filter=${encodeURIComponent(filter)}`))
    ).data as Raw[];
    expect(byFilter.map((p) => p.people_id)).toEqual([someone.people_id]);

    const vip = JSON.stringify([
      { model: 'people', criterion: 'segments', operator: 'eq', query: ['vip'] },
    ]);
    const vips = (await call('GET', people(`/profiles/1?search_filter=${encodeURIComponent(vip)}`)))
      .data as Raw[];
    expect(vips.length).toBeGreaterThan(0);
    expect(vips.every((p) => p.segments.includes('vip'))).toBe(true);

    const sorted = (
      await call('GET', people('/profiles/1?sort_field=nickname&sort_order=ascending'))
    ).data as Raw[];
    const names = sorted.map((p) => p.person.nickname.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    expect((await call('GET', people('/profiles/1?search_filter=not-json'))).reason).toBe(
      'invalid_data',
    );
  });

  test('suggested segments are counted across contacts', async () => {
    const segments = (await call('GET', people('/suggest/segments/1'))).data as Raw[];
    const vip = [...acme.people.values()].filter((p) => p.profile.segments.includes('vip')).length;
    expect(segments).toContainEqual({ segment: 'vip', count: vip });
    expect((await call('GET', people('/suggest/segments/2'))).data).toEqual([]);
  });

  test('a new profile gets an id, is readable by id and email, and emits people:profile:created', async () => {
    const added = await call(
      'POST',
      people('/profile'),
      newContact('dana.quinn@example.com', { phone: '+1 555 0199' }),
    );
    expect(added.status).toBe(200);
    const id = added.data.people_id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(eventsNamed('people:profile:created')).toEqual([
      expect.objectContaining({
        data: { website_id: acmeId, people_id: id, email: 'dana.quinn@example.com' },
      }),
    ]);
    const byId = (await call('GET', people(`/profile/${id}`))).data;
    const byEmail = (
      await call('GET', people(`/profile/${encodeURIComponent('dana.quinn@example.com')}`))
    ).data;
    expect(byId).toEqual(byEmail);
    expect(byId).toMatchObject({
      people_id: id,
      email: 'dana.quinn@example.com',
      person: { nickname: 'Dana Quinn', phone: '+1 555 0199' },
    });
    expect((await call('HEAD', people(`/profile/${id}`))).status).toBe(200);
    expect(
      (await call('HEAD', people(`/profile/${encodeURIComponent('DANA.QUINN@example.com')}`)))
        .status,
    ).toBe(200);
    expect((await call('HEAD', people('/profile/nobody%40example.com'))).status).toBe(404);
  });

  test('adding a profile with a taken email is refused, and a bad body is invalid_data', async () => {
    const taken = [...acme.people.values()][0]!.profile.email;
    expect(await call('POST', people('/profile'), newContact(taken))).toMatchObject({
      status: 409,
      reason: 'people_exists',
    });
    expect(
      await call('POST', people('/profile'), { email: 'x@example.com', segments: 'vip' }),
    ).toMatchObject({ status: 400, reason: 'invalid_data' });
    expect(
      (await call('POST', people('/profile'), { person: { nickname: 'No Email' } })).reason,
    ).toBe('invalid_data');
  });

  test('PATCH merges the card, PUT replaces it, and both emit people:profile:updated', async () => {
    const id = (
      await call(
        'POST',
        people('/profile'),
        newContact('merge.me@example.com', { phone: '+1 555 0100' }),
      )
    ).data.people_id;
    await call('PATCH', people(`/profile/${id}`), {
      person: { employment: { title: 'CTO' } },
      segments: ['vip'],
    });
    const merged = (await call('GET', people(`/profile/${id}`))).data;
    expect(merged).toMatchObject({
      person: { nickname: 'Dana Quinn', phone: '+1 555 0100', employment: { title: 'CTO' } },
      segments: ['vip'],
    });
    const updated = eventsNamed('people:profile:updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]!.data).toMatchObject({
      website_id: acmeId,
      people_id: id,
      update: { updated_at: merged.updated_at, person: { employment: { title: 'CTO' } } },
    });

    await call('PUT', people(`/profile/${encodeURIComponent('merge.me@example.com')}`), {
      person: { nickname: 'Dana Q.' },
    });
    const replaced = (await call('GET', people(`/profile/${id}`))).data;
    expect(replaced.person).toEqual({ nickname: 'Dana Q.' });
    expect(replaced).toMatchObject({ email: 'merge.me@example.com', segments: [] });
    expect(eventsNamed('people:profile:updated')).toHaveLength(2);

    const other = [...acme.people.values()][1]!.profile.email;
    expect((await call('PATCH', people(`/profile/${id}`), { email: other })).reason).toBe(
      'people_exists',
    );
  });

  test('conversations sharing the email are bound, listed and synced, and released on removal', async () => {
    const email = 'bound.person@example.com';
    const sessionId = 'session_7d0f9a4e-2b1c-4c3d-8e5f-6a7b8c9d0e1f';
    const conversation: Raw = {
      session_id: sessionId,
      website_id: acmeId,
      inbox_id: null,
      state: 'resolved',
      meta: { email },
      updated_at: 1,
    };
    acme.conversations.set(sessionId, {
      conversation,
      messages: [],
      pages: [],
      events: [],
      files: [],
      blocked: false,
    });

    const id = (await call('POST', people('/profile'), newContact(email))).data.people_id;
    expect(conversation.people_id).toBe(id);
    expect(eventsNamed('people:bind:session').map((e) => e.data)).toEqual([
      { website_id: acmeId, session_id: sessionId, inbox_id: null, people_id: id },
    ]);
    expect((await call('GET', people(`/conversations/${id}/list/1`))).data).toEqual([sessionId]);
    expect(
      (await call('GET', people(`/conversations/${encodeURIComponent(email)}/list/1`))).data,
    ).toEqual([sessionId]);
    expect(
      (await call('GET', people(`/conversations/${id}/list/1?filter_not_resolved=1`))).data,
    ).toEqual([]);
    expect((await call('GET', people(`/conversations/${id}/list/2`))).data).toEqual([]);

    await call('PATCH', people(`/profile/${id}`), { person: { nickname: 'Bound Person' } });
    expect(eventsNamed('people:sync:profile').map((e) => e.data)).toEqual([
      expect.objectContaining({
        session_id: sessionId,
        people_id: id,
        identity: { person: { nickname: 'Bound Person' } },
      }),
    ]);

    expect((await call('DELETE', people(`/profile/${id}`))).status).toBe(200);
    expect(eventsNamed('people:profile:removed').map((e) => e.data)).toEqual([
      { website_id: acmeId, people_id: id, email },
    ]);
    expect(conversation.people_id).toBeUndefined();
    expect((await call('GET', people(`/profile/${id}`))).status).toBe(404);
    expect((await call('HEAD', people(`/profile/${id}`))).status).toBe(404);
    acme.conversations.delete(sessionId);
  });

  test('events are added and listed newest first, by id or email', async () => {
    const person = [...acme.people.values()][2]!;
    const email = encodeURIComponent(person.profile.email);
    expect(
      (
        await call('POST', people(`/events/${email}`), {
          text: 'Requested a demo',
          data: { plan: 'pro' },
          color: 'blue',
        })
      ).status,
    ).toBe(200);
    const listed = (await call('GET', people(`/events/${person.profile.people_id}/list/1`)))
      .data as Raw[];
    expect(listed[0]).toMatchObject({
      text: 'Requested a demo',
      data: { plan: 'pro' },
      color: 'blue',
      timestamp: expect.any(Number),
    });
    expect((await call('GET', people(`/events/${email}/list/5`))).data).toEqual([]);
    expect((await call('POST', people(`/events/${email}`), [{ text: 'array' }])).reason).toBe(
      'invalid_data',
    );
    expect((await call('POST', people(`/events/${email}`), { color: 'red' })).reason).toBe(
      'invalid_data',
    );
  });

  test('data is read, replaced by PUT and merged by PATCH', async () => {
    const person = [...acme.people.values()][3]!;
    const path = people(`/data/${person.profile.people_id}`);
    expect((await call('GET', path)).data).toEqual({ data: person.data });
    await call('PUT', path, { data: { plan: 'pro', seats: 3 } });
    expect((await call('GET', path)).data).toEqual({ data: { plan: 'pro', seats: 3 } });
    await call('PATCH', people(`/data/${encodeURIComponent(person.profile.email)}`), {
      data: { trial: false },
    });
    expect((await call('GET', path)).data).toEqual({
      data: { plan: 'pro', seats: 3, trial: false },
    });
    expect((await call('PATCH', path, { data: { nested: { no: 1 } } })).reason).toBe(
      'invalid_data',
    );
    expect((await call('GET', people('/data/missing%40example.com'))).status).toBe(404);
  });

  test('the email subscription can be switched off, which emits email:subscribe', async () => {
    const person = [...acme.people.values()].find((p) => p.subscribed)!;
    const path = people(`/subscription/${person.profile.people_id}`);
    expect((await call('GET', path)).data).toEqual({ email: true });
    await call('PATCH', path, { email: false });
    expect((await call('GET', path)).data).toEqual({ email: false });
    expect(eventsNamed('email:subscribe').map((e) => e.data)).toEqual([
      { website_id: acmeId, email: person.profile.email, subscribed: false },
    ]);
    expect((await call('PATCH', path, { email: 'no' })).reason).toBe('invalid_data');
  });

  test('a batch removes people by id or email (user tier), emitting one removal each', async () => {
    const a = (await call('POST', people('/profile'), newContact('batch.a@example.com'))).data
      .people_id;
    const b = (await call('POST', people('/profile'), newContact('batch.b@example.com'))).data
      .people_id;
    const before = acme.people.size;
    const removed = await call(
      'PATCH',
      `/website/${acmeId}/batch/remove`,
      { people: { profiles: [a, 'batch.b@example.com'] } },
      'user',
    );
    expect(removed.status).toBe(200);
    expect(acme.people.size).toBe(before - 2);
    expect(
      eventsNamed('people:profile:removed')
        .map((e) => e.data.people_id)
        .sort(),
    ).toEqual([a, b].sort());
    expect(
      (
        await call(
          'PATCH',
          `/website/${acmeId}/batch/remove`,
          { people: { profiles: 'x' } },
          'user',
        )
      ).reason,
    ).toBe('invalid_data');
  });
});
