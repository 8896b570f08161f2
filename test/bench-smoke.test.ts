import { describe, expect, test } from 'vitest';
import { benchFanout } from '../bench/fanout.ts';
import { benchLatency } from '../bench/latency.ts';
import { benchOverhead } from '../bench/overhead.ts';
import type { Row } from '../bench/report.ts';
import { benchRestCalls } from '../bench/rest-calls.ts';
import { benchSoak } from '../bench/soak.ts';
import { benchSupportHour } from '../bench/support-hour.ts';

// The benchmarks at toy sizes, so the scripts cannot rot: rows with numbers, no timing targets.
const expectRows = (rows: Row[], bench: Row['bench']) => {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.bench).toBe(bench);
    expect(Number.isFinite(row.value), `${row.measure} = ${row.value}`).toBe(true);
  }
};

// Run together they share the machine with the rest of the suite: the bound is generous, as
// they measure nothing against a clock here.
describe.concurrent('npm run bench, smoke sizes', { timeout: 60_000 }, () => {
  test('B1 counts the inbox REST calls with and without loaders', async () => {
    const rows = await benchRestCalls();
    expectRows(rows, 'B1');
    const [gateway, off, bound] = rows.map((r) => r.value);
    expect(gateway).toBe(bound);
    expect(off).toBeGreaterThan(gateway!);
  });

  test('B2 compares a one-call query with the direct REST call', async () => {
    expectRows(await benchOverhead({ rounds: 1, roundMs: 150, clients: 2 }), 'B2');
  });

  test('B3 times the inbox under sandbox latency', async () => {
    expectRows(await benchLatency({ latencies: [0, 10], runs: 1, warmupMs: 100 }), 'B3');
  });

  test('B4 fans one event out over graphql-ws and SSE', async () => {
    const rows = await benchFanout({ wsSizes: [3], sseSize: 3, events: 1 });
    expectRows(rows, 'B4');
    expect(rows.filter((r) => r.measure.endsWith('events missed')).map((r) => r.value)).toEqual([
      0, 0,
    ]);
  });

  test('B5 runs the mixed-query soak', async () => {
    expectRows(
      await benchSoak({ clients: 4, seconds: 1, warmupSeconds: 0, settleSeconds: 2 }),
      'B5',
    );
  });
});

// After the others: its four scenarios each start a gateway (two on Redis), which would slow the
// concurrent ones past their timeouts.
describe('npm run bench, B6 at smoke size', () => {
  test('B6 runs a support team against the cache, measuring every answer', async () => {
    const rows = await benchSupportHour({ seconds: 2, agents: 3, mutateEveryMs: 500 });
    expectRows(rows, 'B6');
    // Each scenario read its own mutations back, and none of them stale.
    const own = rows.filter((r) => r.measure.endsWith('stale reads of own mutation'));
    expect(own.map((r) => r.value)).toEqual([0, 0, 0]);
    expect(own.every((r) => r.unit !== 'of 0')).toBe(true);
  }, 120_000);
});
