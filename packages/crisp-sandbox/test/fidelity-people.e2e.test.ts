import { describe, expect, test } from 'vitest';
import { peopleScope } from './fidelity-scope.ts';
import {
  acme,
  acmeId,
  events,
  failure,
  plugin,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) calls each people route through its own resource
 * methods: what it builds must be what the sandbox serves, and what it parses what it answers.
 */
useFidelitySandbox();

describe('people', () => {
  test('getPeopleStatistics, listSuggestedPeopleSegments, listPeopleProfiles with search and filter', async () => {
    expect(await plugin.website.getPeopleStatistics(acmeId)).toEqual({ total: acme.people.size });
    const segments = await plugin.website.listSuggestedPeopleSegments(acmeId, 1);
    expect(segments[0]).toMatchObject({ segment: expect.any(String), count: expect.any(Number) });

    const page1 = await plugin.website.listPeopleProfiles(acmeId, 1);
    expect(page1).toHaveLength(20);
    expect(await plugin.website.listPeopleProfiles(acmeId, 10)).toEqual([]);

    const target = [...acme.people.values()][7]!.profile;
    const byText = await plugin.website.listPeopleProfiles(
      acmeId,
      1,
      undefined,
      undefined,
      undefined,
      undefined,
      target.email,
    );
    expect(byText.map((p) => p.people_id)).toEqual([target.people_id]);
    // The client sends the filter string as is; callers JSON-encode it.
    const filter = JSON.stringify([
      { model: 'people', criterion: 'email', operator: 'eq', query: [target.email] },
    ]);
    const byFilter = await plugin.website.listPeopleProfiles(
      acmeId,
      1,
      'nickname',
      'ascending',
      'and',
      filter,
    );
    expect(byFilter.map((p) => p.people_id)).toEqual([target.people_id]);
  });

  test('listPeopleConversations lists the session ids linked to a contact, most recent first', async () => {
    const linked = [...acme.conversations.values()]
      .map((r) => r.conversation)
      .filter((c) => c.people_id !== undefined);
    const peopleId = linked[0]!.people_id as string;
    const theirs = linked
      .filter((c) => c.people_id === peopleId)
      .sort((a, b) => (b.updated_at as number) - (a.updated_at as number));
    expect(await plugin.website.listPeopleConversations(acmeId, peopleId, 1)).toEqual(
      theirs.map((c) => c.session_id),
    );
    expect(await plugin.website.listPeopleConversations(acmeId, peopleId, 2)).toEqual([]);
  });

  test('the profile lifecycle, by id and by URL-encoded email', async () => {
    const email = 'fidelity.contact@example.com';
    const encoded = encodeURIComponent(email);
    const { people_id: id } = await plugin.website.addNewPeopleProfile(acmeId, {
      email,
      person: { nickname: 'Fidelity Contact' },
    });
    expect(id).toEqual(expect.any(String));
    expect(
      await failure(
        plugin.website.addNewPeopleProfile(acmeId, { email, person: { nickname: 'Again' } }),
      ),
    ).toEqual({ message: 'people_exists', code: 409 });

    await expect(plugin.website.checkPeopleProfileExists(acmeId, encoded)).resolves.toEqual({});
    expect(await plugin.website.getPeopleProfile(acmeId, encoded)).toMatchObject({
      people_id: id,
      email,
    });

    await plugin.website.updatePeopleProfile(acmeId, id!, {
      person: { employment: { title: 'VP Support' } },
      segments: ['vip'],
    });
    expect(await plugin.website.getPeopleProfile(acmeId, id!)).toMatchObject({
      person: { nickname: 'Fidelity Contact', employment: { title: 'VP Support' } },
      segments: ['vip'],
    });
    await plugin.website.savePeopleProfile(acmeId, encoded, {
      email,
      person: { nickname: 'Saved Contact' },
    });
    const saved = await plugin.website.getPeopleProfile(acmeId, id!);
    expect(saved.person).toEqual({ nickname: 'Saved Contact' });
    expect(saved.segments).toEqual([]);

    expect(await plugin.website.listPeopleConversations(acmeId, encoded, 1)).toEqual([]);

    await plugin.website.addPeopleEvent(acmeId, encoded, {
      text: 'Opened the app',
      data: { build: 42 },
      color: 'green',
    });
    expect((await plugin.website.listPeopleEvents(acmeId, id!, 1))[0]).toMatchObject({
      text: 'Opened the app',
      data: { build: 42 },
      color: 'green',
    });

    // The Node client types people data as a flat map; the README's {data: {...}} form also works.
    await plugin.website.savePeopleData(acmeId, id!, { plan: 'pro' });
    await plugin.website.updatePeopleData(acmeId, encoded, { seats: 4 });
    expect(await plugin.website.getPeopleData(acmeId, id!)).toEqual({
      data: { plan: 'pro', seats: 4 },
    });

    expect(await plugin.website.getPeopleSubscriptionStatus(acmeId, id!)).toEqual({ email: true });
    await plugin.website.updatePeopleSubscriptionStatus(acmeId, encoded, { email: false });
    expect(await plugin.website.getPeopleSubscriptionStatus(acmeId, id!)).toEqual({ email: false });

    await plugin.website.removePeopleProfile(acmeId, encoded);
    expect(await failure(plugin.website.checkPeopleProfileExists(acmeId, id!))).toEqual({
      message: 'route_error',
      code: 404,
    });
    expect(await failure(plugin.website.getPeopleProfile(acmeId, id!))).toEqual({
      message: 'not_found',
      code: 404,
    });

    const names = events
      .filter((e) => e.data.people_id === id || e.data.email === email)
      .map((e) => e.event);
    expect(names).toEqual([
      'people:profile:created',
      'people:profile:updated',
      'people:profile:updated',
      'email:subscribe',
      'people:profile:removed',
    ]);
  });

  test('batchRemovePeople removes the listed contacts', async () => {
    const ids: string[] = [];
    for (const email of ['gone.one@example.com', 'gone.two@example.com']) {
      ids.push(
        (await plugin.website.addNewPeopleProfile(acmeId, { email, person: { nickname: email } }))
          .people_id!,
      );
    }
    await user.website.batchRemovePeople(acmeId, { profiles: ids });
    for (const id of ids) expect(acme.people.has(id)).toBe(false);
  });
});

testClientCoverage('peopleScope', peopleScope);
