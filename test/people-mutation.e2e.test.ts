import { describe, expect } from './support/fixtures.ts';
import { acme, PERSON_FIELDS } from './support/people.ts';
import { FULL_BODY, FULL_PROFILE } from './support/people-profile.ts';
import { callsOf, test, userTest } from './support/rest.ts';

const errors = 'userErrors { code field }';

describe('writing people', () => {
  test('createPerson sends every profile field of the module as Crisp’s snake_case body', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
        person { ${PERSON_FIELDS} } ${errors}
      } }`,
      { input: { websiteId, ...FULL_PROFILE } },
    );
    const [call] = callsOf(sandbox, 'website.people.add_profile');
    expect(call).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/people/profile`,
      body: FULL_BODY,
    });
    const created = data.createPerson.person;
    const stored = [...sandbox.seed.websites[0]!.people.values()].find(
      (p) => p.profile.email === FULL_PROFILE.email,
    )!;
    expect(data.createPerson.userErrors).toEqual([]);
    expect(created).toMatchObject({
      id: `Person:${websiteId}:${stored.profile.people_id}`,
      crispId: stored.profile.people_id,
      website: { id: websiteId },
      email: FULL_PROFILE.email,
      nickname: 'Ada Lovelace',
      websiteUrl: 'https://ada.example/',
      geolocation: { country: 'GB', coordinates: { latitude: 51.5, longitude: -0.12 } },
      company: { legalName: 'Analytical Engines Ltd', metrics: { marketCap: 5_000_000_000 } },
      locales: ['en', 'fr'],
      segments: ['vip', 'beta'],
      notepad: 'Met at the Royal Society.',
    });
    expect(sandbox.violations).toEqual([]);
  });

  test('createPerson with an email another contact uses comes back as a CONFLICT userError', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { code message field } } }`,
      { input: { websiteId, email: person.email, person: { nickname: 'Twin' } } },
    );
    // Crisp's 409 people_exists; its own message, which quotes nothing here, is still not passed on.
    expect(data.createPerson).toEqual({
      person: null,
      userErrors: [
        {
          code: 'CONFLICT',
          message: 'Crisp refused the change: it conflicts with an existing resource.',
          field: null,
        },
      ],
    });
    expect(callsOf(sandbox, 'website.people.add_profile')).toMatchObject([{ status: 409 }]);
  });

  test('updatePerson by email sends a PATCH with only the fields given and returns them without a read-back', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { nickname notepad email } ${errors} } }`,
      {
        input: {
          websiteId,
          email: person.email,
          profile: { person: { nickname: 'Renamed' }, notepad: 'Call back' },
        },
      },
    );
    expect(data.updatePerson).toEqual({
      person: { nickname: 'Renamed', notepad: 'Call back', email: person.email },
      userErrors: [],
    });
    const [call] = callsOf(sandbox, 'website.people.update_profile');
    expect(call).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/people/profile/${encodeURIComponent(person.email)}`,
      body: { person: { nickname: 'Renamed' }, notepad: 'Call back' },
    });
    // The write alone: the fields it set come from the input.
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.people.update_profile']);
    console.log(`updatePerson by email: ${sandbox.calls.length} Crisp call`);

    // The id needs the people_id Crisp did not answer: one read, by email, when selected.
    sandbox.resetCalls();
    const withId = await gateway.executeOk(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id crispId gender } } }`,
      { input: { websiteId, email: person.email, profile: { notepad: 'Again' } } },
    );
    expect(withId.updatePerson.person).toEqual({
      id: `Person:${websiteId}:${person.people_id}`,
      crispId: person.people_id,
      gender: person.person.gender,
    });
    expect(sandbox.calls.map((c) => c.id)).toEqual([
      'website.people.update_profile',
      'website.people.get_profile',
    ]);
  });

  test('a raw people id and a global id name the same contact in a mutation', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const update = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id notepad } ${errors} } }`;
    const global = `Person:${websiteId}:${person.people_id}`;
    for (const personId of [
      person.people_id,
      global,
      global.replace(websiteId, websiteId.toUpperCase()),
    ]) {
      // A raw id takes its website from the input; a global id carries its own.
      const scope = personId === person.people_id ? { websiteId } : {};
      const data = await gateway.executeOk(update, {
        input: { ...scope, personId, profile: { notepad: personId } },
      });
      expect(data.updatePerson).toEqual({
        person: { id: global, notepad: personId },
        userErrors: [],
      });
    }
    expect(callsOf(sandbox, 'website.people.update_profile').map((c) => c.path)).toEqual(
      Array(3).fill(`/website/${websiteId}/people/profile/${person.people_id}`),
    );
    // Built from the key and the input: no profile read.
    expect(callsOf(sandbox, 'website.people.get_profile')).toEqual([]);
  });

  test('savePerson sends a PUT with the whole card', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const { email: _, ...profile } = FULL_PROFILE;
    const data = await gateway.executeOk(
      `mutation($input: SavePersonInput!) { savePerson(input: $input) { person { crispId nickname } } }`,
      {
        input: {
          websiteId,
          personId: person.people_id,
          profile: { ...profile, email: person.email },
        },
      },
    );
    expect(data.savePerson.person).toEqual({ crispId: person.people_id, nickname: 'Ada Lovelace' });
    const [call] = callsOf(sandbox, 'website.people.save_profile');
    expect(call).toMatchObject({
      method: 'PUT',
      path: `/website/${websiteId}/people/profile/${person.people_id}`,
      body: { ...FULL_BODY, email: person.email },
    });
  });

  userTest(
    'batchRemovePeople sends PATCH /batch/remove with a people selector',
    async ({ gateway, sandbox }) => {
      const { websiteId, website, people } = acme(sandbox);
      const ids = people.slice(0, 2).map((p) => p.profile.people_id as string);
      const globalIds = ids.map((id) => `Person:${websiteId}:${id}`);
      // A global id and a raw people_id (upper case) in one batch.
      const data = await gateway.executeOk(
        `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { website { id } removedPersonIds userErrors { code } } }`,
        { input: { websiteId, personIds: [globalIds[0], ids[1]!.toUpperCase()] } },
      );
      expect(data.batchRemovePeople).toEqual({
        // The website's id is its global id once Website is a node; either way it names it.
        website: { id: expect.stringContaining(websiteId) },
        removedPersonIds: globalIds,
        userErrors: [],
      });
      expect(sandbox.calls.find((c) => c.route.includes('/batch/remove'))).toMatchObject({
        method: 'PATCH',
        path: `/website/${websiteId}/batch/remove`,
        body: { people: { profiles: ids } },
      });
      for (const id of ids) expect(website.people.has(id)).toBe(false);
    },
  );

  userTest(
    'batchRemovePeople by search sends the filter and its operator',
    async ({ gateway, sandbox }) => {
      const { websiteId, website, person } = acme(sandbox);
      const data = await gateway.executeOk(
        `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { website { id } removedPersonIds userErrors { code } } }`,
        {
          input: {
            websiteId,
            filter: [{ criterion: 'email', operator: 'EQ', query: [person.email] }],
            searchOperator: 'OR',
          },
        },
      );
      // Crisp does not say which contacts a search removed.
      expect(data.batchRemovePeople).toEqual({
        // The website's id is its global id once Website is a node; either way it names it.
        website: { id: expect.stringContaining(websiteId) },
        removedPersonIds: null,
        userErrors: [],
      });
      expect(sandbox.calls[0]).toMatchObject({
        method: 'PATCH',
        path: `/website/${websiteId}/batch/remove`,
        body: {
          people: {
            search: {
              filter: [
                { model: 'people', criterion: 'email', operator: 'eq', query: [person.email] },
              ],
              operator: 'or',
            },
          },
        },
      });
      expect(website.people.has(person.people_id)).toBe(false);
    },
  );

  test('batchRemovePeople with a plugin token is a FORBIDDEN userError without a call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, people } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { removedPersonIds userErrors { code } } }`,
      { input: { websiteId, personIds: [people[0]!.profile.people_id] } },
    );
    expect(data.batchRemovePeople).toEqual({
      removedPersonIds: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});
