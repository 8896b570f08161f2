import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { sortExecutableDocument } from '@graphql-tools/documents';
import { type DocumentNode, parse, print, printSchema } from 'graphql';
import { schema } from './src/schema/index.ts';

/**
 * The id Apollo's persisted-query link computes: sha256 of the document as graphql-js prints it.
 * The preset hands over its one-line text of the document; printed back, it is the typed
 * document node exactly, since that is already sorted and carries its `__typename`s (string
 * literals aside: the preset's text collapses their whitespace).
 */
const apolloHash = (text: string) =>
  `sha256:${createHash('sha256')
    .update(print(parse(text)))
    .digest('hex')}`;

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
  },
};

export default config;
