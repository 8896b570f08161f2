import DataLoader from 'dataloader';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** GET /website/{website_id} → Website (catalogue `Website`). */
export interface WebsiteRaw {
  website_id: string;
  name: string;
  domain: string;
  /** Logo image URL; may be empty. */
  logo?: string;
  verified?: boolean;
  institutional?: boolean;
}

/** GET /plugin/connect/websites/all/{page_number} → PluginConnectWebsite[] (only the fields used). */
export interface PluginConnectWebsiteRaw {
  website_id: string;
}

export interface WebsiteModel {
  id: string;
  name: string;
  domain: string;
  logo?: string;
  verified?: boolean;
  institutional?: boolean;
}

/**
 * What a live event says of its website (`website:update_visitors_count`), and the event itself,
 * which the website's own reads are shared on.
 */
export interface WebsiteNews {
  event: object;
  visitorsCount?: number;
}

/** A website known by id alone (with a live event's news), or with its details already read. */
export type WebsiteRef = { id: string; news?: WebsiteNews } | WebsiteModel;

export interface WebsiteCreateInput {
  name: string;
  domain: string;
}

export const toWebsite = (raw: WebsiteRaw): WebsiteModel => ({
  id: raw.website_id,
  name: raw.name,
  domain: raw.domain,
  // Crisp sends an empty string for "no logo".
  logo: raw.logo || undefined,
  verified: raw.verified,
  institutional: raw.institutional,
});

/** GET /website/{website_id} */
export async function getWebsite(crisp: CrispClient, websiteId: string): Promise<WebsiteModel> {
  return toWebsite(await crisp.get<WebsiteRaw>(route`/website/${websiteId}`));
}

/** HEAD /website?domain= — true when a workspace uses the domain. */
export function checkWebsiteExists(crisp: CrispClient, domain: string): Promise<boolean> {
  return crisp.head(route`/website`, { domain });
}

/** POST /website (user tier). */
export async function createWebsite(
  crisp: CrispClient,
  input: WebsiteCreateInput,
): Promise<WebsiteModel> {
  return toWebsite(
    await crisp.post<WebsiteRaw>(route`/website`, { name: input.name, domain: input.domain }),
  );
}

/**
 * DELETE /website/{website_id} (user tier). Crisp schedules the deletion (owners are emailed and
 * can cancel it) and asks for the account password as a `verify` challenge.
 */
export async function deleteWebsite(
  crisp: CrispClient,
  websiteId: string,
  password: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}`, {
    verify: { method: 'password', secret: password },
  });
}

/** Pages past this are not read; a plugin installed on more websites is not expected. */
const MAX_CONNECT_PAGES = 50;

/**
 * GET /plugin/connect/websites/all/{page_number} (plugin tier), every page until an empty one:
 * the ids of the websites that installed the plugin, oldest install first.
 */
export async function listAllConnectWebsites(crisp: CrispClient): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= MAX_CONNECT_PAGES; page += 1) {
    // The official clients always send both flags.
    const rows = await crisp.get<PluginConnectWebsiteRaw[]>(
      route`/plugin/connect/websites/all/${page}`,
      {
        filter_configured: false,
        include_plan: false,
      },
    );
    if (!Array.isArray(rows) || rows.length === 0) break;
    ids.push(...rows.map((r) => r.website_id));
  }
  return ids;
}

export function createWebsiteLoaders(crisp: CrispClient) {
  return {
    // Crisp has no batch read for websites: the loader de-duplicates within a request.
    website: new DataLoader<string, WebsiteModel>((ids) =>
      Promise.all(ids.map((id) => getWebsite(crisp, id).catch((e: Error) => e))),
    ),
    /** The plugin's installs, walked once per request whoever asks first (one key: `all`). */
    connectWebsiteIds: new DataLoader<'all', string[]>((keys) =>
      listAllConnectWebsites(crisp).then(
        (ids) => keys.map(() => ids),
        (e: Error) => keys.map(() => e),
      ),
    ),
  };
}
