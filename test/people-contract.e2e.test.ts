import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/people.ts';
import { callsOf, test } from './support/rest.ts';

describe('contacts as a normalised cache reads them', () => {
  test('a raw people id and a global id reach the same contact', async ({ gateway, sandbox }) => {
    const { websiteId, person } = acme(sandbox);
    const global = `Person:${websiteId}:${person.people_id}`;
    const data = await gateway.executeOk(
      `query($w: ID, $raw: ID, $global: ID, $upper: ID) { website(id: $w) {
        raw: person(id: $raw) { id crispId email }
        global: person(id: $global) { id crispId email }
        upper: person(id: $upper) { id }
      } }`,
      { w: websiteId, raw: person.people_id, global, upper: person.people_id.toUpperCase() },
    );
    const expected = { id: global, crispId: person.people_id, email: person.email };
    expect(data.website.raw).toEqual(expected);
    expect(data.website.global).toEqual(expected);
    expect(data.website.upper).toEqual({ id: global });
    // Both name one loader key: the profile is read once.
    expect(callsOf(sandbox, 'website.people.get_profile')).toHaveLength(1);
  });

  test('a global id of another type is refused as bad input with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, person } = acme(sandbox);
    sandbox.resetCalls();
    const { data, errors } = await gateway.execute(
      `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) { email } } }`,
      { w: websiteId, id: `Visitor:${websiteId}:${person.people_id}` },
    );
    expect(data?.website?.person).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.path).toEqual(['website', 'person']);
    expect(sandbox.calls).toEqual([]);
  });

  test('a fault on one person’s field leaves the rest of a people page with the error path', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, website } = acme(sandbox);
    sandbox.failNext('website.people.get_data', { status: 404, reason: 'not_found' });
    const { data, errors } = await gateway.execute(
      `query($w: ID) { website(id: $w) { people(first: 5) { edges { node { crispId email data } } } } }`,
      { w: websiteId },
    );
    const nodes: { crispId: string; email: string; data: unknown }[] =
      data.website.people.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(5);
    expect(errors).toHaveLength(1);
    const path = errors![0]!.path as (string | number)[];
    expect(path.slice(0, 3)).toEqual(['website', 'people', 'edges']);
    expect(path.slice(4)).toEqual(['node', 'data']);
    const lost = path[3] as number;
    nodes.forEach((node, i) => {
      const record = website.people.get(node.crispId)!;
      expect(node.email).toBe(record.profile.email);
      expect(node.data).toEqual(i === lost ? null : record.data);
    });
    console.log(`people page: ${nodes.length} contacts, 1 lost field at ${path.join('.')}`);
  });

  test('totalCount gives Crisp’s people statistics, and null for a search without asking', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, people, person } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID, $q: String) { website(id: $w) {
        all: people(first: 2) { totalCount edges { node { crispId } } }
        found: people(first: 2, search: $q) { totalCount }
      } }`,
      { w: websiteId, q: person.email },
    );
    expect(data.website.all.totalCount).toBe(people.length);
    expect(data.website.found.totalCount).toBeNull();
    expect(callsOf(sandbox, 'website.people.get_statistics')).toHaveLength(1);
  });

  test('a page size outside 1 to 100 is refused with no call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    sandbox.resetCalls();
    for (const first of [0, 101]) {
      const { errors } = await gateway.execute(
        `query($w: ID, $n: Int) { website(id: $w) { people(first: $n) { edges { cursor } } } }`,
        { w: websiteId, n: first },
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(sandbox.calls).toEqual([]);
  });
});
