import { z } from 'zod';
import { userIdSchema, websiteIdSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type {
  LastActiveOperatorModel,
  OperatorInvitationModel,
  OperatorInviteModel,
  OperatorModel,
} from '../datasources/operator.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import type {
  ChangeMembershipInput,
  InviteOperatorInput as InviteOperatorInputModel,
  OperatorTarget,
} from '../resolvers/operator.ts';
import * as operator from '../resolvers/operator.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';
import { Website } from './website.ts';

export const OperatorRole = builder.enumType('OperatorRole', {
  values: { OWNER: { value: 'owner' }, MEMBER: { value: 'member' } } as const,
});

export const Operator = builder.objectRef<OperatorModel>('Operator');

Operator.implement({
  description: 'A member of a website (operator or owner).',
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'The Crisp user_id (UUID).' }),
    websiteId: t.exposeID('websiteId'),
    email: t.expose('email', { type: 'Email', nullable: true }),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
    avatar: t.exposeString('avatar', { nullable: true }),
    role: t.expose('role', { type: OperatorRole, nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    availability: t.exposeString('availability', {
      nullable: true,
      description: '`online`, `away` or `offline`.',
    }),
    hasToken: t.exposeBoolean('hasToken', {
      nullable: true,
      description: 'Whether the operator has an API token.',
    }),
  }),
});

const OperatorInvite = builder.objectRef<OperatorInviteModel>('OperatorInvite').implement({
  description: 'An invitation not accepted yet.',
  fields: (t) => ({
    email: t.expose('email', { type: 'Email', nullable: true }),
    role: t.expose('role', { type: OperatorRole, nullable: true }),
  }),
});

const LastActiveOperator = builder
  .objectRef<LastActiveOperatorModel>('LastActiveOperator')
  .implement({
    fields: (t) => ({
      userId: t.exposeID('userId'),
      nickname: t.exposeString('nickname', { nullable: true }),
      avatar: t.exposeString('avatar', { nullable: true }),
      lastActiveAt: t.expose('lastActiveAt', { type: 'DateTime', nullable: true }),
      operator: t.field({
        type: Operator,
        nullable: true,
        // The website's operator list, and the operator's own read when the list does not hold them.
        extensions: crispCalls({ calls: 1, loader: 'operators', per: 'Website' }, { calls: 1 }),
        resolve: (a, _, ctx) => operator.lastActiveOperator(ctx, a),
      }),
    }),
  });

/** GET /website/{id}/operators/list, once per website and request. */
const operatorList = crispCalls({ calls: 1, loader: 'operators' });

builder.objectFields(Website, (t) => ({
  operators: t.field({
    nullable: true,
    type: [Operator],
    description: 'Linked operators (one Crisp call per website per request).',
    extensions: operatorList,
    resolve: (w, _, ctx) => operator.operators(ctx, w.id),
  }),
  operatorInvites: t.field({
    nullable: true,
    type: [OperatorInvite],
    description: 'Pending invitations (from the same call as `operators`).',
    extensions: operatorList,
    resolve: (w, _, ctx) => operator.invites(ctx, w.id),
  }),
  operator: t.field({
    nullable: true,
    type: Operator,
    // The list, and the operator's own read when the list does not hold them.
    extensions: crispCalls({ calls: 1, loader: 'operators' }, { calls: 1 }),
    args: { userId: t.arg.id({ required: true, validate: userIdSchema }) },
    resolve: (w, { userId }, ctx) => operator.operator(ctx, w.id, userId),
  }),
  lastActiveOperators: t.field({
    nullable: true,
    type: [LastActiveOperator],
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => operator.lastActive(ctx, w.id),
  }),
}));

const VerifyMethod = builder.enumType('VerifyMethod', {
  values: {
    PASSWORD: { value: 'password' },
    TOKEN: { value: 'token' },
    GOOGLE: { value: 'google' },
  } as const,
});

const VerifyInput = builder.inputRef<OperatorInvitationModel['verify']>('VerifyInput').implement({
  description: 'Proof of identity Crisp asks for before sensitive team changes.',
  fields: (t) => ({
    method: t.field({ type: VerifyMethod, required: true, defaultValue: 'password' }),
    secret: t.string({
      required: true,
      description: 'The password, or a 2FA code.',
      validate: z.string().min(1),
    }),
  }),
});

const InviteOperatorInput = builder
  .inputRef<InviteOperatorInputModel>('InviteOperatorInput')
  .implement({
    fields: (t) => ({
      websiteId: t.id({ validate: websiteIdSchema.nullish() }),
      email: t.field({ type: 'Email', required: true }),
      role: t.field({ type: OperatorRole, required: true }),
      verify: t.field({ type: VerifyInput, required: true }),
    }),
  });

const ChangeOperatorMembershipInput = builder
  .inputRef<ChangeMembershipInput>('ChangeOperatorMembershipInput')
  .implement({
    fields: (t) => ({
      websiteId: t.id({ validate: websiteIdSchema.nullish() }),
      userId: t.id({ required: true, validate: userIdSchema }),
      role: t.field({ type: OperatorRole }),
      title: t.string({ validate: z.string().max(100).nullish() }),
    }),
  });

const UnlinkOperatorInput = builder.inputRef<OperatorTarget>('UnlinkOperatorInput').implement({
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    userId: t.id({ required: true, validate: userIdSchema }),
  }),
});

builder.mutationFields((t) => ({
  inviteOperator: t.boolean({
    description: `${tierNote('website.operator.invite')}Invites someone to operate the website; they appear in \`operatorInvites\` until they accept.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: InviteOperatorInput, required: true }) },
    resolve: (_, { input }, ctx) => operator.inviteOperator(ctx, input),
  }),
  changeOperatorMembership: t.field({
    type: Operator,
    description: `${tierNote('website.operator.change_membership')}Changes an operator’s role or title. Crisp refuses to demote the last owner.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ChangeOperatorMembershipInput, required: true }) },
    resolve: (_, { input }, ctx) => operator.changeOperatorMembership(ctx, input),
  }),
  unlinkOperator: t.boolean({
    description: `${tierNote('website.operator.unlink')}Removes an operator from the website. Crisp refuses to unlink the last owner.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UnlinkOperatorInput, required: true }) },
    resolve: (_, { input }, ctx) => operator.unlinkOperator(ctx, input),
  }),
}));
