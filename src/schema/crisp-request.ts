import { z } from 'zod';
import { crispCalls, websiteList } from '../request/crisp-cost.ts';
import type { CrispResponseModel } from '../resolvers/crisp-request.ts';
import * as crispRequest from '../resolvers/crisp-request.ts';
import { builder } from './builder.ts';

/** The call, after the plugin token's website list when the path names a website. */
const sent = crispCalls(websiteList, { calls: 1 });

import { payloadRef, withUserErrors } from './user-error.ts';

const CrispRequestMethod = builder.enumType('CrispRequestMethod', {
  description: 'The HTTP method of a raw Crisp call.',
  values: {
    GET: { description: 'Reads; the only method `Query.crispRequest` takes.' },
    POST: { description: 'Creates, or runs an action.' },
    PUT: { description: 'Replaces a resource.' },
    PATCH: { description: 'Changes part of a resource.' },
    DELETE: { description: 'Removes a resource.' },
  } as const,
});

const jsonObject = z.record(z.string(), z.unknown(), 'must be a JSON object');

const CrispRequestInput = builder.inputType('CrispRequestInput', {
  description: 'A raw Crisp REST call, for routes the typed schema does not cover yet.',
  fields: (t) => ({
    method: t.field({
      type: CrispRequestMethod,
      description: 'Query.crispRequest only takes GET. Defaults to GET.',
    }),
    path: t.string({
      required: true,
      description:
        'Path below /v1, starting with /website/{website_id}/ or /plugin/; segments percent-encoded, no query string.',
      validate: z
        .string()
        .max(2048)
        .superRefine((path, ctx) => {
          const problem = crispRequest.pathProblem(path);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    }),
    query: t
      .field({ type: 'JSONObject', description: 'Query string parameters, as a JSON object.' })
      .validate(jsonObject.nullish()),
    headers: t
      .field({
        type: 'JSONObject',
        description: `Extra request headers, as a JSON object of strings. Allowed: ${crispRequest.allowedHeaders.join(', ')}.`,
      })
      .validate(
        z
          .record(z.string(), z.string().max(512), 'must be a JSON object of strings')
          .superRefine((headers, ctx) => {
            const refused = Object.keys(headers).filter(
              (name) => !crispRequest.isAllowedHeader(name),
            );
            if (refused.length)
              ctx.addIssue({
                code: 'custom',
                message: `header ${refused.join(', ')} is not allowed`,
              });
          })
          .nullish(),
      ),
    body: t.field({ type: 'JSON', description: 'The JSON body (not with GET).' }),
  }),
});

const CrispResponse = builder.objectRef<CrispResponseModel>('CrispResponse').implement({
  description: "Crisp's answer, as sent: error answers are returned here too, not raised.",
  fields: (t) => ({
    status: t.exposeInt('status', { description: 'The HTTP status.' }),
    error: t.exposeBoolean('error', { description: 'Whether Crisp answered with an error.' }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: "Crisp's reason, e.g. resolved, not_found.",
    }),
    data: t.expose('data', {
      type: 'JSON',
      nullable: true,
      description: "Crisp's `data`, as sent; null when it sent none.",
    }),
  }),
});

builder.queryField('crispRequest', (t) =>
  t.field({
    type: CrispResponse,
    nullable: true,
    description:
      'Sends a read-only (GET) Crisp REST call with the gateway token and returns the answer as is.',
    extensions: sent,
    args: {
      input: t.arg({ type: CrispRequestInput, required: true, description: 'The call to send.' }),
    },
    resolve: (_, { input }, ctx) => crispRequest.send(ctx, input, { readOnly: true }),
  }),
);

const CrispRequestPayload = payloadRef<{ response?: CrispResponseModel }>('crispRequest', (t) => ({
  response: t.field({
    type: CrispResponse,
    nullable: true,
    description: "Crisp's answer, as sent; null when the gateway refused the call.",
    resolve: (p) => p.response ?? null,
  }),
}));

builder.mutationField('crispRequest', (t) =>
  t.field({
    type: CrispRequestPayload,
    nullable: true,
    description: 'Sends any Crisp REST call with the gateway token and returns the answer as is.',
    extensions: { ...sent, ...withUserErrors },
    args: {
      input: t.arg({ type: CrispRequestInput, required: true, description: 'The call to send.' }),
    },
    resolve: async (_, { input }, ctx) => ({
      response: await crispRequest.send(ctx, input, { readOnly: false }),
    }),
  }),
);
