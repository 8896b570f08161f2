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

/** Catalogue `OperatorAvailability`. */
interface OperatorAvailabilityRaw {
  user_id?: string;
  type?: string;
  time?: { for?: number; since?: number };
}

export interface OperatorAvailabilityModel {
  websiteId: string;
  userId: string;
  /** `online`, `away` or `offline` as far as seen. */
  type?: string;
  since?: Date;
  /** Seconds the availability stays valid. */
  validFor?: number;
}

/** GET /website/{website_id}/availability/operators; entries without a user id are left out. */
export async function listWebsiteOperatorAvailabilities(
  crisp: CrispClient,
  websiteId: string,
): Promise<OperatorAvailabilityModel[]> {
  const raw = await crisp.get<OperatorAvailabilityRaw[]>(
    route`/website/${websiteId}/availability/operators`,
  );
  return raw.flatMap((a) =>
    a.user_id
      ? [
          {
            websiteId,
            userId: a.user_id.toLowerCase(),
            type: a.type,
            since: typeof a.time?.since === 'number' ? new Date(a.time.since) : undefined,
            validFor: a.time?.for,
          },
        ]
      : [],
  );
}
