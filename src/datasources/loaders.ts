import { createConversationLoaders } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { createHelpdeskLoaders } from './helpdesk-loaders.ts';
import { createInboxLoaders } from './inbox.ts';
import { createMessageLoaders } from './message.ts';
import { createOperatorLoaders } from './operator.ts';
import { createPeopleLoaders } from './people.ts';
import { createTeamLoaders } from './team.ts';
import { createWebsiteLoaders } from './website.ts';

/** Each noun's datasource file contributes its own loaders; those of one noun may share a cap. */
const groups = [
  createWebsiteLoaders,
  createPeopleLoaders,
  createOperatorLoaders,
  createConversationLoaders,
  createMessageLoaders,
  createInboxLoaders,
  createTeamLoaders,
  createHelpdeskLoaders,
] as const;

/** Every dataloader of one operation, created per GraphQL operation so nothing is cached across requests. */
export type Loaders = ReturnType<typeof createWebsiteLoaders> &
  ReturnType<typeof createPeopleLoaders> &
  ReturnType<typeof createOperatorLoaders> &
  ReturnType<typeof createConversationLoaders> &
  ReturnType<typeof createMessageLoaders> &
  ReturnType<typeof createInboxLoaders> &
  ReturnType<typeof createTeamLoaders> &
  ReturnType<typeof createHelpdeskLoaders>;

/** Builds one operation's loaders; the gateway takes another for a benchmark's reference run. */
export type LoaderFactory = (crisp: CrispClient) => Loaders;

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
        for (const [key, loader] of Object.entries(built))
          Object.defineProperty(this, key, { value: loader, enumerable: true });
        return built[name];
      },
    });
  }
}

export const createLoaders: LoaderFactory = (crisp) => new LazyLoaders(crisp) as unknown as Loaders;
