import type { BreakerOptions } from './circuit-breaker.ts';
import type { Method } from './crisp-request.ts';
import type { Tier } from './crisp-tiers.ts';
import type { QuotaCounter } from './quota.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { ReadCache } from './read-cache.ts';
import type { RetryPolicy } from './retry.ts';

/** The official client's timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface CrispClientOptions {
  /** REST base including `/v1`. @default 'https://api.crisp.chat/v1' */
  baseUrl: string;
  identifier: string;
  key: string;
  /** @default 'plugin' */
  tier: Tier;
  /** Connect, headers and body timeouts. @default DEFAULT_TIMEOUT_MS */
  timeoutMs?: number;
  /** @default 64 */
  connections?: number;
  /** Retries of GET, HEAD and calls marked `idempotent`; `false`: one attempt each. @default defaultRetryPolicy */
  retry?: Partial<RetryPolicy> | false;
  /** Per-route circuit breaker; `false`: none. @default defaultBreakerOptions */
  breaker?: Partial<BreakerOptions> | false;
  /** The token bucket every attempt draws from, fairly between callers. @default none */
  rateLimiter?: RateLimiter;
  /** Counts every attempt sent against the daily quota. @default none */
  quota?: QuotaCounter;
  /** The shared read cache every `send` goes through (`read-cache.ts`). @default none */
  cache?: Pick<ReadCache, 'through'>;
}

/** One finished upstream call, for metrics and tests. */
export interface CrispCall {
  method: Method;
  /** Route template, ids as `:id`: `GET /website/:id/conversation/:id`. */
  route: string;
  /** HTTP status; 0 when no answer came (timeout, reset). */
  status: number;
  ms: number;
  /** 1 for the first attempt of a request, 2 for its first retry… */
  attempt: number;
  /** Why the attempt failed without a status, or had an unreadable body. */
  error?: 'timeout' | 'network' | 'invalid_body';
}

/** Something the client did instead of, or between, calls: for metrics and logs. */
export type CrispEvent =
  | {
      kind: 'retry';
      method: Method;
      route: string;
      attempt: number;
      reason: string;
      delayMs: number;
    }
  | { kind: 'wait'; method: Method; route: string; ms: number }
  | { kind: 'refused'; method: Method; route: string; reason: 'circuit_open' | 'local_rate_limit' };
