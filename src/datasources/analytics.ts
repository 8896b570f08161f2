import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `AnalyticsQuery` (shape from the Go client; the Node client leaves it untyped). */
export interface AnalyticsQueryRaw {
  metric: string;
  type: string;
  aggregator?: string;
  split_by?: string;
  filter?: Record<string, unknown>;
  date: { from: string; to: string; split: string; timezone: string };
}

interface AnalyticsPointRaw {
  period?: string;
  value?: number;
  split_by?: string;
  hits?: number;
  unique_hits?: number;
  sum_value?: number;
  sum_hits?: number;
}

export interface AnalyticsPointModel {
  period: string | null;
  value: number | null;
  splitBy: string | null;
  hits: number | null;
  uniqueHits: number | null;
  sumValue: number | null;
  sumHits: number | null;
}

/**
 * POST /website/{website_id}/analytics/generate — a read Crisp takes as a POST (the query is the
 * body). It changes nothing, so it is retried like a GET; its answer is not cached, as the read
 * cache keeps GET answers only.
 */
export async function generateAnalytics(
  crisp: CrispClient,
  websiteId: string,
  query: AnalyticsQueryRaw,
): Promise<AnalyticsPointModel[]> {
  const raw = await crisp.request<AnalyticsPointRaw[]>({
    method: 'POST',
    path: route`/website/${websiteId}/analytics/generate`,
    body: query,
    idempotent: true,
  });
  return raw.map((p) => ({
    period: p.period ?? null,
    value: p.value ?? null,
    splitBy: p.split_by ?? null,
    hits: p.hits ?? null,
    uniqueHits: p.unique_hits ?? null,
    sumValue: p.sum_value ?? null,
    sumHits: p.sum_hits ?? null,
  }));
}
