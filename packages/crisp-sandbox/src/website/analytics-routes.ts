import type { Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

/**
 * `website.analytics.generate`, computed from the store: metric `conversation` counts the
 * conversations created (type `new`) or resolved (type `resolved`, by their last update) in each
 * period from `date.from` to `date.to`; any other metric or type gives zero. Periods are cut in
 * UTC whatever `date.timezone` says.
 */

const HOUR = 3_600_000;
const splits: Record<string, number> = { hour: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };
const MAX_PERIODS = 1000;

const counted: Record<string, (c: Raw) => number | undefined> = {
  new: (c) => c.created_at,
  resolved: (c) => (c.state === 'resolved' ? c.updated_at : undefined),
};

function timesOf(website: WebsiteRecord, metric: string, type: string): number[] {
  const at = metric === 'conversation' ? counted[type] : undefined;
  if (!at) return [];
  return [...website.conversations.values()]
    .map((r) => at(r.conversation))
    .filter((t): t is number => typeof t === 'number');
}

export const analyticsRoutes: Routes = {
  'website.analytics.generate': ({ website, body }) => {
    const from = Date.parse(body.date.from);
    const to = Date.parse(body.date.to);
    const step = splits[body.date.split];
    if (Number.isNaN(from) || Number.isNaN(to) || from > to)
      throw invalidData('date.from and date.to must be ISO 8601 dates, from first');
    if (!step) throw invalidData(`date.split must be one of ${Object.keys(splits).join(', ')}`);
    if ((to - from) / step > MAX_PERIODS) throw invalidData('too many periods');
    const times = timesOf(website, body.metric, body.type);
    const points: Raw[] = [];
    for (let start = from; start <= to; start += step) {
      const hits = times.filter((t) => t >= start && t < Math.min(start + step, to + 1)).length;
      points.push({ period: new Date(start).toISOString(), value: hits, hits });
    }
    return points;
  },
};
