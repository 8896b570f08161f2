import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { type DocumentNode, GraphQLError, parse, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';
import { ConfigError } from './config.ts';

/** One document of the persisted-operations file, keyed by its hash without `sha256:`. */
export type PersistedOperations = Map<string, DocumentNode>;

/** What of a request or graphql-ws payload may name a persisted operation. */
export type PersistedRef = { documentId?: unknown; extensions?: unknown };

const normalizeHash = (hash: string) => hash.replace(/^sha256:/i, '').toLowerCase();

/**
 * GATEWAY_PERSISTED_OPERATIONS: a JSON object `{ "<hash>": "<document>" }`, as graphql-codegen's
 * client preset writes with `persistedDocuments` (keys `sha256:<hex>`); plain hex keys work too.
 * Every document is parsed at start, so a bad file stops the gateway.
 */
export function loadPersistedOperations(path: string): PersistedOperations {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(['GATEWAY_PERSISTED_OPERATIONS must name a readable JSON file']);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError([
      'GATEWAY_PERSISTED_OPERATIONS must hold a JSON object of hash → document',
    ]);
  }
  const operations: PersistedOperations = new Map();
  for (const [hash, document] of Object.entries(json)) {
    try {
      if (typeof document !== 'string') throw new Error('not a string');
      operations.set(normalizeHash(hash), parse(document));
    } catch {
      throw new ConfigError([
        `GATEWAY_PERSISTED_OPERATIONS: the document of ${hash} is not a GraphQL document`,
      ]);
    }
  }
  return operations;
}

const persistedError = (message: string, code: string, status: number) => ({
  message,
  extensions: { code, http: { status } },
});
const notFound = persistedError('Unknown persisted operation.', 'PERSISTED_QUERY_NOT_FOUND', 400);

/**
 * The id a client sends: `documentId` (GraphQL over HTTP, persisted documents appendix; in the
 * body, or in the URL of a GET, which Yoga's GET parser does not pass on) or Apollo's
 * `extensions.persistedQuery.sha256Hash` (body, URL `extensions`, or graphql-ws payload).
 */
function persistedId(params: PersistedRef, request?: Request): string | null {
  const documentId =
    params.documentId ??
    (request?.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : undefined);
  if (typeof documentId === 'string') return normalizeHash(documentId);
  const pq = (
    params.extensions as
      | { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }
      | undefined
  )?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === 'string'
    ? normalizeHash(pq.sha256Hash)
    : null;
}

/**
 * Only the allow-listed operations run. A request that names a listed id runs the listed
 * document, over HTTP and graphql-ws alike, and any text sent along is ignored: Apollo's
 * persisted-query link sends the text with the hash over WebSocket, and on retry over HTTP.
 * Over graphql-ws, the transport parses the listed text (`persistedQuery`) in place of the one
 * sent, since Yoga caches parse results by text and a client's text must not decide another's
 * answer. Without an id, a graphql-ws query must print exactly as a listed document does.
 */
export function createPersistedOperations(path: string) {
  const operations = loadPersistedOperations(path);
  const texts = new Map([...operations].map(([id, document]) => [id, print(document)]));
  const printed = new Set(texts.values());
  const plugins: Plugin<GatewayContext>[] = [
    {
      // Yoga's plugin refuses any request with a query, id or not: the id decides here.
      onParams({ params, request, setParams }) {
        if (params.query && persistedId(params, request) !== null)
          setParams({ ...params, query: undefined });
      },
    },
    usePersistedOperations<GatewayContext>({
      allowArbitraryOperations: false,
      extractPersistedOperationId: persistedId,
      getPersistedOperation: (key) => operations.get(key) ?? null,
      customErrors: {
        notFound,
        persistedQueryOnly: persistedError(
          'Only persisted operations are accepted: send documentId.',
          'PERSISTED_QUERY_ONLY',
          400,
        ),
        keyNotFound: persistedError(
          'A persisted operation id (documentId) is required.',
          'PERSISTED_QUERY_ID_REQUIRED',
          400,
        ),
      },
    }),
    {
      onParse({ context }) {
        if ('request' in context && context.request) return;
        return ({ result, replaceParseResult }) => {
          if (result instanceof Error || result === null) return;
          if (!printed.has(print(result as DocumentNode))) {
            replaceParseResult(
              new GraphQLError('Only persisted operations are accepted.', {
                extensions: { code: 'PERSISTED_QUERY_ONLY' },
              }),
            );
          }
        };
      },
    },
  ];
  /** For graphql-ws: the listed text a payload names, an error when its id is unknown, or undefined without an id. */
  const persistedQuery = (payload: PersistedRef): string | GraphQLError | undefined => {
    const id = persistedId(payload);
    if (id === null) return undefined;
    return (
      texts.get(id) ??
      new GraphQLError(notFound.message, { extensions: { code: notFound.extensions.code } })
    );
  };
  return { plugins, persistedQuery };
}
