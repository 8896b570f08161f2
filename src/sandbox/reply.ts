/** A Crisp error answer: `{ error: true, reason, data: { message } }` with an HTTP status. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message = reason,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new SandboxError(404, 'not_found', `${what} not found`);
export const invalidData = (message: string) => new SandboxError(400, 'invalid_data', message);

/** A success answer whose reason or status differs from the method's default. */
export class Reply {
  constructor(
    readonly data: unknown,
    readonly reason?: string,
    readonly status = 200,
  ) {}
}

/** The success reason Crisp sends by method (only `updated` is confirmed; see REST.md §4). */
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

/** Crisp's fixed page size for page-numbered lists (REST.md §6). */
export const PAGE_SIZE = 20;

/** One 1-based page of a list; past the end, an empty array. */
export function page<T>(list: readonly T[], pageNumber: number, size = PAGE_SIZE): T[] {
  const start = (pageNumber - 1) * size;
  return list.slice(start, start + size);
}
