import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { withoutNulls } from './without-nulls.ts';

/**
 * Catalogue `HelpdeskSettings` and `HelpdeskDomain`. Settings keep Crisp's names, camel-cased
 * (`mode_changeable` → `modeChangeable`), group by group.
 */

type Value = string | number | boolean | null | undefined | Settings;
export interface Settings {
  [key: string]: Value;
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The same settings under other key names; on reading, Crisp's '' (no image, no text) is null. */
function rename(value: Settings, name: (key: string) => string, read = false): Settings {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      name(k),
      v !== null && typeof v === 'object' ? rename(v, name, read) : read && v === '' ? null : v,
    ]),
  );
}

/**
 * GET /website/{website_id}/helpdesk/settings. The access password and JWT secret stay out of
 * the model: a client may set them, never read them back.
 */
export async function resolveHelpdeskSettings(
  crisp: CrispClient,
  websiteId: string,
): Promise<Settings> {
  const raw = await crisp.get<Settings>(route`/website/${websiteId}/helpdesk/settings`);
  const settings = rename(raw, camel, true);
  if (settings.access && typeof settings.access === 'object') {
    const { password: _, jwtSecret: __, ...access } = settings.access;
    settings.access = access;
  }
  return settings;
}

/** PATCH /website/{website_id}/helpdesk/settings: what is given merges into what is there. */
export async function saveHelpdeskSettings(
  crisp: CrispClient,
  websiteId: string,
  patch: Settings,
): Promise<void> {
  await crisp.patch(
    route`/website/${websiteId}/helpdesk/settings`,
    rename(withoutNulls<Settings>(patch), snake),
  );
}

/** Catalogue `HelpdeskDomain`. */
export interface HelpdeskDomainModel {
  root: string | null;
  basic: string | null;
  custom: string | null;
  isVerified: boolean | null;
}

/** GET /website/{website_id}/helpdesk/domain (user tier). */
export async function resolveHelpdeskDomain(
  crisp: CrispClient,
  websiteId: string,
): Promise<HelpdeskDomainModel> {
  const raw = await crisp.get<{
    root?: string;
    basic?: string;
    custom?: string;
    verified?: boolean;
  }>(route`/website/${websiteId}/helpdesk/domain`);
  return {
    root: raw.root ?? null,
    basic: raw.basic ?? null,
    custom: raw.custom || null,
    isVerified: raw.verified ?? null,
  };
}

/** PATCH /website/{website_id}/helpdesk/domain (user tier): only the keys given are sent. */
export async function requestHelpdeskDomainChange(
  crisp: CrispClient,
  websiteId: string,
  change: { basic?: string | null; custom?: string | null },
): Promise<void> {
  await crisp.patch(
    route`/website/${websiteId}/helpdesk/domain`,
    withoutNulls<{ basic?: string; custom?: string }>({
      basic: change.basic,
      custom: change.custom,
    }),
  );
}

/** GET /website/{website_id}/helpdesk/domain/setup (user tier): DNS instructions, untyped by Crisp. */
export function generateHelpdeskDomainSetupFlow(
  crisp: CrispClient,
  websiteId: string,
  custom: string | null | undefined,
): Promise<Record<string, unknown>> {
  return crisp.get(route`/website/${websiteId}/helpdesk/domain/setup`, { custom });
}
