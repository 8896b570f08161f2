import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { callsOf, test, userTest } from './support/rest.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  return {
    website,
    websiteId: website.website.website_id as string,
    // In the order Crisp lists them: oldest first.
    teams: [...website.teams.values()].sort((a, b) => a.created_at - b.created_at),
    operators: [...website.operators.keys()],
  };
}

describe('reading teams', () => {
  test('teams, team(id:) and teamExists send their calls and give the seeded teams', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, teams } = acme(sandbox);
    const first = teams[0]!;
    const second = teams[1]!;
    const data = await gateway.executeOk(
      `query($w: ID, $t: ID!, $missing: ID!) { website(id: $w) {
        teams { edges { node { id crispId website { crispId } name emoji createdAt updatedAt
          operators { crispId } } } }
        team(id: $t) { name operators { email } }
        yes: teamExists(id: $t)
        no: teamExists(id: $missing)
      } }`,
      { w: websiteId, t: `Team:${websiteId}:${second.team_id}`, missing: MISSING },
    );
    expect(data.website.teams.edges.map((e: { node: unknown }) => e.node)).toEqual(
      [first, second].map((t) => ({
        id: `Team:${websiteId}:${t.team_id}`,
        crispId: t.team_id,
        website: { crispId: websiteId },
        name: t.name,
        emoji: t.emoji,
        createdAt: new Date(t.created_at).toISOString(),
        updatedAt: new Date(t.updated_at).toISOString(),
        operators: t.operators.map((crispId: string) => ({ crispId })),
      })),
    );
    const website = sandbox.seed.websites[0]!;
    expect(data.website.team).toEqual({
      name: second.name,
      operators: second.operators.map((id: string) => ({
        email: website.operators.get(id)!.details.email,
      })),
    });
    expect(data.website.yes).toBe(true);
    expect(data.website.no).toBe(false);
    expect(callsOf(sandbox, 'website.teams.list').map((c) => [c.method, c.path])).toEqual([
      ['GET', `/website/${websiteId}/teams/list/1`],
    ]);
    expect(callsOf(sandbox, 'website.teams.get').map((c) => [c.method, c.path])).toEqual([
      ['GET', `/website/${websiteId}/team/${second.team_id}`],
    ]);
    expect(callsOf(sandbox, 'website.teams.check_exists').map((c) => [c.method, c.path])).toEqual([
      ['HEAD', `/website/${websiteId}/team/${second.team_id}`],
      ['HEAD', `/website/${websiteId}/team/${MISSING}`],
    ]);
    // Members come from the one operator list.
    expect(callsOf(sandbox, 'website.operator.list')).toHaveLength(1);
  });

  test("operators' teams read the team list once per website; a bad team id costs no call", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, teams, operators } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { operators { edges { node { crispId teams { crispId } } } } } }`,
      { w: websiteId },
    );
    for (const { node } of data.website.operators.edges) {
      expect(node.teams.map((t: { crispId: string }) => t.crispId)).toEqual(
        teams.filter((t) => t.operators.includes(node.crispId)).map((t) => t.team_id),
      );
    }
    expect(data.website.operators.edges).toHaveLength(operators.length);
    expect(callsOf(sandbox, 'website.teams.list')).toHaveLength(1);
    expect(callsOf(sandbox, 'website.teams.get')).toHaveLength(0);

    const calls = sandbox.calls.length;
    const bad = await gateway.execute(
      `query($w: ID, $t: ID!) { website(id: $w) { team(id: $t) { name } } }`,
      { w: websiteId, t: `Inbox:${websiteId}:${MISSING}` },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls).toHaveLength(calls);
  });
});

describe('changing teams (user token)', () => {
  userTest('createTeam, saveTeam and deleteTeam send their calls', async ({ gateway, sandbox }) => {
    const { website, websiteId, teams, operators } = acme(sandbox);
    const created = await gateway.executeOk(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) {
        team { id crispId name emoji operators { crispId } createdAt } userErrors { code } } }`,
      { input: { name: 'Nights', emoji: '🌙', operatorIds: [operators[1]!] } },
    );
    const teamId = created.createTeam.team.crispId;
    expect(callsOf(sandbox, 'website.teams.create')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${websiteId}/team`,
        body: { name: 'Nights', emoji: '🌙', operators: [operators[1]!] },
      },
    ]);
    expect(created.createTeam).toEqual({
      team: {
        id: `Team:${websiteId}:${teamId}`,
        crispId: teamId,
        name: 'Nights',
        emoji: '🌙',
        operators: [{ crispId: operators[1]! }],
        createdAt: new Date(website.teams.get(teamId)!.created_at).toISOString(),
      },
      userErrors: [],
    });

    const saved = await gateway.executeOk(
      `mutation($input: SaveTeamInput!) { saveTeam(input: $input) {
        team { name operators { crispId } } userErrors { code } } }`,
      { input: { teamId: `Team:${websiteId}:${teamId}`, name: 'Weekends', operatorIds: [] } },
    );
    expect(saved.saveTeam).toEqual({ team: { name: 'Weekends', operators: [] }, userErrors: [] });
    expect(callsOf(sandbox, 'website.teams.save')).toMatchObject([
      {
        method: 'PUT',
        path: `/website/${websiteId}/team/${teamId}`,
        body: { name: 'Weekends', operators: [] },
      },
    ]);

    const openToTeam = [...website.inboxes.values()].find((i) =>
      i.teams.includes(teams[0]!.team_id),
    )!;
    const deleted = await gateway.executeOk(
      `mutation($input: DeleteTeamInput!) { deleteTeam(input: $input) {
        removedTeamId userErrors { code } } }`,
      { input: { teamId: teams[0]!.team_id } },
    );
    expect(deleted.deleteTeam).toEqual({
      removedTeamId: `Team:${websiteId}:${teams[0]!.team_id}`,
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.teams.delete')).toMatchObject([
      { method: 'DELETE', path: `/website/${websiteId}/team/${teams[0]!.team_id}` },
    ]);
    expect(website.teams.has(teams[0]!.team_id)).toBe(false);
    // The inbox that was open to the team is no longer.
    expect(openToTeam.teams).toEqual([]);
  });

  userTest('bad team input lands in userErrors with no call', async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(
      `mutation($a: CreateTeamInput!, $b: SaveTeamInput!) {
        a: createTeam(input: $a) { team { id } userErrors { code field } }
        b: saveTeam(input: $b) { team { id } userErrors { code field } } }`,
      { a: { name: '  ' }, b: { teamId: 'nope', name: 'x' } },
    );
    expect(data.a.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }]);
    expect(data.b.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'teamId'] }]);
    expect(sandbox.calls).toHaveLength(0);
  });
});
