import { z } from 'zod';
import { type BucketUrlRequestModel, generateBucketURL } from '../datasources/bucket.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';

/** Namespaces that have a `bucket:url:<namespace>:generated` event (rtm-events.json). */
const BucketNamespace = builder.enumType('BucketNamespace', {
  values: ['upload', 'avatar', 'website', 'campaign', 'helpdesk', 'status', 'processing'] as const,
});

const BucketFileInput = builder
  .inputRef<BucketUrlRequestModel['file']>('BucketFileInput')
  .implement({
    fields: (t) => ({
      name: t.string({ required: true, validate: z.string().min(1).max(255) }),
      type: t.string({
        required: true,
        description: 'MIME type, e.g. image/png.',
        validate: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type'),
      }),
    }),
  });

const BucketResourceInput = builder
  .inputRef<NonNullable<BucketUrlRequestModel['resource']>>('BucketResourceInput')
  .implement({
    description: 'The object the file belongs to.',
    fields: (t) => ({
      type: t.string({ required: true }),
      id: t.string({ required: true }),
    }),
  });

const GenerateBucketUrlInput = builder
  .inputRef<BucketUrlRequestModel>('GenerateBucketUrlInput')
  .implement({
    fields: (t) => ({
      namespace: t.field({ type: BucketNamespace, required: true }),
      id: t.string({
        required: true,
        description: 'Your correlation id; the RTM reply carries it back.',
        validate: z.string().min(1).max(100),
      }),
      file: t.field({ type: BucketFileInput, required: true }),
      resource: t.field({ type: BucketResourceInput }),
    }),
  });

const BucketUrlRequest = builder
  .objectRef<{ id: string; namespace: string; event: string }>('BucketUrlRequest')
  .implement({
    description:
      'Crisp accepted the request. The signed upload URL is not in this answer: it arrives as the RTM ' +
      'event named in `event`, whose payload carries the same `id`.',
    fields: (t) => ({
      id: t.exposeString('id'),
      namespace: t.exposeString('namespace'),
      event: t.exposeString('event', { description: 'The RTM event that will carry the URL.' }),
    }),
  });

builder.mutationField('generateBucketUrl', (t) =>
  t.field({
    type: BucketUrlRequest,
    description: 'Asks Crisp for a signed upload URL (delivered over RTM).',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: GenerateBucketUrlInput, required: true }) },
    // Crisp answers nothing useful: the client waits for the RTM event this names.
    resolve: async (_, { input }, ctx) => {
      await generateBucketURL(ctx.crisp, input);
      return {
        id: input.id,
        namespace: input.namespace,
        event: `bucket:url:${input.namespace}:generated`,
      };
    },
  }),
);
