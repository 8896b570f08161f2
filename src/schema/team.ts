import type { TeamModel } from '../datasources/team.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { teamRef } from '../request/node-id.ts';
import { byUserIds } from '../resolvers/operator.ts';
import type { TeamParent } from '../resolvers/team.ts';
import * as team from '../resolvers/team.ts';
import { builder } from './builder.ts';
import { Operator } from './operator.ts';
import { Website } from './website.ts';
import { websiteCollection } from './website-collection.ts';
import { websiteNodeId } from './website-node.ts';

/** The team read, when the parent is a key only (an inbox's team, a mutation's result). */
const teamRead = { calls: 1, loader: 'team', unlessLoaded: true };

/** A field of a team: from the parent when it holds it, else the team's one read. */
const held = <K extends keyof TeamModel>(key: K) => ({
  extensions: crispCalls(teamRead),
  resolve: (p: TeamParent, _: unknown, ctx: GatewayContext) => team.field(ctx, p, key),
});

export const Team = builder.objectRef<TeamParent>('Team');

builder.node(Team, {
  description: 'A team of a website: a named group of operators inboxes can be opened to.',
  ...websiteNodeId<TeamParent>(
    teamRef,
    'teamId',
    (ctx, websiteId, teamId) => team.team(ctx, websiteId, teamId),
    'Global id; pass it to `node(id:)` or to any input that names a team.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('teamId', { description: "Crisp's team_id (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the team belongs to.',
      resolve: (p) => ({ id: p.websiteId }),
    }),
    name: t.string({
      nullable: true,
      description: "The team's name; null when Crisp leaves it out.",
      ...held('name'),
    }),
    emoji: t.string({
      nullable: true,
      description: 'The emoji shown next to the name; null when not set.',
      ...held('emoji'),
    }),
    operators: t.field({
      type: [Operator],
      nullable: true,
      description: "The team's members; null when the team read fails.",
      extensions: crispCalls(teamRead),
      resolve: async (p, _, ctx) => byUserIds(p.websiteId, await team.field(ctx, p, 'operatorIds')),
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the team was created; null when Crisp leaves it out.',
      ...held('createdAt'),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the team last changed; null when Crisp leaves it out.',
      ...held('updatedAt'),
    }),
  }),
});

websiteCollection({
  type: Team,
  many: 'teams',
  one: 'team',
  words: { item: 'a team', items: 'teams', order: 'in Crisp’s order' },
  crispId: "Crisp's team_id",
  loader: 'team',
  list: team.teams,
  lookup: team.lookup,
  exists: team.exists,
});

builder.objectField(Operator, 'teams', (t) =>
  t.field({
    type: [Team],
    nullable: true,
    description:
      "The teams the operator is a member of. Crisp has no route for an operator's teams: the " +
      "website's team list is read whole (pages of 20 until a short one), once per website and " +
      'request. Null when that read fails.',
    extensions: crispCalls({ calls: 1, loader: 'teamList', per: 'Website', loaded: true }),
    resolve: (o, _, ctx) => team.ofOperator(ctx, o),
  }),
);
