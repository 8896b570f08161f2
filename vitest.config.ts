import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CommonJS (main) and ESM (module) builds without an exports map. Node, and so
  // Pothos and Yoga, load the CommonJS one; Vite would hand our sources the ESM one, and two copies
  // break `instanceof GraphQLError` (error masking) and realm checks. One copy for everyone:
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Chromium tests run apart (`npm run test:browser`, vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
