import type { Sandbox } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

// Crisp opens team changes (invite, membership, unlink) to user tokens only.
const userTest = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({ CRISP_RTM_MODE: 'off', CRISP_WEBSITE_ID: acme(sandbox).websiteId }),
});

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const operators = [...website.operators.values()].map((o) => o.details);
  return { website, websiteId: website.website.website_id as string, operators };
}

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

const OPERATOR_FIELDS =
  'id crispId website { crispId } email firstName lastName avatar role title availability hasToken';

describe('reading the team', () => {
  test('operators, operator(userId) and last-active operators share one list call per website', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, operators } = acme(sandbox);
    const first = operators[0]!;
    const data = await gateway.executeOk(
      `query($w: ID, $u: ID!) { website(id: $w) {
        operators { totalCount edges { node { ${OPERATOR_FIELDS} } } }
        again: operators { edges { node { crispId } } }
        operator(id: $u) { email role }
        lastActiveOperators { nickname lastActiveAt operator { crispId email } }
      } }`,
      { w: websiteId, u: first.user_id },
    );
    expect(data.website.operators.edges).toHaveLength(operators.length);
    expect(data.website.operators.totalCount).toBe(operators.length);
    expect(data.website.operators.edges[0].node).toEqual({
      id: `Operator:${websiteId}:${first.user_id}`,
      crispId: first.user_id,
      website: { crispId: websiteId },
      email: first.email,
      firstName: first.first_name,
      lastName: first.last_name,
      avatar: first.avatar,
      role: first.role.toUpperCase(),
      title: first.title ?? null,
      availability: first.availability?.toUpperCase() ?? null,
      hasToken: first.has_token ?? null,
    });
    expect(data.website.operator).toEqual({ email: first.email, role: first.role.toUpperCase() });
    for (const a of data.website.lastActiveOperators) {
      expect(a.operator.email).toBe(operators.find((o) => o.user_id === a.operator.crispId)!.email);
    }
    expect(callsOf(sandbox, 'website.operator.list')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/operators/list` },
    ]);
    expect(callsOf(sandbox, 'website.operator.list_last_active')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/operators/active` },
    ]);
    // Every operator came with the list: no single reads.
    expect(callsOf(sandbox, 'website.operator.get')).toHaveLength(0);
    expect(sandbox.violations).toEqual([]);
  });

  test('an operator missing from the list is read on its own and comes back NOT_FOUND', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const missing = '00000000-0000-4000-8000-000000000000';
    const { data, errors } = await gateway.execute(
      `query($w: ID, $u: ID!) { website(id: $w) { operator(id: $u) { crispId } } }`,
      { w: websiteId, u: missing },
    );
    // The lookup is null; the website around it stays.
    expect(data?.website).toEqual({ operator: null });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.path).toEqual(['website', 'operator']);
    expect(
      sandbox.calls
        .filter((c) => c.id.startsWith('website.operator'))
        .map((c) => [c.method, c.path, c.status]),
    ).toEqual([
      ['GET', `/website/${websiteId}/operators/list`, 200],
      ['GET', `/website/${websiteId}/operator/${missing}`, 404],
    ]);
  });

  test('availability reads the website availability status', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { availability { status since } } }`,
      { w: websiteId },
    );
    expect(data.website.availability.status).toBe(website.availability.status.toUpperCase());
    expect(callsOf(sandbox, 'website.availability.get_status')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/availability/status` },
    ]);
  });

  test('a malformed user id is refused before any operator call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const { errors } = await gateway.execute(
      `query($w: ID) { website(id: $w) { operator(id: "nope") { email } } }`,
      { w: websiteId },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(sandbox.calls.filter((c) => c.id.startsWith('website.operator'))).toEqual([]);
  });
});

