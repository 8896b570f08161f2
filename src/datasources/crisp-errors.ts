import { GraphQLError } from 'graphql';

/**
 * A Crisp failure the gateway knows how to name. Each subclass has a fixed, client-safe message
 * and a stable `code` (also sent as `extensions.code`); Crisp's `data.message` never reaches a
 * client, since it can carry visitor data.
 */
export abstract class CrispError extends GraphQLError {
  abstract readonly code: string;
  constructor(
    message: string,
    /** Crisp's reason, exactly as sent (or one of the client's own: `timeout`, `network`). */
    readonly reason: string,
    /** The route template that failed, e.g. `GET /website/:website_id`. */
    readonly route: string,
    readonly status: number,
  ) {
    super(message);
  }
  protected withCode(code: string): this {
    Object.assign(this.extensions, { code });
    return this;
  }
}

export class NotFoundError extends CrispError {
  readonly code = 'NOT_FOUND';
  constructor(reason: string, route: string, status: number) {
    super('The requested Crisp resource does not exist.', reason, route, status);
    this.withCode(this.code);
  }
}

export class ForbiddenError extends CrispError {
  readonly code = 'FORBIDDEN';
  constructor(reason: string, route: string, status: number) {
    super('Crisp does not allow this operation with the configured token.', reason, route, status);
    this.withCode(this.code);
  }
}

export class UnauthenticatedError extends CrispError {
  readonly code = 'UNAUTHENTICATED';
  constructor(reason: string, route: string, status: number) {
    super('Crisp rejected the configured credentials.', reason, route, status);
    this.withCode(this.code);
  }
}

export class RateLimitedError extends CrispError {
  readonly code = 'RATE_LIMITED';
  constructor(
    reason: string,
    route: string,
    status: number,
    /** Seconds Crisp asked to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
  ) {
    super('Crisp rate limit or quota reached; try again later.', reason, route, status);
    this.withCode(this.code);
  }
}

export class InvalidDataError extends CrispError {
  readonly code = 'UPSTREAM_INVALID_DATA';
  constructor(reason: string, route: string, status: number) {
    super('Crisp refused the data sent.', reason, route, status);
    this.withCode(this.code);
  }
}

/** What was sent clashes with what Crisp holds, e.g. a contact whose email another one uses. */
export class ConflictError extends CrispError {
  readonly code = 'CONFLICT';
  constructor(reason: string, route: string, status: number) {
    super('Crisp refused the change: it conflicts with an existing resource.', reason, route, status);
    this.withCode(this.code);
  }
}

/** Crisp could not be reached or did not answer in time (network error, timeout, bad body). */
export class UpstreamUnavailableError extends CrispError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(reason: string, route: string, status = 0) {
    super('Crisp is unavailable right now.', reason, route, status);
    this.withCode(this.code);
  }
}

/** Any other Crisp failure (5xx, unknown reason). */
export class UpstreamError extends CrispError {
  readonly code = 'UPSTREAM_ERROR';
  constructor(reason: string, route: string, status: number) {
    super('Crisp answered with an error.', reason, route, status);
    this.withCode(this.code);
  }
}

type ErrorClass = new (reason: string, route: string, status: number) => CrispError;

/**
 * One row per reason catalogued in REST.md §5, plus every reason the sandbox sends
 * (test/unit/crisp-errors.test.ts checks both, and docs/errors.md explains each code).
 */
export const errorByReason = {
  not_found: NotFoundError,
  not_subscribed: NotFoundError,
  unauthorized: UnauthenticatedError,
  invalid_session: UnauthenticatedError,
  not_allowed: ForbiddenError,
  restricted_route_tier: ForbiddenError,
  invalid_data: InvalidDataError,
  // 409 from add_profile, save_profile and update_profile: another contact has this email.
  people_exists: ConflictError,
  rate_limited: RateLimitedError,
  quota_limit_exceeded: RateLimitedError,
  // The sandbox's 500 when a handler throws; Crisp documents no reason for its own faults.
  error: UpstreamError,
} satisfies Record<string, ErrorClass>;

function classByStatus(status: number): ErrorClass {
  if (status === 401) return UnauthenticatedError;
  if (status === 403) return ForbiddenError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 420 || status === 422 || status === 429) return RateLimitedError;
  if (status === 400) return InvalidDataError;
  return UpstreamError;
}

/** Turns a Crisp error answer into the typed error for its reason (or, failing that, status). */
export function errorFromResponse(status: number, reason: string | undefined, route: string, retryAfter?: number): CrispError {
  const Class: ErrorClass = (reason && errorByReason[reason as keyof typeof errorByReason]) || classByStatus(status);
  if (Class === RateLimitedError) return new RateLimitedError(reason ?? 'http_error', route, status, retryAfter);
  return new Class(reason ?? 'http_error', route, status);
}
