import { z } from 'zod';
import type {
  CampaignTemplateModel,
  CampaignTemplateParent,
} from '../datasources/campaign-template.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { campaignTemplateRef, websiteIdInputSchema } from '../request/node-id.ts';
import type {
  CreateTemplateInput,
  TemplateTarget,
  WriteTemplateInput,
} from '../resolvers/campaign-template.ts';
import * as template from '../resolvers/campaign-template.ts';
import { builder, type InputFields } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { removalPayload } from './removal-payload.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';
import { websiteNodeId } from './website-node.ts';

/** Campaign templates: the node, the website's list and lookups, and their writes. */

const member = <K extends keyof CampaignTemplateModel>(key: K) => ({
  nullable: true as const,
  extensions: crispCalls({ calls: 1, loader: 'campaignTemplate', unlessLoaded: true }),
  resolve: (c: CampaignTemplateParent, _: unknown, ctx: GatewayContext) =>
    template.field(ctx, c, key),
});

export const CampaignTemplate = builder.objectRef<CampaignTemplateParent>('CampaignTemplate');

builder.node(CampaignTemplate, {
  description: 'A reusable campaign message layout of a website.',
  ...websiteNodeId<CampaignTemplateParent>(
    campaignTemplateRef,
    'templateId',
    (ctx, websiteId, templateId) => template.template(ctx, websiteId, templateId),
    'Global id; pass it to `node(id:)` or to any input that names a template.',
  ),
  fields: (t) => ({
    crispId: t.exposeID('templateId', { description: "Crisp's template_id (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the template belongs to.',
      resolve: (c) => ({ id: c.websiteId }),
    }),
    name: t.string({ description: 'The template name; null when not set.', ...member('name') }),
    type: t.string({
      description: 'The template kind, as Crisp names it (`static`, `custom`); null when not set.',
      ...member('type'),
    }),
    format: t.string({
      description: 'The format of its content (`markdown`, `html`…); null when not set.',
      ...member('format'),
    }),
    content: t.string({
      description: 'The template source; null when empty.',
      ...member('content'),
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was created.',
      ...member('createdAt'),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed.',
      ...member('updatedAt'),
    }),
  }),
});

const CampaignTemplateConnection = itemConnection(CampaignTemplate, {
  item: 'a template',
  items: 'templates',
  order: 'newest first',
});

const templateIdArg = {
  required: true,
  description: "The template: its global id, or Crisp's template_id (on this website).",
} as const;

builder.objectFields(Website, (t) => ({
  campaignTemplates: t.field({
    nullable: true,
    type: CampaignTemplateConnection,
    description: `The website’s campaign templates, newest first; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: pagingArgs(t.arg, 'templates'),
    resolve: (w, args, ctx) => template.templates(ctx, w.id, args),
  }),
  campaignTemplate: t.field({
    nullable: true,
    type: CampaignTemplate,
    description: 'One campaign template; null with a NOT_FOUND error when there is none.',
    extensions: crispCalls({ calls: 1, loader: 'campaignTemplate', loaded: true }),
    args: { id: t.arg.id(templateIdArg) },
    resolve: (w, { id }, ctx) => template.lookup(ctx, w.id, id),
  }),
  campaignTemplateExists: t.boolean({
    nullable: true,
    description:
      'Whether the template exists (`HEAD /website/{website_id}/campaigns/template/{template_id}`).',
    extensions: crispCalls({ calls: 1 }),
    args: { id: t.arg.id(templateIdArg) },
    resolve: (w, { id }, ctx) => template.exists(ctx, w.id, id),
  }),
}));

const targetFields = (t: InputFields) => ({
  websiteId: t.id({
    description:
      'The website: its global id or its raw UUID. Default: the website of a global `templateId`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
  templateId: t.id({
    required: true,
    description: "The template: its global id, or Crisp's template_id (then `websiteId` applies).",
  }),
});

const name = z.string().min(1).max(200);

const CreateCampaignTemplateInput = builder
  .inputRef<CreateTemplateInput>('CreateCampaignTemplateInput')
  .implement({
    description: 'A new, empty template: its format and name.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
      format: t.string({
        required: true,
        description: 'The format of its content (`markdown`, `html`…).',
        validate: z.string().min(1).max(50),
      }),
      name: t.string({ required: true, description: 'The template name.', validate: name }),
    }),
  });

const writeInput = (inputName: string, description: string) =>
  builder.inputRef<WriteTemplateInput>(inputName).implement({
    description,
    fields: (t) => ({
      ...targetFields(t),
      name: t.string({ description: 'The template name.', validate: name.nullish() }),
      type: t.string({ description: 'The template kind, as Crisp names it.' }),
      format: t.string({ description: 'The format of its content.' }),
      content: t.string({
        description: 'The template source.',
        validate: z.string().max(200_000).nullish(),
      }),
    }),
  });

const TemplatePayload = (mutation: string) =>
  payloadRef<{ template?: CampaignTemplateParent }>(mutation, (t) => ({
    template: t.field({
      type: CampaignTemplate,
      nullable: true,
      description:
        'The template, no read-back: its fields read it (after the write) when selected. Null when the write failed.',
      resolve: (p) => p.template ?? null,
    }),
  }));

const RemovePayload = removalPayload('removeCampaignTemplate', campaignTemplateRef);

builder.mutationFields((t) => ({
  createCampaignTemplate: t.field({
    type: TemplatePayload('createCampaignTemplate'),
    nullable: true,
    description: 'Creates an empty campaign template; save it with its content.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: CreateCampaignTemplateInput,
        required: true,
        description: 'The template format and name.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ template: await template.create(ctx, input) }),
  }),
  saveCampaignTemplate: t.field({
    type: TemplatePayload('saveCampaignTemplate'),
    nullable: true,
    description: 'Replaces the template’s fields with those given.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: writeInput('SaveCampaignTemplateInput', 'The template and all its fields.'),
        required: true,
        description: 'The template and its fields.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ template: await template.write(ctx, input, true) }),
  }),
  updateCampaignTemplate: t.field({
    type: TemplatePayload('updateCampaignTemplate'),
    nullable: true,
    description: 'Changes the template fields given; the others stay.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: writeInput('UpdateCampaignTemplateInput', 'The template and the fields to change.'),
        required: true,
        description: 'The template and the fields to change.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ template: await template.write(ctx, input, false) }),
  }),
  removeCampaignTemplate: t.field({
    type: RemovePayload,
    nullable: true,
    description: 'Removes a campaign template.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: builder.inputRef<TemplateTarget>('RemoveCampaignTemplateInput').implement({
          description: 'The template to remove.',
          fields: (f) => targetFields(f),
        }),
        required: true,
        description: 'The template to remove.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await template.remove(ctx, input) }),
  }),
}));
