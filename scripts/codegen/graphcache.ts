import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import { getIntrospectedSchema, minifyIntrospectionQuery } from '@urql/introspection';
import { banner, connectionFields, valueObjects } from './schema-shape.ts';

/**
 * client/graphcache.ts: urql Graphcache's options, derived from the schema: the minified
 * introspection (schema awareness: abstract fragments match exactly, no heuristic warnings),
 * `keys` embedding every value object in its parent, and `relayPagination()` on every
 * connection field.
 */
export const plugin: PluginFunction = (schema) => {
  const keys = valueObjects(schema).map((name) => `  ${name}: () => null,`);
  const resolvers = new Map<string, string[]>();
  for (const { type, field } of connectionFields(schema)) {
    resolvers.set(type, [...(resolvers.get(type) ?? []), `${field}: relayPagination()`]);
  }
  const introspection = minifyIntrospectionQuery(getIntrospectedSchema(schema));
  return `${banner}import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

/** The schema, minified: \`cacheExchange({ schema })\` matches interfaces and unions exactly. */
export const schema: NonNullable<CacheExchangeOpts['schema']> = ${JSON.stringify(introspection)};

/** Value objects have no identity: Graphcache stores them inside their parent. */
export const keys: KeyingConfig = {
${keys.join('\n')}
};

/** Connections merge their pages. */
export const resolvers: ResolverConfig = {
${[...resolvers].map(([type, fields]) => `  ${type}: { ${fields.join(', ')} },`).join('\n')}
};

/** \`cacheExchange(graphcacheConfig)\`. */
export const graphcacheConfig: CacheExchangeOpts = { schema, keys, resolvers };
`;
};
