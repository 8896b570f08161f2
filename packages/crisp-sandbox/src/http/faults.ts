import type { Endpoint } from '../catalogue.ts';
import { routeKey } from './router.ts';

/**
 * Names one route or every route: a catalogue id (`website.conversation.get`), a route key
 * (`GET /website/:website_id/conversation/:session_id`) or `*`.
 */
export type RouteSelector = string;

export type Fault =
  | { kind: 'fail'; status: number; reason: string; retryAfter?: number }
  | { kind: 'malformed' }
  | { kind: 'reset' }
  | { kind: 'slowBody'; ms: number }
  | { kind: 'timeout'; ms: number };

interface Armed {
  route: RouteSelector;
  fault: Fault;
  remaining: number;
}

export interface RateLimit {
  /** Requests a second per token; past it, `status` (429 or 420). */
  perSecond?: number;
  /** Requests a day per token; past it, 429 with reason `quota_limit_exceeded`. */
  daily?: number;
  /** @default 429 */
  status?: 429 | 420;
}

const matches = (sel: RouteSelector, e: Endpoint) =>
  sel === '*' || sel === e.id || sel === routeKey(e);

/** Fault injection state of one sandbox: what the next calls of a route will suffer. */
export class Faults {
  private armed: Armed[] = [];
  private latency = new Map<RouteSelector, number>();
  private limit: RateLimit = {};
  private windows = new Map<
    string,
    { second: number; count: number; day: number; daily: number }
  >();

  /** The next `times` calls of `route` suffer `fault`. */
  arm(route: RouteSelector, fault: Fault, times = 1): void {
    this.armed.push({ route, fault, remaining: times });
  }

  /** Adds `ms` before every answer of `route` (`*` for all); 0 removes it. */
  setLatency(ms: number, route: RouteSelector = '*'): void {
    if (ms > 0) this.latency.set(route, ms);
    else this.latency.delete(route);
  }

  setRateLimit(limit: RateLimit): void {
    this.limit = limit;
    this.windows.clear();
  }

  /** Requests counted against `identifier`'s daily quota today. */
  quotaUsed(identifier: string): number {
    return this.windows.get(identifier)?.daily ?? 0;
  }

  reset(): void {
    this.armed = [];
    this.latency.clear();
    this.setRateLimit({});
  }

  latencyFor(e: Endpoint): number {
    let ms = 0;
    for (const [sel, v] of this.latency) if (matches(sel, e)) ms = Math.max(ms, v);
    return ms;
  }

  /** Takes the next armed fault for this endpoint, if any. */
  take(e: Endpoint): Fault | undefined {
    const a = this.armed.find((x) => x.remaining > 0 && matches(x.route, e));
    if (!a) return undefined;
    a.remaining -= 1;
    if (a.remaining === 0) this.armed.splice(this.armed.indexOf(a), 1);
    return a.fault;
  }

  /** Counts one request for a token; answers the fault when a limit is passed. */
  rate(identifier: string, now: number): Fault | undefined {
    const { perSecond, daily, status = 429 } = this.limit;
    if (!perSecond && !daily) return undefined;
    const second = Math.floor(now / 1000);
    const day = Math.floor(now / 86_400_000);
    const w = this.windows.get(identifier) ?? { second, count: 0, day, daily: 0 };
    if (w.second !== second) Object.assign(w, { second, count: 0 });
    if (w.day !== day) Object.assign(w, { day, daily: 0 });
    this.windows.set(identifier, w);
    if (daily && w.daily >= daily) {
      return {
        kind: 'fail',
        status: 429,
        reason: 'quota_limit_exceeded',
        retryAfter: 86_400 - ((now / 1000) % 86_400),
      };
    }
    if (perSecond && w.count >= perSecond)
      return { kind: 'fail', status, reason: 'rate_limited', retryAfter: 1 };
    w.count += 1;
    w.daily += 1;
    return undefined;
  }
}
