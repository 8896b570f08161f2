import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

/**
 * Puts `results` between the markers of `path`, keeping the prose around them (method, findings)
 * that people maintain by hand; a missing file starts with a title and the markers.
 */
export function writeResults(path: string, results: string): void {
  const current = existsSync(path)
    ? readFileSync(path, 'utf8')
    : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section to fill`);
  writeFileSync(
    path,
    `${current.slice(0, start + START.length)}\n${results.trim()}\n${current.slice(end)}`,
  );
}
