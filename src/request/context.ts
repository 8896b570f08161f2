import type { CrispClient } from '../datasources/crisp-client.ts';
import type { Loaders } from '../datasources/loaders.ts';
import type { Live } from '../rtm/live.ts';
import type { AuthenticationError, Principal } from './principal.ts';

/** What every resolver receives; built once per GraphQL operation. */
export interface GatewayContext {
  crisp: CrispClient;
  /** Per-request dataloaders: identical reads within one operation reach Crisp once. */
  loaders: Loaders;
  /** The website used when a field takes no explicit id (`CRISP_WEBSITE_ID`). */
  defaultWebsiteId?: string;
  /** Live Crisp events for subscriptions; absent when CRISP_RTM_MODE=off. */
  live?: Live;
  /** Who is calling: the websites it may use and whether it may write (`anonymous` when open). */
  principal: Principal;
  /**
   * The request asked for `Cache-Control: no-cache`: its Crisp reads skip the shared read cache
   * (and refresh it). `crisp` already carries it; resolvers need not read it.
   */
  freshReads?: boolean;
  /** Set when a WebSocket connection brought no valid credentials: every operation is refused. */
  authError?: AuthenticationError;
}
