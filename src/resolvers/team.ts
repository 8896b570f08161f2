import type { TeamModel, TeamWriteModel } from '../datasources/team.ts';
import * as datasource from '../datasources/team.ts';
import type { GatewayContext } from '../request/context.ts';
import { teamRef } from '../request/node-id.ts';
import { type OperatorParent, operatorIdsFromInput } from './operator.ts';
import { parentField } from './parent-field.ts';
import { websiteIdOrDefault, writeTarget } from './website.ts';
import { websiteResource } from './website-resource.ts';

/**
 * A team as a field gets it: the whole model (listed or read), or a key with what a write set.
 * Fields the parent lacks read the team once (see `field`).
 */
export type TeamParent = Pick<TeamModel, 'websiteId' | 'teamId'> & Partial<TeamModel>;

/** The website's teams (`Website.teams`), one team, its lookup and its existence check. */
export const {
  list: teams,
  get: team,
  lookup,
  exists,
} = websiteResource({
  name: 'Website.teams',
  ref: teamRef,
  idOf: (t: TeamModel) => t.teamId,
  loader: (ctx) => ctx.loaders.team,
  list: datasource.listTeams,
  check: datasource.checkTeamExists,
});

/** One field of a team: from the parent when it holds it, else from the team's read. */
export async function field<K extends keyof TeamModel>(
  ctx: GatewayContext,
  t: TeamParent,
  key: K,
): Promise<TeamModel[K]> {
  return parentField(t, key, () => team(ctx, t.websiteId, t.teamId));
}

/** Teams named by id (an inbox's), as keys: their fields read each team once. */
export const byIds = (websiteId: string, teamIds: string[]): TeamParent[] =>
  teamIds.map((teamId) => ({ websiteId, teamId }));

/** The teams an operator is a member of, from the website's team list (once per request). */
export async function ofOperator(ctx: GatewayContext, o: OperatorParent): Promise<TeamModel[]> {
  const all = await ctx.loaders.teamList.load(o.websiteId);
  return all.filter((t) => t.operatorIds.includes(o.userId));
}

/** Team ids a mutation input names, each a global Team id or a raw team id of `websiteId`. */
export const teamIdsFromInput = (values: string[], websiteId: string, field = 'input.teamIds') =>
  values.map((v, n) => teamRef.fromInput(v, `${field}.${n}`, [websiteId])[1] as string);

/** A team as a mutation input writes it. */
export interface TeamInput {
  websiteId?: string | null;
  name: string;
  emoji?: string | null;
  operatorIds?: string[] | null;
}

const toWrite = (websiteId: string, input: TeamInput): TeamWriteModel => ({
  name: input.name,
  emoji: input.emoji,
  operatorIds: input.operatorIds && operatorIdsFromInput(input.operatorIds, websiteId),
});

const written = (websiteId: string, teamId: string, w: TeamWriteModel): TeamParent => ({
  websiteId,
  teamId,
  name: w.name,
  ...(w.emoji != null && { emoji: w.emoji }),
  ...(w.operatorIds != null && { operatorIds: w.operatorIds }),
});

export async function createTeam(ctx: GatewayContext, input: TeamInput): Promise<TeamParent> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const write = toWrite(websiteId, input);
  const teamId = await datasource.createNewTeam(ctx.crisp, websiteId, write);
  return written(websiteId, teamId, write);
}

/** The team a mutation acts on: its global id, or a raw team id of `websiteId`. */
export interface TeamTarget {
  websiteId?: string | null;
  teamId: string;
}

const target = (ctx: GatewayContext, input: TeamTarget) =>
  writeTarget(ctx, teamRef, input.teamId, 'input.teamId', input.websiteId);

/** Replaces the team with the input (Crisp's save is a full replace); no read-back. */
export async function saveTeam(
  ctx: GatewayContext,
  input: TeamInput & TeamTarget,
): Promise<TeamParent> {
  const { websiteId, id } = target(ctx, input);
  const write = toWrite(websiteId, input);
  await datasource.saveTeam(ctx.crisp, websiteId, id, write);
  return written(websiteId, id, write);
}

export async function deleteTeam(ctx: GatewayContext, input: TeamTarget) {
  const { websiteId, id } = target(ctx, input);
  await datasource.deleteTeam(ctx.crisp, websiteId, id);
  return { websiteId, id };
}
