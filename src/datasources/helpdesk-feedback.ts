import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { HelpdeskContentType } from './helpdesk.ts';

/**
 * Readers' feedback on a locale's articles, and the jobs Crisp runs on a locale's content:
 * rebuild, import from another knowledge base, export.
 */

export interface LocaleScope {
  websiteId: string;
  locale: string;
  contentType: HelpdeskContentType;
}

/** Dates bounding the feedback read (ISO 8601, as Crisp's query takes them). */
export interface DateRange {
  from?: Date | null;
  to?: Date | null;
}

const range = ({ from, to }: DateRange) => ({
  filter_date_start: from?.toISOString(),
  filter_date_end: to?.toISOString(),
});

/** Catalogue `HelpdeskLocaleFeedbackItem`. */
interface FeedbackRaw {
  rating?: string;
  comment?: string;
  article?: { article_id?: string; title?: string; url?: string };
  session?: { session_id?: string };
  created_at?: number;
}

export interface FeedbackModel {
  websiteId: string;
  rating: string | null;
  comment: string | null;
  pageEntityId: string | null;
  articleTitle: string | null;
  articleUrl: string | null;
  sessionId: string | null;
  createdAt: Date | null;
}

const toFeedback = (websiteId: string, raw: FeedbackRaw): FeedbackModel => ({
  websiteId,
  rating: raw.rating ?? null,
  comment: raw.comment || null,
  pageEntityId: raw.article?.article_id ?? null,
  articleTitle: raw.article?.title ?? null,
  articleUrl: raw.article?.url ?? null,
  sessionId: raw.session?.session_id ?? null,
  createdAt: typeof raw.created_at === 'number' ? new Date(raw.created_at) : null,
});

/** GET /website/{website_id}/helpdesk/feedback/ratings/{locale}/{content_type} */
export async function mapHelpdeskLocaleFeedbackRatings(
  crisp: CrispClient,
  s: LocaleScope,
  dates: DateRange,
): Promise<{ helpful: number | null; unhelpful: number | null }> {
  const raw = await crisp.get<{ ratings?: { helpful?: number; unhelpful?: number } }>(
    route`/website/${s.websiteId}/helpdesk/feedback/ratings/${s.locale}/${s.contentType}`,
    range(dates),
  );
  return { helpful: raw.ratings?.helpful ?? null, unhelpful: raw.ratings?.unhelpful ?? null };
}

/** GET /website/{website_id}/helpdesk/feedback/list/{locale}/{content_type}/{page_number} */
export async function listHelpdeskLocaleFeedbacks(
  crisp: CrispClient,
  s: LocaleScope,
  page: number,
  dates: DateRange,
): Promise<FeedbackModel[]> {
  const rows = await crisp.get<FeedbackRaw[]>(
    route`/website/${s.websiteId}/helpdesk/feedback/list/${s.locale}/${s.contentType}/${page}`,
    range(dates),
  );
  return rows.map((raw) => toFeedback(s.websiteId, raw));
}

/** POST /website/{website_id}/helpdesk/refresh/{locale}/{content_type}: rebuilds the pages. */
export async function requestHelpdeskContentRefresh(crisp: CrispClient, s: LocaleScope) {
  await crisp.post(
    route`/website/${s.websiteId}/helpdesk/refresh/${s.locale}/${s.contentType}`,
    {},
  );
}

/** POST /website/{website_id}/helpdesk/import/{locale}/{content_type} (user tier). */
export async function importExternalHelpdeskToLocale(
  crisp: CrispClient,
  s: LocaleScope,
  source: { helpdeskUrl: string; detectLocales?: boolean | null; otherLocales?: string[] | null },
) {
  await crisp.post(route`/website/${s.websiteId}/helpdesk/import/${s.locale}/${s.contentType}`, {
    helpdesk_url: source.helpdeskUrl,
    ...(source.detectLocales != null ? { detect_locales: source.detectLocales } : {}),
    ...(source.otherLocales ? { other_locales: source.otherLocales } : {}),
  });
}

/** POST /website/{website_id}/helpdesk/export/{locale}/{content_type} (user tier). */
export async function exportHelpdeskLocaleArticles(crisp: CrispClient, s: LocaleScope) {
  await crisp.post(route`/website/${s.websiteId}/helpdesk/export/${s.locale}/${s.contentType}`, {});
}
