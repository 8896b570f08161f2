import type { Sandbox } from 'crisp-sandbox';
import { describe, expect, test as base } from './support/fixtures.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const people = [...website.people.values()];
  return { website, websiteId: website.website.website_id as string, people, person: people[0]!.profile };
}

// Crisp opens the batch routes to user tokens only.
const userTest = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) => use({ CRISP_RTM_MODE: 'off', CRISP_WEBSITE_ID: acme(sandbox).websiteId }),
});

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

const PERSON_FIELDS = `
  id peopleId websiteId email nickname avatar gender phone address description website timezone
  profiles { type handle url }
  employment { name domain title role seniority }
  geolocation { country region city coordinates { latitude longitude } }
  locales
  company {
    name legalName domain url description timezone phones emails tags
    metrics { employees marketCap raised arr }
    geolocation { country region city coordinates { latitude longitude } }
  }
  segments notepad score active { now last } createdAt updatedAt
`;

const FULL_PROFILE = {
  email: 'ada.lovelace@analytical.example',
  person: {
    nickname: 'Ada Lovelace',
    avatar: 'https://avatars.example/ada.png',
    gender: 'female',
    phone: '+44 20 7946 0000',
    address: '12 St James Square, London',
    website: 'https://ada.example/',
    timezone: 60,
    profiles: [{ type: 'twitter', handle: 'ada', url: 'https://twitter.com/ada' }],
    employment: { name: 'Analytical Engines', domain: 'analytical.example', title: 'Mathematician', role: 'engineering', seniority: 'lead' },
    geolocation: { country: 'gb', region: 'England', city: 'London', coordinates: { latitude: 51.5, longitude: -0.12 } },
    locales: ['en', 'fr'],
  },
  company: {
    name: 'Analytical Engines',
    legalName: 'Analytical Engines Ltd',
    domain: 'analytical.example',
    url: 'https://analytical.example/',
    description: 'Computing machines.',
    timezone: 0,
    phones: ['+44 20 7946 0001'],
    emails: ['hello@analytical.example'],
    geolocation: { country: 'GB', region: 'England', city: 'London', coordinates: { latitude: 51.5, longitude: -0.12 } },
    metrics: { employees: 12, marketCap: 5_000_000_000, raised: 3_000_000, arr: 1_200_000 },
    tags: ['hardware', 'b2b'],
  },
  segments: ['vip', 'beta'],
  notepad: 'Met at the Royal Society.',
  active: '2025-06-01T12:00:00.000Z',
};

/** The snake_case body Crisp should receive for FULL_PROFILE (country codes upper-cased). */
const FULL_BODY = {
  email: 'ada.lovelace@analytical.example',
  person: {
    nickname: 'Ada Lovelace',
    avatar: 'https://avatars.example/ada.png',
    gender: 'female',
    phone: '+44 20 7946 0000',
    address: '12 St James Square, London',
    website: 'https://ada.example/',
    timezone: 60,
    profiles: [{ type: 'twitter', handle: 'ada', url: 'https://twitter.com/ada' }],
    employment: { name: 'Analytical Engines', domain: 'analytical.example', title: 'Mathematician', role: 'engineering', seniority: 'lead' },
    geolocation: { country: 'GB', region: 'England', city: 'London', coordinates: { latitude: 51.5, longitude: -0.12 } },
    locales: ['en', 'fr'],
  },
  company: {
    name: 'Analytical Engines',
    legal_name: 'Analytical Engines Ltd',
    domain: 'analytical.example',
    url: 'https://analytical.example/',
    description: 'Computing machines.',
    timezone: 0,
    phones: ['+44 20 7946 0001'],
    emails: ['hello@analytical.example'],
    geolocation: { country: 'GB', region: 'England', city: 'London', coordinates: { latitude: 51.5, longitude: -0.12 } },
    metrics: { employees: 12, market_cap: 5_000_000_000, raised: 3_000_000, arr: 1_200_000 },
    tags: ['hardware', 'b2b'],
  },
  segments: ['vip', 'beta'],
  notepad: 'Met at the Royal Society.',
  active: Date.parse('2025-06-01T12:00:00.000Z'),
};

