// scratch (not committed): ready RSS under different node flags
import { createSandbox } from '../src/sandbox/index.ts';
import { startGatewayChild } from './gateway-child.ts';
const sandbox = await createSandbox();
for (const flags of (process.env.FLAGSETS ?? '').split('|')) {
  process.env.BENCH_GATEWAY_NODE_ARGS = flags;
  const r: number[] = [];
  for (let i = 0; i < 5; i++) { const g = await startGatewayChild(sandbox, 'websocket'); r.push(Math.round((await g.rss()) / 2 ** 20)); await g.stop(); }
  console.log(`${flags || '(none)'}: ${r.join(' ')} MiB`);
}
await sandbox.close(); process.exit(0);
