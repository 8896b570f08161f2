import { z } from 'zod';
import {
  articlePathSchema,
  categoryPathSchema,
  sectionPathSchema,
} from '../datasources/crisp-id.ts';
import type { HelpdeskContentType as ContentTypeName } from '../datasources/helpdesk.ts';
import type { TreeMetadataPatch } from '../datasources/helpdesk-metadata.ts';
import type { TreeKey, TreeNodeModel } from '../datasources/helpdesk-tree.ts';
import {
  helpdeskArticleRef,
  helpdeskCategoryRef,
  helpdeskSectionRef,
  websiteIdInputSchema,
} from '../request/node-id.ts';
import * as mutation from '../resolvers/helpdesk-mutation.ts';
import { builder, type InputFields } from './builder.ts';
import { HelpdeskContentType } from './helpdesk.ts';
import { contentTypeField, localeFields } from './helpdesk-mutation.ts';
import { HelpdeskArticle, HelpdeskCategory, HelpdeskSection } from './helpdesk-tree.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/**
 * What an editor does to a locale's tree, the same for categories, sections and articles:
 * create at a path, change the metadata, move (to another parent or position), delete; and save
 * an article's body.
 */

const KINDS = [
  {
    name: 'Article',
    noun: 'article',
    type: HelpdeskArticle,
    ref: helpdeskArticleRef,
    path: articlePathSchema,
    example: 'orders/delivery/shipping-policy.md',
  },
  {
    name: 'Category',
    noun: 'category',
    type: HelpdeskCategory,
    ref: helpdeskCategoryRef,
    path: categoryPathSchema,
    example: 'orders',
  },
  {
    name: 'Section',
    noun: 'section',
    type: HelpdeskSection,
    ref: helpdeskSectionRef,
    path: sectionPathSchema,
    example: 'orders/delivery',
  },
] as const;

type Kind = (typeof KINDS)[number];
type Target = mutation.TreeTarget;

/** The fields that name an existing node: its global id, or its path in the scope given. */
const targetFields = (t: InputFields, kind: Kind) => ({
  id: t.id({
    required: true,
    description: `The ${kind.noun}: its global id, or its tree path (then \`websiteId\`, \`locale\` and \`contentType\` apply).`,
  }),
  websiteId: t.id({
    description:
      'The website of a tree path: its global id or its raw UUID. Default: the website of a global `id`, else CRISP_WEBSITE_ID.',
    validate: websiteIdInputSchema.nullish(),
  }),
  locale: t.string({
    description: 'The locale code of a tree path, e.g. `en`; required with one.',
  }),
  contentType: t.field({
    type: HelpdeskContentType,
    description: 'The content family of a tree path. Default: ARTICLES.',
  }),
});

const metadataFields = (t: InputFields, kind: Kind) => ({
  title: t.string({
    description: `The ${kind.noun}’s title; null leaves it.`,
    validate: z.string().trim().min(1).max(200).nullish(),
  }),
  description: t.string({
    description: 'The short description; null leaves it.',
    validate: z.string().max(500).nullish(),
  }),
  isPublished: t.boolean({
    description: 'Whether it is published on the help center; null leaves it.',
  }),
  isHidden: t.boolean({
    description: 'Whether it is hidden from the help center’s lists; null leaves it.',
  }),
  isFeatured: t.boolean({ description: 'Whether the help center features it; null leaves it.' }),
  ...(kind.name === 'Article'
    ? {}
    : {
        color: t.string({ description: 'Its accent colour, as Crisp stores it; null leaves it.' }),
        image: t.field({ type: 'URL', description: 'Its image; null leaves it.' }),
      }),
});

const nodePayload = (mutationName: string, kind: Kind, what: string) =>
  payloadRef<{ node?: TreeNodeModel }>(mutationName, (t) => ({
    [kind.noun]: t.field({
      type: kind.type,
      nullable: true,
      description: `The ${kind.noun} ${what}; null when the write failed.`,
      resolve: (p) => p.node ?? null,
    }),
  }));

