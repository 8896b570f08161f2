import { CrispClient } from '../src/datasources/crisp-client.ts';
import { AccessDeniedError, guardCrisp } from '../src/request/access.ts';
import {
  ALL_KEY,
  bearer,
  hs256,
  READ_KEY,
  useSecuredGateways,
  WEBSITE,
  WRITE_KEY,
} from './support/auth.ts';
import { describe, expect, test } from './support/fixtures.ts';
import { post, type startSecured, websiteIds } from './support/secure.ts';

const { secured } = useSecuredGateways();

const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { fingerprint } userErrors { code message field } }
}`;

function conversationOf(sandbox: Parameters<typeof startSecured>[0], index: number) {
  const [websiteId, website] = [sandbox.seed.websiteIds[index]!, sandbox.seed.websites[index]!];
  return { websiteId, sessionId: [...website.conversations.keys()][0]! };
}

describe('websites a caller may use', () => {
  test('a token for website A reading website B is FORBIDDEN with no upstream call', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    const queries: [string, Record<string, unknown>][] = [
      [WEBSITE, { id: b }],
      [
        'query ($id: ID!) { website(id: $id) { conversations(first: 5) { edges { node { sessionId } } } } }',
        { id: b },
      ],
      [
        'query ($id: ID!) { website(id: $id) { people(first: 5) { edges { node { email } } } operators { userId } } }',
        { id: b },
      ],
      ['query ($id: ID!) { website(id: $id) { settings { name } } }', { id: b }],
      [
        'query ($input: CrispRequestInput!) { crispRequest(input: $input) { status } }',
        { input: { path: `/website/${b}/operators/list` } },
      ],
      [
        'query ($input: CrispRequestInput!) { crispRequest(input: $input) { status } }',
        { input: { path: '/plugin/connect/websites/all/1' } },
      ],
    ];
    for (const [query, variables] of queries) {
      const { status, body } = await post(gateway.url, { query, variables }, bearer(token));
      expect(status, query).toBe(200);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('relay node ids check the website inside them', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const [a, b] = websiteIds(sandbox);
    const token = await hs256({ websites: [a] });
    const ids = [
      `Conversation:${b}:session_00000000-0000-4000-8000-000000000000`,
      `Person:${b}:00000000-0000-4000-8000-000000000000`,
    ];
    for (const id of ids) {
      const { body } = await post(
        gateway.url,
        { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id } },
        bearer(token),
      );
      expect(body.data.node).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const { body } = await post(
      gateway.url,
      { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } },
      bearer(token),
    );
    expect(body.errors.length).toBeGreaterThan(0);
    expect(
      body.errors.every((e: { extensions: { code: string } }) => e.extensions.code === 'FORBIDDEN'),
    ).toBe(true);
    expect(sandbox.calls).toEqual([]);
  });

  test('websites lists only the caller’s websites, reading nothing of the others', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const { body } = await post(
      gateway.url,
      { query: '{ websites { id name } }' },
      { 'x-api-key': READ_KEY },
    );
    expect(body.data.websites).toEqual([{ id: a, name: 'Acme Support' }]);
    const reads = sandbox.calls.filter((c) => c.route === 'GET /website/:website_id');
    expect(reads.map((c) => c.path)).toEqual([`/website/${a}`]);
  });

  test('a caller allowed every website sees all of them', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { body } = await post(gateway.url, { query: '{ websites { id } }' }, bearer(ALL_KEY));
    expect(body.data.websites).toHaveLength(3);
  });

  test('a write token for website A writing to website B is FORBIDDEN with no upstream call', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 1);
    // By raw id with its website, and by global id alone: the website inside the id is checked.
    for (const named of [
      { websiteId, conversationId: sessionId },
      { conversationId: `Conversation:${websiteId}:${sessionId}` },
    ]) {
      const input = { ...named, from: 'OPERATOR', content: { text: 'hello' } };
      const { body } = await post(
        gateway.url,
        { query: SEND, variables: { input } },
        { 'x-api-key': WRITE_KEY },
      );
      expect(body.data.sendMessage).toMatchObject({
        message: null,
        userErrors: [{ code: 'FORBIDDEN', field: null }],
      });
    }
    const raw = await post(
      gateway.url,
      {
        query:
          'mutation ($input: CrispRequestInput!) { crispRequest(input: $input) { response { status } userErrors { code } } }',
        variables: { input: { method: 'POST', path: `/website/${websiteId}/conversation` } },
      },
      { 'x-api-key': WRITE_KEY },
    );
    expect(raw.body.data.crispRequest).toEqual({
      response: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
    expect(sandbox.calls).toEqual([]);
  });

  test('a write token writes to its own website', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 0);
    const input = {
      websiteId,
      conversationId: sessionId,
      from: 'OPERATOR',
      content: { text: 'hello' },
    };
    const { body } = await post(
      gateway.url,
      { query: SEND, variables: { input } },
      bearer(await hs256({ websites: [websiteId], scope: 'read write' })),
    );
    expect(body.data.sendMessage).toMatchObject({ userErrors: [] });
    expect(body.data.sendMessage.message.fingerprint).toBeGreaterThan(0);
  });

  test('a read-only token cannot write, even to its own website, and nothing reaches Crisp', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const { websiteId, sessionId } = conversationOf(sandbox, 0);
    const input = {
      websiteId,
      conversationId: sessionId,
      from: 'OPERATOR',
      content: { text: 'hello' },
    };
    for (const headers of [
      { 'x-api-key': READ_KEY },
      bearer(await hs256({ websites: [websiteId] })),
    ]) {
      const { status, body } = await post(
        gateway.url,
        { query: SEND, variables: { input } },
        headers,
      );
      expect(status).toBe(403);
      expect(body.data).toBeUndefined();
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('createWebsite needs a caller allowed every website', async ({ sandbox }) => {
    const gateway = await secured(sandbox);
    const query =
      'mutation { createWebsite(input: { name: "New", domain: "new.example" }) { __typename ... on Error { code } } }';
    const { body } = await post(gateway.url, { query }, { 'x-api-key': WRITE_KEY });
    expect(body.data.createWebsite).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('the request’s Crisp client', () => {
  test('refuses a website the caller may not use, even where a resolver forgot to check', async ({
    sandbox,
  }) => {
    const [a, b] = websiteIds(sandbox);
    const crisp = new CrispClient({ baseUrl: sandbox.url, ...sandbox.token });
    try {
      const guarded = guardCrisp(crisp, { id: 'test', websites: new Set([a!]), write: true });
      await expect(guarded.get(`/website/${b}`)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        guarded.send({ method: 'GET', path: `/website/${b}/operators/list` }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      expect(sandbox.calls).toEqual([]);
      await expect(guarded.get<{ website_id: string }>(`/website/${a}`)).resolves.toMatchObject({
        website_id: a,
      });
      expect(guarded.options.tier).toBe(sandbox.token.tier);
    } finally {
      await crisp.close();
    }
  });
});
