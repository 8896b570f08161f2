import { readFileSync } from 'node:fs';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, print, type DocumentNode, type ValidationContext } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { ConfigError, type Config } from './config.ts';
import type { GatewayContext } from '../request/context.ts';
import { useCrispBudget, type BudgetOptions } from './crisp-budget.ts';
import { useHiddenSuggestions } from './suggestions.ts';

/** Headers a browser cannot send cross-site without a CORS preflight: any one passes CSRF checks. */
export const csrfHeaders = ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'];

export interface Limits {
  /** Whether GraphiQL is served on `GET /graphql` (Accept: text/html). */
  graphiql: boolean;
  introspection: boolean;
  cors: CORSOptions | false;
  plugins: Plugin<GatewayContext>[];
  /**
   * With GATEWAY_PERSISTED_OPERATIONS, the listed text a graphql-ws payload names by id, to be
   * parsed in place of the text that came with it.
   */
  persistedQuery?: (payload: PersistedRef) => string | undefined;
}

/** One document of the persisted-operations file, keyed by its hash without `sha256:`. */
export type PersistedOperations = Map<string, DocumentNode>;

const normalizeHash = (hash: string) => hash.replace(/^sha256:/i, '').toLowerCase();

/**
 * GATEWAY_PERSISTED_OPERATIONS: a JSON object `{ "<hash>": "<document>" }`, as graphql-codegen's
 * client preset writes with `persistedDocuments: true` (keys `sha256:<hex>`); plain hex keys
 * work too. Every document is parsed at start, so a bad file stops the gateway.
 */
export function loadPersistedOperations(path: string): PersistedOperations {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(['GATEWAY_PERSISTED_OPERATIONS must name a readable JSON file']);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError(['GATEWAY_PERSISTED_OPERATIONS must hold a JSON object of hash → document']);
  }
  const operations: PersistedOperations = new Map();
  for (const [hash, document] of Object.entries(json)) {
    try {
      if (typeof document !== 'string') throw new Error('not a string');
      operations.set(normalizeHash(hash), parse(document));
    } catch {
      throw new ConfigError([`GATEWAY_PERSISTED_OPERATIONS: the document of ${hash} is not a GraphQL document`]);
    }
  }
  return operations;
}

const persistedError = (message: string, code: string, status: number) => ({ message, extensions: { code, http: { status } } });

/** What of a request or graphql-ws payload may name a persisted operation. */
type PersistedRef = { documentId?: unknown; extensions?: unknown };

/**
 * The id a client sends: `documentId` (GraphQL over HTTP, persisted documents appendix) or
 * Apollo's `extensions.persistedQuery.sha256Hash`.
 */
function persistedId(params: PersistedRef): string | null {
  if (typeof params.documentId === 'string') return normalizeHash(params.documentId);
  const pq = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === 'string' ? normalizeHash(pq.sha256Hash) : null;
}

/**
 * Only the allow-listed operations run. Over HTTP the plugin swaps the id for its document. Over
 * graphql-ws, whose messages always carry a query, a `documentId` or `persistedQuery` hash in the
 * payload selects the listed document: the transport parses its text (`persistedQuery`) instead
 * of the one sent, since Yoga caches parse results by text and a client's text must not decide
 * another's answer. Without an id, the query must print exactly as a listed document does.
 */
function usePersistedOnly(operations: PersistedOperations) {
  const texts = new Map([...operations].map(([id, document]) => [id, print(document)]));
  const printed = new Set(texts.values());
  const plugins: Plugin<GatewayContext>[] = [
    usePersistedOperations<GatewayContext>({
      allowArbitraryOperations: false,
      extractPersistedOperationId: persistedId,
      getPersistedOperation: (key) => operations.get(key) ?? null,
      customErrors: {
        notFound: persistedError('Unknown persisted operation.', 'PERSISTED_QUERY_NOT_FOUND', 400),
        persistedQueryOnly: persistedError('Only persisted operations are accepted: send documentId.', 'PERSISTED_QUERY_ONLY', 400),
        keyNotFound: persistedError('A persisted operation id (documentId) is required.', 'PERSISTED_QUERY_ID_REQUIRED', 400),
      },
    }),
    {
      onParse({ context }) {
        if ('request' in context && context.request) return;
        return ({ result, replaceParseResult }) => {
          if (result instanceof Error || result === null) return;
          if (!printed.has(print(result as DocumentNode))) {
            replaceParseResult(new GraphQLError('Only persisted operations are accepted.', { extensions: { code: 'PERSISTED_QUERY_ONLY' } }));
          }
        };
      },
    },
  ];
  const persistedQuery = (payload: PersistedRef) => {
    const id = persistedId(payload);
    return id ? texts.get(id) : undefined;
  };
  return { plugins, persistedQuery };
}

