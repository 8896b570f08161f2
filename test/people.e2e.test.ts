import { describe, expect } from './support/fixtures.ts';
import { acme, PERSON_FIELDS } from './support/people.ts';
import { callsOf, test } from './support/rest.ts';

describe('reading people', () => {
  test('a person by email reads the profile with the email as an encoded path segment', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $email: EmailAddress) { website(id: $w) { person(email: $email) { ${PERSON_FIELDS} } } }`,
      { w: websiteId, email: person.email },
    );
    const p = data.website.person;
    expect(p).toMatchObject({
      id: `Person:${websiteId}:${person.people_id}`,
      crispId: person.people_id,
      website: { id: `Website:${websiteId}` },
      email: person.email,
      nickname: person.person.nickname,
      gender: person.person.gender,
      timezone: person.person.timezone,
      employment: person.person.employment,
      geolocation: {
        country: person.person.geolocation.country,
        city: person.person.geolocation.city,
      },
      locales: person.person.locales,
      company: {
        name: person.company.name,
        legalName: person.company.legal_name,
        metrics: { employees: person.company.metrics.employees },
      },
      segments: person.segments,
      createdAt: new Date(person.created_at).toISOString(),
    });
    const [call] = callsOf(sandbox, 'website.people.get_profile');
    expect(call).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/people/profile/${encodeURIComponent(person.email)}`,
    });
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
    expect(data.website).toEqual({
      a: { nickname: person.person.nickname },
      b: { email: person.email },
    });
    expect(callsOf(sandbox, 'website.people.get_profile')).toHaveLength(1);
  });

  test('the Person node id reads the profile back through node()', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const first = await gateway.executeOk(
      `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) { id } } }`,
      { w: websiteId, id: person.people_id },
    );
    const data = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on Person { crispId email } } }`,
      { id: first.website.person.id },
    );
    expect(data.node).toEqual({ crispId: person.people_id, email: person.email });
  });

  test('the people connection sends the search, sort and filter as query parameters and primes the person loader', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    const segment = person.segments[0] as string;
    const data = await gateway.executeOk(
      `query($w: ID, $filter: [PeopleFilterInput!], $pid: ID) { website(id: $w) {
        people(first: 3, sortField: "created_at", sortOrder: ASC, searchOperator: AND, filter: $filter) {
          edges { cursor node { crispId segments } } pageInfo { hasNextPage endCursor }
        }
        person(id: $pid) { crispId }
      } }`,
      {
        w: websiteId,
        filter: [{ criterion: 'segments', operator: 'EQ', query: [segment] }],
        pid: person.people_id,
      },
    );
    const edges = data.website.people.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(e.node.segments).toContain(segment);
    const [call] = callsOf(sandbox, 'website.people.list_profiles');
    expect(call).toMatchObject({ method: 'GET', path: `/website/${websiteId}/people/profiles/1` });
    expect(call!.query).toMatchObject({
      sort_field: 'created_at',
      sort_order: 'ascending',
      search_operator: 'and',
    });
    expect(JSON.parse(call!.query.search_filter!)).toEqual([
      { model: 'people', criterion: 'segments', operator: 'eq', query: [segment] },
    ]);
    expect(callsOf(sandbox, 'website.people.list_profiles')).toHaveLength(1);
  });

  test('paging walks Crisp pages: the second window starts at the cursor', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, people } = acme(sandbox);
    const query = `query($w: ID, $after: String) { website(id: $w) { people(first: 15, after: $after) { edges { node { crispId } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const one = await gateway.executeOk(query, { w: websiteId });
    const two = await gateway.executeOk(query, {
      w: websiteId,
      after: one.website.people.pageInfo.endCursor,
    });
    const ids = [...one.website.people.edges, ...two.website.people.edges].map(
      (e: { node: { crispId: string } }) => e.node.crispId,
    );
    expect(new Set(ids).size).toBe(30);
    expect(two.website.people.pageInfo).toMatchObject({
      hasNextPage: people.length > 30,
      hasPreviousPage: true,
    });
    // Positions 16–30 span Crisp pages 1 and 2.
    expect(
      callsOf(sandbox, 'website.people.list_profiles').map((c) => c.path.split('/').at(-1)),
    ).toEqual(['1', '1', '2']);
  });

  test('search text goes to search_text', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $q: String) { website(id: $w) { people(first: 5, search: $q) { edges { node { email } } } } }`,
      {
        w: websiteId,
        q: person.email,
      },
    );
    expect(
      data.website.people.edges.map((e: { node: { email: string } }) => e.node.email),
    ).toContain(person.email);
    expect(callsOf(sandbox, 'website.people.list_profiles')[0]!.query).toMatchObject({
      search_text: person.email,
    });
  });

  test('events, data, subscription and conversations read their own routes', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website, person } = acme(sandbox);
    const record = website.people.get(person.people_id)!;
    const data = await gateway.executeOk(
      `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) {
        events(first: 5) { edges { node { text color data timestamp } } }
        data
        subscription { isEmailSubscribed }
        conversations(first: 5) { edges { node { sessionId } } }
      } } }`,
      { w: websiteId, id: person.people_id },
    );
    const p = data.website.person;
    expect(p.events.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(
      record.events.slice(0, 5).map((e) => e.text),
    );
    expect(p.data).toEqual(record.data);
    expect(p.subscription).toEqual({ isEmailSubscribed: record.subscribed });
    const path = `/website/${websiteId}/people`;
    expect(callsOf(sandbox, 'website.people.list_events')[0]).toMatchObject({
      method: 'GET',
      path: `${path}/events/${person.people_id}/list/1`,
    });
    expect(callsOf(sandbox, 'website.people.get_data')[0]).toMatchObject({
      method: 'GET',
      path: `${path}/data/${person.people_id}`,
    });
    expect(callsOf(sandbox, 'website.people.get_subscription')[0]).toMatchObject({
      method: 'GET',
      path: `${path}/subscription/${person.people_id}`,
    });
    expect(callsOf(sandbox, 'website.people.list_conversations')[0]).toMatchObject({
      method: 'GET',
      path: `${path}/conversations/${person.people_id}/list/1`,
    });
    // Session ids alone answer `sessionId`: no conversation is read.
    expect(callsOf(sandbox, 'website.conversation.get')).toHaveLength(0);
  });

  test('personExists answers through HEAD, false for an unknown email', async ({
    gateway,
    sandbox,
  }) => {
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
    expect(callsOf(sandbox, 'website.people.get_statistics')[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/people/stats`,
    });
    expect(callsOf(sandbox, 'website.people.list_suggested_segments')[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/people/suggest/segments/1`,
    });
  });
});

describe('bad input is refused before any upstream call', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'a malformed email',
      `query($w: ID, $e: EmailAddress) { website(id: $w) { person(email: $e) { nickname } } }`,
      { e: 'not-an-email' },
      'e',
    ],
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
      'both id and email',
      `query($w: ID, $e: EmailAddress, $i: ID) { website(id: $w) { person(id: $i, email: $e) { nickname } } }`,
      { e: 'a@b.example', i: '7d9c3f4e-1b2a-4c5d-8e6f-0a1b2c3d4e5f' },
      'id',
    ],
    ['neither id nor email', `query($w: ID) { website(id: $w) { person { nickname } } }`, {}, 'id'],
  ];

  for (const [name, query, variables, field] of cases) {
    test(`${name} → BAD_USER_INPUT naming ${field}, zero REST calls`, async ({
      gateway,
      sandbox,
    }) => {
      const { websiteId } = acme(sandbox);
      const input = variables.input as Record<string, unknown> | undefined;
      const vars = input
        ? { ...variables, input: { websiteId, ...input } }
        : { w: websiteId, ...variables };
      sandbox.resetCalls();
      const { data, errors } = await gateway.execute(query, vars);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.field).toBe(field);
      expect(data?.website?.person ?? null).toBeNull();
      expect(sandbox.calls).toEqual([]);
    });
  }
});
