import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';
import { sortExecutableDocument } from '@graphql-tools/documents';
import { type DocumentNode, printSchema } from 'graphql';
import * as apolloCache from './scripts/codegen/apollo-cache.ts';
import * as graphcache from './scripts/codegen/graphcache.ts';
import { apolloHash } from './scripts/codegen/persisted-hash.ts';
import { schema } from './src/schema/index.ts';

/**
 * The cache-config plugins of scripts/codegen/, by the path the config names them with. The CLI
 * loads plugins with a native `import()`, which cannot read TypeScript; this file is already
 * compiled, so it hands them over itself and leaves every other name to that `import()`.
 */
const localPlugins: Record<string, CodegenPlugin> = {
  './scripts/codegen/apollo-cache.ts': apolloCache,
  './scripts/codegen/graphcache.ts': graphcache,
};

/**
 * `npm run codegen`: schema.graphql (the reviewed contract; test/schema.test.ts fails when it
 * drifts) and client/, typed document nodes for GraphiQL's example operations, for frontend
 * teams to copy or import, and the client kit: `possibleTypes` for every interface and union, the
 * recommended Apollo `InMemoryCache` settings and urql Graphcache's options, each derived from the
 * schema (README, "Client set-up").
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  pluginLoader: async (name) => localPlugins[name] ?? import(name),
  documents: ['src/server/graphiql-examples.ts', 'src/server/graphiql-helpdesk-examples.ts'],
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
    'client/': {
      preset: 'client',
      config: {
        scalars: {
          DateTime: 'string',
          Fingerprint: 'number',
          EmailAddress: 'string',
          URL: 'string',
          CountryCode: 'string',
          Locale: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        // Imports end in .js, which Node ESM and TypeScript's NodeNext resolution both accept.
        emitLegacyCommonJSImports: false,
      },
      // Apollo Client's cache adds `__typename` to every selection before it sends or hashes a
      // document; urql's does the same. Added here, so the documents sent are the ones listed.
      documentTransforms: [
        addTypenameSelectionDocumentTransform,
        // In the order of the preset's persisted text (fields sorted by name), so the typed
        // document node a client sends and the listed text are the same document.
        {
          transform: ({ documents }) =>
            documents.map((d) => ({
              ...d,
              document: d.document && (sortExecutableDocument(d.document) as DocumentNode),
            })),
        },
      ],
      // persistedDocuments: client/persisted-documents.json, `{ "sha256:<hex>": document }`, the
      // allow-list GATEWAY_PERSISTED_OPERATIONS reads; each document also carries its hash in
      // `__meta__.hash`, the one Apollo's link sends with `sha256`.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: apolloHash } },
    },
    // Apollo Client's `possibleTypes` (the 3+ format, unchanged in 4): `... on Error` and other
    // abstract fragments match from cache.
    'client/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'client/apollo-cache.ts': { plugins: ['./scripts/codegen/apollo-cache.ts'] },
    'client/graphcache.ts': { plugins: ['./scripts/codegen/graphcache.ts'] },
  },
};

export default config;
