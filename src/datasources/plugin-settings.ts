import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { text } from './crisp-values.ts';

/** Catalogue `PluginSubscriptionSettings`. */
interface PluginSettingsRaw {
  schema?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  settings_form_url?: string;
  callback_url?: string;
}

export interface PluginSettingsModel {
  schema: Record<string, unknown> | null;
  values: Record<string, unknown>;
  formUrl: string | null;
  callbackUrl: string | null;
}

/** Catalogue `PluginBillUsage`. */
export interface PluginUsageModel {
  name: string;
  units: number;
  price: number;
}

/** Catalogue `PluginAttestProvenance`. */
interface PluginProvenanceRaw {
  payload?: Record<string, unknown>;
  signed?: string;
  expire_at?: number;
}

export interface PluginProvenanceModel {
  signed: string | null;
  payload: Record<string, unknown> | null;
  expiresAt: Date | null;
}

const object = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** GET /plugins/subscription/{website_id}/{plugin_id}/settings */
export async function getSubscriptionSettings(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
): Promise<PluginSettingsModel> {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}/settings`;
  const raw = await crisp.get<PluginSettingsRaw>(path);
  return {
    schema: object(raw?.schema),
    values: object(raw?.settings) ?? {},
    formUrl: text(raw?.settings_form_url),
    callbackUrl: text(raw?.callback_url),
  };
}

/** PUT /plugins/subscription/{website_id}/{plugin_id}/settings: replaces the settings. */
export async function saveSubscriptionSettings(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
  settings: Record<string, unknown>,
) {
  await crisp.put(route`/plugins/subscription/${websiteId}/${pluginId}/settings`, settings);
}

/** PATCH /plugins/subscription/{website_id}/{plugin_id}/settings: merges into the settings. */
export async function updateSubscriptionSettings(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
  settings: Record<string, unknown>,
) {
  await crisp.patch(route`/plugins/subscription/${websiteId}/${pluginId}/settings`, settings);
}

/** GET /plugins/subscription/{website_id}/{plugin_id}/bill/usage */
export async function getPluginUsageBills(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
): Promise<PluginUsageModel[]> {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}/bill/usage`;
  const rows = await crisp.get<Partial<PluginUsageModel>[]>(path);
  return (Array.isArray(rows) ? rows : []).map((r) => ({
    name: String(r.name ?? ''),
    units: Number(r.units ?? 0),
    price: Number(r.price ?? 0),
  }));
}

/** POST /plugins/subscription/{website_id}/{plugin_id}/bill/usage (plugin tokens). */
export async function reportPluginUsageToBill(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
  usage: PluginUsageModel,
) {
  await crisp.post(route`/plugins/subscription/${websiteId}/${pluginId}/bill/usage`, usage);
}

/** GET /plugins/subscription/{website_id}/{plugin_id}/attest/provenance */
export async function getPluginAttestProvenance(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
): Promise<PluginProvenanceModel> {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}/attest/provenance`;
  const raw = await crisp.get<PluginProvenanceRaw>(path);
  return {
    signed: text(raw?.signed),
    payload: object(raw?.payload),
    expiresAt: typeof raw?.expire_at === 'number' ? new Date(raw.expire_at) : null,
  };
}

export interface PluginChannelModel {
  namespace: string;
  identifier?: string | null;
  payload?: Record<string, unknown> | null;
}

/** POST /plugins/subscription/{website_id}/{plugin_id}/channel: echoed as `plugin:channel`. */
export async function forwardPluginPayloadToChannel(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
  { namespace, identifier, payload }: PluginChannelModel,
) {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}/channel`;
  await crisp.post(path, {
    namespace,
    identifier: identifier ?? undefined,
    payload: payload ?? {},
  });
}

/** POST /plugins/subscription/{website_id}/{plugin_id}/event: echoed as `plugin:event`. */
export async function dispatchPluginEvent(
  crisp: CrispClient,
  websiteId: string,
  pluginId: string,
  event: { name: string; data?: Record<string, unknown> | null },
) {
  const path = route`/plugins/subscription/${websiteId}/${pluginId}/event`;
  await crisp.post(path, { name: event.name, data: event.data ?? {} });
}
