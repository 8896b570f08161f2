/**
 * `npm run bench`: B1–B6 against the sandbox over loopback. Prints one table and, when every
 * benchmark ran, fills the results section of BENCHMARKS.md. BENCH_ONLY=B2,B4 runs a subset
 * (printed only); BENCH_B5_SECONDS sets the soak's length and BENCH_B6_SECONDS the length of each
 * B6 scenario (default 60 each).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchFanout } from './fanout.ts';
import { benchLatency } from './latency.ts';
import { benchOverhead } from './overhead.ts';
import { describeMachine, formatMarkdownTable, formatTable, type Row } from './report.ts';
import { benchRestCalls } from './rest-calls.ts';
import { writeResults } from './results-file.ts';
import { benchSoak } from './soak.ts';
import { benchSupportHour } from './support-hour.ts';

const benches: Record<Row['bench'], () => Promise<Row[]>> = {
  B1: benchRestCalls,
  B2: benchOverhead,
  B3: benchLatency,
  B4: benchFanout,
  B5: benchSoak,
  B6: benchSupportHour,
};

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toUpperCase());
const chosen = (Object.keys(benches) as Row['bench'][]).filter((b) => !only || only.includes(b));
// Other work on the machine skews every figure; the load average says how much there was.
const load = () => os.loadavg()[0]!.toFixed(2);
const startLoad = load();
const started = new Date();

const rows: Row[] = [];
for (const bench of chosen) {
  const t0 = performance.now();
  process.stderr.write(`${bench}… `);
  rows.push(...(await benches[bench]()));
  process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

const machine = `${describeMachine()}; load average ${startLoad} at the start, ${load()} at the end`;
console.log(`\n${machine}\n\n${formatTable(rows)}`);
const missed = rows.filter((r) => r.met === false).length;
console.log(
  `\n${rows.filter((r) => r.met !== undefined).length - missed} targets met, ${missed} missed.`,
);

if (!only) {
  const path = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  const date = started.toISOString().slice(0, 16).replace('T', ' ');
  writeResults(path, `Run on ${date} UTC: ${machine}.\n\n${formatMarkdownTable(rows)}`);
  console.log('Wrote BENCHMARKS.md.');
}
// Undici keeps idle sockets a few seconds; the figures are in.
process.exit(0);
