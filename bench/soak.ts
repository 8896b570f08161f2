import { createSandbox } from 'crisp-sandbox';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId, INBOX } from './inbox.ts';
import { graphqlRequest, type LoadRequest, noGraphqlErrors, runLoad } from './load.ts';
import type { Row } from './report.ts';
import { MiB, summarize } from './stats.ts';

export interface SoakOptions {
  /** @default 200 */
  clients?: number;
  /** @default BENCH_B5_SECONDS, else 60 */
  seconds?: number;
  /** The same load before the baseline RSS, so the heap has reached its working size. @default 5 */
  warmupSeconds?: number;
  /**
   * Idle time before the "after" RSS. V8 hands freed heap pages back to the system some seconds
   * after allocation drops (its memory reducer), so a reading taken at once counts memory the
   * process has already let go of; a leak is still there after the wait. @default 15
   */
  settleSeconds?: number;
}

const WEBSITE = 'query Website($websiteId: ID) { website(id: $websiteId) { id name domain } }';
const CONVERSATION = `query Conversation($websiteId: ID, $sessionId: ID!) {
  website(id: $websiteId) {
    conversation(id: $sessionId) {
      id crispId state
      person { id nickname email }
      messages(last: 10) { edges { node { id type text timestamp } } }
    }
  }
}`;
const OPERATORS =
  'query Operators($websiteId: ID) { website(id: $websiteId) { operators { userId firstName lastName role } } }';

/** B5: clients running a mix of queries for a while; errors, p99 and the gateway's RSS growth. */
export async function benchSoak(options: SoakOptions = {}): Promise<Row[]> {
  const clients = options.clients ?? 200;
  const seconds = options.seconds ?? Number(process.env.BENCH_B5_SECONDS ?? 60);
  const warmupSeconds = options.warmupSeconds ?? 5;
  const settleSeconds = options.settleSeconds ?? 15;
  const sandbox = await createSandbox();
  const gateway = await startGatewayChild(sandbox, 'websocket');
  try {
    const websiteId = firstWebsiteId(sandbox);
    const sessions = [...sandbox.seed.website(websiteId)!.conversations.keys()].slice(0, 50);
    const path = new URL(gateway.url).pathname;
    // The inbox is one request in eight: it costs ~35 REST calls where the others cost one to three.
    const mix: ((n: number) => LoadRequest)[] = [
      () => graphqlRequest(path, INBOX, { websiteId }),
      ...[1, 2, 3].map(() => () => graphqlRequest(path, WEBSITE, { websiteId })),
      ...[1, 2].map(
        () => (n: number) =>
          graphqlRequest(path, CONVERSATION, {
            websiteId,
            sessionId: sessions[n % sessions.length],
          }),
      ),
      ...[1, 2].map(() => () => graphqlRequest(path, OPERATORS, { websiteId })),
    ];
    const load = (s: number) =>
      runLoad({
        origin: new URL(gateway.url).origin,
        clients,
        durationMs: s * 1000,
        next: (client, n) => mix[(client + n) % mix.length]!(client + n),
        ok: noGraphqlErrors,
      });

    // Each RSS once the load has stopped and the idle connections have gone.
    const rssAfter = async (ms: number) => {
      await new Promise((r) => setTimeout(r, ms));
      return gateway.rss();
    };
    const before = await gateway.rss();
    await load(warmupSeconds);
    const warm = await rssAfter(2000);
    const run = await load(seconds);
    sandbox.resetCalls();
    const soon = await rssAfter(2000);
    const after = await rssAfter(Math.max(0, settleSeconds * 1000 - 2000));
    const { p50, p99 } = summarize(run.latencies);
    const growth = ((after - before) / before) * 100;
    const leak = ((after - warm) / warm) * 100;
    const label = `${clients} clients × ${seconds} s`;
    return [
      {
        bench: 'B5',
        measure: `${label}: requests`,
        value: run.requests,
        unit: `(${((run.requests / run.elapsedMs) * 1000).toFixed(0)} req/s)`,
      },
      {
        bench: 'B5',
        measure: `${label}: errors`,
        value: run.errors,
        unit: '',
        target: '0',
        met: run.errors === 0,
      },
      { bench: 'B5', measure: `${label}: p50 / p99`, value: p50, unit: `/ ${p99.toFixed(0)} ms` },
      {
        bench: 'B5',
        measure: 'gateway RSS before (ready, idle)',
        value: before / MiB,
        unit: 'MiB',
      },
      {
        bench: 'B5',
        measure: `gateway RSS after a ${warmupSeconds} s warm-up`,
        value: warm / MiB,
        unit: 'MiB',
      },
      { bench: 'B5', measure: 'gateway RSS 2 s after the run', value: soon / MiB, unit: 'MiB' },
      {
        bench: 'B5',
        measure: `gateway RSS ${settleSeconds} s after the run`,
        value: after / MiB,
        unit: 'MiB',
      },
      {
        bench: 'B5',
        measure: 'gateway RSS growth, before → after',
        value: growth,
        unit: '%',
        target: '< 10 %',
        met: growth < 10,
      },
      { bench: 'B5', measure: 'gateway RSS growth, warm-up → after', value: leak, unit: '%' },
    ];
  } finally {
    await gateway.stop();
    await sandbox.close();
  }
}
