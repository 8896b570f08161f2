import {
  ConflictError,
  type CrispError,
  ForbiddenError,
  InvalidDataError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  UpstreamError,
  UpstreamUnavailableError,
} from '../datasources/crisp-errors.ts';
import { builder } from './builder.ts';

/** Every typed failure a mutation can return as a union member. */
export const ErrorInterface = builder.interfaceRef<CrispError>('Error').implement({
  description: 'A failure the client can act on. `code` is stable; `message` is safe to show.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
  }),
});

const errorTypes = [
  [NotFoundError, 'NotFoundError', 'The Crisp resource does not exist.'],
  [ForbiddenError, 'ForbiddenError', 'The operation is not allowed.'],
  [UnauthenticatedError, 'UnauthenticatedError', 'Crisp rejected the credentials.'],
  [RateLimitedError, 'RateLimitedError', 'A Crisp rate limit or quota was reached.'],
  [InvalidDataError, 'InvalidDataError', 'Crisp refused the data sent.'],
  [ConflictError, 'ConflictError', 'The change conflicts with an existing Crisp resource.'],
  [UpstreamUnavailableError, 'UpstreamUnavailableError', 'Crisp could not be reached in time.'],
  [UpstreamError, 'UpstreamError', 'Crisp answered with an unexpected error.'],
] as const;

for (const [cls, name, description] of errorTypes) {
  builder.objectType(cls, {
    name,
    description,
    interfaces: [ErrorInterface],
    isTypeOf: (v) => v instanceof cls,
  });
}

builder.objectFields(ForbiddenError, (t) => ({
  requiredTiers: t.stringList({
    nullable: true,
    description:
      'The token tiers the route serves (`CRISP_TIER`), when the gateway refused it before calling Crisp; null when Crisp refused.',
    resolve: (e) => (e.extensions.requiredTiers as string[] | undefined) ?? null,
  }),
}));

/** The error classes every mutation lists in `errors.types`. */
export const mutationErrors = [
  NotFoundError,
  ForbiddenError,
  UnauthenticatedError,
  RateLimitedError,
  InvalidDataError,
  ConflictError,
  UpstreamUnavailableError,
  UpstreamError,
];
