import { existsSync } from 'node:fs';

/**
 * The repository's `catalogue/` directory, found upward from the running module: `src/rtm/` and
 * `src/sandbox/` under tsx, `dist/` in the bundle `npm start` runs. A relative URL fixed in the
 * source would point one level too high from the bundle.
 */
export function catalogueDir(from: string): URL {
  for (let dir = new URL('./', from), i = 0; i < 6; dir = new URL('../', dir), i++) {
    const found = new URL('catalogue/', dir);
    if (existsSync(new URL('rtm-events.json', found))) return found;
  }
  throw new Error(`catalogue/ not found above ${from}`);
}
