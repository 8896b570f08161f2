import type { Routes } from '../http/handler.ts';
import { invalidData, page } from '../http/reply.ts';
import type { Raw, SandboxStore, Token } from '../store.ts';
import { pluginInstalls } from './install.ts';

/** Installed websites the token reaches, oldest install first, as PluginConnectWebsite rows. */
function connectWebsites(
  store: SandboxStore,
  token: Token,
  query: Record<string, string>,
): [number, Raw][] {
  const installs = pluginInstalls(store);
  const rows: [number, Raw][] = [];
  for (const [websiteId, installedAt] of store.plugin.installedAt) {
    const install = installs.get(websiteId);
    if (!install || !token.websiteIds.has(websiteId)) continue;
    if (query.filter_configured === '1' && !install.settings) continue;
    const row: Raw = {
      website_id: websiteId,
      price: install.price,
      token: install.token,
      settings: install.settings ?? {},
    };
    if (query.include_plan === '1') row.plan = install.plan;
    rows.push([installedAt, row]);
  }
  return rows.sort((a, b) => a[0] - b[0]);
}

const endpoints = (store: SandboxStore) => ({ socket: { app: store.relayUrl } });

export const connectRoutes: Routes = {
  'plugin.connect.account.get': ({ store }) => ({ plugin_id: store.plugin.pluginId }),

  // The token was already checked by the time a handler runs.
  'plugin.connect.session.check': () => true,

  'plugin.connect.websites.list_all': ({ store, token, query, page: n }) =>
    page(
      connectWebsites(store, token, query).map(([, row]) => row),
      n,
    ),

  'plugin.connect.websites.list_since': ({ store, token, query }) => {
    const since = query.date_since ? Date.parse(query.date_since) : 0;
    if (Number.isNaN(since)) throw invalidData('date_since must be an ISO 8601 date');
    // Uninstalls are not modelled, so every change since the date is an install.
    return connectWebsites(store, token, query)
      .filter(([installedAt]) => installedAt > since)
      .map(([, row]) => ({ ...row, difference: 'added' }));
  },

  'plugin.connect.endpoints.get': ({ store }) => endpoints(store),

  'website.connect.get_endpoints': ({ store }) => endpoints(store),
};
