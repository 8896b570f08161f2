/**
 * `npm run build`: bundles an entry point and its dependencies into one ES module in `dist/`,
 * which `npm start` runs with plain node (`prestart` builds first): without tsx's loader thread
 * and its transpile-on-load, the gateway starts in far less memory. esbuild is the one tsx
 * already brings. `node scripts/build.mjs bench/gateway-process.ts` bundles the benchmarks'
 * gateway child the same way. The file is written under a temporary name and renamed, so a
 * process starting meanwhile never reads half a bundle.
 */

import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2] ?? 'src/main.ts';
const outfile = `${root}dist/${basename(entry).replace(/\.ts$/, '.js')}`;
const partial = `${outfile}.${process.pid}.partial`;

/**
 * graphql-js ships each module as CommonJS (`.js`) and as an ES module (`.mjs`); node, and so the
 * tests, load the CommonJS one. Bundled, CommonJS reaches its importers through getters on a
 * namespace object (graphql's own `exports` getters, then esbuild's interop copy), two calls for
 * every `graphql.execute`-style access on a hot path. Every import of `graphql` or a subpath of
 * it is pointed at the `.mjs` twin instead, so the bundle holds one instance of graphql-js, in
 * its ES form, with plain bindings.
 */
const graphqlAsEsm = {
  name: 'graphql-as-esm',
  setup(b) {
    const dir = `${root}node_modules/graphql`;
    b.onResolve({ filter: /^graphql(\/.*)?$/ }, (args) => {
      const sub = args.path.slice('graphql'.length).replace(/\.m?js$/, '') || '/index';
      const path = existsSync(`${dir}${sub}.mjs`) ? `${dir}${sub}.mjs` : `${dir}${sub}/index.mjs`;
      return { path };
    });
  },
};

/**
 * The sandbox is a development dependency. Installed, it is bundled (its code runs only when
 * `src/main.ts` imports it, without a token); absent, as after `npm ci --omit=dev`, its import
 * stays a bare specifier that fails at run time, and the gateway says what to set instead.
 */
const sandboxIfInstalled = {
  name: 'sandbox-if-installed',
  setup(b) {
    b.onResolve({ filter: /^crisp-sandbox$/ }, () =>
      existsSync(`${root}node_modules/crisp-sandbox`) ? undefined : { external: true },
    );
  },
};

await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: partial,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // GraphiQL's page (9 MB of inlined assets) stays a package of its own, imported on first view:
  // inside the bundle its text would sit in memory from the start.
  external: ['@graphql-yoga/render-graphiql'],
  plugins: [graphqlAsEsm, sandboxIfInstalled],
  banner: {
    js: [
      // Bundled CommonJS packages require Node built-ins; an ES module has no `require` of its own.
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
      // Before any bundled package reads it: graphql-js skips its development-only checks.
      "process.env.NODE_ENV ??= 'production';",
    ].join('\n'),
  },
});
renameSync(partial, outfile);
