import type { Sandbox } from 'crisp-sandbox';
import { crispRead } from './support/crisp-read.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test, userTest } from './support/rest.ts';

const ofAcme = (sandbox: Sandbox) => sandbox.seed.websites[0]!.website.website_id as string;

describe('people suggestions', () => {
  test('data keys and event names are listed from Crisp’s suggestions, page by page', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = ofAcme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        suggestedPeopleDataKeys(first: 5) { edges { node { key count } } }
        suggestedPeopleEvents(first: 5) { edges { node { text count } } }
      } }`,
      { w: websiteId },
    );
    const [keys] = callsOf(sandbox, 'website.people.list_suggested_data_keys');
    const [events] = callsOf(sandbox, 'website.people.list_suggested_events');
    expect(keys).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/people/suggest/data/1`,
    });
    expect(events).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/people/suggest/events/1`,
    });
    const nodes = (c: { edges: { node: unknown }[] }) => c.edges.map((e) => e.node);
    const base = `/website/${websiteId}/people/suggest`;
    const rawKeys = await crispRead<unknown[]>(sandbox, `${base}/data/1`);
    const rawEvents = await crispRead<unknown[]>(sandbox, `${base}/events/1`);
    expect(nodes(data.website.suggestedPeopleDataKeys)).toEqual(rawKeys.slice(0, 5));
    expect(nodes(data.website.suggestedPeopleEvents)).toEqual(rawEvents.slice(0, 5));
    expect(data.website.suggestedPeopleDataKeys.edges.length).toBeGreaterThan(0);
  });

  test('each delete sends its value in a DELETE body, and the value is no longer suggested', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = ofAcme(sandbox);
    const first = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        suggestedPeopleSegments(first: 1) { edges { node { segment } } }
        suggestedPeopleDataKeys(first: 1) { edges { node { key } } }
        suggestedPeopleEvents(first: 1) { edges { node { text } } }
      } }`,
      { w: websiteId },
    );
    const segment = first.website.suggestedPeopleSegments.edges[0].node.segment;
    const key = first.website.suggestedPeopleDataKeys.edges[0].node.key;
    const text = first.website.suggestedPeopleEvents.edges[0].node.text;
    const cases = [
      ['deleteSuggestedPeopleSegment', 'segment', segment, 'segment', 'delete_suggested_segment'],
      ['deleteSuggestedPeopleDataKey', 'key', key, 'data', 'delete_suggested_data_key'],
      ['deleteSuggestedPeopleEvent', 'text', text, 'event', 'delete_suggested_event'],
    ] as const;
    for (const [field, name, value, path, id] of cases) {
      const Input = `${field[0]!.toUpperCase()}${field.slice(1)}Input`;
      const data = await gateway.executeOk(
        `mutation($i: ${Input}!) { ${field}(input: $i) { website { id } ${name} userErrors { code } } }`,
        { i: { websiteId, [name]: value } },
      );
      expect(data[field]).toEqual({
        website: { id: `Website:${websiteId}` },
        [name]: value,
        userErrors: [],
      });
      expect(callsOf(sandbox, `website.people.${id}`)).toMatchObject([
        {
          method: 'DELETE',
          path: `/website/${websiteId}/people/suggest/${path}`,
          body: { [name]: value },
          status: 200,
        },
      ]);
      // A second delete of the same value finds nothing to delete.
      const again = await gateway.executeOk(
        `mutation($i: ${Input}!) { ${field}(input: $i) { ${name} userErrors { code } } }`,
        { i: { websiteId, [name]: value } },
      );
      expect(again[field]).toEqual({ [name]: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
    const after = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        suggestedPeopleSegments(first: 100) { edges { node { segment } } }
        suggestedPeopleDataKeys(first: 100) { edges { node { key } } }
      } }`,
      { w: websiteId },
    );
    const segments = after.website.suggestedPeopleSegments.edges.map(
      (e: { node: { segment: string } }) => e.node.segment,
    );
    expect(segments).not.toContain(segment);
    expect(
      after.website.suggestedPeopleDataKeys.edges.map((e: { node: { key: string } }) => e.node.key),
    ).not.toContain(key);
  });

  test('an empty value is refused before any call', async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(
      `mutation($i: DeleteSuggestedPeopleSegmentInput!) { deleteSuggestedPeopleSegment(input: $i) { website { id } userErrors { code field } } }`,
      { i: { websiteId: ofAcme(sandbox), segment: '' } },
    );
    expect(data.deleteSuggestedPeopleSegment).toEqual({
      website: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'segment'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('a contact’s campaigns', () => {
  const Campaigns = `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) {
    campaigns(first: 10) { edges { node { name type dispatchedAt occurredAt statistics } } }
  } } }`;

  userTest('lists the campaigns the contact received', async ({ gateway, sandbox }) => {
    const websiteId = ofAcme(sandbox);
    const person = [...sandbox.seed.websites[0]!.people.values()][0]!.profile;
    const data = await gateway.executeOk(Campaigns, { w: websiteId, id: person.people_id });
    const path = `/website/${websiteId}/people/campaigns/${person.people_id}/list/1`;
    expect(callsOf(sandbox, 'website.people.list_campaigns')).toMatchObject([
      { method: 'GET', path },
    ]);
    const raws = await crispRead<Record<string, unknown>[]>(sandbox, path);
    expect(raws.length).toBeGreaterThan(1);
    const at = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);
    expect(data.website.person.campaigns.edges).toEqual(
      raws.map((raw) => ({
        node: {
          name: raw.name,
          type: raw.type,
          dispatchedAt: at(raw.dispatched_at),
          occurredAt: at(raw.occurred_at),
          statistics: raw.statistics,
        },
      })),
    );
  });

  userTest(
    'each campaign leads to the Campaign node, read when its fields are asked',
    async ({ gateway, sandbox }) => {
      const websiteId = ofAcme(sandbox);
      const person = [...sandbox.seed.websites[0]!.people.values()][0]!.profile;
      const data = await gateway.executeOk(
        `query($w: ID, $id: ID) { website(id: $w) { person(id: $id) {
        campaigns(first: 1) { edges { node { name campaign { id crispId name } } } }
      } } }`,
        { w: websiteId, id: person.people_id },
      );
      const [edge] = data.website.person.campaigns.edges;
      const campaignId = edge.node.campaign.crispId;
      expect(edge.node.campaign).toEqual({
        id: `Campaign:${websiteId}:${campaignId}`,
        crispId: campaignId,
        name: edge.node.name,
      });
      expect(callsOf(sandbox, 'website.campaign.get')).toMatchObject([
        { method: 'GET', path: `/website/${websiteId}/campaign/${campaignId}` },
      ]);
    },
  );

  test('is refused for a plugin token without a call', async ({ gateway, sandbox }) => {
    const websiteId = ofAcme(sandbox);
    const person = [...sandbox.seed.websites[0]!.people.values()][0]!.profile;
    const res = await gateway.execute(Campaigns, { w: websiteId, id: person.people_id });
    expect(res.data?.website.person.campaigns).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(callsOf(sandbox, 'website.people.list_campaigns')).toEqual([]);
  });
});
