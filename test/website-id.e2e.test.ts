import { READ_KEY, useSecuredGateways, WRITE_KEY } from './support/auth.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import { post, websiteIds } from './support/secure.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

describe('website, operator and visitor ids', () => {
  test('node(id) resolves a Website, an Operator and a Visitor by the ids the schema gives', async ({
    gateway,
    sandbox,
  }) => {
    const [a] = websiteIds(sandbox);
    const listed = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        id crispId
        operators(first: 1) { edges { node { id crispId } } }
        visitors(first: 1) { edges { node { id crispId } } }
      } }`,
      { w: a },
    );
    const { website } = listed;
    const operator = website.operators.edges[0].node;
    const visitor = website.visitors.edges[0].node;
    expect(website.id).toBe(`Website:${a}`);
    expect(operator.id).toBe(`Operator:${a}:${operator.crispId}`);
    expect(visitor.id).toBe(`Visitor:${a}:${visitor.crispId}`);

    const data = await gateway.executeOk(
      `query($ids: [ID!]!) { nodes(ids: $ids) {
        __typename id
        ... on Website { crispId name }
        ... on Operator { crispId website { crispId } }
        ... on Visitor { crispId website { crispId } conversation { sessionId } }
      } }`,
      { ids: [website.id, operator.id, visitor.id] },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Website', id: website.id, crispId: a, name: 'Acme Support' },
      {
        __typename: 'Operator',
        id: operator.id,
        crispId: operator.crispId,
        website: { crispId: a },
      },
      {
        __typename: 'Visitor',
        id: visitor.id,
        crispId: visitor.crispId,
        website: { crispId: a },
        conversation: { sessionId: visitor.crispId },
      },
    ]);
    console.log(
      `node(id) resolved ${data.nodes.length} nodes: ${data.nodes.map((n: { id: string }) => n.id).join(', ')}`,
    );
  });

  test('website(id:) and a websiteId input take the global id or the raw UUID in any case, and reach the same website', async ({
    gateway,
    sandbox,
  }) => {
    const [a] = websiteIds(sandbox);
    const forms = [a, a.toUpperCase(), `Website:${a}`, `Website:${a.toUpperCase()}`];
    const read = await gateway.executeOk(
      `query { ${forms.map((f, i) => `w${i}: website(id: "${f}") { id crispId name }`).join(' ')} }`,
    );
    for (const i of forms.keys()) {
      expect(read[`w${i}`]).toEqual({ id: `Website:${a}`, crispId: a, name: 'Acme Support' });
    }
    // One read for all four forms: the same loader key.
    expect(sandbox.calls.map((c) => c.route)).toEqual(['GET /website/:website_id']);

    sandbox.resetCalls();
    for (const websiteId of forms) {
      const data = await gateway.executeOk(
        `mutation($input: UpdateWebsiteSettingsInput!) { updateWebsiteSettings(input: $input) {
          website { id } userErrors { code }
        } }`,
        { input: { websiteId, name: 'Acme Help' } },
      );
      expect(data.updateWebsiteSettings).toEqual({
        website: { id: `Website:${a}` },
        userErrors: [],
      });
    }
    expect(sandbox.calls.map((c) => [c.method, c.path])).toEqual(
      forms.map(() => ['PATCH', `/website/${a}/settings`]),
    );
  });

  test('a malformed or foreign-type website id is BAD_USER_INPUT with no call', async ({
    gateway,
    sandbox,
  }) => {
    const [a] = websiteIds(sandbox);
    for (const id of [`Conversation:${a}`, 'Website:nope', `website:${a}`]) {
      const { data, errors } = await gateway.execute(`{ website(id: "${id}") { name } }`);
      expect(data).toEqual({ website: null });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    const data = await gateway.executeOk(
      `mutation($input: UpdateWebsiteSettingsInput!) { updateWebsiteSettings(input: $input) {
        website { id } userErrors { code field }
      } }`,
      { input: { websiteId: `Operator:${a}`, name: 'x' } },
    );
    expect(data.updateWebsiteSettings).toEqual({
      website: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'websiteId'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('access to a website named by its global id', () => {
  const { secured } = useSecuredGateways();

  test('a global id of a website the caller may not use is FORBIDDEN, with no call', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox, { CRISP_RTM_MODE: 'off' });
    const [a, b] = websiteIds(sandbox);
    const ask = async (query: string, variables: Record<string, unknown>, key = READ_KEY) =>
      (await post(gateway.url, { query, variables }, { 'x-api-key': key })).body;

    const mine = await ask('query($id: ID) { website(id: $id) { crispId name } }', {
      id: `Website:${a.toUpperCase()}`,
    });
    expect(mine).toEqual({ data: { website: { crispId: a, name: 'Acme Support' } } });
    sandbox.resetCalls();

    for (const id of [b, `Website:${b}`, `Website:${b.toUpperCase()}`]) {
      const other = await ask('query($id: ID) { website(id: $id) { name } }', { id });
      expect(other.data).toEqual({ website: null });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const node = await ask('query($id: ID!) { node(id: $id) { id } }', { id: `Website:${b}` });
    expect(node.data).toEqual({ node: null });
    expect(node.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await ask(
      `mutation($input: UpdateWebsiteSettingsInput!) { updateWebsiteSettings(input: $input) {
        website { id } userErrors { code }
      } }`,
      { input: { websiteId: `Website:${b}`, name: 'x' } },
      WRITE_KEY,
    );
    expect(write.data.updateWebsiteSettings).toEqual({
      website: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});
