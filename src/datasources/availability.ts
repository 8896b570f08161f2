import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

export interface WebsiteAvailabilityModel {
  /** Overall workspace availability: `online`, `away` or `offline` as far as seen. */
  status: string;
  since?: Date;
}

/** GET /website/{website_id}/availability/status */
export async function getWebsiteAvailabilityStatus(
  crisp: CrispClient,
  websiteId: string,
): Promise<WebsiteAvailabilityModel> {
  const raw = await crisp.get<{ status: string; since?: number }>(
    route`/website/${websiteId}/availability/status`,
  );
  return {
    status: raw.status,
    since: typeof raw.since === 'number' ? new Date(raw.since) : undefined,
  };
}
