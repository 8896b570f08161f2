import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `HelpdeskRedirection`. */
interface RedirectionRaw {
  redirection_id?: string;
  path?: string;
  target?: string;
  created_at?: number;
  updated_at?: number;
}

/** A redirect from a path of the help center to another address. */
export interface RedirectionModel {
  websiteId: string;
  redirectionId: string;
  path: string | null;
  target: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : null);

export const toRedirection = (websiteId: string, raw: RedirectionRaw): RedirectionModel => ({
  websiteId,
  redirectionId: String(raw.redirection_id).toLowerCase(),
  path: raw.path ?? null,
  target: raw.target ?? null,
  createdAt: date(raw.created_at),
  updatedAt: date(raw.updated_at),
});

/** GET /website/{website_id}/helpdesk/redirections/{page_number} */
export async function listHelpdeskRedirections(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<RedirectionModel[]> {
  const rows = await crisp.get<RedirectionRaw[]>(
    route`/website/${websiteId}/helpdesk/redirections/${page}`,
  );
  return rows.map((raw) => toRedirection(websiteId, raw));
}

/** POST /website/{website_id}/helpdesk/redirection: Crisp answers no id. */
export async function addHelpdeskRedirection(
  crisp: CrispClient,
  websiteId: string,
  redirection: { path: string; target: string },
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/helpdesk/redirection`, {
    path: redirection.path,
    target: redirection.target,
  });
}

/** HEAD /website/{website_id}/helpdesk/redirection/{redirection_id} */
export function checkHelpdeskRedirectionExists(
  crisp: CrispClient,
  websiteId: string,
  redirectionId: string,
): Promise<boolean> {
  return crisp.head(route`/website/${websiteId}/helpdesk/redirection/${redirectionId}`);
}

/** GET /website/{website_id}/helpdesk/redirection/{redirection_id} */
export async function resolveHelpdeskRedirection(
  crisp: CrispClient,
  websiteId: string,
  redirectionId: string,
): Promise<RedirectionModel> {
  const raw = await crisp.get<RedirectionRaw>(
    route`/website/${websiteId}/helpdesk/redirection/${redirectionId}`,
  );
  return toRedirection(websiteId, raw);
}

/** DELETE /website/{website_id}/helpdesk/redirection/{redirection_id} */
export async function deleteHelpdeskRedirection(
  crisp: CrispClient,
  websiteId: string,
  redirectionId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/helpdesk/redirection/${redirectionId}`);
}
