import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { acme, acmeId, call, eventsNamed, useDirectorySandbox } from './support/directory.ts';
import { newContact, people } from './support/people.ts';

useDirectorySandbox();

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
});
