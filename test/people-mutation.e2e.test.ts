import { describe, expect } from './support/fixtures.ts';
import { acme, PERSON_FIELDS } from './support/people.ts';
import { FULL_BODY, FULL_PROFILE } from './support/people-profile.ts';
import { callsOf, test, userTest } from './support/rest.ts';

describe('writing people', () => {
  test('createPerson sends every profile field of the module as Crisp’s snake_case body', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
        __typename ... on MutationCreatePersonSuccess { data { ${PERSON_FIELDS} } }
      } }`,
      { input: { websiteId, ...FULL_PROFILE } },
    );
    const [call] = callsOf(sandbox, 'website.people.add_profile');
    expect(call).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/people/profile`,
      body: FULL_BODY,
    });
    const created = data.createPerson.data;
    expect(created).toMatchObject({
      email: FULL_PROFILE.email,
      nickname: 'Ada Lovelace',
      geolocation: { country: 'GB', coordinates: { latitude: 51.5, longitude: -0.12 } },
      company: { legalName: 'Analytical Engines Ltd', metrics: { marketCap: 5_000_000_000 } },
      locales: ['en', 'fr'],
      segments: ['vip', 'beta'],
      notepad: 'Met at the Royal Society.',
    });
    expect(sandbox.violations).toEqual([]);
  });

  test('createPerson with an email another contact uses comes back as ConflictError', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on Error { code message } } }`,
      { input: { websiteId, email: person.email, person: { nickname: 'Twin' } } },
    );
    // Crisp's 409 people_exists; its own message, which quotes nothing here, is still not passed on.
    expect(data.createPerson).toEqual({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'Crisp refused the change: it conflicts with an existing resource.',
    });
    expect(callsOf(sandbox, 'website.people.add_profile')).toMatchObject([{ status: 409 }]);
  });

  test('updatePerson by email sends a PATCH with only the fields given', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ... on MutationUpdatePersonSuccess { data { nickname notepad email } } } }`,
      {
        input: {
          websiteId,
          email: person.email,
          profile: { person: { nickname: 'Renamed' }, notepad: 'Call back' },
        },
      },
    );
    expect(data.updatePerson.data).toEqual({
      nickname: 'Renamed',
      notepad: 'Call back',
      email: person.email,
    });
    const [call] = callsOf(sandbox, 'website.people.update_profile');
    expect(call).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/people/profile/${encodeURIComponent(person.email)}`,
      body: { person: { nickname: 'Renamed' }, notepad: 'Call back' },
    });
  });

  test('savePerson sends a PUT with the whole card', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const { email: _, ...profile } = FULL_PROFILE;
    const data = await gateway.executeOk(
      `mutation($input: SavePersonInput!) { savePerson(input: $input) { ... on MutationSavePersonSuccess { data { peopleId nickname } } } }`,
      {
        input: {
          websiteId,
          peopleId: person.people_id,
          profile: { ...profile, email: person.email },
        },
      },
    );
    expect(data.savePerson.data).toEqual({ peopleId: person.people_id, nickname: 'Ada Lovelace' });
    const [call] = callsOf(sandbox, 'website.people.save_profile');
    expect(call).toMatchObject({
      method: 'PUT',
      path: `/website/${websiteId}/people/profile/${person.people_id}`,
      body: { ...FULL_BODY, email: person.email },
    });
  });

  test('removePerson sends a DELETE; a missing person comes back as NotFoundError', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const remove = `mutation($input: RemovePersonInput!) { removePerson(input: $input) { __typename ... on MutationRemovePersonSuccess { data } ... on Error { code } } }`;
    const ok = await gateway.executeOk(remove, {
      input: { websiteId, peopleId: person.people_id },
    });
    expect(ok.removePerson).toEqual({ __typename: 'MutationRemovePersonSuccess', data: true });
    expect(callsOf(sandbox, 'website.people.remove_profile')[0]).toMatchObject({
      method: 'DELETE',
      path: `/website/${websiteId}/people/profile/${person.people_id}`,
    });
    const again = await gateway.executeOk(remove, {
      input: { websiteId, peopleId: person.people_id },
    });
    expect(again.removePerson.__typename).toBe('NotFoundError');
  });

  test('addPersonEvent posts one event object', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: AddPersonEventInput!) { addPersonEvent(input: $input) { ... on MutationAddPersonEventSuccess { data } } }`,
      {
        input: {
          websiteId,
          email: person.email,
          text: 'Upgraded plan',
          data: { plan: 'pro', seats: 5, annual: true },
          color: 'blue',
        },
      },
    );
    expect(data.addPersonEvent.data).toBe(true);
    const [call] = callsOf(sandbox, 'website.people.add_event');
    expect(call).toMatchObject({
      method: 'POST',
      path: `/website/${websiteId}/people/events/${encodeURIComponent(person.email)}`,
    });
    // Crisp's body is exactly {text, data, color}: the target travels in the path only.
    expect(call!.body).toEqual({
      text: 'Upgraded plan',
      data: { plan: 'pro', seats: 5, annual: true },
      color: 'blue',
    });
  });

  test('savePersonData sends a PUT and updatePersonData a PATCH, both wrapped in {data}', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const save = await gateway.executeOk(
      `mutation($input: SavePersonDataInput!) { savePersonData(input: $input) { ... on MutationSavePersonDataSuccess { data } } }`,
      { input: { websiteId, peopleId: person.people_id, data: { plan: 'free' } } },
    );
    expect(save.savePersonData.data).toEqual({ plan: 'free' });
    const update = await gateway.executeOk(
      `mutation($input: UpdatePersonDataInput!) { updatePersonData(input: $input) { ... on MutationUpdatePersonDataSuccess { data } } }`,
      { input: { websiteId, peopleId: person.people_id, data: { seats: 3, trial: false } } },
    );
    expect(update.updatePersonData.data).toEqual({ plan: 'free', seats: 3, trial: false });
    const path = `/website/${websiteId}/people/data/${person.people_id}`;
    expect(callsOf(sandbox, 'website.people.save_data')[0]).toMatchObject({
      method: 'PUT',
      path,
      body: { data: { plan: 'free' } },
    });
    expect(callsOf(sandbox, 'website.people.update_data')[0]).toMatchObject({
      method: 'PATCH',
      path,
      body: { data: { seats: 3, trial: false } },
    });
  });

  test('updatePersonSubscription by email sends a PATCH with the email flag', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdatePersonSubscriptionInput!) { updatePersonSubscription(input: $input) { ... on MutationUpdatePersonSubscriptionSuccess { data { email } } } }`,
      { input: { websiteId, email: person.email, subscribed: false } },
    );
    expect(data.updatePersonSubscription.data).toEqual({ email: false });
    expect(callsOf(sandbox, 'website.people.update_subscription')[0]).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/people/subscription/${encodeURIComponent(person.email)}`,
      body: { email: false },
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
