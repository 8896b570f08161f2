import { z } from 'zod';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type { CampaignFields, CampaignFilterInput as Filter } from '../resolvers/campaign.ts';
import { builder, type InputFields } from './builder.ts';

/** The inputs of the campaign mutations: which campaign, and the fields a write sets. */

const CampaignFilterInput = builder.inputRef<Filter>('CampaignFilterInput').implement({
  description: 'One condition of a segment-style filter (Crisp `WebsiteFilter`).',
  fields: (t) => ({
    model: t.string({ description: 'The data model it applies to. Default: `people`.' }),
    criterion: t.string({ required: true, description: 'The field or attribute tested.' }),
    operator: t.string({ required: true, description: "Crisp's comparison operator name." }),
    query: t
      .field({
        type: 'JSON',
        description: 'The operand values, a JSON object, free-form in Crisp.',
      })
      .validate(z.record(z.string(), z.any(), 'must be a JSON object').nullish()),
  }),
});

const CampaignAudienceInput = builder
  .inputRef<NonNullable<CampaignFields['audience']>>('CampaignAudienceInput')
  .implement({
    description: 'Who the campaign goes to; what is left out is not sent.',
    fields: (t) => ({
      type: t.string({
        description: 'How recipients are chosen, as Crisp names it (`all`, `segment`, `people`…).',
      }),
      segments: t.stringList({ description: 'The segments whose contacts receive it.' }),
      personIds: t.idList({
        description: "Contacts chosen one by one: global ids, or Crisp's people_id.",
      }),
      filter: t.field({ type: [CampaignFilterInput], description: 'Conditions to meet.' }),
    }),
  });

const delay = z.number().int().min(0).nullish();

const CampaignFlowInput = builder
  .inputRef<NonNullable<CampaignFields['flow']>>('CampaignFlowInput')
  .implement({
    description: 'When an automated campaign goes out; what is left out is not sent.',
    fields: (t) => ({
      launchEvent: t.string({ description: 'The contact event that starts it.' }),
      assertFilter: t.field({
        type: [CampaignFilterInput],
        description: 'Conditions checked after `assertDelay`.',
      }),
      assertDelay: t.int({
        description: 'Delay before the check, as Crisp stores it.',
        validate: delay,
      }),
      isDeliveredOnce: t.boolean({ description: 'Whether a contact receives it at most once.' }),
      deliverDelay: t.int({
        description: 'Delay before delivery, as Crisp stores it.',
        validate: delay,
      }),
    }),
  });

const CampaignOptionsInput = builder
  .inputRef<NonNullable<CampaignFields['delivery']>>('CampaignDeliverySettingsInput')
  .implement({
    description: 'How the campaign is delivered; what is left out is not sent.',
    fields: (t) => ({
      deliverToChatbox: t.boolean({ description: 'Whether it shows in the chatbox.' }),
      deliverToEmail: t.boolean({ description: 'Whether it is sent by email.' }),
      senderNameWebsite: t.boolean({ description: 'Whether the website name is the sender.' }),
      senderEmailReply: t.boolean({ description: 'Whether email replies go to the sender.' }),
      tracking: t.boolean({ description: 'Whether opens and clicks are tracked.' }),
    }),
  });

const short = z.string().min(1).max(200).nullish();

/** The two fields that name the campaign a mutation acts on. */
export const campaignTargetFields = (t: InputFields) => ({
  websiteId: t.id({
    description:
      'The website: its global id or its raw UUID. Default: the website of a global `campaignId`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
  campaignId: t.id({
    required: true,
    description: "The campaign: its global id, or Crisp's campaign_id (then `websiteId` applies).",
  }),
});

/** The fields a save or an update writes. */
export const campaignFields = (t: InputFields) => ({
  name: t.string({ description: 'The campaign name.', validate: short }),
  type: t.string({
    description: 'The campaign kind, as Crisp names it (`one-shot`, `automated`).',
  }),
  format: t.string({ description: 'The message format (`markdown`, `html`…).' }),
  subject: t.string({ description: 'The email subject.', validate: short }),
  tag: t.string({ description: 'A tag grouping campaigns.', validate: short }),
  message: t.string({
    description: 'The message body.',
    validate: z.string().max(100_000).nullish(),
  }),
  senderId: t.id({
    description: "The operator it is sent as: their global id, or Crisp's user_id.",
  }),
  audience: t.field({ type: CampaignAudienceInput, description: 'Who it goes to.' }),
  flow: t.field({ type: CampaignFlowInput, description: 'When an automated campaign goes out.' }),
  delivery: t.field({ type: CampaignOptionsInput, description: 'How it is delivered.' }),
});
