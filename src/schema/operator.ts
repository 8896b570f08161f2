import { z } from 'zod';
import type {
  LastActiveOperatorModel,
  OperatorInviteModel,
  OperatorModel,
} from '../datasources/operator.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { operatorRef } from '../request/node-id.ts';
import type { OperatorPage, OperatorParent } from '../resolvers/operator.ts';
import * as operator from '../resolvers/operator.ts';
import { Availability, toAvailability } from './availability.ts';
import { builder } from './builder.ts';
import { itemConnection } from './item-connection.ts';
import { replacedBy } from './replaced-by.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

export const OperatorRole = builder.enumType('OperatorRole', {
  description: "An operator's role in the website's team.",
  values: {
    OWNER: { value: 'owner', description: 'Owner: manages the team, the settings and billing.' },
    MEMBER: { value: 'member', description: 'Member: answers conversations.' },
  } as const,
});

/**
 * A field of an operator: from the parent when it holds it (a listed operator), else one read,
 * shared by the operator's fields: the website's list, then the operator's own route.
 */
const member = <K extends keyof OperatorModel>(key: K) => ({
  extensions: crispCalls({ calls: 1, loader: 'operators', unlessLoaded: true }),
  resolve: (o: OperatorParent, _: unknown, ctx: GatewayContext) => operator.field(ctx, o, key),
});

export const Operator = builder.objectRef<OperatorParent>('Operator');

builder.node(Operator, {
  description: 'A member of a website’s team (an operator or an owner).',
  ...websiteNodeId<OperatorParent>(
    operatorRef,
    'userId',
    (ctx, websiteId, userId) => operator.operator(ctx, websiteId, userId),
    'Global id; pass it to `node(id:)` or to any input that names an operator.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('userId', { description: "Crisp's user_id of the operator (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website whose team the operator is in.',
      resolve: (o) => ({ id: o.websiteId }),
    }),
    userId: t.exposeID('userId', {
      description: "Crisp's user_id of the operator (a UUID).",
      deprecationReason: replacedBy('`crispId`'),
    }),
    websiteId: t.exposeID('websiteId', {
      description: "Crisp's website_id of the operator's website.",
      deprecationReason: replacedBy('`website { crispId }`'),
    }),
    email: t.field({
      type: 'EmailAddress',
      nullable: true,
      description: "The operator's email; null when Crisp leaves it out.",
      ...member('email'),
    }),
    firstName: t.string({
      nullable: true,
      description: "The operator's first name; null when not set.",
      ...member('firstName'),
    }),
    lastName: t.string({
      nullable: true,
      description: "The operator's last name; null when not set.",
      ...member('lastName'),
    }),
    avatar: t.string({
      nullable: true,
      description: "The operator's avatar image URL; null when not set.",
      ...member('avatar'),
    }),
    role: t.field({
      type: OperatorRole,
      nullable: true,
      description: "The operator's role in the team; null when Crisp leaves it out.",
      ...member('role'),
    }),
    title: t.string({
      nullable: true,
      description: "The operator's job title in the team; null when not set.",
      ...member('title'),
    }),
    availability: t.field({
      type: Availability,
      nullable: true,
      description:
        "The operator's availability; null when Crisp leaves it out or sends a value outside the set.",
      extensions: member('availability').extensions,
      resolve: async (o, _, ctx) => toAvailability(await operator.field(ctx, o, 'availability')),
    }),
    hasToken: t.boolean({
      nullable: true,
      description: 'Whether the operator has a Crisp API token; null when Crisp leaves it out.',
      ...member('hasToken'),
    }),
  }),
});

export const OperatorInvite = builder.objectRef<OperatorInviteModel>('OperatorInvite').implement({
  description: 'An invitation to join the team, not accepted yet.',
  fields: (t) => ({
    email: t.expose('email', {
      type: 'EmailAddress',
      nullable: true,
      description: 'Who is invited; null when Crisp leaves it out.',
    }),
    role: t.expose('role', {
      type: OperatorRole,
      nullable: true,
      description: 'The role they get on accepting; null when Crisp leaves it out.',
    }),
  }),
});

