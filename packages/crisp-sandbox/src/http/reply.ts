/**
 * Every error reason the sandbox answers on its own, with its HTTP status (`rate_limited` is 420
 * under `setRateLimit({ status: 420 })`). `failNext` may arm any other pair. The gateway's tests
 * check that each reason has a row in its own reason table.
 */
export const errorReasons = {
  invalid_data: 400,
  unauthorized: 401,
  not_allowed: 403,
  restricted_route_tier: 403,
  not_found: 404,
  not_subscribed: 404,
  people_exists: 409,
  rate_limited: 429,
  quota_limit_exceeded: 429,
  error: 500,
} as const satisfies Record<string, number>;

export type ErrorReason = keyof typeof errorReasons;

/** A Crisp error answer: `{ error: true, reason, data: { message } }` with the reason's status. */
export class SandboxError extends Error {
  readonly status: number;

  constructor(
    readonly reason: ErrorReason,
    message: string = reason,
  ) {
    super(message);
    this.status = errorReasons[reason];
  }
}

export const notFound = (what = 'resource') => new SandboxError('not_found', `${what} not found`);
export const invalidData = (message: string) => new SandboxError('invalid_data', message);

/** A success answer whose reason or status differs from the method's default. */
export class Reply {
  constructor(
    readonly data: unknown,
    readonly reason?: string,
    readonly status = 200,
  ) {}
}

/**
 * The success reason Crisp sends by method (only `updated` is confirmed; see docs/crisp/REST.md
 * §4).
 */
export const successReason: Record<string, string> = {
  GET: 'resolved',
  HEAD: 'resolved',
  POST: 'added',
  PUT: 'updated',
  PATCH: 'updated',
  DELETE: 'deleted',
};

export const envelope = (error: boolean, reason: string, data: unknown) =>
  JSON.stringify({ error, reason, data });

/** Crisp's fixed page size for page-numbered lists (docs/crisp/REST.md §6). */
export const PAGE_SIZE = 20;

/** One 1-based page of a list; past the end, an empty array. */
export function page<T>(list: readonly T[], pageNumber: number, size = PAGE_SIZE): T[] {
  const start = (pageNumber - 1) * size;
  return list.slice(start, start + size);
}