describe('the operator list', () => {
  test("an entry's type decides: an invite carrying a user_id is an invite, not an operator", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, operators } = acme(sandbox);
    // An invite to someone who already has a Crisp account can carry their user_id.
    const userId = '0b5b9d1a-3f9e-4a51-9a2c-5f7f2d6c1e11';
    sandbox.addInvite(websiteId, { user_id: userId, email: 'linus@acme.example', role: 'member' });
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { operators { edges { node { crispId } } } operatorInvites { email role } } }`,
      { w: websiteId },
    );
    expect(
      data.website.operators.edges.map((e: { node: { crispId: string } }) => e.node.crispId),
    ).toEqual(operators.map((o) => o.user_id));
    expect(data.website.operatorInvites).toEqual([{ email: 'linus@acme.example', role: 'MEMBER' }]);
    expect(callsOf(sandbox, 'website.operator.list')).toHaveLength(1);
    expect(sandbox.violations).toEqual([]);
  });
});

describe('changing the team', () => {
  userTest(
    'inviteOperator posts email, role and a password challenge; the invite is listed',
    async ({ gateway, sandbox }) => {
      const { websiteId } = acme(sandbox);
      const data = await gateway.executeOk(
        `mutation($input: InviteOperatorInput!) { inviteOperator(input: $input) {
          invite { email role } website { crispId } userErrors { code }
        } }`,
        {
          input: {
            email: 'grace@acme.example',
            role: 'MEMBER',
            verify: { secret: sandbox.seed.password },
          },
        },
      );
      expect(data.inviteOperator).toEqual({
        invite: { email: 'grace@acme.example', role: 'MEMBER' },
        website: { crispId: websiteId },
        userErrors: [],
      });
      expect(callsOf(sandbox, 'website.operator.invite')).toMatchObject([
        {
          method: 'POST',
          path: `/website/${websiteId}/operator`,
          body: {
            email: 'grace@acme.example',
            role: 'member',
            verify: { method: 'password', secret: sandbox.seed.password },
          },
        },
      ]);
      const listed = await gateway.executeOk(`{ website { operatorInvites { email role } } }`);
      expect(listed.website.operatorInvites).toContainEqual({
        email: 'grace@acme.example',
        role: 'MEMBER',
      });
    },
  );

  userTest('a wrong password lands in userErrors as FORBIDDEN', async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(
      `mutation($input: InviteOperatorInput!) { inviteOperator(input: $input) { invite { email } userErrors { code field } } }`,
      {
        input: {
          email: 'grace@acme.example',
          role: 'MEMBER',
          verify: { method: 'PASSWORD', secret: 'wrong' },
        },
      },
    );
    expect(data.inviteOperator).toEqual({
      invite: null,
      userErrors: [{ code: 'FORBIDDEN', field: null }],
    });
    expect(callsOf(sandbox, 'website.operator.invite')[0]?.status).toBe(403);
  });

  userTest(
    'changeOperatorMembership sends a PATCH and returns the operator as written, with no read-back',
    async ({ gateway, sandbox }) => {
      const { websiteId, operators } = acme(sandbox);
      const member = operators.find((o) => o.role === 'member')!;
      const data = await gateway.executeOk(
        `mutation($input: ChangeOperatorMembershipInput!) { changeOperatorMembership(input: $input) { operator { id crispId role title } userErrors { code } } }`,
        { input: { operatorId: member.user_id, role: 'OWNER', title: 'Head of Support' } },
      );
      expect(data.changeOperatorMembership.operator).toEqual({
        id: `Operator:${websiteId}:${member.user_id}`,
        crispId: member.user_id,
        role: 'OWNER',
        title: 'Head of Support',
      });
      expect(callsOf(sandbox, 'website.operator.change_membership')).toMatchObject([
        {
          method: 'PATCH',
          path: `/website/${websiteId}/operator/${member.user_id}`,
          body: { role: 'owner', title: 'Head of Support' },
        },
      ]);
      // Role and title come from the input: nothing is read back.
      expect(sandbox.calls.map((c) => c.id)).toEqual(['website.operator.change_membership']);
    },
  );

  userTest('unlinkOperator sends a DELETE', async ({ gateway, sandbox }) => {
    const { websiteId, website, operators } = acme(sandbox);
    const member = operators.find((o) => o.role === 'member')!;
    const data = await gateway.executeOk(
      `mutation($input: UnlinkOperatorInput!) { unlinkOperator(input: $input) { removedOperatorId userErrors { code } } }`,
      { input: { websiteId, operatorId: member.user_id } },
    );
    expect(data.unlinkOperator).toEqual({
      removedOperatorId: `Operator:${websiteId}:${member.user_id}`,
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.operator.unlink')).toMatchObject([
      { method: 'DELETE', path: `/website/${websiteId}/operator/${member.user_id}` },
    ]);
    expect(website.operators.has(member.user_id)).toBe(false);
  });

  userTest('a malformed invite email is refused with zero calls', async ({ gateway, sandbox }) => {
    const { errors } = await gateway.execute(
      `mutation($input: InviteOperatorInput!) { inviteOperator(input: $input) { __typename } }`,
      { input: { email: 'grace(at)acme', role: 'MEMBER', verify: { secret: 'x' } } },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('email');
    expect(sandbox.calls).toEqual([]);
  });
});
