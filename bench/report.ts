import os from 'node:os';

/** One figure of one benchmark, with its target where the issue sets one. */
export interface Row {
  bench: 'B1' | 'B2' | 'B3' | 'B4' | 'B5' | 'B6';
  measure: string;
  value: number;
  unit: string;
  /** How the target reads, e.g. `≤ 120 MiB`; absent for figures given for context. */
  target?: string;
  met?: boolean;
}

/** `2 cores, 24 GiB, Node 20.20`: enough to compare runs without naming the host. */
export function describeMachine(): string {
  const gib = Math.round(os.totalmem() / 1024 ** 3);
  const node = process.versions.node.split('.').slice(0, 2).join('.');
  return `${os.cpus().length} cores, ${gib} GiB, Node ${node}`;
}

const format = (v: number) =>
  Number.isInteger(v) ? String(v) : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
const verdict = (r: Row) => (r.met === undefined ? '' : r.met ? 'met' : 'MISSED');

const cells = (r: Row) => [
  r.bench,
  r.measure,
  `${format(r.value)} ${r.unit}`.trim(),
  r.target ?? '',
  verdict(r),
];
const HEADER = ['', 'measure', 'value', 'target', ''];

/** The console table: aligned columns, one row per figure. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines
    .map((l) =>
      l
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The same rows as a Markdown table. */
export function formatMarkdownTable(rows: readonly Row[]): string {
  const line = (l: string[]) => `| ${l.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    line(['bench', 'measure', 'value', 'target', 'verdict']),
    line(HEADER.map(() => '---')),
    ...rows.map((r) => line(cells(r))),
  ].join('\n');
}
