import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { teamRef } from '../request/node-id.ts';
import type { TeamInput, TeamParent, TeamTarget } from '../resolvers/team.ts';
import * as team from '../resolvers/team.ts';
import { builder, type InputFields } from './builder.ts';
import { websiteIdField } from './conversation-mutation-input.ts';
import { removalPayload } from './removal-payload.ts';
import { Team } from './team.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Team changes: create, save (a full replace), delete (user tokens only). */

/** What a team is made of, as create and save write it. */
const teamFields = (t: InputFields) => ({
  name: t.string({
    required: true,
    description: "The team's name (1 to 100 characters).",
    validate: z.string().trim().min(1).max(100),
  }),
  emoji: t.string({ description: 'An emoji shown next to the name; none when absent.' }),
  operatorIds: t.idList({
    description: "The members: global Operator ids, or Crisp's user_ids on the website.",
  }),
});

const teamIdField = (t: InputFields) =>
  t.id({
    required: true,
    description: "The team: its global id, or Crisp's team_id (then `websiteId` applies).",
  });

const CreateTeamInput = builder.inputRef<TeamInput>('CreateTeamInput').implement({
  description: 'The team to create.',
  fields: (t) => ({ websiteId: websiteIdField(t, 'the team'), ...teamFields(t) }),
});

const SaveTeamInput = builder.inputRef<TeamInput & TeamTarget>('SaveTeamInput').implement({
  description: 'The team and all it is made of: Crisp replaces the whole team.',
  fields: (t) => ({
    websiteId: websiteIdField(t, 'a raw `teamId`'),
    teamId: teamIdField(t),
    ...teamFields(t),
  }),
});

const DeleteTeamInput = builder.inputRef<TeamTarget>('DeleteTeamInput').implement({
  description: 'The team to delete.',
  fields: (t) => ({ websiteId: websiteIdField(t, 'a raw `teamId`'), teamId: teamIdField(t) }),
});

const teamPayload = (mutation: string, what: string) =>
  payloadRef<{ team?: TeamParent }>(mutation, (t) => ({
    team: t.field({
      type: Team,
      nullable: true,
      description: `The team ${what}, no read-back: fields the input did not set read the team. Null when the write failed.`,
      resolve: (p) => p.team ?? null,
    }),
  }));

const DeleteTeamPayload = removalPayload('deleteTeam', teamRef);

builder.mutationFields((t) => ({
  createTeam: t.field({
    type: teamPayload('createTeam', 'created'),
    nullable: true,
    description: `${tierNote('website.teams.create')}Creates a team of operators.`,
    extensions: withUserErrors,
    args: { input: t.arg({ type: CreateTeamInput, required: true, description: 'The team.' }) },
    resolve: async (_, { input }, ctx) => ({ team: await team.createTeam(ctx, input) }),
  }),
  saveTeam: t.field({
    type: teamPayload('saveTeam', 'as saved'),
    nullable: true,
    description: `${tierNote('website.teams.save')}Saves a team: Crisp replaces it whole with the input.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: SaveTeamInput, required: true, description: 'The team, whole.' }),
    },
    resolve: async (_, { input }, ctx) => ({ team: await team.saveTeam(ctx, input) }),
  }),
  deleteTeam: t.field({
    type: DeleteTeamPayload,
    nullable: true,
    description: `${tierNote('website.teams.delete')}Deletes a team; its members stay operators.`,
    extensions: withUserErrors,
    args: { input: t.arg({ type: DeleteTeamInput, required: true, description: 'The team.' }) },
    resolve: async (_, { input }, ctx) => ({ removed: await team.deleteTeam(ctx, input) }),
  }),
}));