const LastActiveOperator = builder
  .objectRef<LastActiveOperatorModel>('LastActiveOperator')
  .implement({
    description: 'An operator who was active lately, as Crisp lists them.',
    fields: (t) => ({
      userId: t.exposeID('userId', {
        description: "Crisp's user_id of the operator.",
        deprecationReason: replacedBy('`operator { crispId }`'),
      }),
      nickname: t.exposeString('nickname', {
        nullable: true,
        description: "The operator's name as Crisp shows it; null when not set.",
      }),
      avatar: t.exposeString('avatar', {
        nullable: true,
        description: "The operator's avatar image URL; null when not set.",
      }),
      lastActiveAt: t.expose('lastActiveAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the operator was last active; null when Crisp leaves it out.',
      }),
      operator: t.field({
        type: Operator,
        description: 'The operator; their other fields read the website’s team list.',
        resolve: (a) => operator.lastActiveOperator(a),
      }),
    }),
  });

const OperatorConnection = itemConnection(
  Operator,
  { item: 'an operator', items: 'operators', order: 'in Crisp’s order' },
  (t) => ({
    totalCount: t.int({
      description: 'How many operators the team has (Crisp lists them in one call).',
      resolve: (c) => (c as unknown as OperatorPage).totalCount,
    }),
  }),
);

/** GET /website/{id}/operators/list, once per website and request. */
const operatorList = crispCalls({ calls: 1, loader: 'operators' });

builder.objectFields(Website, (t) => ({
  operators: t.connection(
    {
      nullable: true,
      type: Operator,
      description:
        'The team: linked operators, in Crisp’s order. Crisp lists the whole team in one call ' +
        '(one per website per request), and pages are cut from it. Cursors hold the operator’s ' +
        'user id: after one, the walk resumes right after that operator, so operators linked or ' +
        'unlinked meanwhile are neither repeated nor skipped; if the cursor’s own operator was ' +
        'unlinked, the walk resumes at its position.',
      extensions: crispCalls({ calls: 1, loader: 'operators', loaded: true }),
      resolve: (w, args, ctx) => operator.operators(ctx, w.id, args),
    },
    OperatorConnection,
  ),
  operatorInvites: t.field({
    nullable: true,
    type: [OperatorInvite],
    description:
      'Pending invitations, from the same call as `operators`. A list, not a connection: Crisp ' +
      'returns them whole with the team.',
    extensions: operatorList,
    resolve: (w, _, ctx) => operator.invites(ctx, w.id),
  }),
  operator: t.field({
    nullable: true,
    type: Operator,
    description: 'One operator of the team; null with NOT_FOUND when they are not in it.',
    // The list, and the operator's own read when the list does not hold them.
    extensions: crispCalls({ calls: 1, loader: 'operators', loaded: true }, { calls: 1 }),
    args: {
      id: t.arg.id({
        description: "The operator: their global id, or Crisp's user_id.",
      }),
      userId: t.arg.id({
        description: "Crisp's user_id of the operator.",
        deprecationReason: replacedBy('`id`'),
      }),
    },
    validate: z
      .looseObject({ id: z.string().nullish(), userId: z.string().nullish() })
      .refine((a) => (a.id == null) !== (a.userId == null), {
        message: 'pass exactly one of id or userId',
        path: ['id'],
      }),
    resolve: (w, args, ctx) =>
      args.id != null
        ? operator.lookup(ctx, w.id, args.id, 'id')
        : operator.lookup(ctx, w.id, args.userId!, 'userId'),
  }),
  lastActiveOperators: t.field({
    nullable: true,
    type: [LastActiveOperator],
    description:
      'Operators active lately (its own Crisp call). A list, not a connection: Crisp returns ' +
      'them in one short list.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => operator.lastActive(ctx, w.id),
  }),
}));
