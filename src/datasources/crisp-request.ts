import { InvalidRequestError } from './crisp-errors.ts';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Query values: null/undefined are dropped, booleans become 0/1, objects are JSON-encoded (as the Node client does). */
export type QueryValue = string | number | boolean | null | undefined | object;

export interface CrispRequest {
  method: Method;
  /** Path below `/v1`, every segment already encoded (build it with `route`). */
  path: string | CrispPath;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Safe to send again after a failure although the method is not GET/HEAD: Crisp cannot apply
   * it twice (a message carrying its fingerprint). Other writes are never retried. @default false
   */
  idempotent?: boolean;
  /**
   * A client shaped this request (crispRequest). Its failures then count against a circuit of
   * the client's own, `crispRequest <caller> <METHOD> <template>`, never against the circuit the
   * typed routes share: a path, query or body one client chose (a route Crisp answers 500 for
   * that body, a slow listing asked on purpose) says nothing about the route as everyone else
   * calls it, so only that client's raw calls of the route stop while it keeps failing. Crisp
   * being down still opens the shared circuits through the typed traffic itself. @default false
   */
  raw?: boolean;
}

/**
 * Longest path plus query string sent below `/v1`: 8 KiB, the request line most front ends take
 * (nginx's default buffer). A longer one is refused before any call rather than sent to fail.
 */
export const MAX_URL_LENGTH = 8192;

/** A header value undici sends (RFC 9110 field-value): no CR, LF, NUL or other control character. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** A path below `/v1` with every segment encoded, and its template (ids as `:id`) for logs and metrics. */
export class CrispPath {
  constructor(
    readonly path: string,
    readonly template: string,
  ) {}
  toString(): string {
    return this.path;
  }
}

/**
 * A value `route` writes as several segments: each encoded, the slashes between them kept. Crisp
 * takes a helpdesk tree path (`orders/delivery/shipping-policy.md`) so, as its Node client sends it.
 */
export class Segments {
  constructor(readonly value: string) {}
}

const encodeValue = (v: string | number | Segments) =>
  v instanceof Segments
    ? v.value.split('/').map(encodeURIComponent).join('/')
    : encodeURIComponent(String(v));

/** `route\`/website/${id}/people/profile/${email}\`` — encodes every interpolated segment. */
export function route(
  strings: TemplateStringsArray,
  ...values: (string | number | Segments)[]
): CrispPath {
  const join = (fill: (v: string | number | Segments) => string) =>
    strings.reduce((acc, s, i) => acc + s + (i < values.length ? fill(values[i]!) : ''), '');
  return new CrispPath(
    join(encodeValue),
    join(() => ':id'),
  );
}

/** A caller-given path (crispRequest) has no template: segments holding ids become `:id`. */
export const template = (method: string, path: string | CrispPath) =>
  `${method} ${path instanceof CrispPath ? path.template : path.replace(/\/[^/]*[^a-z_/][^/]*/g, '/:id')}`;

function encodeQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined) continue;
    params.set(
      k,
      typeof v === 'boolean'
        ? v
          ? '1'
          : '0'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v),
    );
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** What one request sends, formed once before its first attempt. */
export interface FormedRequest {
  /** Path and query string below `/v1`. */
  url: string;
  body?: string;
}

/**
 * The URL and JSON body of a request, or an InvalidRequestError naming the part that cannot be
 * sent. It runs before the breaker, the bucket and the quota see the request, so one that could
 * never go out costs nothing and tells nothing about Crisp.
 */
export function formRequest(req: CrispRequest): FormedRequest {
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (!HEADER_VALUE.test(value))
      throw new InvalidRequestError(
        `The ${name} header value holds a control character.`,
        'headers',
      );
  }
  let url: string;
  let body: string | undefined;
  try {
    url = `${String(req.path)}${encodeQuery(req.query)}`;
  } catch {
    // JSON.stringify of a value nested past the stack, or holding a BigInt.
    throw new InvalidRequestError('The query cannot be encoded.', 'query');
  }
  if (url.length > MAX_URL_LENGTH) {
    throw new InvalidRequestError(
      `The path and query string exceed ${MAX_URL_LENGTH} characters.`,
      req.query ? 'query' : 'path',
    );
  }
  try {
    if (req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD')
      body = JSON.stringify(req.body);
  } catch {
    throw new InvalidRequestError('The body cannot be encoded as JSON.', 'body');
  }
  return { url, body };
}
