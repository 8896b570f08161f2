import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { callsOf, test } from './support/rest.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const inboxes = [...website.inboxes.values()].sort((a, b) => a.order - b.order);
  return { website, websiteId: website.website.website_id as string, inboxes };
}

const INBOX_FIELDS = /* GraphQL */ `
  id crispId website { crispId } name emoji order conditionOperator createdAt updatedAt
  operators { crispId } teams { crispId } teamOperators { crispId }
  conditions { model criterion operator query }`;

describe('reading inboxes', () => {
  test('inboxes lists one Crisp page and each inbox carries its fields', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, inboxes } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { inboxes { edges { node { ${INBOX_FIELDS} } } } } }`,
      { w: websiteId },
    );
    const billing = inboxes[0]!;
    expect(data.website.inboxes.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      inboxes.map((i) => i.name),
    );
    expect(data.website.inboxes.edges[0].node).toEqual({
      id: `Inbox:${websiteId}:${billing.inbox_id}`,
      crispId: billing.inbox_id,
      website: { crispId: websiteId },
      name: billing.name,
      emoji: billing.emoji,
      order: billing.order,
      conditionOperator: 'and',
      createdAt: new Date(billing.created_at).toISOString(),
      updatedAt: new Date(billing.updated_at).toISOString(),
      operators: billing.operators.map((crispId: string) => ({ crispId })),
      teams: billing.teams.map((crispId: string) => ({ crispId })),
      teamOperators: billing.team_operators.map((crispId: string) => ({ crispId })),
      conditions: [
        { model: 'session', criterion: 'segments', operator: 'EQ', query: ['customer'] },
      ],
    });
    expect(sandbox.calls.map((c) => [c.id, c.method, c.path])).toEqual([
      ['website.inbox.list', 'GET', `/website/${websiteId}/inboxes/list/1`],
    ]);
  });

  test('inbox(id:) reads the inbox once, by raw or global id, and inboxExists sends HEAD', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, inboxes } = acme(sandbox);
    const inboxId = inboxes[1]!.inbox_id as string;
    const data = await gateway.executeOk(
      `query($w: ID, $raw: ID!, $global: ID!, $missing: ID!) { website(id: $w) {
        raw: inbox(id: $raw) { id name }
        global: inbox(id: $global) { name emoji }
        yes: inboxExists(id: $raw)
        no: inboxExists(id: $missing)
      } }`,
      {
        w: websiteId,
        raw: inboxId.toUpperCase(),
        global: `Inbox:${websiteId}:${inboxId}`,
        missing: MISSING,
      },
    );
    expect(data.website).toEqual({
      raw: { id: `Inbox:${websiteId}:${inboxId}`, name: inboxes[1]!.name },
      global: { name: inboxes[1]!.name, emoji: inboxes[1]!.emoji },
      yes: true,
      no: false,
    });
    // The loader reads the inbox once for both lookups.
    expect(callsOf(sandbox, 'website.inbox.get')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/inbox/${inboxId}` },
    ]);
    expect(callsOf(sandbox, 'website.inbox.check_exists').map((c) => [c.method, c.path])).toEqual([
      ['HEAD', `/website/${websiteId}/inbox/${inboxId}`],
      ['HEAD', `/website/${websiteId}/inbox/${MISSING}`],
    ]);
  });

  test('a missing inbox is null with NOT_FOUND; a malformed id costs no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const missing = await gateway.execute(
      `query($w: ID, $i: ID!) { website(id: $w) { inbox(id: $i) { name } } }`,
      { w: websiteId, i: MISSING },
    );
    expect(missing.data.website.inbox).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const calls = sandbox.calls.length;
    const bad = await gateway.execute(
      `query($w: ID, $i: ID!) { website(id: $w) { inbox(id: $i) { name } teamLike: inboxExists(id: $i) } }`,
      { w: websiteId, i: `Team:${websiteId}:${MISSING}` },
    );
    expect(bad.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(sandbox.calls).toHaveLength(calls);
  });

  test('node(id:) resolves an inbox', async ({ gateway, sandbox }) => {
    const { websiteId, inboxes } = acme(sandbox);
    const id = `Inbox:${websiteId}:${inboxes[0]!.inbox_id}`;
    const data = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { id ... on Inbox { name } } }`,
      {
        id,
      },
    );
    expect(data.node).toEqual({ id, name: inboxes[0]!.name });
  });
});

test('a page of 20 conversations reads each distinct inbox once', async ({ gateway, sandbox }) => {
  const { website, websiteId } = acme(sandbox);
  const data = await gateway.executeOk(
    `query($w: ID) { website(id: $w) { conversations(first: 20) { edges { node {
      crispId inbox { crispId name } } } } } }`,
    { w: websiteId },
  );
  const nodes = data.website.conversations.edges.map(
    (e: { node: { crispId: string; inbox: { crispId: string; name: string } | null } }) => e.node,
  );
  expect(nodes).toHaveLength(20);
  const filed = new Set<string>();
  for (const node of nodes) {
    const inboxId = website.conversations.get(node.crispId)!.conversation.inbox_id;
    expect(node.inbox?.crispId ?? null).toBe(inboxId ?? null);
    if (inboxId) {
      filed.add(inboxId);
      expect(node.inbox.name).toBe(website.inboxes.get(inboxId)!.name);
    }
  }
  // The seed files some of the listed conversations in both inboxes.
  expect(filed.size).toBe(2);
  expect(
    callsOf(sandbox, 'website.inbox.get')
      .map((c) => c.path)
      .sort(),
  ).toEqual([...filed].map((id) => `/website/${websiteId}/inbox/${id}`).sort());
  expect(callsOf(sandbox, 'website.conversation.get')).toHaveLength(0);
});