for (const kind of KINDS) {
  const key = (ctx: Parameters<typeof mutation.treeNodeOf>[0], input: Target): TreeKey =>
    mutation.treeNodeOf(ctx, kind.ref, 'input.id', input);

  const CreateInput = builder
    .inputRef<mutation.LocaleTarget & { contentType: ContentTypeName; path: string }>(
      `CreateHelpdesk${kind.name}Input`,
    )
    .implement({
      description: `Where to create the ${kind.noun}.`,
      fields: (t) => ({
        ...localeFields(t),
        contentType: contentTypeField(t),
        path: t.string({
          required: true,
          description: `The ${kind.noun}’s tree path, e.g. \`${kind.example}\`; its parent must exist.`,
          validate: kind.path,
        }),
      }),
    });
  const UpdateInput = builder
    .inputRef<Target & TreeMetadataPatch>(`UpdateHelpdesk${kind.name}Input`)
    .implement({
      description: `The ${kind.noun}, and the metadata to change; what is left out stays.`,
      fields: (t) => ({ ...targetFields(t, kind), ...metadataFields(t, kind) }),
    });
  const MoveInput = builder
    .inputRef<Target & { to?: string | null; position?: number | null }>(
      `MoveHelpdesk${kind.name}Input`,
    )
    .implement({
      description: `The ${kind.noun}, and where to move it: another path, a position among its siblings, or both.`,
      fields: (t) => ({
        ...targetFields(t, kind),
        to: t.string({
          description: `Its new tree path, e.g. \`${kind.example}\`; null keeps it.`,
          validate: kind.path.nullish(),
        }),
        position: t.int({
          description: 'Its new position among its siblings, from 0; null keeps it.',
          validate: z.number().int().min(0).nullish(),
        }),
      }),
    });
  const DeleteInput = builder.inputRef<Target>(`DeleteHelpdesk${kind.name}Input`).implement({
    description: `The ${kind.noun} to delete${kind.name === 'Article' ? '' : ', with everything it holds'}.`,
    fields: (t) => targetFields(t, kind),
  });

  const create = `createHelpdesk${kind.name}`;
  const update = `updateHelpdesk${kind.name}`;
  const move = `moveHelpdesk${kind.name}`;
  const remove = `deleteHelpdesk${kind.name}`;
  const CreatePayload = nodePayload(create, kind, 'created');
  const UpdatePayload = nodePayload(update, kind, 'as written');
  const MovePayload = nodePayload(move, kind, 'at its new place');
  const DeletePayload = payloadRef<{ removed?: TreeKey }>(remove, (t) => ({
    [`removed${kind.name}Id`]: t.id({
      nullable: true,
      description: `The global id of the ${kind.noun} deleted; null when the write failed.`,
      resolve: (p) =>
        p.removed
          ? kind.ref.globalId(
              p.removed.websiteId,
              p.removed.locale,
              p.removed.contentType,
              p.removed.path,
            )
          : null,
    }),
  }));

  builder.mutationFields((t) => ({
    [create]: t.field({
      type: CreatePayload,
      nullable: true,
      description: `Creates a ${kind.noun} at a path of a locale’s tree (\`POST /website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{tree_path}\`).`,
      extensions: withUserErrors,
      args: {
        input: t.arg({
          type: CreateInput,
          required: true,
          description: `Where to create the ${kind.noun}.`,
        }),
      },
      resolve: async (_, { input }, ctx) => ({ node: await mutation.createTreeNode(ctx, input) }),
    }),
    [update]: t.field({
      type: UpdatePayload,
      nullable: true,
      description: `Changes a ${kind.noun}’s metadata: title, description, state (Crisp merges the change).`,
      extensions: withUserErrors,
      args: { input: t.arg({ type: UpdateInput, required: true, description: 'What to change.' }) },
      resolve: async (_, { input }, ctx) => ({
        node: await mutation.updateTreeNode(ctx, key(ctx, input), input),
      }),
    }),
    [move]: t.field({
      type: MovePayload,
      nullable: true,
      description: `Moves a ${kind.noun} to another path (another ${kind.name === 'Article' ? 'category or section' : 'parent or slug'}) and/or position.`,
      extensions: withUserErrors,
      args: {
        input: t.arg({ type: MoveInput, required: true, description: 'What to move, and where.' }),
      },
      resolve: async (_, { input }, ctx) => ({
        node: await mutation.moveTreeNode(ctx, key(ctx, input), input),
      }),
    }),
    [remove]: t.field({
      type: DeletePayload,
      nullable: true,
      description: `Deletes a ${kind.noun}${kind.name === 'Article' ? '' : ' and everything it holds'}.`,
      extensions: withUserErrors,
      args: {
        input: t.arg({
          type: DeleteInput,
          required: true,
          description: `The ${kind.noun} to delete.`,
        }),
      },
      resolve: async (_, { input }, ctx) => ({
        removed: await mutation.deleteTreeNode(ctx, key(ctx, input)),
      }),
    }),
  }));
}

const SaveHelpdeskArticleContentInput = builder
  .inputRef<Target & { content: string }>('SaveHelpdeskArticleContentInput')
  .implement({
    description: 'The article, and its new body.',
    fields: (t) => ({
      ...targetFields(t, KINDS[0]),
      content: t.string({
        required: true,
        description: 'The whole new body, in Markdown.',
        validate: z.string().max(200_000),
      }),
    }),
  });

const SaveHelpdeskArticleContentPayload = nodePayload(
  'saveHelpdeskArticleContent',
  KINDS[0],
  'as written',
);

builder.mutationField('saveHelpdeskArticleContent', (t) =>
  t.field({
    type: SaveHelpdeskArticleContentPayload,
    nullable: true,
    description:
      'Replaces the body of an article (`PUT …/helpdesk/tree/content/{locale}/{content_type}/{tree_path}`).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: SaveHelpdeskArticleContentInput,
        required: true,
        description: 'The article and its body.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({
      node: await mutation.saveArticleContent(
        ctx,
        mutation.treeNodeOf(ctx, helpdeskArticleRef, 'input.id', input),
        input.content,
      ),
    }),
  }),
);
