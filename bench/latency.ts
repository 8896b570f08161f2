import { type CallRecord, createSandbox } from 'crisp-sandbox';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId, INBOX } from './inbox.ts';
import { graphqlRequest, noGraphqlErrors, runLoad } from './load.ts';
import type { Row } from './report.ts';
import { summarize } from './stats.ts';

export interface LatencyOptions {
  /** Sandbox latencies to run at, in milliseconds; the largest also counts the levels. @default [0, 20, 50] */
  latencies?: number[];
  /** Timed runs per latency; the median is reported. @default 15 */
  runs?: number;
  /**
   * Untimed inbox queries for this long first, without latency: the gateway is measured warm, as
   * in the other benchmarks (its JIT settles over a few hundred queries). @default 2000
   */
  warmupMs?: number;
}

/**
 * Sequential REST levels, as they happened: calls arriving within half a latency of the previous
 * one started together. The history reads' in-flight cap shows here as extra levels.
 */
export function countLevels(calls: readonly CallRecord[], latencyMs: number): number {
  const starts = calls.map((c) => c.at).sort((a, b) => a - b);
  return starts.filter((at, i) => i === 0 || at - starts[i - 1]! > latencyMs / 2).length;
}

/**
 * B3: inbox wall time with sandbox latency, against levels × latency + 20 ms. One query at a
 * time, the gateway in its own process with RTM off, so every sandbox call is the query's.
 */
export async function benchLatency(options: LatencyOptions = {}): Promise<Row[]> {
  const { latencies = [0, 20, 50], runs = 15, warmupMs = 2000 } = options;
  const sandbox = await createSandbox();
  const gateway = await startGatewayChild(sandbox, 'off');
  const origin = new URL(gateway.url).origin;
  try {
    const inbox = graphqlRequest(new URL(gateway.url).pathname, INBOX, {
      websiteId: firstWebsiteId(sandbox),
    });
    // One client, one query: the latency list is that query's wall time.
    const once = async () => {
      const r = await runLoad({
        origin,
        clients: 1,
        durationMs: 0,
        next: () => inbox,
        ok: noGraphqlErrors,
        requests: 1,
      });
      if (r.errors > 0) throw new Error('the inbox query failed');
      return r.latencies[0]!;
    };
    await runLoad({ origin, clients: 1, durationMs: warmupMs, next: () => inbox });
    const walls = new Map<number, number>();
    let levels = 0;
    for (const ms of [...latencies].sort((a, b) => b - a)) {
      sandbox.setLatency(ms);
      await once();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        sandbox.resetCalls();
        times.push(await once());
        if (levels === 0 && ms > 0) levels = countLevels(sandbox.calls, ms);
      }
      walls.set(ms, summarize(times).p50);
    }
    return [
      { bench: 'B3', measure: 'inbox sequential REST levels (observed)', value: levels, unit: '' },
      ...latencies.map((ms): Row => {
        const bound = levels * ms + 20;
        const wall = walls.get(ms)!;
        return {
          bench: 'B3',
          measure: `inbox wall time, ${ms} ms latency`,
          value: wall,
          unit: 'ms',
          target: `≤ ${bound} ms`,
          met: wall <= bound,
        };
      }),
    ];
  } finally {
    await gateway.stop();
    await sandbox.close();
  }
}
