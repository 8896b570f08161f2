import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

/** The module graph of src/, file paths relative to it (`schema/people.ts`). */
const graph = (skipTypeImports: boolean) =>
  madge(src, {
    fileExtensions: ['ts'],
    detectiveOptions: { ts: { skipTypeImports }, tsx: { skipTypeImports } },
  });

/** What may sit under what: the composition root (server/) is above everything else. */
const BELOW_SERVER = ['request/', 'schema/', 'resolvers/', 'datasources/', 'rtm/'];

describe('layers', () => {
  test('no module of src/ imports itself back through another (runtime imports)', {
    timeout: 60_000,
  }, async () => {
    const runtime = await graph(true);
    expect(Object.keys(runtime.obj()).length).toBeGreaterThan(50);
    expect(runtime.circular()).toEqual([]);
  });

  test('nothing under request/, schema/, resolvers/, datasources/ or rtm/ imports server/, types included', {
    timeout: 60_000,
  }, async () => {
    const all = (await graph(false)).obj();
    const upward = Object.entries(all).flatMap(([file, deps]) =>
      BELOW_SERVER.some((layer) => file.startsWith(layer))
        ? deps.filter((d) => d.startsWith('server/')).map((d) => `${file} -> ${d}`)
        : [],
    );
    expect(Object.keys(all).filter((file) => file.startsWith('server/')).length).toBeGreaterThan(
      10,
    );
    expect(upward).toEqual([]);
  });
});
