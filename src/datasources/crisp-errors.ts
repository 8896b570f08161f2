import { GraphQLError } from 'graphql';
import { errors as undiciErrors } from 'undici';

/**
 * A Crisp failure the gateway knows how to name. Each subclass has a fixed, client-safe message
 * and a stable `code` (also sent as `extensions.code`), both static; Crisp's `data.message` never
 * reaches a client, since it can carry visitor data.
 */
export abstract class CrispError extends GraphQLError {
  static readonly code: string;
  static readonly text: string;
  constructor(
    /** Crisp's reason, exactly as sent (or one of the client's own: `timeout`, `network`). */
    readonly reason: string,
    /** The route template that failed, e.g. `GET /website/:id`. */
    readonly route: string,
    readonly status = 0,
    /** The gateway's own words, when it refused the call itself; the class's text otherwise. */
    message?: string,
    extensions?: Record<string, unknown>,
  ) {
    const kind = new.target as unknown as typeof CrispError;
    super(message ?? kind.text, { extensions: { code: kind.code, ...extensions } });
  }
  get code(): string {
    return (this.constructor as typeof CrispError).code;
  }
}

export class NotFoundError extends CrispError {
  static override readonly code = 'NOT_FOUND';
  static override readonly text = 'The requested Crisp resource does not exist.';
}

export class ForbiddenError extends CrispError {
  static override readonly code = 'FORBIDDEN';
  static override readonly text = 'Crisp does not allow this operation with the configured token.';
}

export class UnauthenticatedError extends CrispError {
  static override readonly code = 'UNAUTHENTICATED';
  static override readonly text = 'Crisp rejected the configured credentials.';
}

export class RateLimitedError extends CrispError {
  static override readonly code = 'RATE_LIMITED';
  static override readonly text = 'Crisp rate limit or quota reached; try again later.';
  constructor(
    reason: string,
    route: string,
    status: number,
    /** Seconds Crisp asked to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
  ) {
    super(reason, route, status);
  }
}

export class InvalidDataError extends CrispError {
  static override readonly code = 'UPSTREAM_INVALID_DATA';
  static override readonly text = 'Crisp refused the data sent.';
}

/** What was sent clashes with what Crisp holds, e.g. a contact whose email another one uses. */
export class ConflictError extends CrispError {
  static override readonly code = 'CONFLICT';
  static override readonly text =
    'Crisp refused the change: it conflicts with an existing resource.';
}

/** Crisp could not be reached or did not answer in time (network error, timeout, bad body). */
export class UpstreamUnavailableError extends CrispError {
  static override readonly code = 'UPSTREAM_UNAVAILABLE';
  static override readonly text = 'Crisp is unavailable right now.';
}

/** Any other Crisp failure (5xx, unknown reason). */
export class UpstreamError extends CrispError {
  static override readonly code = 'UPSTREAM_ERROR';
  static override readonly text = 'Crisp answered with an error.';
}

/**
 * A request the gateway will not send as given: a header value with a control character, a URL
 * past `MAX_URL_LENGTH`, a body that is not JSON, or arguments undici refuses. It never reached
 * Crisp, so it is the caller's error (BAD_USER_INPUT), never retried and never counted against
 * the quota or a circuit breaker.
 */
export class InvalidRequestError extends GraphQLError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    /** The part at fault, when known, as crispRequest's input names it. */
    readonly part?: 'path' | 'query' | 'headers' | 'body',
  ) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

type ErrorClass = new (reason: string, route: string, status: number) => CrispError;

/**
 * One row per reason catalogued in docs/crisp/REST.md §5, plus every reason the sandbox sends
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
export function errorFromResponse(
  status: number,
  reason: string | undefined,
  route: string,
  retryAfter?: number,
): CrispError {
  const Class: ErrorClass =
    (reason && errorByReason[reason as keyof typeof errorByReason]) || classByStatus(status);
  if (Class === RateLimitedError)
    return new RateLimitedError(reason ?? 'http_error', route, status, retryAfter);
  return new Class(reason ?? 'http_error', route, status);
}

/** An undici failure as the typed error it stands for. */
export function transportError(err: unknown, route: string, status: number): CrispError | Error {
  if (err instanceof UpstreamUnavailableError) return err;
  if (err instanceof Error && err.name === 'AbortError') return err;
  // undici checks its arguments before it sends anything: a refusal there is the request's own
  // fault, not Crisp's, whoever made it. Its message names the argument, never a value.
  if (err instanceof undiciErrors.InvalidArgumentError)
    return new InvalidRequestError(`The request cannot be sent: ${err.message}.`);
  const timeout =
    err instanceof undiciErrors.ConnectTimeoutError ||
    err instanceof undiciErrors.HeadersTimeoutError ||
    err instanceof undiciErrors.BodyTimeoutError;
  // The undici error's message can name the host; only its kind travels on.
  return new UpstreamUnavailableError(timeout ? 'timeout' : 'network', route, status);
}
