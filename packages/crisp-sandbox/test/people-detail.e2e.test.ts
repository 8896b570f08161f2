import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { acme, acmeId, call, eventsNamed, useDirectorySandbox } from './support/directory.ts';
import { newContact, people } from './support/people.ts';

useDirectorySandbox();

describe('people: bound conversations, events, data, subscription and batch removal', () => {
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