describe('reading people', () => {
  test('a person by email reads the profile with the email as an encoded path segment', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $email: Email) { website(id: $w) { person(email: $email) { ${PERSON_FIELDS} } } }`,
      { w: websiteId, email: person.email },
    );
    const p = data.website.person;
    expect(p).toMatchObject({
      peopleId: person.people_id,
      websiteId,
      email: person.email,
      nickname: person.person.nickname,
      gender: person.person.gender,
      timezone: person.person.timezone,
      employment: person.person.employment,
      geolocation: { country: person.person.geolocation.country, city: person.person.geolocation.city },
      locales: person.person.locales,
      company: { name: person.company.name, legalName: person.company.legal_name, metrics: { employees: person.company.metrics.employees } },
      segments: person.segments,
      createdAt: new Date(person.created_at).toISOString(),
    });
    const [call] = callsOf(sandbox, 'website.people.get_profile');
    expect(call).toMatchObject({ method: 'GET', path: `/website/${websiteId}/people/profile/${encodeURIComponent(person.email)}` });
    expect(call!.path).toContain('%40');
  });

  test('a person referenced twice in one query is fetched once', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $id: ID) { website(id: $w) {
        a: person(id: $id) { nickname } b: person(id: $id) { email }
      } }`,
      { w: websiteId, id: person.people_id },
    );
    expect(data.website).toEqual({ a: { nickname: person.person.nickname }, b: { email: person.email } });
    expect(callsOf(sandbox, 'website.people.get_profile')).toHaveLength(1);
  });

  test('the Person node id reads the profile back through node()', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const first = await gateway.executeOk(`query($w: ID, $id: ID) { website(id: $w) { person(id: $id) { id } } }`, { w: websiteId, id: person.people_id });
    const data = await gateway.executeOk(`query($id: ID!) { node(id: $id) { ... on Person { peopleId email } } }`, { id: first.website.person.id });
    expect(data.node).toEqual({ peopleId: person.people_id, email: person.email });
  });

  test('the people connection sends the search, sort and filter as query parameters and primes the person loader', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const segment = person.segments[0] as string;
    const data = await gateway.executeOk(
      `query($w: ID, $filter: [PeopleFilterInput!], $pid: ID) { website(id: $w) {
        people(first: 3, sortField: "created_at", sortOrder: ASC, searchOperator: AND, filter: $filter) {
          edges { cursor node { peopleId segments } } pageInfo { hasNextPage endCursor }
        }
        person(id: $pid) { peopleId }
      } }`,
      { w: websiteId, filter: [{ criterion: 'segments', operator: 'EQ', query: [segment] }], pid: person.people_id },
    );
    const edges = data.website.people.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(e.node.segments).toContain(segment);
    const [call] = callsOf(sandbox, 'website.people.list_profiles');
    expect(call).toMatchObject({ method: 'GET', path: `/website/${websiteId}/people/profiles/1` });
    expect(call!.query).toMatchObject({ sort_field: 'created_at', sort_order: 'ascending', search_operator: 'and' });
    expect(JSON.parse(call!.query.search_filter!)).toEqual([{ model: 'people', criterion: 'segments', operator: 'eq', query: [segment] }]);
    expect(callsOf(sandbox, 'website.people.list_profiles')).toHaveLength(1);
  });

  test('paging walks Crisp pages: the second window starts at the cursor', async ({ gateway, sandbox }) => {
    const { websiteId, people } = acme(sandbox);
    const query = `query($w: ID, $after: String) { website(id: $w) { people(first: 15, after: $after) { edges { node { peopleId } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const one = await gateway.executeOk(query, { w: websiteId });
    const two = await gateway.executeOk(query, { w: websiteId, after: one.website.people.pageInfo.endCursor });
    const ids = [...one.website.people.edges, ...two.website.people.edges].map((e: { node: { peopleId: string } }) => e.node.peopleId);
    expect(new Set(ids).size).toBe(30);
    expect(two.website.people.pageInfo).toMatchObject({ hasNextPage: people.length > 30, hasPreviousPage: true });
    // Positions 16–30 span Crisp pages 1 and 2.
    expect(callsOf(sandbox, 'website.people.list_profiles').map((c) => c.path.split('/').at(-1))).toEqual(['1', '1', '2']);
  });

  test('search text goes to search_text', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(`query($w: ID, $q: String) { website(id: $w) { people(first: 5, search: $q) { edges { node { email } } } } }`, {
      w: websiteId,
      q: person.email,
    });
    expect(data.website.people.edges.map((e: { node: { email: string } }) => e.node.email)).toContain(person.email);
    expect(callsOf(sandbox, 'website.people.list_profiles')[0]!.query).toMatchObject({ search_text: person.email });
  });

  test('events, data, subscription and conversations read their own routes', async ({ gateway, sandbox }) => {
    const { websiteId, website, person } = acme(sandbox);
    const record = website.people.get(person.people_id)!;
    const data = await gateway.executeOk(
      `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) {
        events(first: 5) { edges { node { text color data timestamp } } }
        data
        subscription { email }
        conversations(first: 5) { edges { node { sessionId } } }
      } } }`,
      { w: websiteId, id: person.people_id },
    );
    const p = data.website.person;
    expect(p.events.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(record.events.slice(0, 5).map((e) => e.text));
    expect(p.data).toEqual(record.data);
    expect(p.subscription).toEqual({ email: record.subscribed });
    const path = `/website/${websiteId}/people`;
    expect(callsOf(sandbox, 'website.people.list_events')[0]).toMatchObject({ method: 'GET', path: `${path}/events/${person.people_id}/list/1` });
    expect(callsOf(sandbox, 'website.people.get_data')[0]).toMatchObject({ method: 'GET', path: `${path}/data/${person.people_id}` });
    expect(callsOf(sandbox, 'website.people.get_subscription')[0]).toMatchObject({ method: 'GET', path: `${path}/subscription/${person.people_id}` });
    expect(callsOf(sandbox, 'website.people.list_conversations')[0]).toMatchObject({ method: 'GET', path: `${path}/conversations/${person.people_id}/list/1` });
    // Session ids alone answer `sessionId`: no conversation is read.
    expect(callsOf(sandbox, 'website.conversation.get')).toHaveLength(0);
  });

  test('personExists answers through HEAD, false for an unknown email', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $a: String!, $b: String!) { website(id: $w) { yes: personExists(idOrEmail: $a) no: personExists(idOrEmail: $b) } }`,
      { w: websiteId, a: person.email, b: 'nobody@nowhere.example' },
    );
    expect(data.website).toEqual({ yes: true, no: false });
    const calls = callsOf(sandbox, 'website.people.check_profile_exists');
    expect(calls.map((c) => [c.method, c.path])).toEqual(
      expect.arrayContaining([
        ['HEAD', `/website/${websiteId}/people/profile/${encodeURIComponent(person.email)}`],
        ['HEAD', `/website/${websiteId}/people/profile/nobody%40nowhere.example`],
      ]),
    );
  });

  test('statistics and suggested segments', async ({ gateway, sandbox }) => {
    const { websiteId, people } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { peopleStatistics { total } suggestedPeopleSegments(first: 3) { edges { node { segment count } } } } }`,
      { w: websiteId },
    );
    expect(data.website.peopleStatistics).toEqual({ total: people.length });
    expect(data.website.suggestedPeopleSegments.edges.length).toBeGreaterThan(0);
    expect(callsOf(sandbox, 'website.people.get_statistics')[0]).toMatchObject({ method: 'GET', path: `/website/${websiteId}/people/stats` });
    expect(callsOf(sandbox, 'website.people.list_suggested_segments')[0]).toMatchObject({ method: 'GET', path: `/website/${websiteId}/people/suggest/segments/1` });
  });
});

describe('writing people', () => {
  test('createPerson sends every profile field of the module as Crisp’s snake_case body', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
        __typename ... on MutationCreatePersonSuccess { data { ${PERSON_FIELDS} } }
      } }`,
      { input: { websiteId, ...FULL_PROFILE } },
    );
    const [call] = callsOf(sandbox, 'website.people.add_profile');
    expect(call).toMatchObject({ method: 'POST', path: `/website/${websiteId}/people/profile`, body: FULL_BODY });
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

  test('createPerson with an email another contact uses comes back as ConflictError', async ({ gateway, sandbox }) => {
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

  test('updatePerson by email sends a PATCH with only the fields given', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ... on MutationUpdatePersonSuccess { data { nickname notepad email } } } }`,
      { input: { websiteId, email: person.email, profile: { person: { nickname: 'Renamed' }, notepad: 'Call back' } } },
    );
    expect(data.updatePerson.data).toEqual({ nickname: 'Renamed', notepad: 'Call back', email: person.email });
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
      { input: { websiteId, peopleId: person.people_id, profile: { ...profile, email: person.email } } },
    );
    expect(data.savePerson.data).toEqual({ peopleId: person.people_id, nickname: 'Ada Lovelace' });
    const [call] = callsOf(sandbox, 'website.people.save_profile');
    expect(call).toMatchObject({ method: 'PUT', path: `/website/${websiteId}/people/profile/${person.people_id}`, body: { ...FULL_BODY, email: person.email } });
  });

  test('removePerson sends a DELETE; a missing person comes back as NotFoundError', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const remove = `mutation($input: RemovePersonInput!) { removePerson(input: $input) { __typename ... on MutationRemovePersonSuccess { data } ... on Error { code } } }`;
    const ok = await gateway.executeOk(remove, { input: { websiteId, peopleId: person.people_id } });
    expect(ok.removePerson).toEqual({ __typename: 'MutationRemovePersonSuccess', data: true });
    expect(callsOf(sandbox, 'website.people.remove_profile')[0]).toMatchObject({ method: 'DELETE', path: `/website/${websiteId}/people/profile/${person.people_id}` });
    const again = await gateway.executeOk(remove, { input: { websiteId, peopleId: person.people_id } });
    expect(again.removePerson.__typename).toBe('NotFoundError');
  });

  test('addPersonEvent posts one event object', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: AddPersonEventInput!) { addPersonEvent(input: $input) { ... on MutationAddPersonEventSuccess { data } } }`,
      { input: { websiteId, email: person.email, text: 'Upgraded plan', data: { plan: 'pro', seats: 5, annual: true }, color: 'blue' } },
    );
    expect(data.addPersonEvent.data).toBe(true);
    const [call] = callsOf(sandbox, 'website.people.add_event');
    expect(call).toMatchObject({ method: 'POST', path: `/website/${websiteId}/people/events/${encodeURIComponent(person.email)}` });
    // Crisp's body is exactly {text, data, color}: the target travels in the path only.
    expect(call!.body).toEqual({ text: 'Upgraded plan', data: { plan: 'pro', seats: 5, annual: true }, color: 'blue' });
  });

  test('savePersonData sends a PUT and updatePersonData a PATCH, both wrapped in {data}', async ({ gateway, sandbox }) => {
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
    expect(callsOf(sandbox, 'website.people.save_data')[0]).toMatchObject({ method: 'PUT', path, body: { data: { plan: 'free' } } });
    expect(callsOf(sandbox, 'website.people.update_data')[0]).toMatchObject({ method: 'PATCH', path, body: { data: { seats: 3, trial: false } } });
  });

  test('updatePersonSubscription by email sends a PATCH with the email flag', async ({ gateway, sandbox }) => {
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

  userTest('batchRemovePeople sends PATCH /batch/remove with a people selector', async ({ gateway, sandbox }) => {
    const { websiteId, website, people } = acme(sandbox);
    const ids = people.slice(0, 2).map((p) => p.profile.people_id as string);
    const data = await gateway.executeOk(
      `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { ... on MutationBatchRemovePeopleSuccess { data } } }`,
      { input: { websiteId, peopleIds: ids } },
    );
    expect(data.batchRemovePeople.data).toBe(true);
    expect(sandbox.calls.find((c) => c.route.includes('/batch/remove'))).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/batch/remove`,
      body: { people: { profiles: ids } },
    });
    for (const id of ids) expect(website.people.has(id)).toBe(false);
  });

  userTest('batchRemovePeople by search sends the filter and its operator', async ({ gateway, sandbox }) => {
    const { websiteId, website, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { ... on MutationBatchRemovePeopleSuccess { data } } }`,
      { input: { websiteId, filter: [{ criterion: 'email', operator: 'EQ', query: [person.email] }], searchOperator: 'OR' } },
    );
    expect(data.batchRemovePeople.data).toBe(true);
    expect(sandbox.calls[0]).toMatchObject({
      method: 'PATCH',
      path: `/website/${websiteId}/batch/remove`,
      body: { people: { search: { filter: [{ model: 'people', criterion: 'email', operator: 'eq', query: [person.email] }], operator: 'or' } } },
    });
    expect(website.people.has(person.people_id)).toBe(false);
  });

  test('batchRemovePeople with a plugin token comes back as ForbiddenError', async ({ gateway, sandbox }) => {
    const { websiteId, people } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: BatchRemovePeopleInput!) { batchRemovePeople(input: $input) { __typename ... on Error { code } } }`,
      { input: { websiteId, peopleIds: [people[0]!.profile.people_id] } },
    );
    expect(data.batchRemovePeople).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(sandbox.calls).toMatchObject([{ method: 'PATCH', path: `/website/${websiteId}/batch/remove`, status: 403 }]);
  });
});

describe('bad input is refused before any upstream call', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['a malformed email', `query($w: ID, $e: Email) { website(id: $w) { person(email: $e) { nickname } } }`, { e: 'not-an-email' }, 'e'],
    [
      'a three-letter country code',
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }`,
      { input: { email: 'a@b.example', person: { geolocation: { country: 'FRA' } } } },
      'input.person.geolocation.country',
    ],
    [
      'a malformed locale',
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }`,
      { input: { email: 'a@b.example', person: { locales: ['en', 'not a locale'] } } },
      'input.person.locales[1]',
    ],
    [
      'custom data holding a nested object',
      `mutation($input: UpdatePersonDataInput!) { updatePersonData(input: $input) { __typename } }`,
      { input: { email: 'a@b.example', data: { plan: { name: 'pro' } } } },
      'input.data.plan',
    ],
    ['both id and email', `query($w: ID, $e: Email, $i: ID) { website(id: $w) { person(id: $i, email: $e) { nickname } } }`, { e: 'a@b.example', i: '7d9c3f4e-1b2a-4c5d-8e6f-0a1b2c3d4e5f' }, 'id'],
    ['neither id nor email', `query($w: ID) { website(id: $w) { person { nickname } } }`, {}, 'id'],
    [
      'an update naming no contact',
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }`,
      { input: { profile: { notepad: 'x' } } },
      'input.peopleId',
    ],
  ];

  for (const [name, query, variables, field] of cases) {
    test(`${name} → BAD_USER_INPUT naming ${field}, zero REST calls`, async ({ gateway, sandbox }) => {
      const { websiteId } = acme(sandbox);
      const input = variables.input as Record<string, unknown> | undefined;
      const vars = input ? { ...variables, input: { websiteId, ...input } } : { w: websiteId, ...variables };
      sandbox.resetCalls();
      const { data, errors } = await gateway.execute(query, vars);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.field).toBe(field);
      expect(data?.website?.person ?? null).toBeNull();
      expect(sandbox.calls).toEqual([]);
    });
  }
});