const httpError = (message: string, status: number, code: string) => new GraphQLError(message, { extensions: { http: { status }, code } });
const CONTENT_LENGTH = /^\d+$/;

/**
 * GATEWAY_MAX_BODY_BYTES, in place of Yoga's `maxRequestBodySize`, which pipes every body through
 * a counting web stream (about 6 % of a one-call query's CPU). A Content-Length is compared as a
 * number, since node's HTTP parser never hands over more body than it announces; only a body
 * without one (chunked) is counted while it is read. Same answers: 413, or 400 for a malformed
 * length.
 */
function useBodyLimit(max: number): Plugin<GatewayContext> {
  const tooLarge = () => httpError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE');
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) throw httpError('Content-Length header is invalid.', 400, 'BAD_REQUEST');
        if (Number(length) > max) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => {
        let read = 0;
        const counted = req.body!.pipeThrough(
          new (req.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream)<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > max) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        const init = { method: req.method, headers: req.headers, signal: req.signal, body: counted, duplex: 'half' };
        return requestParser(new fetchAPI.Request(req.url, init as RequestInit));
      });
    },
  };
}

/** Armor reports through validation, so a refused operation is a 400 with a code, like any invalid one. */
const report = (ctx: ValidationContext | null, error: GraphQLError) =>
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } }));

/**
 * What bounds an operation before it runs, from the configuration: graphql-armor (depth,
 * aliases, tokens, directives), suggestions hidden when introspection is off, the Crisp calls
 * and cost estimated with the variables (crisp-budget.ts), the body size, CSRF prevention,
 * CORS, introspection and GraphiQL, and the persisted-operations list.
 */
export function createLimits(config: Pick<Config, 'limits' | 'sandbox'>, budget: Pick<BudgetOptions, 'onEstimate' | 'onRefuse'> = {}): Limits {
  const l = config.limits;
  const open = Boolean(config.sandbox);
  const introspection = l.introspection ?? open;
  const graphiql = l.graphiql ?? open;
  const origins = l.corsOrigins ?? (open ? '*' : undefined);
  const common = { onReject: [report], propagateOnRejection: false };
  const plugins: Plugin<GatewayContext>[] = [
    useBodyLimit(l.maxBodyBytes),
    EnvelopArmorPlugin({
      maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...common },
      maxAliases: { n: l.maxAliases, ...common },
      maxDirectives: { n: l.maxDirectives, ...common },
      // Cost is estimated by useCrispBudget, which knows the variables (page sizes).
      costLimit: { enabled: false },
      // Parsing stops at the limit: the error is a syntax error (400).
      maxTokens: { n: l.maxTokens },
      // useHiddenSuggestions hides every kind (armor's only field names, and only in validation).
      blockFieldSuggestion: { enabled: false },
    }) as Plugin<GatewayContext>,
    useCrispBudget({ maxCrispCalls: l.maxCrispCalls, maxCost: l.maxCost, ...budget }),
  ];
  if (!introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) }, useHiddenSuggestions());
  if (l.csrf) plugins.push(useCSRFPrevention({ requestHeaders: csrfHeaders }) as Plugin<GatewayContext>);
  const persisted = l.persistedOperationsPath ? usePersistedOnly(loadPersistedOperations(l.persistedOperationsPath)) : undefined;
  if (persisted) plugins.push(...persisted.plugins);
  return {
    graphiql,
    introspection,
    cors: origins
      ? {
          origin: origins === '*' ? '*' : origins,
          // Bearer tokens and API keys, never cookies: no credentialed CORS.
          credentials: false,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['content-type', 'accept', ...csrfHeaders],
          maxAge: 600,
        }
      : false,
    plugins,
    persistedQuery: persisted?.persistedQuery,
  };
}
