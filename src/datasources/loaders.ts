import type { CrispClient } from './crisp-client.ts';
import { createWebsiteLoaders } from './website.ts';

/**
 * Every dataloader, created per GraphQL operation so nothing is cached across requests. Each noun's
 * datasource file contributes its own loaders.
 */
export function createLoaders(crisp: CrispClient) {
  return {
    ...createWebsiteLoaders(crisp),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
