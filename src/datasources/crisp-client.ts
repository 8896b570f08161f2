import { setTimeout as sleep } from 'node:timers/promises';
import { type Dispatcher, Pool } from 'undici';
import { CircuitBreakers, defaultBreakerOptions } from './circuit-breaker.ts';
import {
  type CrispCall,
  type CrispClientOptions,
  type CrispEvent,
  DEFAULT_TIMEOUT_MS,
} from './crisp-client-options.ts';
import { type CrispAnswer, dataOf, existsOf } from './crisp-envelope.ts';
import {
  InvalidRequestError,
  RateLimitedError,
  transportError,
  UpstreamUnavailableError,
} from './crisp-errors.ts';
import {
  type CrispPath,
  type CrispRequest,
  type FormedRequest,
  formRequest,
  type QueryValue,
  template,
} from './crisp-request.ts';
import { assertRouteTier } from './crisp-tiers.ts';
import type { RateLimiter, Reservation } from './rate-limit.ts';
import {
  defaultRetryPolicy,
  isRetryableError,
  isRetryableStatus,
  type RetryPolicy,
  retryDelay,
  retryReason,
} from './retry.ts';

export type { Tier } from './crisp-tiers.ts';

/** One request on its way: its route template (`name`, and `route` without the method) and circuit. */
interface Call {
  req: CrispRequest;
  name: string;
  route: string;
  circuit: string;
}
const USER_AGENT = 'crisp-graphql-gateway/0.1';

/** The caller's signal ended the wait or the call: not a failure of Crisp. */
const isAbort = (err: unknown, signal?: AbortSignal) =>
  signal?.aborted === true && !(err instanceof UpstreamUnavailableError);

/**
 * The one way the gateway talks to Crisp: a keep-alive undici Pool for the Crisp origin, Basic
 * auth and tier headers, and the `{ error, reason, data }` envelope decoded into data or a
 * typed error. The credentials live only in the Authorization header built here.
 *
 * Each attempt draws a token from the rate limiter, passes the route's circuit breaker, and runs
 * under the pool's timeouts. GET, HEAD and calls marked `idempotent` are sent again on 429/420/422,
 * 5xx, timeouts, resets and malformed bodies, after an exponential back-off with jitter or
 * Crisp's `Retry-After`. This loop is written out rather than composed from undici's retry
 * interceptor because the bucket, the breaker and the metrics must each see every attempt.
 */
export class CrispClient {
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly headers: Record<string, string>;
  private readonly retry: RetryPolicy;
  readonly breakers?: CircuitBreakers;
  private readonly listeners = new Set<(call: CrispCall) => void>();
  private readonly eventListeners = new Set<(event: CrispEvent) => void>();
  /** Whose calls these are, for the rate limiter's turns (`forCaller`); the gateway's own when absent. */
  readonly caller?: string;
  /** Reads skip the read cache and refresh it (`Cache-Control: no-cache`). */
  readonly freshReads: boolean = false;
  /** Routes the read cache answered out of date near the quota, for this request's response. */
  readonly staleReads?: string[];

  constructor(readonly options: CrispClientOptions) {
    const base = new URL(options.baseUrl);
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
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
    this.retry =
      options.retry === false
        ? { ...defaultRetryPolicy, attempts: 1 }
        : { ...defaultRetryPolicy, ...options.retry };
    if (options.breaker !== false)
      this.breakers = new CircuitBreakers({ ...defaultBreakerOptions, ...options.breaker });
  }
  /** This client for `caller`'s calls (rate-limit turns, fresh and stale reads); pool, breakers, listeners shared. */
  forCaller(caller: string, freshReads = false, staleReads?: string[]): CrispClient {
    return Object.assign(Object.create(this) as CrispClient, { caller, freshReads, staleReads });
  }

