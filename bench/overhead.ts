import { createSandbox } from 'crisp-sandbox';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId } from './inbox.ts';
import {
  graphqlRequest,
  type LoadRequest,
  type LoadResult,
  noGraphqlErrors,
  runLoad,
} from './load.ts';
import type { Row } from './report.ts';
import { MiB, summarize } from './stats.ts';

export interface OverheadOptions {
  /** Interleaved rounds per side, for throughput and again for latency. @default 5 */
  rounds?: number;
  /** @default 2000 */
  roundMs?: number;
  /** Clients during the throughput rounds. @default 32 */
  clients?: number;
}

/** One REST call behind it: `GET /website/{website_id}`. */
const WEBSITE = 'query Website($id: ID) { website(id: $id) { id name domain } }';

/** Interleaves the two sides round by round, so drift (JIT, heap growth) hits both alike. */
async function interleave(
  rounds: number,
  run: (side: 'gateway' | 'direct') => Promise<LoadResult>,
) {
  const totals = { gateway: [] as LoadResult[], direct: [] as LoadResult[] };
  for (let i = 0; i < rounds; i++) {
    for (const side of ['gateway', 'direct'] as const) totals[side].push(await run(side));
  }
  const merge = (rs: LoadResult[]) => ({
    rps:
      (rs.reduce((n, r) => n + r.requests, 0) / rs.reduce((ms, r) => ms + r.elapsedMs, 0)) * 1000,
    errors: rs.reduce((n, r) => n + r.errors, 0),
    ...summarize(rs.flatMap((r) => r.latencies)),
  });
  return { gateway: merge(totals.gateway), direct: merge(totals.direct) };
}

/**
 * B2: a one-call query through the gateway against the same REST call sent to the sandbox with
 * undici, and the gateway's RSS when ready. The gateway runs in its own process; the sandbox
 * and the clients share this one, on both sides.
 */
export async function benchOverhead(options: OverheadOptions = {}): Promise<Row[]> {
  const { rounds = 5, roundMs = 2000, clients = 32 } = options;
  const sandbox = await createSandbox();
  const gateway = await startGatewayChild(sandbox, 'websocket');
  try {
    const readyRss = await gateway.rss();
    const websiteId = firstWebsiteId(sandbox);
    const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
    const direct: LoadRequest = {
      method: 'GET',
      path: `/v1/website/${websiteId}`,
      headers: { authorization: auth, 'x-crisp-tier': sandbox.token.tier },
    };
    const viaGateway = graphqlRequest(new URL(gateway.url).pathname, WEBSITE, { id: websiteId });
    const load = (side: 'gateway' | 'direct', n: number, ms: number, requests?: number) =>
      runLoad({
        origin: side === 'gateway' ? new URL(gateway.url).origin : sandbox.origin,
        clients: n,
        durationMs: ms,
        requests,
        next: () => (side === 'gateway' ? viaGateway : direct),
        ok: side === 'gateway' ? noGraphqlErrors : undefined,
      });

    // The comparison holds only if the query costs exactly the one call.
    sandbox.resetCalls();
    await load('gateway', 1, 0, 1);
    const perQuery = sandbox.calls.length;
    if (perQuery !== 1) throw new Error(`the website query made ${perQuery} REST calls, not 1`);
    // Warm-up (JIT, connections), not counted.
    await interleave(1, (side) => load(side, clients, Math.min(roundMs, 1000)));
    const throughput = await interleave(rounds, (side) => load(side, clients, roundMs));
    const latency = await interleave(rounds, (side) => load(side, 1, roundMs));
    sandbox.resetCalls();

    const ratio = throughput.gateway.rps / throughput.direct.rps;
    const overhead = latency.gateway.p99 - latency.direct.p99;
    const errors =
      throughput.gateway.errors +
      throughput.direct.errors +
      latency.gateway.errors +
      latency.direct.errors;
    return [
      {
        bench: 'B2',
        measure: `website(id), direct, ${clients} clients`,
        value: throughput.direct.rps,
        unit: 'req/s',
      },
      {
        bench: 'B2',
        measure: `website(id), gateway, ${clients} clients`,
        value: throughput.gateway.rps,
        unit: 'req/s',
      },
      {
        bench: 'B2',
        measure: 'throughput ratio gateway / direct',
        value: ratio,
        unit: '',
        target: '≥ 0.3',
        met: ratio >= 0.3,
      },
      {
        bench: 'B2',
        measure: `p50 / p99 direct, ${clients} clients`,
        value: throughput.direct.p50,
        unit: `/ ${throughput.direct.p99.toFixed(2)} ms`,
      },
      {
        bench: 'B2',
        measure: `p50 / p99 gateway, ${clients} clients`,
        value: throughput.gateway.p50,
        unit: `/ ${throughput.gateway.p99.toFixed(2)} ms`,
      },
      {
        bench: 'B2',
        measure: 'p50 / p99 direct, 1 client',
        value: latency.direct.p50,
        unit: `/ ${latency.direct.p99.toFixed(2)} ms`,
      },
      {
        bench: 'B2',
        measure: 'p50 / p99 gateway, 1 client',
        value: latency.gateway.p50,
        unit: `/ ${latency.gateway.p99.toFixed(2)} ms`,
      },
      {
        bench: 'B2',
        measure: 'p99 overhead, 1 client',
        value: overhead,
        unit: 'ms',
        target: '≤ 2 ms',
        met: overhead <= 2,
      },
      { bench: 'B2', measure: 'errors', value: errors, unit: '', target: '0', met: errors === 0 },
      {
        bench: 'B2',
        measure: 'gateway RSS when ready',
        value: readyRss / MiB,
        unit: 'MiB',
        target: '≤ 120 MiB',
        met: readyRss <= 120 * MiB,
      },
    ];
  } finally {
    await gateway.stop();
    await sandbox.close();
  }
}
