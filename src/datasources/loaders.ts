import type { CrispClient } from './crisp-client.ts';
import { createWebsiteLoaders } from './website.ts';
import { createPeopleLoaders } from './people.ts';
import { createOperatorLoaders } from './operator.ts';
import { createConversationLoaders } from './conversation.ts';
import { createMessageLoaders } from './message.ts';

/**
 * Every dataloader, created per GraphQL operation so nothing is cached across requests. Each noun's
 * datasource file contributes its own loaders.
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

export function createLoaders(crisp: CrispClient, mode: LoaderMode = 'on'): Loaders {
  if (mode === 'off') return new Proxy({} as Loaders, { get: (_, name) => createEveryLoader(crisp)[name as keyof Loaders] });
  // Built on first use: every subscription gets a context too, and its events never load.
  let loaders: Loaders | undefined;
  return new Proxy({} as Loaders, { get: (_, name) => (loaders ??= createEveryLoader(crisp))[name as keyof Loaders] });
}
