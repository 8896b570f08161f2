import DataLoader from 'dataloader';
import { route, type CrispClient } from './crisp-client.ts';

/** GET /website/{website_id} → Website (catalogue `Website`). */
export interface WebsiteRaw {
  website_id: string;
  name: string;
  domain: string;
  logo?: string;
}

export interface WebsiteModel {
  id: string;
  name: string;
  domain: string;
  logo?: string;
}

export const toWebsite = (raw: WebsiteRaw): WebsiteModel => ({
  id: raw.website_id,
  name: raw.name,
  domain: raw.domain,
  logo: raw.logo,
});

/** GET /website/{website_id} */
export async function getWebsite(crisp: CrispClient, websiteId: string): Promise<WebsiteModel> {
  return toWebsite(await crisp.get<WebsiteRaw>(route`/website/${websiteId}`));
}

export function createWebsiteLoaders(crisp: CrispClient) {
  return {
    // Crisp has no batch read for websites: the loader de-duplicates within a request.
    website: new DataLoader<string, WebsiteModel>((ids) =>
      Promise.all(ids.map((id) => getWebsite(crisp, id).catch((e: Error) => e))),
    ),
  };
}
