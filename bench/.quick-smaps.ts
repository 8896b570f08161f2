// scratch (not committed): where the ready RSS is
import { readFileSync } from 'node:fs';
import { createSandbox } from '../src/sandbox/index.ts';
import { startGatewayChild } from './gateway-child.ts';
const sandbox = await createSandbox();
const g = await startGatewayChild(sandbox, 'websocket');
console.log('rss', Math.round((await g.rss()) / 2 ** 20));
const smaps = readFileSync(`/proc/${g.pid}/smaps`, 'utf8').split('\n');
const by = new Map<string, number>(); let cur = '';
for (const line of smaps) {
  const m = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
  if (m) { cur = m[1] || '[anon]'; continue; }
  const r = /^Rss:\s+(\d+) kB/.exec(line);
  if (r) by.set(cur, (by.get(cur) ?? 0) + Number(r[1]));
}
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(String(Math.round(v / 1024)).padStart(5), 'MiB', k);
console.log(readFileSync(`/proc/${g.pid}/status`, 'utf8').split('\n').filter((l) => /Threads|VmRSS|RssAnon|RssFile/.test(l)).join('\n'));
await g.stop(); await sandbox.close(); process.exit(0);
