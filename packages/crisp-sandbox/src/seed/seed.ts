import type { SandboxStore, Tier } from '../store.ts';
import { seedConversations } from './conversation.ts';
import { seedHelpdesk } from './helpdesk.ts';
import { createRandom } from './random.ts';
import { seedSpams } from './spam.ts';
import { seedDirectory } from './website.ts';
import { seedWorkspace } from './workspace.ts';

/** Fixed "now" of the seeded history, so every start serves the same data. */
export const SEED_EPOCH = Date.UTC(2026, 0, 15, 9, 0, 0);

/** Fills the store deterministically and gives the token access to every seeded website. */
export function seedStore(
  store: SandboxStore,
  token: { identifier: string; key: string; tier: Tier },
): void {
  const random = createRandom(0xc415b);
  seedDirectory(store, random, SEED_EPOCH);
  seedConversations(store, random, SEED_EPOCH);
  seedSpams(store, SEED_EPOCH);
  // Drawn last, so the data seeded before stays the same as without inboxes and teams.
  seedWorkspace(store, random, SEED_EPOCH);
  // After every random draw above, so adding it changed none of the data seeded before.
  seedHelpdesk(store.websites.values().next().value!, SEED_EPOCH);
  store.tokens.set(token.identifier, { ...token, websiteIds: new Set(store.websites.keys()) });
}
