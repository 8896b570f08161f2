import { type HelpdeskRecord, helpdeskOf } from '../helpdesk/state.ts';
import { SANDBOX_PASSWORD } from '../operator/password.ts';
import type { SandboxStore, WebsiteRecord } from '../store.ts';

/**
 * What tests and demos read of the sandbox's data, without holding its store: the same records
 * the routes serve, live (a write through the API shows here), in creation order.
 */
export interface SandboxSeed {
  /** Every website: the seeded ones first, then those created since. */
  readonly websites: readonly WebsiteRecord[];
  /** Their ids, in the same order. */
  readonly websiteIds: readonly string[];
  website(id: string): WebsiteRecord | undefined;
  /** The website's helpdesk (Knowledge Base), live; undefined when it has none. */
  helpdesk(id: string): HelpdeskRecord | undefined;
  /** The websites a token may reach now. */
  websitesOf(identifier: string): ReadonlySet<string>;
  /** The plugin's id, and when each website installed it (`plugin.connect.*`). */
  readonly plugin: { readonly pluginId: string; readonly installedAt: ReadonlyMap<string, number> };
  /** The account password that deletions and ownership transfers verify. */
  readonly password: string;
}

export function createSeedView(store: SandboxStore): SandboxSeed {
  return {
    get websites() {
      return [...store.websites.values()];
    },
    get websiteIds() {
      return [...store.websites.keys()];
    },
    website: (id) => store.websites.get(id),
    helpdesk: (id) => {
      const website = store.websites.get(id);
      return website && helpdeskOf(website);
    },
    websitesOf: (identifier) => new Set<string>(store.tokens.get(identifier)?.websiteIds),
    get plugin() {
      return store.plugin;
    },
    password: SANDBOX_PASSWORD,
  };
}
