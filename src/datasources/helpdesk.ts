import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Crisp's content families (catalogue `HelpdeskContentType`): each locale has a tree of each. */
export type HelpdeskContentType = 'articles' | 'guides' | 'references' | 'news';

/** GET /website/{website_id}/helpdesk (catalogue `Helpdesk`). */
interface HelpdeskRaw {
  name?: string;
  url?: string;
}

/** The helpdesk of a website, known by its website alone until read. */
export interface HelpdeskModel {
  websiteId: string;
  name?: string | null;
  url?: string | null;
}

interface StatisticsContentRaw {
  entries?: number;
  groups?: number;
}

/** Catalogue `HelpdeskLocale`. */
export interface HelpdeskLocaleRaw {
  locale_id?: string;
  locale?: string;
  url?: string;
  statistics?: Partial<Record<HelpdeskContentType, StatisticsContentRaw>>;
}

export interface ContentStatisticsModel {
  entries: number | null;
  groups: number | null;
}

/** One language of a helpdesk: its code alone (a bare key), or with what Crisp lists of it. */
export interface HelpdeskLocaleModel {
  websiteId: string;
  locale: string;
  url?: string | null;
  statistics?: Record<HelpdeskContentType, ContentStatisticsModel> | null;
}

const CONTENT_TYPES: HelpdeskContentType[] = ['articles', 'guides', 'references', 'news'];

export function toHelpdeskLocale(websiteId: string, raw: HelpdeskLocaleRaw): HelpdeskLocaleModel {
  const statistics = Object.fromEntries(
    CONTENT_TYPES.map((type) => {
      const s = raw.statistics?.[type];
      return [type, { entries: s?.entries ?? null, groups: s?.groups ?? null }];
    }),
  ) as Record<HelpdeskContentType, ContentStatisticsModel>;
  return {
    websiteId,
    locale: String(raw.locale).toLowerCase(),
    url: raw.url ?? null,
    statistics,
  };
}

/** The loader key of a locale: `<websiteId>:<locale>`, the parts of its global id. */
export const localeKey = (websiteId: string, locale: string) => `${websiteId}:${locale}`;

/** HEAD /website/{website_id}/helpdesk */
export function checkHelpdeskExists(crisp: CrispClient, websiteId: string): Promise<boolean> {
  return crisp.head(route`/website/${websiteId}/helpdesk`);
}

/** GET /website/{website_id}/helpdesk */
export async function resolveHelpdesk(
  crisp: CrispClient,
  websiteId: string,
): Promise<HelpdeskModel> {
  const raw = await crisp.get<HelpdeskRaw>(route`/website/${websiteId}/helpdesk`);
  return { websiteId, name: raw.name ?? null, url: raw.url ?? null };
}

/** POST /website/{website_id}/helpdesk (user tier): creates the Knowledge Base. */
export async function initializeHelpdesk(
  crisp: CrispClient,
  websiteId: string,
  input: { name: string; domainBasic: string },
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/helpdesk`, {
    name: input.name,
    domain_basic: input.domainBasic,
  });
}

/** DELETE /website/{website_id}/helpdesk (user tier), verified by the account password. */
export async function deleteHelpdesk(
  crisp: CrispClient,
  websiteId: string,
  verify: { method: string; secret: string },
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/helpdesk`, { verify });
}

/** GET /website/{website_id}/helpdesk/locales/{page_number} */
export async function listHelpdeskLocales(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<HelpdeskLocaleModel[]> {
  const rows = await crisp.get<HelpdeskLocaleRaw[]>(
    route`/website/${websiteId}/helpdesk/locales/${page}`,
  );
  return rows.map((raw) => toHelpdeskLocale(websiteId, raw));
}

/** POST /website/{website_id}/helpdesk/locale */
export async function addHelpdeskLocale(
  crisp: CrispClient,
  websiteId: string,
  locale: string,
): Promise<void> {
  await crisp.post(route`/website/${websiteId}/helpdesk/locale`, { locale });
}

/** HEAD /website/{website_id}/helpdesk/locale/{locale} */
export function checkHelpdeskLocaleExists(
  crisp: CrispClient,
  websiteId: string,
  locale: string,
): Promise<boolean> {
  return crisp.head(route`/website/${websiteId}/helpdesk/locale/${locale}`);
}

/** GET /website/{website_id}/helpdesk/locale/{locale} */
export async function resolveHelpdeskLocale(
  crisp: CrispClient,
  websiteId: string,
  locale: string,
): Promise<HelpdeskLocaleModel> {
  const raw = await crisp.get<HelpdeskLocaleRaw>(
    route`/website/${websiteId}/helpdesk/locale/${locale}`,
  );
  return toHelpdeskLocale(websiteId, raw);
}

/** DELETE /website/{website_id}/helpdesk/locale/{locale}: the language and its content. */
export async function deleteHelpdeskLocale(
  crisp: CrispClient,
  websiteId: string,
  locale: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/helpdesk/locale/${locale}`);
}
