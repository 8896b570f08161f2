import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { workspaceScope } from './fidelity-scope.ts';
import {
  acme,
  acmeId,
  failure,
  plugin,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) drives the inbox, team and team-wide operator routes of
 * the sandbox through its own resource methods: what it sends must be what the sandbox serves,
 * and what it reads back must be what was written.
 */
useFidelitySandbox();

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('teams', () => {
  test('listTeams, getTeam, checkTeamExists, createNewTeam, saveTeam, deleteTeam', async () => {
    const listed = await plugin.website.listTeams(acmeId, 1);
    expect(listed.map((t) => t.team_id).sort()).toEqual([...acme.teams.keys()].sort());
    const seeded = listed[0]!;
    expect(await plugin.website.getTeam(acmeId, seeded.team_id!)).toEqual(seeded);
    await expect(plugin.website.checkTeamExists(acmeId, seeded.team_id!)).resolves.toEqual({});
    expect(await failure(plugin.website.checkTeamExists(acmeId, MISSING))).toEqual({
      message: 'route_error',
      code: 404,
    });

    const [first, second] = [...acme.operators.keys()];
    const { team_id: teamId } = await user.website.createNewTeam(acmeId, {
      name: 'Nights',
      emoji: '🌙',
      operators: [first!],
    });
    expect(await plugin.website.getTeam(acmeId, teamId!)).toMatchObject({
      team_id: teamId,
      name: 'Nights',
      emoji: '🌙',
      operators: [first],
    });
    await user.website.saveTeam(acmeId, teamId!, { name: 'Weekends', operators: [second!] });
    expect(await plugin.website.getTeam(acmeId, teamId!)).toMatchObject({
      name: 'Weekends',
      emoji: '',
      operators: [second],
    });
    expect(await plugin.website.listTeams(acmeId, 1)).toHaveLength(listed.length + 1);
    await user.website.deleteTeam(acmeId, teamId!);
    expect(await failure(plugin.website.getTeam(acmeId, teamId!))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });
});

describe('inboxes', () => {
  test('listInboxes, getInbox, checkInboxExists', async () => {
    const listed = await plugin.website.listInboxes(acmeId, 1);
    expect(listed.map((i) => i.name)).toEqual(['Billing', 'Escalations']);
    const billing = listed[0]!;
    expect(billing).toMatchObject({
      order: 1,
      conditions: [
        { model: 'session', criterion: 'segments', operator: 'eq', query: ['customer'] },
      ],
    });
    // `team_operators` are the members of the inbox's teams.
    const team = acme.teams.get(billing.teams![0]!)!;
    expect(billing.team_operators).toEqual(team.operators);
    expect(await plugin.website.getInbox(acmeId, billing.inbox_id!)).toEqual(billing);
    await expect(plugin.website.checkInboxExists(acmeId, billing.inbox_id!)).resolves.toEqual({});
    expect(await failure(plugin.website.checkInboxExists(acmeId, MISSING))).toEqual({
      message: 'route_error',
      code: 404,
    });
  });

  test('createNewInbox, saveInbox, batchOrderInboxes, deleteInbox', async () => {
    const teamId = [...acme.teams.keys()][1]!;
    const { inbox_id: inboxId } = await user.website.createNewInbox(acmeId, {
      name: 'Partners',
      emoji: '🤝',
      teams: [teamId],
      conditions: [{ model: 'session', criterion: 'segments', operator: 'eq', query: ['lead'] }],
      operator: 'and',
    });
    const created = await plugin.website.getInbox(acmeId, inboxId!);
    expect(created).toMatchObject({
      inbox_id: inboxId,
      name: 'Partners',
      order: 3,
      teams: [teamId],
      team_operators: acme.teams.get(teamId)!.operators,
    });

    await user.website.saveInbox(acmeId, inboxId!, { name: 'Resellers', operators: [] });
    expect(await plugin.website.getInbox(acmeId, inboxId!)).toMatchObject({
      name: 'Resellers',
      teams: [],
      team_operators: [],
      conditions: [],
      order: 3,
    });
    const refused = await failure(
      user.website.saveInbox(acmeId, inboxId!, { name: 'X', teams: [MISSING] }),
    );
    expect(refused).toEqual({ message: 'invalid_data', code: 400 });

    await user.website.batchOrderInboxes(acmeId, { orders: [{ inbox_id: inboxId!, order: 0 }] });
    const reordered = await plugin.website.listInboxes(acmeId, 1);
    expect(reordered.map((i: Raw) => i.inbox_id)[0]).toBe(inboxId);

    await user.website.deleteInbox(acmeId, inboxId!);
    expect(await failure(plugin.website.getInbox(acmeId, inboxId!))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });
});

describe('the whole team', () => {
  test('listWebsiteOperatorAvailabilities, sendEmailToWebsiteOperators, flushLastActiveWebsiteOperators', async () => {
    const availabilities = await plugin.website.listWebsiteOperatorAvailabilities(acmeId);
    expect(availabilities.map((a) => [a.user_id, a.type])).toEqual(
      [...acme.operators.values()].map((o) => [o.details.user_id, o.details.availability]),
    );

    await plugin.website.sendEmailToWebsiteOperators(acmeId, {
      recipient: 'owners',
      subject: 'Quota reached',
      message: 'The plugin reached its monthly quota.',
      target: { label: 'Open the plugin', url: 'https://plugin.example/settings' },
    });

    expect((await plugin.website.listLastActiveWebsiteOperators(acmeId)).length).toBeGreaterThan(0);
    await user.website.flushLastActiveWebsiteOperators(acmeId);
    expect(await plugin.website.listLastActiveWebsiteOperators(acmeId)).toEqual([]);
  });
});

testClientCoverage('workspaceScope', workspaceScope);
