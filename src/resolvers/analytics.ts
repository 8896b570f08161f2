import type { AnalyticsQueryRaw } from '../datasources/analytics.ts';
import { generateAnalytics } from '../datasources/analytics.ts';
import type { GatewayContext } from '../request/context.ts';

/** An analytics query as the schema takes it: camelCase, dates as Date. */
export interface AnalyticsQueryInput {
  metric: string;
  type: string;
  aggregator?: string | null;
  splitBy?: string | null;
  /** Validated as a JSON object by the schema. */
  filter?: unknown;
  from: Date;
  to: Date;
  split: string;
  timezone: string;
}

export function analytics(ctx: GatewayContext, websiteId: string, q: AnalyticsQueryInput) {
  const query: AnalyticsQueryRaw = {
    metric: q.metric,
    type: q.type,
    ...(q.aggregator != null && { aggregator: q.aggregator }),
    ...(q.splitBy != null && { split_by: q.splitBy }),
    ...(q.filter != null && { filter: q.filter as Record<string, unknown> }),
    date: {
      from: q.from.toISOString(),
      to: q.to.toISOString(),
      split: q.split,
      timezone: q.timezone,
    },
  };
  return generateAnalytics(ctx.crisp, websiteId, query);
}
