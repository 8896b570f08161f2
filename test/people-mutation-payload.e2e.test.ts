import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/people.ts';
import { callsOf, test } from './support/rest.ts';

const errors = 'userErrors { code field }';

describe('removing a contact and writing its timeline, data and subscription', () => {
  test('removePerson sends a DELETE and returns the removed id; a Crisp 404 is a NOT_FOUND userError', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const remove = `mutation($input: RemovePersonInput!) { removePerson(input: $input) { removedPersonId userErrors { code message field } } }`;
    const ok = await gateway.executeOk(remove, {
      input: { websiteId, personId: person.people_id },
    });
    expect(ok.removePerson).toEqual({
      removedPersonId: `Person:${websiteId}:${person.people_id}`,
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.people.remove_profile')[0]).toMatchObject({
      method: 'DELETE',
      path: `/website/${websiteId}/people/profile/${person.people_id}`,
    });
    const again = await gateway.executeOk(remove, {
      input: { websiteId, personId: person.people_id },
    });
    expect(again.removePerson.removedPersonId).toBeNull();
    expect(again.removePerson.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: null }]);
    expect(callsOf(sandbox, 'website.people.remove_profile')).toMatchObject([
      { status: 200 },
      { status: 404 },
    ]);
  });

  test('removePerson by email reads the contact for its id, then removes it by that id', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website, people } = acme(sandbox);
    const { profile } = people[1]!;
    const data = await gateway.executeOk(
      `mutation($input: RemovePersonInput!) { removePerson(input: $input) { removedPersonId ${errors} } }`,
      { input: { websiteId, email: profile.email } },
    );
    expect(data.removePerson).toEqual({
      removedPersonId: `Person:${websiteId}:${profile.people_id}`,
      userErrors: [],
    });
    expect(sandbox.calls.map((c) => [c.id, c.path.split('/').at(-1)])).toEqual([
      ['website.people.get_profile', encodeURIComponent(profile.email)],
      ['website.people.remove_profile', profile.people_id],
    ]);
    expect(website.people.has(profile.people_id)).toBe(false);
  });

  test('addPersonEvent posts one event object', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: AddPersonEventInput!) { addPersonEvent(input: $input) { person { email } ${errors} } }`,
      {
        input: {
          websiteId,
          email: person.email,
          text: 'Upgraded plan',
          data: { plan: 'pro', seats: 5, annual: true },
          color: 'BLUE',
        },
      },
    );
    expect(data.addPersonEvent).toEqual({ person: { email: person.email }, userErrors: [] });
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
    expect(sandbox.calls).toHaveLength(1);
  });

  test('savePersonData returns the data sent; updatePersonData reads the merged data only when selected', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const save = await gateway.executeOk(
      `mutation($input: SavePersonDataInput!) { savePersonData(input: $input) { person { data } } }`,
      { input: { websiteId, personId: person.people_id, data: { plan: 'free' } } },
    );
    expect(save.savePersonData.person.data).toEqual({ plan: 'free' });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.people.save_data']);
    const update = await gateway.executeOk(
      `mutation($input: UpdatePersonDataInput!) { updatePersonData(input: $input) { person { data } } }`,
      { input: { websiteId, personId: person.people_id, data: { seats: 3, trial: false } } },
    );
    expect(update.updatePersonData.person.data).toEqual({ plan: 'free', seats: 3, trial: false });
    const path = `/website/${websiteId}/people/data/${person.people_id}`;
    expect(sandbox.calls.map((c) => [c.id, c.method, c.path, c.body])).toEqual([
      ['website.people.save_data', 'PUT', path, { data: { plan: 'free' } }],
      ['website.people.update_data', 'PATCH', path, { data: { seats: 3, trial: false } }],
      ['website.people.get_data', 'GET', path, undefined],
    ]);
  });

  test('updatePersonSubscription by email sends a PATCH and returns the flag it set', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdatePersonSubscriptionInput!) { updatePersonSubscription(input: $input) { person { subscription { isEmailSubscribed } } } }`,
      { input: { websiteId, email: person.email, subscribed: false } },
    );
    expect(data.updatePersonSubscription.person.subscription).toEqual({ isEmailSubscribed: false });
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.people.update_subscription']);
    expect(callsOf(sandbox, 'website.people.update_subscription')[0]).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/people/subscription/${encodeURIComponent(person.email)}`,
      body: { email: false },
    });
  });

  test('bad input lands in userErrors naming the field, with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const other = sandbox.seed.websites[1]!.website.website_id as string;
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        'personId and email together',
        { personId: person.people_id, email: person.email },
        ['input', 'email'],
      ],
      ['neither personId nor email', {}, ['input', 'personId']],
      ['a malformed personId', { personId: 'not-a-uuid' }, ['input', 'personId']],
      [
        'a global id of another type',
        { personId: `Visitor:${websiteId}:${person.people_id}` },
        ['input', 'personId'],
      ],
      [
        'a global id of another website',
        { websiteId: other, personId: `Person:${websiteId}:${person.people_id}` },
        ['input', 'personId'],
      ],
      [
        'custom data holding a nested object',
        { personId: person.people_id, data: { plan: { name: 'pro' } } },
        ['input', 'data', 'plan'],
      ],
    ];
    for (const [name, target, field] of cases) {
      sandbox.resetCalls();
      const input = { websiteId, data: { plan: 'pro' }, ...target };
      const data = await gateway.executeOk(
        `mutation($input: UpdatePersonDataInput!) { updatePersonData(input: $input) { person { id } userErrors { code field } } }`,
        { input },
      );
      expect(data.updatePersonData, name).toEqual({
        person: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field }],
      });
      expect(sandbox.calls, name).toEqual([]);
    }
  });
});
