import { tierNote } from '../datasources/crisp-tiers.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import * as verify from '../resolvers/website-verify.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/**
 * Identity verification: whether the chatbox trusts only user emails signed with the website's
 * secret key, and that key. The key is a secret: read it only where it signs emails (a server).
 */

const VerifySettings = builder.objectRef<{ enabled: boolean }>('VerifySettings').implement({
  description: 'Identity verification settings (Crisp `verify/settings`).',
  fields: (t) => ({
    isEnabled: t.exposeBoolean('enabled', {
      description: 'Whether the chatbox requires user emails signed with the secret key.',
    }),
  }),
});

builder.objectFields(Website, (t) => ({
  verifySettings: t.field({
    type: VerifySettings,
    nullable: true,
    description: 'Identity verification settings; null when they could not be read.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => verify.settings(ctx, w.id),
  }),
  verifySecret: t.string({
    nullable: true,
    description:
      'SECRET. The key that signs user emails for identity verification (HMAC-SHA256 of the email). Anyone holding it can pass as any user: read it on a server only, never send it to a browser. Never cached or logged by the gateway. Null when it could not be read.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => verify.secret(ctx, w.id),
  }),
}));

const websiteIdField = (t: InputFields) =>
  t.id({
    description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
    validate: websiteIdInputSchema.nullish(),
  });

const UpdateVerifySettingsInput = builder
  .inputRef<{ websiteId?: string | null; isEnabled: boolean }>('UpdateVerifySettingsInput')
  .implement({
    description: 'Turns identity verification on or off.',
    fields: (t) => ({
      websiteId: websiteIdField(t),
      isEnabled: t.boolean({
        required: true,
        description: 'Whether the chatbox requires signed user emails.',
      }),
    }),
  });

const RollVerifyKeyInput = builder
  .inputRef<{ websiteId?: string | null }>('RollVerifyKeyInput')
  .implement({
    description: 'The website whose verification key to replace.',
    fields: (t) => ({ websiteId: websiteIdField(t) }),
  });

const UpdateVerifySettingsPayload = payloadRef<{
  written?: { websiteId: string; enabled: boolean };
}>('updateVerifySettings', (t) => ({
  verifySettings: t.field({
    type: VerifySettings,
    nullable: true,
    description: 'The settings as written; null when the write failed.',
    resolve: ({ written }) => written ?? null,
  }),
  website: t.field({
    type: Website,
    nullable: true,
    description: 'The website; null when the write failed.',
    resolve: ({ written }) => (written ? { id: written.websiteId } : null),
  }),
}));

const RollVerifyKeyPayload = payloadRef<{ rolled?: { websiteId: string } }>(
  'rollVerifyKey',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description:
        'The website; its `verifySecret` reads the new key. Null when the key was not replaced.',
      resolve: ({ rolled }) => (rolled ? { id: rolled.websiteId } : null),
    }),
  }),
);

builder.mutationFields((t) => ({
  updateVerifySettings: t.field({
    type: UpdateVerifySettingsPayload,
    nullable: true,
    description: `${tierNote('website.verify.update_settings')}Turns identity verification on or off.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: UpdateVerifySettingsInput, required: true, description: 'The change.' }),
    },
    resolve: async (_, { input }, ctx) => ({
      written: await verify.updateSettings(ctx, {
        websiteId: input.websiteId,
        enabled: input.isEnabled,
      }),
    }),
  }),
  rollVerifyKey: t.field({
    type: RollVerifyKeyPayload,
    nullable: true,
    description: `${tierNote('website.verify.roll_key')}Replaces the identity verification key: emails signed with the old one stop verifying at once.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: RollVerifyKeyInput, required: true, description: 'The website.' }),
    },
    resolve: async (_, { input }, ctx) => ({ rolled: await verify.rollKey(ctx, input) }),
  }),
}));