  /** Called after every upstream call, retries included (metrics, tests). Returns an unsubscribe function. */
  onCall(listener: (call: CrispCall) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Retries, rate-limit waits and refusals (metrics, logs). Returns an unsubscribe function. */
  onEvent(listener: (event: CrispEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
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
    return existsOf(await this.send({ method: 'HEAD', path, query }), template('HEAD', path));
  }

  /** Returns the envelope's `data`, or throws the typed error for Crisp's reason. */
  async request<T>(req: CrispRequest): Promise<T> {
    return dataOf<T>(await this.send(req), template(req.method, req.path));
  }

  /**
   * Sends a request (through the read cache, if any), with the retries its method allows, and
   * returns the last status with the parsed JSON body (null when empty). Error statuses are
   * answers; only a forbidden tier, transport failures, an open circuit and a refusal throw.
   */
  async send(req: CrispRequest): Promise<CrispAnswer> {
    assertRouteTier(this.options.tier, req.method, req.path);
    const { cache } = this.options;
    return cache
      ? cache.through(req, this.freshReads, (r) => this.transmit(r), this.staleReads)
      : this.transmit(req);
  }

  private async transmit(req: CrispRequest): Promise<CrispAnswer> {
    const name = template(req.method, req.path);
    const circuit = req.raw ? `crispRequest ${this.caller ?? 'anonymous'} ${name}` : name;
    const call: Call = { req, name, circuit, route: name.slice(req.method.length + 1) };
    const formed = formRequest(req);
    const retryable = req.method === 'GET' || req.method === 'HEAD' || req.idempotent === true;
    for (let attempt = 1; ; attempt++) {
      // Without a rate limiter admission is synchronous: no promise and no extra tick per call.
      const admitted = this.admit(call);
      if (admitted) await admitted;
      let res: CrispAnswer;
      try {
        res = await this.attempt(call, formed, attempt);
      } catch (err) {
        if (isAbort(err, req.signal)) {
          this.breakers?.release(circuit);
          throw err;
        }
        if (isRetryableError(err)) this.breakers?.failure(circuit);
        else this.breakers?.release(circuit);
        const delay =
          retryable && isRetryableError(err) ? retryDelay(this.retry, attempt, {}) : undefined;
        if (delay === undefined) throw err;
        await this.backOff(call, attempt, retryReason({ err }), delay);
        continue;
      }
      if (res.status >= 500) this.breakers?.failure(circuit);
      else this.breakers?.success(circuit);
      const reason = (res.body as { reason?: unknown } | null)?.reason;
      if ((res.status === 429 || res.status === 420) && res.retryAfter)
        this.options.rateLimiter?.pause(res.retryAfter * 1000);
      if (!retryable || !isRetryableStatus(res.status)) return res;
      const delay = retryDelay(this.retry, attempt, {
        reason: typeof reason === 'string' ? reason : undefined,
        retryAfterS: res.retryAfter,
      });
      if (delay === undefined) return res;
      await this.backOff(call, attempt, retryReason({ status: res.status }), delay);
    }
  }

  /** The circuit breaker and the token bucket, before each attempt; a promise only when there is a bucket. */
  private admit({ req, name, circuit, route }: Call): Promise<void> | undefined {
    if (this.breakers && !this.breakers.allow(circuit)) {
      this.emit({ kind: 'refused', method: req.method, route, reason: 'circuit_open' });
      throw new UpstreamUnavailableError('circuit_open', name);
    }
    const limiter = this.options.rateLimiter;
    return limiter && this.reserve({ req, name, circuit, route }, limiter);
  }

  private async reserve({ req, name, circuit, route }: Call, limiter: RateLimiter): Promise<void> {
    let reservation: Reservation;
    try {
      reservation = await limiter.reserve(this.caller, req.signal);
    } catch (err) {
      this.breakers?.release(circuit);
      throw err;
    }
    if (!reservation.ok) {
      this.breakers?.release(circuit);
      this.emit({ kind: 'refused', method: req.method, route, reason: 'local_rate_limit' });
      throw new RateLimitedError('local_rate_limit', name, 0, Math.ceil(reservation.waitMs / 1000));
    }
    if (reservation.waitMs > 0)
      this.emit({ kind: 'wait', method: req.method, route, ms: reservation.waitMs });
  }

  private async backOff({ req, route }: Call, attempt: number, reason: string, delayMs: number) {
    this.emit({ kind: 'retry', method: req.method, route, attempt, reason, delayMs });
    await sleep(delayMs, undefined, { signal: req.signal });
  }

  /**
   * One HTTP exchange, bounded by the pool's connect, headers and body timeouts (undici's own
   * timers: a per-attempt controller and timer cost more than the rest of the call's bookkeeping).
   * The body timeout is the longest silence between chunks; Crisp's answers are small JSON bodies.
   */
  private async attempt(call: Call, formed: FormedRequest, attempt: number): Promise<CrispAnswer> {
    const { req, name, route } = call;
    const started = performance.now();
    const hasBody = formed.body !== undefined;
    let status = 0;
    let error: CrispCall['error'];
    let sent = true;
    try {
      const res: Dispatcher.ResponseData = await this.pool.request({
        method: req.method,
        path: `${this.basePath}${formed.url}`,
        // The shared header object when nothing is added (undici only reads it).
        headers:
          req.headers || hasBody
            ? {
                ...req.headers,
                ...this.headers,
                ...(hasBody ? { 'content-type': 'application/json' } : {}),
              }
            : this.headers,
        body: formed.body,
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
        error = 'invalid_body';
        throw new UpstreamUnavailableError('invalid_body', name, status);
      }
    } catch (err) {
      const e = transportError(err, name, status);
      if (e instanceof UpstreamUnavailableError) error = e.reason as CrispCall['error'];
      sent = !(e instanceof InvalidRequestError);
      throw e;
    } finally {
      // A request undici refused to form never left: no call, nothing against the daily quota.
      if (sent) {
        this.options.quota?.count();
        const call: CrispCall = {
          method: req.method,
          route,
          status,
          ms: performance.now() - started,
          attempt,
          ...(error ? { error } : {}),
        };
        for (const l of this.listeners) l(call);
      }
    }
  }

  private emit(event: CrispEvent): void {
    for (const l of this.eventListeners) l(event);
  }
  close(): Promise<void> {
    return this.pool.close();
  }
  /** Ends every connection now, in-flight calls included (after the shutdown deadline). */
  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
