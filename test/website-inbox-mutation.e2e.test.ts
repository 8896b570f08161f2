import type { Sandbox } from 'crisp-sandbox';
import { expect } from 'vitest';
import { callsOf, userTest } from './support/rest.ts';

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  return {
    website,
    websiteId: website.website.website_id as string,
    inboxes: [...website.inboxes.values()],
    teams: [...website.teams.values()],
    operators: [...website.operators.keys()],
  };
}

const CreateInbox = /* GraphQL */ `
  mutation($input: CreateInboxInput!) { createInbox(input: $input) {
    inbox { id crispId name emoji order operators { crispId } teams { name } conditionOperator
      conditions { criterion operator query } }
    userErrors { code field } } }`;

userTest('createInbox posts the inbox and returns it as written', async ({ gateway, sandbox }) => {
  const { website, websiteId, teams, operators } = acme(sandbox);
  const data = await gateway.executeOk(CreateInbox, {
    input: {
      name: 'Partners',
      emoji: '🤝',
      operatorIds: [`Operator:${websiteId}:${operators[0]}`],
      teamIds: [teams[0]!.team_id.toUpperCase()],
      conditions: [{ criterion: 'segments', operator: 'NEQ', query: ['lead'] }],
      conditionOperator: 'and',
    },
  });
  expect(callsOf(sandbox, 'website.inbox.create')).toMatchObject([
    {
      method: 'POST',
      path: `/website/${websiteId}/inbox`,
      body: {
        name: 'Partners',
        emoji: '🤝',
        operators: [operators[0]!],
        teams: [teams[0]!.team_id],
        conditions: [{ model: 'session', criterion: 'segments', operator: 'neq', query: ['lead'] }],
        operator: 'and',
      },
    },
  ]);
  const inboxId = data.createInbox.inbox.crispId;
  expect(website.inboxes.get(inboxId)).toMatchObject({ name: 'Partners', order: 3 });
  expect(data.createInbox).toEqual({
    inbox: {
      id: `Inbox:${websiteId}:${inboxId}`,
      crispId: inboxId,
      name: 'Partners',
      emoji: '🤝',
      // Not in the input: read back through the inbox loader.
      order: 3,
      operators: [{ crispId: operators[0]! }],
      teams: [{ name: teams[0]!.name }],
      conditionOperator: 'and',
      conditions: [{ criterion: 'segments', operator: 'NEQ', query: ['lead'] }],
    },
    userErrors: [],
  });
});

userTest('saveInbox replaces the inbox whole', async ({ gateway, sandbox }) => {
  const { website, websiteId, inboxes } = acme(sandbox);
  const inboxId = inboxes[0]!.inbox_id as string;
  const data = await gateway.executeOk(
    `mutation($input: SaveInboxInput!) { saveInbox(input: $input) {
      inbox { id name teams { crispId } } userErrors { code } } }`,
    { input: { inboxId: `Inbox:${websiteId}:${inboxId}`, name: 'Invoices' } },
  );
  expect(callsOf(sandbox, 'website.inbox.save')).toMatchObject([
    { method: 'PUT', path: `/website/${websiteId}/inbox/${inboxId}`, body: { name: 'Invoices' } },
  ]);
  expect(data.saveInbox).toEqual({
    inbox: { id: `Inbox:${websiteId}:${inboxId}`, name: 'Invoices', teams: [] },
    userErrors: [],
  });
  expect(website.inboxes.get(inboxId)).toMatchObject({ name: 'Invoices', teams: [] });
});

userTest('deleteInbox and reorderInboxes send their calls', async ({ gateway, sandbox }) => {
  const { website, websiteId, inboxes } = acme(sandbox);
  const [first, second] = inboxes.map((i) => i.inbox_id as string) as [string, string];
  const reordered = await gateway.executeOk(
    `mutation($input: ReorderInboxesInput!) { reorderInboxes(input: $input) {
      inboxes { crispId order } userErrors { code } } }`,
    {
      input: {
        orders: [
          { inboxId: second, order: 1 },
          { inboxId: first, order: 2 },
        ],
      },
    },
  );
  expect(reordered.reorderInboxes).toEqual({
    inboxes: [
      { crispId: second, order: 1 },
      { crispId: first, order: 2 },
    ],
    userErrors: [],
  });
  expect(callsOf(sandbox, 'website.inbox.batch_order')).toMatchObject([
    {
      method: 'PATCH',
      path: `/website/${websiteId}/inboxes/batch/order`,
      body: {
        orders: [
          { inbox_id: second, order: 1 },
          { inbox_id: first, order: 2 },
        ],
      },
    },
  ]);
  const deleted = await gateway.executeOk(
    `mutation($input: DeleteInboxInput!) { deleteInbox(input: $input) {
      removedInboxId website { crispId } userErrors { code } } }`,
    { input: { inboxId: first } },
  );
  expect(deleted.deleteInbox).toEqual({
    removedInboxId: `Inbox:${websiteId}:${first}`,
    website: { crispId: websiteId },
    userErrors: [],
  });
  expect(callsOf(sandbox, 'website.inbox.delete')).toMatchObject([
    { method: 'DELETE', path: `/website/${websiteId}/inbox/${first}` },
  ]);
  expect(website.inboxes.has(first)).toBe(false);
});

userTest('bad inbox input lands in userErrors with no call', async ({ gateway, sandbox }) => {
  const { websiteId } = acme(sandbox);
  const data = await gateway.executeOk(
    `mutation($a: CreateInboxInput!, $b: DeleteInboxInput!, $c: ReorderInboxesInput!) {
      a: createInbox(input: $a) { inbox { id } userErrors { code field } }
      b: deleteInbox(input: $b) { removedInboxId userErrors { code field } }
      c: reorderInboxes(input: $c) { inboxes { id } userErrors { code field } } }`,
    {
      a: { name: 'x', operatorIds: ['not-a-uuid'] },
      b: { inboxId: `Team:${websiteId}:00000000-0000-4000-8000-000000000000` },
      c: { orders: [{ inboxId: 'nope', order: 1 }] },
    },
  );
  expect(data.a.userErrors).toEqual([
    { code: 'BAD_USER_INPUT', field: ['input', 'operatorIds', '0'] },
  ]);
  expect(data.b.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'inboxId'] }]);
  expect(data.c.userErrors).toEqual([
    { code: 'BAD_USER_INPUT', field: ['input', 'orders', '0', 'inboxId'] },
  ]);
  expect(sandbox.calls).toHaveLength(0);
});

userTest('a missing inbox is NOT_FOUND in userErrors', async ({ gateway }) => {
  const data = await gateway.executeOk(
    `mutation($input: SaveInboxInput!) { saveInbox(input: $input) { inbox { id } userErrors { code } } }`,
    { input: { inboxId: '00000000-0000-4000-8000-000000000000', name: 'x' } },
  );
  expect(data.saveInbox).toEqual({ inbox: null, userErrors: [{ code: 'NOT_FOUND' }] });
});
