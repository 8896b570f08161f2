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
    policies.set(type, [...(policies.get(type) ?? []), `${field}: connection(${key})`]);
  }
  const lines = [...policies].map(
    ([type, fields]) => `  ${type}: { fields: { ${fields.join(', ')} } },`,
  );
  for (const name of MERGED_VALUE_OBJECTS) {
    if (schema.getType(name)) lines.push(`  ${name}: { merge: true },`);
  }
  return `${banner}import type {
  ApolloClient,
  FieldMergeFunction,
  FieldPolicy,
  InMemoryCacheConfig,
  TypePolicies,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import introspection from './possible-types.js';

/**
 * \`relayStylePagination\`, except that a connection the gateway answered with null (its Crisp call
 * failed, and errors[] names its path) stays null: Apollo's helper would store an empty page
 * without \`__typename\`, which then reads back as a partial result.
 */
function connection(keyArgs: Parameters<typeof relayStylePagination>[0]): FieldPolicy {
  const policy = relayStylePagination(keyArgs);
  const merge = policy.merge as FieldMergeFunction;
  return { ...policy, merge: (existing, incoming, options) => (incoming === null ? null : merge(existing, incoming, options)) };
}

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
 * errors[] (a lazy field that failed). Declared below too (Apollo 4.2+ types \`defaultOptions\` from
 * the declaration), so mutation results are typed as possibly partial.
 */
export const defaultOptions: ApolloClient.DefaultOptions.Input = { mutate: { errorPolicy: 'all' } };

declare module '@apollo/client' {
  namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface Mutate {
        /** Optional: a client without the kit's defaults still type-checks. */
        errorPolicy?: 'all';
      }
    }
  }
}
`;
};
