import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import { banner, connectionFields } from './schema-shape.ts';

/**
 * Value objects that live events change in part (docs/schema-design.md §8): without
 * `merge: true`, Apollo would replace the whole object with the event's few fields.
 */
const MERGED_VALUE_OBJECTS = ['ConversationMetas', 'ConversationUnread', 'VisitorCount'];

/**
 * client/apollo-cache.ts: the recommended `InMemoryCache` settings, derived from the schema so
 * they follow it: possibleTypes (from the fragment-matcher output next to it),
 * `relayStylePagination` on every connection field keyed by its non-paging arguments, `merge: true`
 * for the value objects above that exist, and `errorPolicy: 'all'` for mutations.
 */
export const plugin: PluginFunction = (schema) => {
  const policies = new Map<string, string[]>();
  for (const { type, field, keyArgs } of connectionFields(schema)) {
    const key = keyArgs.length ? JSON.stringify(keyArgs) : 'false';
    policies.set(type, [...(policies.get(type) ?? []), `${field}: relayStylePagination(${key})`]);
  }
  const lines = [...policies].map(
    ([type, fields]) => `  ${type}: { fields: { ${fields.join(', ')} } },`,
  );
  for (const name of MERGED_VALUE_OBJECTS) {
    if (schema.getType(name)) lines.push(`  ${name}: { merge: true },`);
  }
  return `${banner}import type { DefaultOptions, InMemoryCacheConfig, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import introspection from './possible-types.js';

/** Connections merge their pages; value objects that events change in part merge their fields. */
export const typePolicies: TypePolicies = {
${lines.join('\n')}
};

/** \`new InMemoryCache(cacheConfig)\`. */
export const cacheConfig: InMemoryCacheConfig = {
  possibleTypes: introspection.possibleTypes,
  typePolicies,
};

/**
 * \`new ApolloClient({ defaultOptions })\`: a mutation that did its write keeps its data next to
 * errors[] (a lazy field that failed). Declared below too, so mutation results are typed with it.
 */
export const defaultOptions: DefaultOptions = { mutate: { errorPolicy: 'all' } };

declare module '@apollo/client' {
  namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}
`;
};
