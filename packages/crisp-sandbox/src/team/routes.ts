import { randomUUID } from 'node:crypto';
import type { Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';
import { operatorIds, refreshInboxTeams } from './team.ts';

function requireTeam(website: WebsiteRecord, teamId: string): Raw {
  const team = website.teams.get(teamId.toLowerCase());
  if (!team) throw notFound('team');
  return team;
}

/** What a create or a save writes: Crisp's save replaces the whole team. */
const written = (website: WebsiteRecord, body: Raw) => ({
  name: typeof body.name === 'string' ? body.name : '',
  emoji: typeof body.emoji === 'string' ? body.emoji : '',
  operators: operatorIds(website, body.operators),
});

/** Teams: a website's named groups of operators, which inboxes open to. No RTM event is sent. */
export const teamRoutes: Routes = {
  'website.teams.list': ({ website, page: n }) =>
    page(
      [...website.teams.values()].sort((a, b) => a.created_at - b.created_at),
      n,
    ),

  'website.teams.get': ({ website, params }) => requireTeam(website, params.team_id!),

  'website.teams.check_exists': ({ website, params }) =>
    website.teams.has(params.team_id!.toLowerCase()),

  'website.teams.create': ({ website, body, store }) => {
    const now = store.now();
    const team = {
      team_id: randomUUID(),
      ...written(website, body),
      created_at: now,
      updated_at: now,
    };
    website.teams.set(team.team_id, team);
    return { team_id: team.team_id };
  },

  'website.teams.save': ({ website, params, body, store }) => {
    const team = requireTeam(website, params.team_id!);
    Object.assign(team, written(website, body), { updated_at: store.now() });
    refreshInboxTeams(website);
    return {};
  },

  'website.teams.delete': ({ website, params }) => {
    const team = requireTeam(website, params.team_id!);
    website.teams.delete(team.team_id);
    refreshInboxTeams(website);
    return {};
  },
};
