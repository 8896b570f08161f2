import { createHash } from 'node:crypto';
import type { Routes } from '../http/handler.ts';
import { page } from '../http/reply.ts';
import type { PersonRecord, Raw, SandboxStore } from '../store.ts';
import { requirePerson } from './record.ts';

/**
 * The campaigns each contact received (catalogue `PeopleCampaign`), newest first. A campaign
 * dispatch records one per recipient with `recordPersonCampaign`; the seed gives the first
 * contacts of each website a welcome campaign.
 */

const received = new WeakMap<PersonRecord, Raw[]>();

export function recordPersonCampaign(person: PersonRecord, campaign: Raw): void {
  received.set(person, [campaign, ...(received.get(person) ?? [])]);
}

/** A UUID-shaped id that the same seed input always gives. */
function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Seeds a delivered, opened welcome campaign for the first three contacts of each website. */
export function seedPersonCampaigns(store: SandboxStore, at: number): void {
  for (const website of store.websites.values()) {
    const campaignId = stableUuid(`welcome:${website.website.website_id}`);
    for (const person of [...website.people.values()].slice(0, 3)) {
      recordPersonCampaign(person, {
        campaign_id: campaignId,
        type: 'one-shot',
        name: 'Welcome',
        created_at: at - 7 * 86_400_000,
        updated_at: at - 6 * 86_400_000,
        dispatched_at: at - 6 * 86_400_000,
        occurred_at: at - 5 * 86_400_000,
        statistics: ['delivered', 'opened'],
      });
    }
  }
}

export const personCampaignRoutes: Routes = {
  'website.people.list_campaigns': ({ website, params, page: n }) =>
    page(received.get(requirePerson(website, params.people_id!)) ?? [], n),
};
