import { z } from 'zod';
import type {
  BucketNamespaceName,
  BucketUrlModel,
  BucketUrlRequestModel,
} from '../datasources/bucket.ts';
import * as bucket from '../resolvers/bucket.ts';
import { builder } from './builder.ts';
import { mimeType } from './message-content-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Every `BucketNamespaceName`, each with its `bucket:url:<namespace>:generated` event. */
const BucketNamespace = builder.enumType('BucketNamespace', {
  description: 'What an uploaded file is for; Crisp keeps each namespace apart.',
  values: {
    UPLOAD: { value: 'upload', description: 'A file sent in a conversation (a file message).' },
    AVATAR: { value: 'avatar', description: 'An operator or contact avatar.' },
    WEBSITE: { value: 'website', description: "A website's logo or assets." },
    CAMPAIGN: { value: 'campaign', description: 'A file of a campaign.' },
    HELPDESK: { value: 'helpdesk', description: 'A file of a helpdesk article.' },
    STATUS: { value: 'status', description: 'A file of the status page.' },
    PROCESSING: { value: 'processing', description: 'A file Crisp processes (an import).' },
  } as const satisfies Record<string, { value: BucketNamespaceName; description: string }>,
});

const BucketFileInput = builder
  .inputRef<BucketUrlRequestModel['file']>('BucketFileInput')
  .implement({
    description: 'The file to upload, as the upload will send it.',
    fields: (t) => ({
      name: t.string({
        required: true,
        description: 'File name, e.g. invoice.pdf.',
        validate: z.string().min(1).max(255),
      }),
      type: t.string({
        required: true,
        description: 'MIME type, e.g. image/png; send the same `content-type` with the upload.',
        validate: mimeType,
      }),
    }),
  });

const BucketResourceInput = builder
  .inputRef<NonNullable<BucketUrlRequestModel['resource']>>('BucketResourceInput')
  .implement({
    description: 'The object the file belongs to.',
    fields: (t) => ({
      type: t.string({ required: true, description: 'Its kind, as Crisp names it.' }),
      id: t.string({ required: true, description: 'Its Crisp identifier.' }),
    }),
  });

const GenerateBucketUrlInput = builder
  .inputRef<bucket.GenerateBucketUrlInput>('GenerateBucketUrlInput')
  .implement({
    description: 'A request for a signed upload URL.',
    fields: (t) => ({
      namespace: t.field({
        type: BucketNamespace,
        required: true,
        description: 'What the file is for; `UPLOAD` for a file message.',
      }),
      requestId: t.string({
        description:
          "Correlates Crisp's answer with this request; generated when absent. Unique among requests still waiting (else `CONFLICT`), e.g. a UUID.",
        validate: z.string().min(1).max(100),
      }),
      file: t.field({
        type: BucketFileInput,
        required: true,
        description: 'The file that will be uploaded.',
      }),
      resource: t.field({
        type: BucketResourceInput,
        description: 'The object the file belongs to, if any (a conversation, an operator).',
      }),
    }),
  });

const BucketUrl = builder.objectRef<BucketUrlModel>('BucketUrl').implement({
  description:
    "A signed upload URL and the URL that serves the file once uploaded (Crisp's `bucket:url:<namespace>:generated`).",
  fields: (t) => ({
    requestId: t.exposeString('requestId', {
      description: "The request it answers: the input's `requestId`, or the generated one.",
    }),
    namespace: t.expose('namespace', {
      type: BucketNamespace,
      description: 'The namespace the URL was signed for.',
    }),
    signedUrl: t.expose('signedUrl', {
      type: 'URL',
      description:
        "PUT the file's bytes here, with `content-type` set to its MIME type. Valid for a few minutes, for one upload.",
    }),
    resourceUrl: t.expose('resourceUrl', {
      type: 'URL',
      description:
        'Where the file is served once uploaded: the `url` of a file message (`FileContentInput`).',
    }),
    sizeLimit: t.exposeInt('sizeLimit', {
      nullable: true,
      description: 'Largest upload Crisp accepts, in bytes; null when Crisp does not say.',
    }),
  }),
});

const GenerateBucketUrlPayload = payloadRef<{ bucketUrl?: BucketUrlModel }>(
  'generateBucketUrl',
  (t) => ({
    bucketUrl: t.field({
      type: BucketUrl,
      nullable: true,
      description:
        'Where to upload the file and the URL to send; null when `userErrors` says why not.',
      resolve: (p) => p.bucketUrl ?? null,
    }),
  }),
);

builder.mutationField('generateBucketUrl', (t) =>
  t.field({
    type: GenerateBucketUrlPayload,
    nullable: true,
    description:
      'Asks Crisp for a signed URL to upload one file to, and returns it: Crisp sends it over RTM, and the gateway waits for it (CRISP_RTM_REPLY_TIMEOUT_MS, then `UPSTREAM_UNAVAILABLE`; the request is not sent twice). Needs live events (CRISP_RTM_MODE other than off).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: GenerateBucketUrlInput,
        required: true,
        description: 'The file and what it is for.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ bucketUrl: await bucket.generate(ctx, input) }),
  }),
);
