// scratch (not committed): gateway-only throughput, for quick A/B while optimising
import { createSandbox } from '../src/sandbox/index.ts';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId } from './inbox.ts';
import { graphqlRequest, noGraphqlErrors, runLoad } from './load.ts';
import { summarize } from './stats.ts';
import { readFileSync } from 'node:fs';
const cpu = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const sandbox = await createSandbox();
const gateway = await startGatewayChild(sandbox, 'websocket');
const rss = await gateway.rss();
const q = graphqlRequest(new URL(gateway.url).pathname, 'query Website($id: ID) { website(id: $id) { id name domain } }', { id: firstWebsiteId(sandbox) });
const load = (n: number, ms: number) => runLoad({ origin: new URL(gateway.url).origin, clients: n, durationMs: ms, next: () => q, ok: noGraphqlErrors });
await load(32, 4000);
const rps: number[] = [];
const us: number[] = [];
for (let i = 0; i < 5; i++) { const c0 = cpu(gateway.pid); const r = await load(32, 2000); us.push(Math.round(((cpu(gateway.pid) - c0) * 1000) / r.requests)); rps.push(Math.round((r.requests / r.elapsedMs) * 1000)); if (r.errors) console.log('errors', r.errors); }
const lat = await load(1, 3000);
const s = summarize(lat.latencies);
console.log(`rss ${(rss / 2 ** 20).toFixed(0)} MiB  rps ${rps.join(" ")} cpu/req ${us.join(" ")} µs (median ${[...us].sort((a, b) => a - b)[2]})  1-client p50 ${s.p50.toFixed(2)} p99 ${s.p99.toFixed(2)}`);
await gateway.stop(); await sandbox.close(); process.exit(0);
