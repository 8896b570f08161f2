// scratch (not committed): gateway-only throughput, for quick A/B while optimising
import { createSandbox } from '../src/sandbox/index.ts';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId } from './inbox.ts';
import { graphqlRequest, noGraphqlErrors, runLoad } from './load.ts';
import { summarize } from './stats.ts';
const sandbox = await createSandbox();
const gateway = await startGatewayChild(sandbox, 'websocket');
const rss = await gateway.rss();
const q = graphqlRequest(new URL(gateway.url).pathname, 'query Website($id: ID) { website(id: $id) { id name domain } }', { id: firstWebsiteId(sandbox) });
const load = (n: number, ms: number) => runLoad({ origin: new URL(gateway.url).origin, clients: n, durationMs: ms, next: () => q, ok: noGraphqlErrors });
await load(32, 1500);
const rps: number[] = [];
for (let i = 0; i < 3; i++) { const r = await load(32, 2000); rps.push(Math.round((r.requests / r.elapsedMs) * 1000)); if (r.errors) console.log('errors', r.errors); }
const lat = await load(1, 3000);
const s = summarize(lat.latencies);
console.log(`rss ${(rss / 2 ** 20).toFixed(0)} MiB  rps ${rps.join(' ')}  1-client p50 ${s.p50.toFixed(2)} p99 ${s.p99.toFixed(2)}`);
await gateway.stop(); await sandbox.close(); process.exit(0);
