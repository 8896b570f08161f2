import DataLoader from 'dataloader';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { perKeyLoader, websiteKey } from './website-key.ts';
import { withoutNulls } from './without-nulls.ts';

/** Catalogue `Team`. */
export interface TeamRaw {
  team_id?: string;
  name?: string;
  emoji?: string;
  operators?: string[];
  created_at?: number;
  updated_at?: number;
}

export interface TeamModel {
  websiteId: string;
  teamId: string;
  name?: string;
  emoji?: string;
  operatorIds: string[];
  createdAt?: Date;
  updatedAt?: Date;
}

export const toTeam = (websiteId: string, raw: TeamRaw & { team_id: string }): TeamModel => ({
  websiteId,
  teamId: raw.team_id.toLowerCase(),
  name: raw.name,
  emoji: raw.emoji,
  operatorIds: (raw.operators ?? []).map((id) => id.toLowerCase()),
  createdAt: typeof raw.created_at === 'number' ? new Date(raw.created_at) : undefined,
  updatedAt: typeof raw.updated_at === 'number' ? new Date(raw.updated_at) : undefined,
});

/** A team as a client writes it (create, or save: a full replace); null means not given. */
export interface TeamWriteModel {
  name: string;
  emoji?: string | null;
  operatorIds?: string[] | null;
}

const toTeamRaw = (team: TeamWriteModel) =>
  withoutNulls<TeamRaw>({ name: team.name, emoji: team.emoji, operators: team.operatorIds });

/** Crisp's page size for the team list (a fixed 20, as for every numbered list). */
const TEAM_PAGE = 20;

/** GET /website/{website_id}/teams/list/{page_number} */
export async function listTeams(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<TeamModel[]> {
  const raw = await crisp.get<TeamRaw[]>(route`/website/${websiteId}/teams/list/${page}`);
  return raw.flatMap((t) => (t.team_id ? [toTeam(websiteId, { ...t, team_id: t.team_id })] : []));
}

/** GET /website/{website_id}/team/{team_id} */
export async function getTeam(
  crisp: CrispClient,
  websiteId: string,
  teamId: string,
): Promise<TeamModel> {
  const raw = await crisp.get<TeamRaw>(route`/website/${websiteId}/team/${teamId}`);
  return toTeam(websiteId, { ...raw, team_id: raw.team_id ?? teamId });
}

/** HEAD /website/{website_id}/team/{team_id} */
export const checkTeamExists = (crisp: CrispClient, websiteId: string, teamId: string) =>
  crisp.head(route`/website/${websiteId}/team/${teamId}`);

/** POST /website/{website_id}/team: the new team's id. */
export async function createNewTeam(
  crisp: CrispClient,
  websiteId: string,
  team: TeamWriteModel,
): Promise<string> {
  const created = await crisp.post<{ team_id: string }>(
    route`/website/${websiteId}/team`,
    toTeamRaw(team),
  );
  return created.team_id.toLowerCase();
}

/** PUT /website/{website_id}/team/{team_id}: a full replace. */
export async function saveTeam(
  crisp: CrispClient,
  websiteId: string,
  teamId: string,
  team: TeamWriteModel,
): Promise<void> {
  await crisp.put(route`/website/${websiteId}/team/${teamId}`, toTeamRaw(team));
}

/** DELETE /website/{website_id}/team/{team_id} */
export async function deleteTeam(
  crisp: CrispClient,
  websiteId: string,
  teamId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/team/${teamId}`);
}

export function createTeamLoaders(crisp: CrispClient) {
  // Keyed by websiteKey(websiteId, teamId); the list loader primes it, so a team already listed in
  // this request costs no read of its own.
  const team = perKeyLoader((websiteId, teamId) => getTeam(crisp, websiteId, teamId));
  // Every team of a website, read page by page until a short page, once per website and
  // request: Crisp has no route for an operator's teams, so `Operator.teams` looks here.
  const teamList = new DataLoader<string, TeamModel[]>((websiteIds) =>
    Promise.all(
      websiteIds.map(async (websiteId) => {
        try {
          const all: TeamModel[] = [];
          for (let page = 1; ; page++) {
            const teams = await listTeams(crisp, websiteId, page);
            all.push(...teams);
            if (teams.length < TEAM_PAGE) break;
          }
          for (const t of all) team.prime(websiteKey(websiteId, t.teamId), t);
          return all;
        } catch (e) {
          return e as Error;
        }
      }),
    ),
  );
  return { team, teamList };
}
