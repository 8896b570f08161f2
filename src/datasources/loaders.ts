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
export function createLoaders(crisp: CrispClient) {
  return {
    ...createWebsiteLoaders(crisp),
    ...createPeopleLoaders(crisp),
    ...createOperatorLoaders(crisp),
    ...createConversationLoaders(crisp),
    ...createMessageLoaders(crisp),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
