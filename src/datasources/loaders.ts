import type { CrispClient } from './crisp-client.ts';
import { createWebsiteLoaders } from './website.ts';
import { createPeopleLoaders } from './people.ts';
import { createOperatorLoaders } from './operator.ts';
import { createConversationLoaders } from './conversation.ts';
import { createMessageLoaders } from './message.ts';

/** Each noun's datasource file contributes its own loaders; those of one noun may share a cap. */
const groups = [createWebsiteLoaders, createPeopleLoaders, createOperatorLoaders, createConversationLoaders, createMessageLoaders] as const;

/**
 * Every dataloader, created per GraphQL operation so nothing is cached across requests.
 */
function createEveryLoader(crisp: CrispClient) {
  return {
    ...createWebsiteLoaders(crisp),
    ...createPeopleLoaders(crisp),
    ...createOperatorLoaders(crisp),
    ...createConversationLoaders(crisp),
    ...createMessageLoaders(crisp),
  };
}

export type Loaders = ReturnType<typeof createEveryLoader>;

/**
 * `off` hands out a fresh set on every access, so no load is batched with another, primed or
 * answered from a cache: the gateway as it would run without dataloader, which `npm run bench`
 * compares against. Never used to serve.
 */
export type LoaderMode = 'on' | 'off';

/**
 * One operation's loaders, each noun's built on first use: every subscription gets a context
 * too, and its events never load; a one-field query builds one noun's loaders, not sixteen.
 * A getter per loader name sits on the prototype and, once called, its noun's loaders become own
 * properties of the instance.
 */
class LazyLoaders {
  constructor(readonly crisp: CrispClient) {}
}
for (const group of groups) {
  // The names only: building loaders makes no Crisp call.
  for (const name of Object.keys(group(undefined as unknown as CrispClient))) {
    Object.defineProperty(LazyLoaders.prototype, name, {
      get(this: LazyLoaders) {
        const built = group(this.crisp) as Record<string, unknown>;
        for (const [key, loader] of Object.entries(built)) Object.defineProperty(this, key, { value: loader, enumerable: true });
        return built[name];
      },
    });
  }
}

/**
 * Whether loads of one operation share batches and a cache (`on`): only then does a read started
 * ahead of its field (a page's second level) save anything; with `off` it would be one more call.
 */
export function sharesLoads(loaders: Loaders): boolean {
  return loaders instanceof LazyLoaders;
}

export function createLoaders(crisp: CrispClient, mode: LoaderMode = 'on'): Loaders {
  if (mode === 'off') return new Proxy({} as Loaders, { get: (_, name) => createEveryLoader(crisp)[name as keyof Loaders] });
  return new LazyLoaders(crisp) as unknown as Loaders;
}
