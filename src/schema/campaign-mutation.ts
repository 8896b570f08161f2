import { z } from 'zod';
import type { CampaignAction, CampaignParent } from '../datasources/campaign.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { campaignRef, websiteIdInputSchema } from '../request/node-id.ts';
import type {
  CampaignTarget,
  CreateCampaignInput as CreateCampaignInputModel,
  WriteCampaignInput,
} from '../resolvers/campaign.ts';
import * as campaign from '../resolvers/campaign.ts';
import { builder } from './builder.ts';
import { Campaign } from './campaign.ts';
import { campaignFields, campaignTargetFields } from './campaign-input.ts';
import { removalPayload } from './removal-payload.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** The campaign writes (user tokens only, as Crisp opens them): each returns the campaign's key. */

const CreateCampaignInput = builder
  .inputRef<CreateCampaignInputModel>('CreateCampaignInput')
  .implement({
    description: 'A new campaign: its kind and name; the rest is set by saving it.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
      type: t.string({
        required: true,
        description: 'The campaign kind, as Crisp names it (`one-shot`, `automated`).',
        validate: z.string().min(1).max(50),
      }),
      name: t.string({
        required: true,
        description: 'The campaign name.',
        validate: z.string().min(1).max(200),
      }),
    }),
  });

const writeInput = (name: string, description: string) =>
  builder.inputRef<WriteCampaignInput>(name).implement({
    description,
    fields: (t) => ({ ...campaignTargetFields(t), ...campaignFields(t) }),
  });

const SaveCampaignInput = writeInput(
  'SaveCampaignInput',
  'The campaign and all its fields: what is left out is cleared.',
);
const UpdateCampaignInput = writeInput(
  'UpdateCampaignInput',
  'The campaign and the fields to change: what is left out stays.',
);

const targetInput = (name: string, description: string) =>
  builder.inputRef<CampaignTarget>(name).implement({
    description,
    fields: (t) => campaignTargetFields(t),
  });

const CampaignPayload = (mutation: string) =>
  payloadRef<{ campaign?: CampaignParent }>(mutation, (t) => ({
    campaign: t.field({
      type: Campaign,
      nullable: true,
      description:
        'The campaign, no read-back: its fields read the campaign (after the write) when selected. Null when the write failed.',
      resolve: (p) => p.campaign ?? null,
    }),
  }));

const RemoveCampaignPayload = removalPayload('removeCampaign', campaignRef);

/** The actions Crisp runs on a campaign with an empty POST, by mutation name. */
const actions: [string, CampaignAction, string][] = [
  [
    'dispatchCampaign',
    'dispatch',
    'Starts sending the campaign; `campaignEvents` reports its progress.',
  ],
  ['pauseCampaign', 'pause', 'Pauses a campaign that is sending.'],
  ['resumeCampaign', 'resume', 'Resumes a paused campaign.'],
  ['testCampaign', 'test', 'Sends a test copy of the campaign to the account’s own email.'],
];

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: CampaignPayload('createCampaign'),
    nullable: true,
    description: `${tierNote('website.campaign.create')}Creates a campaign, not configured yet: save it with its subject, message and audience.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: CreateCampaignInput,
        required: true,
        description: 'The campaign kind and name.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ campaign: await campaign.create(ctx, input) }),
  }),
  saveCampaign: t.field({
    type: CampaignPayload('saveCampaign'),
    nullable: true,
    description: `${tierNote('website.campaign.save')}Replaces the campaign’s fields with those given.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: SaveCampaignInput,
        required: true,
        description: 'The campaign and its fields.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ campaign: await campaign.write(ctx, input, true) }),
  }),
  updateCampaign: t.field({
    type: CampaignPayload('updateCampaign'),
    nullable: true,
    description: `${tierNote('website.campaign.update')}Changes the campaign fields given; the others stay.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: UpdateCampaignInput,
        required: true,
        description: 'The campaign and the fields to change.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ campaign: await campaign.write(ctx, input, false) }),
  }),
  removeCampaign: t.field({
    type: RemoveCampaignPayload,
    nullable: true,
    description: `${tierNote('website.campaign.remove')}Removes a campaign.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: targetInput('RemoveCampaignInput', 'The campaign to remove.'),
        required: true,
        description: 'The campaign to remove.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await campaign.remove(ctx, input) }),
  }),
  ...Object.fromEntries(
    actions.map(([name, act, description]) => [
      name,
      t.field({
        type: CampaignPayload(name),
        nullable: true,
        description: `${tierNote(`website.campaign.${act}`)}${description}`,
        extensions: withUserErrors,
        args: {
          input: t.arg({
            type: targetInput(
              `${name[0]!.toUpperCase()}${name.slice(1)}Input`,
              'The campaign to act on.',
            ),
            required: true,
            description: 'The campaign to act on.',
          }),
        },
        resolve: async (_, { input }, ctx) => ({ campaign: await campaign.run(ctx, input, act) }),
      }),
    ]),
  ),
}));
