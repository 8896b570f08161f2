import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/**
 * Identity verification: whether the chatbox requires signed user emails, and the secret key
 * that signs them. The key is a secret: it is never cached, and never logged.
 */

/** GET /website/{website_id}/verify/settings */
export async function getVerifySettings(
  crisp: CrispClient,
  websiteId: string,
): Promise<{ enabled: boolean }> {
  const raw = await crisp.get<{ enabled?: boolean }>(route`/website/${websiteId}/verify/settings`);
  return { enabled: raw.enabled ?? false };
}

/** PATCH /website/{website_id}/verify/settings */
export async function updateVerifySettings(
  crisp: CrispClient,
  websiteId: string,
  settings: { enabled: boolean },
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/verify/settings`, settings);
}

/** GET /website/{website_id}/verify/key — the answer bypasses the read cache. */
export async function getVerifyKey(crisp: CrispClient, websiteId: string): Promise<string | null> {
  const raw = await crisp.request<{ secret?: string }>({
    method: 'GET',
    path: route`/website/${websiteId}/verify/key`,
    secret: true,
  });
  return raw.secret ?? null;
}

/** POST /website/{website_id}/verify/key — a new key; the old one stops working. No body. */
export async function rollVerifyKey(crisp: CrispClient, websiteId: string): Promise<void> {
  await crisp.post(route`/website/${websiteId}/verify/key`);
}
