import type { CrispClient, Tier } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `ConnectEndpoints`: the RTM socket URLs for a token, and the rescue ones. */
interface ConnectEndpointsRaw {
  socket?: { app?: string; stream?: string };
  rescue?: { socket?: { app?: string; stream?: string } };
}

export interface ConnectSocketModel {
  app: string | null;
  stream: string | null;
}

export interface ConnectEndpointsModel {
  socket: ConnectSocketModel;
  rescue: ConnectSocketModel | null;
}

const toSocket = (raw: { app?: string; stream?: string } | undefined): ConnectSocketModel => ({
  app: raw?.app ?? null,
  stream: raw?.stream ?? null,
});

/**
 * GET /{tier}/connect/endpoints; a website token asks GET /website/{website_id}/connect/endpoints
 * (website.connect.get_endpoints) instead.
 */
export async function getConnectEndpoints(
  crisp: CrispClient,
  tier: Tier,
  websiteId = '',
): Promise<ConnectEndpointsModel> {
  const raw =
    tier === 'website'
      ? await crisp.get<ConnectEndpointsRaw>(route`/website/${websiteId}/connect/endpoints`)
      : await crisp.get<ConnectEndpointsRaw>(`/${tier}/connect/endpoints`);
  return {
    socket: toSocket(raw?.socket),
    rescue: raw?.rescue?.socket ? toSocket(raw.rescue.socket) : null,
  };
}
