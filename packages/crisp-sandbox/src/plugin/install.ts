import type { Raw, SandboxStore } from '../store.ts';

/** What `plugin/connect/websites` reports for one website that installed the plugin. */
export interface PluginInstall {
  /** The per-website plugin token Crisp hands out with the listing. */
  token: string;
  price: number;
  plan: Raw; // PluginConnectWebsitePlan
  /** Saved subscription settings; `undefined` until the website configures the plugin. */
  settings?: Raw;
}

// Kept beside the store rather than in it: only plugin.connect reads these, and
// `store.plugin.installedAt` already carries the install dates every route may need.
const installs = new WeakMap<SandboxStore, Map<string, PluginInstall>>();

/** Install details by website_id (the map is created on first use). */
export function pluginInstalls(store: SandboxStore): Map<string, PluginInstall> {
  let map = installs.get(store);
  if (!map) {
    map = new Map();
    installs.set(store, map);
  }
  return map;
}
