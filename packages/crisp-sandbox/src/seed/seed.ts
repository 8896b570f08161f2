import type { SandboxStore, Tier } from '../store.ts';
import { seedBilling } from './billing.ts';
import { seedCampaigns } from './campaign.ts';
import { seedConversations } from './conversation.ts';
import { createRandom } from './random.ts';
import { seedDirectory } from './website.ts';

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
  // Drawn last: the data seeded above stays as it was before these were added.
  seedCampaigns(store, random, SEED_EPOCH);
  seedBilling(store, random, SEED_EPOCH);
  store.tokens.set(token.identifier, { ...token, websiteIds: new Set(store.websites.keys()) });
}
