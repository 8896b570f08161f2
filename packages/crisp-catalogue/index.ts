import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The package's directory, found through node_modules rather than from this module's own URL:
 * bundled into the gateway's `dist/main.js`, `import.meta.url` is the bundle's, while the JSON
 * files stay here and are read from disk (not inlined, so a gateway holds only what it parses).
 */
const dir = pathToFileURL(createRequire(import.meta.url).resolve('crisp-catalogue/package.json'));

/** A catalogue file's URL, e.g. `catalogueUrl('rest/website-core.json')`. */
export const catalogueUrl = (file: string): URL => new URL(file, dir);

/** A catalogue JSON file, parsed. */
export const readCatalogue = (file: string): unknown =>
  JSON.parse(readFileSync(catalogueUrl(file), 'utf8'));
