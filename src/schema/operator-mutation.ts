import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { OperatorInvitationModel, OperatorInviteModel } from '../datasources/operator.ts';
import { operatorRef, websiteIdInputSchema } from '../request/node-id.ts';
import type {
  ChangeMembershipInput,
  InviteOperatorInput as InviteOperatorInputModel,
  OperatorParent,
  OperatorTarget,
} from '../resolvers/operator.ts';
import * as operator from '../resolvers/operator.ts';
import { builder, type InputFields } from './builder.ts';

import { Operator, OperatorInvite, OperatorRole } from './operator.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Team changes: invite, change a membership, unlink (user tokens only, as Crisp opens them). */

const VerifyMethod = builder.enumType('VerifyMethod', {
  description: 'How the acting account proves its identity (the strongest one enabled on it).',
  values: {
    PASSWORD: { value: 'password', description: 'The account password.' },
    TOKEN: { value: 'token', description: 'A two-factor authentication code.' },
    GOOGLE: { value: 'google', description: 'A Google sign-in proof.' },
  } as const,
});

export const VerifyInput = builder
  .inputRef<OperatorInvitationModel['verify']>('VerifyInput')
  .implement({
    description: 'Proof of identity Crisp asks for before sensitive team changes.',
    fields: (t) => ({
      method: t.field({
        type: VerifyMethod,
        required: true,
        defaultValue: 'password',
        description: 'How the account proves its identity. Default: PASSWORD.',
      }),
      secret: t.string({
        required: true,
        description: 'The password, or a 2FA code.',
        validate: z.string().min(1),
      }),
    }),
  });

/** The two fields that name the operator a team change acts on. */
const targetFields = (t: InputFields) => ({
  websiteId: t.id({
    description:
      'The website: its global id or its raw UUID. Default: the website of a global ' +
      '`operatorId`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
  operatorId: t.id({
    required: true,
    description: "The operator: their global id, or Crisp's user_id (then `websiteId` applies).",
  }),
});

const InviteOperatorInput = builder
  .inputRef<InviteOperatorInputModel>('InviteOperatorInput')
  .implement({
    description: 'Who to invite to the team, with which role.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
      email: t.field({ type: 'EmailAddress', required: true, description: 'Who to invite.' }),
      role: t.field({
        type: OperatorRole,
        required: true,
        description: 'The role they get on accepting.',
      }),
      verify: t.field({
        type: VerifyInput,
        required: true,
        description: 'Proof of identity of the acting account.',
      }),
    }),
  });

const ChangeOperatorMembershipInput = builder
  .inputRef<ChangeMembershipInput>('ChangeOperatorMembershipInput')
  .implement({
    description: 'The operator, and the role or title to give them; what is left out stays.',
    fields: (t) => ({
      ...targetFields(t),
      role: t.field({ type: OperatorRole, description: 'The new role; null leaves it.' }),
      title: t.string({
        description: 'The new job title (at most 100 characters); null leaves it.',
        validate: z.string().max(100).nullish(),
      }),
    }),
  });

const UnlinkOperatorInput = builder.inputRef<OperatorTarget>('UnlinkOperatorInput').implement({
  description: 'The operator to remove from the team.',
  fields: (t) => targetFields(t),
});

const InviteOperatorPayload = payloadRef<{ invite?: OperatorInviteModel }>(
  'inviteOperator',
  (t) => ({
    invite: t.field({
      type: OperatorInvite,
      nullable: true,
      description: 'The invitation as sent; null when the write failed.',
      resolve: (p) => p.invite ?? null,
    }),
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website the invitation is for; null when the write failed.',
      resolve: (p) => (p.invite ? { id: p.invite.websiteId } : null),
    }),
  }),
);

const ChangeOperatorMembershipPayload = payloadRef<{ operator?: OperatorParent }>(
  'changeOperatorMembership',
  (t) => ({
    operator: t.field({
      type: Operator,
      nullable: true,
      description:
        'The operator with the role and title written, no read-back: their other fields read ' +
        'the team list. Null when the write failed.',
      resolve: (p) => p.operator ?? null,
    }),
  }),
);

const UnlinkOperatorPayload = payloadRef<{ removed?: { websiteId: string; userId: string } }>(
  'unlinkOperator',
  (t) => ({
    removedOperatorId: t.id({
      nullable: true,
      description: 'The global id of the operator removed; null when the write failed.',
      resolve: (p) =>
        p.removed ? operatorRef.globalId(p.removed.websiteId, p.removed.userId) : null,
    }),
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website the operator left; null when the write failed.',
      resolve: (p) => (p.removed ? { id: p.removed.websiteId } : null),
    }),
  }),
);

builder.mutationFields((t) => ({
  inviteOperator: t.field({
    type: InviteOperatorPayload,
    nullable: true,
    description: `${tierNote('website.operator.invite')}Invites someone to operate the website; they appear in \`operatorInvites\` until they accept.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: InviteOperatorInput,
        required: true,
        description: 'Who to invite, and with which role.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ invite: await operator.inviteOperator(ctx, input) }),
  }),
  changeOperatorMembership: t.field({
    type: ChangeOperatorMembershipPayload,
    nullable: true,
    description: `${tierNote('website.operator.change_membership')}Changes an operator’s role or title. Crisp refuses to demote the last owner.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ChangeOperatorMembershipInput,
        required: true,
        description: 'The operator, and their new role or title.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({
      operator: await operator.changeOperatorMembership(ctx, input),
    }),
  }),
  unlinkOperator: t.field({
    type: UnlinkOperatorPayload,
    nullable: true,
    description: `${tierNote('website.operator.unlink')}Removes an operator from the website. Crisp refuses to unlink the last owner.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: UnlinkOperatorInput,
        required: true,
        description: 'The operator to remove from the team.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await operator.unlinkOperator(ctx, input) }),
  }),
}));
