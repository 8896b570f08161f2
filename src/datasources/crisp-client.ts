import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import { errorFromResponse, UpstreamUnavailableError, type CrispError } from './crisp-errors.ts';

export type Tier = 'plugin' | 'website' | 'user';
export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Query values: null/undefined are dropped, booleans become 0/1, objects are JSON-encoded (as the Node client does). */
export type QueryValue = string | number | boolean | null | undefined | object;

export interface CrispClientOptions {
  /** REST base including `/v1`. @default 'https://api.crisp.chat/v1' */
  baseUrl: string;
  identifier: string;
  key: string;
  /** @default 'plugin' */
  tier: Tier;
  /** Connect, headers and body timeouts; the official client uses 10 s. @default 10000 */
  timeoutMs?: number;
  /** @default 64 */
  connections?: number;
}

export interface CrispRequest {
  method: Method;
  /** Path below `/v1`, every segment already encoded (build it with `route`). */
  path: string | CrispPath;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** One finished upstream call, for metrics and tests. */
export interface CrispCall {
  method: Method;
  /** Route template, ids as `:id`: `GET /website/:id/conversation/:id`. */
  route: string;
  status: number;
  ms: number;
}

const USER_AGENT = 'crisp-graphql-gateway/0.1';

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

/** `route\`/website/${id}/people/profile/${email}\`` — encodes every interpolated segment. */
export function route(strings: TemplateStringsArray, ...values: (string | number)[]): CrispPath {
  const join = (fill: (v: string | number) => string) =>
    strings.reduce((acc, s, i) => acc + s + (i < values.length ? fill(values[i]!) : ''), '');
  return new CrispPath(join((v) => encodeURIComponent(String(v))), join(() => ':id'));
}

/** A caller-given path (crispRequest) has no template: segments holding ids become `:id`. */
const template = (method: string, path: string | CrispPath) =>
  `${method} ${path instanceof CrispPath ? path.template : path.replace(/\/[^/]*[^a-z_/][^/]*/g, '/:id')}`;

function encodeQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined) continue;
    params.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The one way the gateway talks to Crisp: a keep-alive undici Pool for the Crisp origin, Basic
 * auth and tier headers, and the `{ error, reason, data }` envelope decoded into data or a
 * typed error. The credentials live only in the Authorization header built here.
 */
export class CrispClient {
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly headers: Record<string, string>;
  private readonly listeners = new Set<(call: CrispCall) => void>();

  constructor(readonly options: CrispClientOptions) {
    const base = new URL(options.baseUrl);
    const timeout = options.timeoutMs ?? 10_000;
    this.pool = new Pool(base.origin, {
      connections: options.connections ?? 64,
      connectTimeout: timeout,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      keepAliveTimeout: 30_000,
    });
    this.basePath = base.pathname.replace(/\/$/, '');
    this.headers = {
      authorization: `Basic ${Buffer.from(`${options.identifier}:${options.key}`).toString('base64')}`,
      'x-crisp-tier': options.tier,
      'user-agent': USER_AGENT,
      accept: 'application/json',
    };
  }

  /** Called after every upstream call (metrics, tests). Returns an unsubscribe function. */
  onCall(listener: (call: CrispCall) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get<T>(path: string | CrispPath, query?: Record<string, QueryValue>): Promise<T> {
    return this.request<T>({ method: 'GET', path, query });
  }
  post<T>(path: string | CrispPath, body: unknown = {}): Promise<T> {
    return this.request<T>({ method: 'POST', path, body });
  }
  put<T>(path: string | CrispPath, body: unknown = {}): Promise<T> {
    return this.request<T>({ method: 'PUT', path, body });
  }
  patch<T>(path: string | CrispPath, body: unknown = {}): Promise<T> {
    return this.request<T>({ method: 'PATCH', path, body });
  }
  delete<T>(path: string | CrispPath, body?: unknown): Promise<T> {
    return this.request<T>({ method: 'DELETE', path, body });
  }

  /** HEAD check routes: 200 → true, 404 → false, anything else → typed error. */
  async head(path: string | CrispPath, query?: Record<string, QueryValue>): Promise<boolean> {
    const res = await this.send({ method: 'HEAD', path, query });
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw errorFromResponse(res.status, undefined, template('HEAD', path));
  }

  /** Decodes the envelope: returns `data`, or throws the typed error for Crisp's reason. */
  async request<T>(req: CrispRequest): Promise<T> {
    const res = await this.send(req);
    const envelope = res.body as { error?: boolean; reason?: string; data?: unknown } | null;
    if (res.status >= 400 || envelope?.error) {
      throw errorFromResponse(res.status, envelope?.reason, template(req.method, req.path), res.retryAfter);
    }
    if (!envelope || typeof envelope !== 'object') {
      throw new UpstreamUnavailableError('invalid_body', template(req.method, req.path), res.status);
    }
    return envelope.data as T;
  }

  /** Sends a request and returns the status with the parsed JSON body (null when empty). */
  async send(req: CrispRequest): Promise<{ status: number; body: unknown; retryAfter?: number }> {
    const started = performance.now();
    const name = template(req.method, req.path);
    const hasBody = req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD';
    let status = 0;
    try {
      const res: Dispatcher.ResponseData = await this.pool.request({
        method: req.method,
        path: `${this.basePath}${String(req.path)}${encodeQuery(req.query)}`,
        headers: {
          ...req.headers,
          ...this.headers,
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
        },
        body: hasBody ? JSON.stringify(req.body) : undefined,
        signal: req.signal,
      });
      status = res.statusCode;
      // Always read the body, errors included, so the connection goes back to the pool.
      const text = await res.body.text();
      const retryAfter = Number(res.headers['retry-after']) || undefined;
      if (!text) return { status, body: null, retryAfter };
      try {
        return { status, body: JSON.parse(text) as unknown, retryAfter };
      } catch {
        throw new UpstreamUnavailableError('invalid_body', name, status);
      }
    } catch (err) {
      throw toTransportError(err, name, status);
    } finally {
      const call: CrispCall = { method: req.method, route: name.slice(req.method.length + 1), status, ms: performance.now() - started };
      for (const l of this.listeners) l(call);
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function toTransportError(err: unknown, route: string, status: number): CrispError | Error {
  if (err instanceof UpstreamUnavailableError) return err;
  if (err instanceof Error && err.name === 'AbortError') return err;
  const timeout =
    err instanceof undiciErrors.ConnectTimeoutError ||
    err instanceof undiciErrors.HeadersTimeoutError ||
    err instanceof undiciErrors.BodyTimeoutError;
  // The undici error's message can name the host; only its kind travels on.
  return new UpstreamUnavailableError(timeout ? 'timeout' : 'network', route, status);
}
