import { CrispError, UpstreamUnavailableError } from './crisp-errors.ts';

/** When and how long `CrispClient` waits before sending a failed call again. */
export interface RetryPolicy {
  /** Attempts in all, the first included; 1 turns retries off. */
  attempts: number;
  /** Back-off before the second attempt, doubled for each one after (with jitter). */
  baseDelayMs: number;
  /** Ceiling of one back-off. */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` honoured. Crisp asking for more is answered at once with RATE_LIMITED
   * (its `retryAfter` says when), rather than holding the client's request that long.
   */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2000,
  maxRetryAfterMs: 5000,
};

/**
 * Statuses Crisp means as "try again": 429 and 420 (rate limits), 422 (named by a maintainer next
 * to 429 as "retry later", docs/crisp/REST.md §5) and every 5xx.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 420 || status === 422 || status >= 500;
}

/** The daily plugin quota resets at midnight: no back-off within one request reaches it. */
const FINAL_REASONS = new Set(['quota_limit_exceeded']);

/** Transport failures worth another attempt: a timeout, a reset, a cut or malformed body. */
export function isRetryableError(err: unknown): boolean {
  return (
    err instanceof UpstreamUnavailableError &&
    ['timeout', 'network', 'invalid_body'].includes(err.reason)
  );
}

/**
 * The wait before attempt `attempt + 1`, or undefined to give up: exponential back-off with
 * "equal jitter" (half fixed, half random, so a burst of failures does not retry in lockstep), or
 * Crisp's `Retry-After` when it sent one and it is within `maxRetryAfterMs`.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  outcome: { reason?: string; retryAfterS?: number },
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= policy.attempts) return undefined;
  if (outcome.reason && FINAL_REASONS.has(outcome.reason)) return undefined;
  if (outcome.retryAfterS !== undefined) {
    const ms = outcome.retryAfterS * 1000;
    if (ms > policy.maxRetryAfterMs) return undefined;
    return ms + Math.floor(random() * 100);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** The reason to report for a failed attempt (metrics label: a small, fixed set). */
export function retryReason(outcome: { status?: number; err?: unknown }): string {
  if (outcome.err instanceof CrispError)
    return outcome.err.reason === 'invalid_body'
      ? 'invalid_body'
      : outcome.err.reason === 'timeout'
        ? 'timeout'
        : 'network';
  const s = outcome.status ?? 0;
  return s >= 500 ? '5xx' : String(s);
}
