import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';
import type { Config } from './config.ts';
import { type BudgetOptions, useCrispBudget } from './crisp-budget.ts';
import { createPersistedOperations, type PersistedRef } from './persisted-operations.ts';
import {
  csrfHeaders,
  useBodyLimit,
  useCsrfPrevention,
  useRequestFormat,
} from './request-checks.ts';
import { useHiddenSuggestions } from './suggestions.ts';

export interface Limits {
  /** Whether GraphiQL is served on `GET /graphql` (Accept: text/html). */
  graphiql: boolean;
  introspection: boolean;
  cors: CORSOptions | false;
  /** The origins CORS allows (none: same origin only); WebSockets of an open gateway follow them. */
  corsOrigins: readonly string[] | '*';
  plugins: Plugin<GatewayContext>[];
  /**
   * With GATEWAY_PERSISTED_OPERATIONS, the listed text a graphql-ws payload names by id, to be
   * parsed in place of the text that came with it (an error for an unknown id).
   */
  persistedQuery?: (payload: PersistedRef) => string | GraphQLError | undefined;
}

/** Armor reports through validation, so a refused operation is a 400 with a code, like any invalid one. */
const report = (ctx: ValidationContext | null, error: GraphQLError) =>
  ctx?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED' },
    }),
  );

/**
 * What bounds an operation before it runs, from the configuration: graphql-armor (depth,
 * aliases, tokens, directives), suggestions hidden when introspection is off, the Crisp calls
 * and cost estimated with the variables (crisp-budget.ts), the request checks (body size, media
 * type, CSRF: request-checks.ts), CORS, introspection and GraphiQL, and the persisted-operations
 * list (persisted-operations.ts).
 */
export function createLimits(
  config: Pick<Config, 'limits' | 'sandbox'>,
  budget: Pick<BudgetOptions, 'onEstimate' | 'onRefuse'> = {},
): Limits {
  const l = config.limits;
  const open = Boolean(config.sandbox);
  const introspection = l.introspection ?? open;
  const graphiql = l.graphiql ?? open;
  const origins = l.corsOrigins ?? (open ? '*' : undefined);
  const common = { onReject: [report], propagateOnRejection: false };
  const plugins: Plugin<GatewayContext>[] = [
    useBodyLimit(l.maxBodyBytes),
    ...(l.csrf ? [useCsrfPrevention()] : []),
    useRequestFormat(),
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
  if (!introspection)
    plugins.push(
      { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) },
      useHiddenSuggestions(),
    );
  const persisted = l.persistedOperationsPath
    ? createPersistedOperations(l.persistedOperationsPath)
    : undefined;
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
    corsOrigins: origins ?? [],
    plugins,
    persistedQuery: persisted?.persistedQuery,
  };
}
