import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { CircuitState } from '../datasources/circuit-breaker.ts';
import type { CrispClient } from '../datasources/crisp-client.ts';
import type { CrispCall, CrispEvent } from '../datasources/crisp-client-options.ts';
import type { QuotaCounter } from '../datasources/quota.ts';
import type { RateLimiter } from '../datasources/rate-limit.ts';
import type { ReadCache } from '../datasources/read-cache.ts';
import { registerCacheMetrics } from './cache-metrics.ts';

/** Label values seen at most per label; caller-chosen names (operations, crispRequest paths) fold into `other` past it. */
const MAX_LABEL_VALUES = 200;

function bounded(): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= MAX_LABEL_VALUES) return 'other';
    seen.add(value);
    return value;
  };
}

const RTM_STATES = [
  'off',
  'webhooks',
  'standby',
  'discovering',
  'idle',
  'connecting',
  'connected',
  'reconnecting',
  'unauthorized',
  'stopped',
];
const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

export interface MetricsSources {
  crisp: CrispClient;
  quota?: QuotaCounter;
  /** The token bucket's fair queue, for each caller's waits. */
  rateLimiter?: RateLimiter;
  /** The live bridge's state (`connected`…), when live events are on. */
  rtmState?: () => string;
  /** The shared read cache, when on. */
  cache?: ReadCache;
}

/**
 * Prometheus series of one gateway, in a registry of its own (several gateways share a test
 * process). Names follow Prometheus conventions: `_seconds`, `_total`.
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationName = bounded();
  const routeName = bounded();

  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation execution time, by operation type and name',
    labelNames: ['type', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const subscribers = new Gauge({
    name: 'graphql_subscriptions_active',
    help: 'Subscriptions currently streaming (graphql-ws and SSE)',
    registers: [registry],
  });
  const upstreamCalls = new Counter({
    name: 'crisp_upstream_requests_total',
    help: 'Calls sent to Crisp (every attempt), by method, route template and status (0: no answer)',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const upstreamDuration = new Histogram({
    name: 'crisp_upstream_request_duration_seconds',
    help: 'Time of one call to Crisp, body included, by method and route template',
    labelNames: ['method', 'route'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'crisp_upstream_retries_total',
    help: 'Calls to Crisp sent again, by route template and what failed (5xx, 429, 420, 422, timeout, network, invalid_body)',
    labelNames: ['method', 'route', 'reason'],
    registers: [registry],
  });
  const refused = new Counter({
    name: 'crisp_upstream_refused_total',
    help: 'Calls never sent: circuit open, or the rate-limit queue too long',
    labelNames: ['method', 'route', 'reason'],
    registers: [registry],
  });
  const rateLimitWaits = new Counter({
    name: 'crisp_rate_limit_waits_total',
    help: 'Calls that queued for a rate-limit token',
    registers: [registry],
  });
  const rateLimitWait = new Histogram({
    name: 'crisp_rate_limit_wait_seconds',
    help: 'Time calls queued for a rate-limit token',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const crispEstimate = new Histogram({
    name: 'graphql_operation_crisp_calls_estimated',
    help: 'Crisp calls an operation was estimated to make at most, before it ran (refused ones included)',
    buckets: [0, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
    registers: [registry],
  });
  const budgetRefusals = new Counter({
    name: 'graphql_operation_refusals_total',
    help: 'Operations refused before they ran, by the limit passed: crisp_calls (GATEWAY_MAX_CRISP_CALLS) or cost (GATEWAY_MAX_COST)',
    labelNames: ['limit'],
    registers: [registry],
  });
  const callerWait = new Histogram({
    name: 'crisp_rate_limit_caller_wait_seconds',
    help: 'Time a call queued for a rate-limit token, by caller (API key name or JWT subject, bounded)',
    labelNames: ['caller'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const callerName = bounded();
  const circuits = new Gauge({
    name: 'crisp_circuit_state',
    help: 'Circuit breaker state per route template: 0 closed, 1 half-open, 2 open',
    labelNames: ['route'],
    registers: [registry],
  });
  new Gauge({
    name: 'crisp_quota_used',
    help: 'Calls sent to Crisp this UTC day (against the daily quota)',
    registers: [registry],
    collect() {
      this.set(sources.quota?.snapshot().used ?? 0);
    },
  });
  new Gauge({
    name: 'crisp_quota_limit',
    help: 'The daily quota of the token (0: unknown)',
    registers: [registry],
    collect() {
      this.set(sources.quota?.snapshot().limit ?? 0);
    },
  });
  new Gauge({
    name: 'crisp_rtm_state',
    help: 'Live-event (RTM) state: 1 for the current state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const current = sources.rtmState?.() ?? 'off';
      for (const s of new Set([...RTM_STATES, current]))
        this.set({ state: s }, s === current ? 1 : 0);
    },
  });

  // The labelled series of one call kind, looked up once: prom-client hashes a label object
  // (sorting its names) on every inc/observe otherwise. Bounded like the route names.
  const callSeries = new Map<
    string,
    { count: { inc(): void }; duration: { observe(v: number): void } }
  >();
  sources.crisp.onCall((call: CrispCall) => {
    const key = `${call.status} ${call.method} ${call.route}`;
    let series = callSeries.get(key);
    if (!series) {
      const route = routeName(call.route);
      series = {
        count: upstreamCalls.labels({ method: call.method, route, status: String(call.status) }),
        duration: upstreamDuration.labels({ method: call.method, route }),
      };
      if (callSeries.size < 4 * MAX_LABEL_VALUES) callSeries.set(key, series);
    }
    series.count.inc();
    series.duration.observe(call.ms / 1000);
  });
  sources.crisp.onEvent((event: CrispEvent) => {
    const route = routeName(event.route);
    if (event.kind === 'retry') retries.inc({ method: event.method, route, reason: event.reason });
    else if (event.kind === 'refused')
      refused.inc({ method: event.method, route, reason: event.reason });
    else {
      rateLimitWaits.inc();
      rateLimitWait.observe(event.ms / 1000);
    }
  });
  sources.rateLimiter?.onWait((caller, ms) =>
    callerWait.observe({ caller: callerName(caller) }, ms / 1000),
  );
  sources.crisp.breakers?.onChange((name, state) =>
    circuits.set({ route: routeName(name) }, CIRCUIT_VALUE[state]),
  );

  const operationSeries = new Map<string, { observe(v: number): void }>();

  if (sources.cache) registerCacheMetrics(registry, sources.cache);

  return {
    registry,
    /** One executed operation. */
    operation(type: string, name: string | undefined, seconds: number): void {
      const key = `${type} ${name ?? ''}`;
      let series = operationSeries.get(key);
      if (!series) {
        series = operationDuration.labels({ type, operation: operationName(name ?? 'anonymous') });
        if (operationSeries.size < 4 * MAX_LABEL_VALUES) operationSeries.set(key, series);
      }
      series.observe(seconds);
    },
    /** An operation's estimated Crisp calls, and whether a limit refused it. */
    budget(crispCalls: number): void {
      crispEstimate.observe(crispCalls);
    },
    refused(limit: 'crisp_calls' | 'cost'): void {
      budgetRefusals.inc({ limit });
    },
    error(code: string): void {
      errors.inc({ code });
    },
    subscriptionStarted(): void {
      subscribers.inc();
    },
    subscriptionEnded(): void {
      subscribers.dec();
    },
    /** The text exposition, for `GET /metrics`. */
    async render(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
