import type { Raw, SandboxStore } from '../store.ts';

/** One campaign: its record (WebsiteCampaignItem), recipients' statistic rows and test sends. */
export interface CampaignRecord {
  campaign: Raw;
  /** WebsiteCampaignStatistic rows, oldest first. */
  statistics: Raw[];
  /** How many test copies were sent. */
  tests: number;
}

/** A website's campaigns and templates (campaign_id / template_id → record), in creation order. */
export interface CampaignBook {
  campaigns: Map<string, CampaignRecord>;
  templates: Map<string, Raw>;
}

// Kept beside the store rather than in it, as plugin installs are: only the campaign routes read
// these.
const books = new WeakMap<SandboxStore, Map<string, CampaignBook>>();

/** The campaigns and templates of one website (created on first use). */
export function campaignBook(store: SandboxStore, websiteId: string): CampaignBook {
  let byWebsite = books.get(store);
  if (!byWebsite) {
    byWebsite = new Map();
    books.set(store, byWebsite);
  }
  let book = byWebsite.get(websiteId);
  if (!book) {
    book = { campaigns: new Map(), templates: new Map() };
    byWebsite.set(websiteId, book);
  }
  return book;
}

/** The keys of `raw` among `keys` that hold a value. */
export const pick = (raw: Raw, keys: readonly string[]): Raw =>
  Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));

/** A campaign as Crisp creates it: not configured, never sent, for every contact by default. */
export const newCampaign = (campaignId: string, type: string, name: string, at: number): Raw => ({
  campaign_id: campaignId,
  type,
  format: 'markdown',
  name,
  ready: false,
  dispatched: false,
  running: false,
  progress: 0,
  targets: 0,
  reached: 0,
  created_at: at,
  updated_at: at,
  recipients: { type: 'all' },
  options: { deliver_to_chatbox: true, deliver_to_email: true, tracking: true },
  statistics: { opened: 0, clicked: 0, unsubscribed: 0 },
});
