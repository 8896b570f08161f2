import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Past this, a file usually holds two nouns (STYLE.md); generated files are exempt. */
const MAX_LINES = 300;
const GENERATED = /^client\//;

test(`no hand-written source file is over ${MAX_LINES} lines`, () => {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.mjs'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !GENERATED.test(f));
  expect(files.length).toBeGreaterThan(100);
  const long = files
    .map((f) => ({ f, lines: readFileSync(`${root}${f}`, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ f, lines }) => `${f}: ${lines}`);
  expect(long).toEqual([]);
});
