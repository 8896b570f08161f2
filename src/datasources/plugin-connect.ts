import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { text } from './crisp-values.ts';

/** The plugin tier's own routes (`plugin.connect.*`) beside the website listing. */

/** GET /plugin/connect/account: the plugin_id the token belongs to. */
export async function getConnectAccount(crisp: CrispClient): Promise<string> {
  const raw = await crisp.get<{ plugin_id?: string }>(route`/plugin/connect/account`);
  return String(raw?.plugin_id ?? '').toLowerCase();
}

/** HEAD /plugin/connect/session: whether the token works. */
export const checkConnectSessionValidity = (crisp: CrispClient) =>
  crisp.head(route`/plugin/connect/session`);

/** Catalogue `PluginConnectWebsite` as the `since` listing gives it. */
interface ConnectWebsiteRaw {
  website_id?: string;
  price?: number;
  settings?: Record<string, unknown>;
  plan?: { id?: string; name?: string; trialing?: boolean };
  difference?: string;
}

export interface ConnectWebsiteChangeModel {
  websiteId: string;
  difference: string | null;
  price: number | null;
  settings: Record<string, unknown> | null;
  planName: string | null;
}

/** GET /plugin/connect/websites/since?date_since=: installs and removals since a date. */
export async function listConnectWebsitesSince(
  crisp: CrispClient,
  since: Date,
  { configuredOnly, includePlan }: { configuredOnly: boolean; includePlan: boolean },
): Promise<ConnectWebsiteChangeModel[]> {
  const rows = await crisp.get<ConnectWebsiteRaw[]>(route`/plugin/connect/websites/since`, {
    date_since: since.toISOString(),
    filter_configured: configuredOnly,
    include_plan: includePlan,
  });
  return (Array.isArray(rows) ? rows : []).flatMap((r) =>
    typeof r.website_id === 'string'
      ? [
          {
            websiteId: r.website_id.toLowerCase(),
            difference: text(r.difference),
            price: typeof r.price === 'number' ? r.price : null,
            settings: r.settings && typeof r.settings === 'object' ? r.settings : null,
            planName: text(r.plan?.name),
          },
        ]
      : [],
  );
}

/** GET /plugin/connect/endpoints: where the plugin's RTM socket connects. */
export async function getConnectEndpoints(crisp: CrispClient) {
  const raw = await crisp.get<{ socket?: { app?: string } }>(route`/plugin/connect/endpoints`);
  return { socketUrl: text(raw?.socket?.app) };
}
