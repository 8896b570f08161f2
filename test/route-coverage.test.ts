import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { areaOf, catalogue, typedCalls, typedRouteIds } from './support/typed-routes.ts';

/**
 * The routes not typed yet, shrink-only: typing one removes it from the list (ROUTES_PRUNE=1 does
 * it), and a typed route never goes back. The count per area is printed on every run.
 */
const listFile = new URL('./untyped-routes.json', import.meta.url);
const untyped: string[] = JSON.parse(readFileSync(listFile, 'utf8'));

test('the scanner pairs each route template with the method nearest to it', () => {
  const hole = ['$', '{id}'].join('');
  const source = [
    `const path = route\`/website/${hole}/state\`;`,
    'return (await crisp.get<{ state: string }>(path)).state;',
    `await crisp.patch(route\`/website/${hole}/read\`, mark);`,
    "return { method: 'POST', path: route`/bucket/url/generate` };",
  ].join('\n');
  expect(typedCalls(source)).toEqual([
    'GET /website/:id/state',
    'PATCH /website/:id/read',
    'POST /bucket/url/generate',
  ]);
});

test('every catalogue route is typed, except the listed ones not typed yet', () => {
  const typed = typedRouteIds();
  const byArea = new Map<string, { typed: number; all: number }>();
  for (const { id } of catalogue) {
    const area = byArea.get(areaOf(id)) ?? { typed: 0, all: 0 };
    area.all += 1;
    if (typed.has(id)) area.typed += 1;
    byArea.set(areaOf(id), area);
  }
  const rows = [...byArea].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    `typed routes: ${typed.size} of ${catalogue.length}\n` +
      rows.map(([area, n]) => `  ${area}: ${n.typed}/${n.all}`).join('\n'),
  );
  const missing = catalogue.map((r) => r.id).filter((id) => !typed.has(id));
  if (process.env.ROUTES_PRUNE) writeFileSync(listFile, `${JSON.stringify(missing, null, 2)}\n`);
  else expect(missing).toEqual(untyped.filter((id) => !typed.has(id)));
  expect(
    untyped.filter((id) => typed.has(id)),
    'typed now: prune with ROUTES_PRUNE=1',
  ).toEqual([]);
});
