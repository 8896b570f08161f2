import { Counter, Gauge, type Registry } from 'prom-client';
import type { ReadCache } from '../datasources/read-cache.ts';
import type { Config } from './config.ts';

/**
 * The read cache's series: reads served from it (each a Crisp call saved) or not, and what
 * events, writes and reconnections patched or dropped, by cause (an event name, `write`,
 * `reconnect`: names from a fixed catalogue, so the label stays bounded).
 */
export function registerCacheMetrics(registry: Registry, cache: ReadCache): void {
  const reads = new Counter({
    name: 'crisp_cache_reads_total',
    help: 'Crisp GET reads through the read cache: hit (a Crisp call saved), miss, fresh (Cache-Control: no-cache), or stale (an out-of-date answer served near the daily quota)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const patched = new Counter({
    name: 'crisp_cache_patches_total',
    help: 'Cached answers patched in place, by the event that carried the new state',
    labelNames: ['event'],
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'crisp_cache_invalidations_total',
    help: 'Cache drops (a group, a website or everything), by cause: an event name, write or reconnect',
    labelNames: ['cause'],
    registers: [registry],
  });
  const saved = new Counter({
    name: 'crisp_cache_calls_saved_total',
    help: 'Crisp calls the read cache answered instead of Crisp',
    registers: [registry],
  });
  new Gauge({
    name: 'crisp_cache_events_flowing',
    help: 'Whether the event stream the read cache relies on is up (1), or down (0: answers live GATEWAY_CACHE_STREAM_DOWN_MS at most)',
    registers: [registry],
    collect() {
      this.set(cache.streamUp ? 1 : 0);
    },
  });
  cache.onOutcome((o) => {
    if (o.kind === 'patch') patched.inc({ event: o.cause }, o.count);
    else if (o.kind === 'invalidate') dropped.inc({ cause: o.cause }, o.count);
    else {
      reads.inc({ outcome: o.kind });
      if (o.kind === 'hit' || o.kind === 'stale') saved.inc();
    }
  });
}

/** `/ready`'s `cache` detail: whether events flow, so how old a cached answer may be served. */
export function cacheState(cache: ReadCache | undefined, config: Config['cache']) {
  if (!cache) return undefined;
  return () =>
    ({
      events: cache.streamUp ? 'flowing' : 'down',
      maxAgeMs: cache.streamUp ? config.maxAgeMs : config.streamDownMs,
    }) as const;
}
