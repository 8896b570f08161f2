import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema/index.ts';

/**
 * `npm run codegen`: schema.graphql (the reviewed contract; test/schema.test.ts fails when it
 * drifts) and client/, typed document nodes for GraphiQL's example operations, for frontend
 * teams to copy or import.
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['src/server/graphiql-examples.ts'],
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
          Email: 'string',
          URL: 'string',
          CountryCode: 'string',
          Locale: 'string',
          JSON: 'unknown',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        // Imports end in .js, which Node ESM and TypeScript's NodeNext resolution both accept.
        emitLegacyCommonJSImports: false,
      },
      // persistedDocuments: client/persisted-documents.json, `{ "sha256:<hex>": document }`, the
      // allow-list GATEWAY_PERSISTED_OPERATIONS reads; each document also carries its hash.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
};

export default config;
