import { expect } from 'vitest';
import { callsOf, test, userTest } from './support/rest.ts';

test('operatorAvailabilities lists each operator with their availability', async ({
  gateway,
  sandbox,
}) => {
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const data = await gateway.executeOk(
    `query($w: ID) { website(id: $w) { operatorAvailabilities {
      operator { id email } availability since validFor } } }`,
    { w: websiteId },
  );
  expect(data.website.operatorAvailabilities).toEqual(
    [...website.operators.values()].map(({ details }) => ({
      operator: { id: `Operator:${websiteId}:${details.user_id}`, email: details.email },
      availability: details.availability.toUpperCase(),
      since: null,
      validFor: null,
    })),
  );
  expect(callsOf(sandbox, 'website.availability.list_operators')).toMatchObject([
    { method: 'GET', path: `/website/${websiteId}/availability/operators` },
  ]);
});

const SendOperatorEmail = /* GraphQL */ `
  mutation($input: SendOperatorEmailInput!) { sendOperatorEmail(input: $input) {
    website { crispId } userErrors { code field } } }`;

test('sendOperatorEmail posts the email to the team', async ({ gateway, sandbox }) => {
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const owner = [...website.operators.keys()][0]!;
  const data = await gateway.executeOk(SendOperatorEmail, {
    input: {
      websiteId,
      operatorId: `Operator:${websiteId}:${owner}`,
      subject: 'Quota reached',
      message: 'The plugin reached its quota.',
      target: { label: 'Open', url: 'https://plugin.example/settings' },
    },
  });
  expect(data.sendOperatorEmail).toEqual({ website: { crispId: websiteId }, userErrors: [] });
  expect(callsOf(sandbox, 'website.operator.send_email')).toMatchObject([
    {
      method: 'POST',
      path: `/website/${websiteId}/operators/email`,
      body: {
        recipient: 'owners',
        user_id: owner,
        subject: 'Quota reached',
        message: 'The plugin reached its quota.',
        target: { label: 'Open', url: 'https://plugin.example/settings' },
      },
    },
  ]);
});

test('a bad email is BAD_USER_INPUT in userErrors with no call', async ({ gateway, sandbox }) => {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const data = await gateway.executeOk(SendOperatorEmail, {
    input: { websiteId, subject: ' ', message: 'x', operatorId: 'nope' },
  });
  expect(data.sendOperatorEmail.website).toBeNull();
  expect(data.sendOperatorEmail.userErrors[0]).toEqual({
    code: 'BAD_USER_INPUT',
    field: ['input', 'subject'],
  });
  expect(sandbox.calls).toHaveLength(0);
});

userTest('flushLastActiveOperators empties the last-active list', async ({ gateway, sandbox }) => {
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const data = await gateway.executeOk(
    `mutation { flushLastActiveOperators(input: {}) { website { lastActiveOperators { nickname } }
      userErrors { code } } }`,
  );
  expect(data.flushLastActiveOperators).toEqual({
    website: { lastActiveOperators: [] },
    userErrors: [],
  });
  expect(callsOf(sandbox, 'website.operator.flush_last_active')).toMatchObject([
    { method: 'DELETE', path: `/website/${websiteId}/operators/active` },
  ]);
  expect(website.lastActive).toEqual([]);
});
