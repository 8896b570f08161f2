import type { Routes } from '../http/handler.ts';
import { invalidData, notFound } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

/**
 * The visitors map and the block rule counters. The map groups the live visitors by city, each
 * point naming its sessions up to `THRESHOLD` visitors; a centre and radius (kilometres) keep the
 * cities within it. Block counters start at the number of blocked conversations (rule `session`)
 * and drop to zero when cleared.
 */

const THRESHOLD = 10;
const EARTH_KM = 6371;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
function distanceKm(a: { latitude: number; longitude: number }, b: typeof a): number {
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The zoomed area of a map query, or undefined for the whole world. */
function areaOf(query: Record<string, string>) {
  const given = ['center_latitude', 'center_longitude', 'center_radius'].filter(
    (k) => query[k] !== undefined,
  );
  if (given.length === 0) return undefined;
  if (given.length !== 3)
    throw invalidData('center_latitude, center_longitude and center_radius go together');
  return {
    latitude: Number(query.center_latitude),
    longitude: Number(query.center_longitude),
    radius: Number(query.center_radius),
  };
}

const counters = new WeakMap<WebsiteRecord, Map<string, number>>();

function countersOf(website: WebsiteRecord): Map<string, number> {
  let rules = counters.get(website);
  if (!rules) {
    const blocked = [...website.conversations.values()].filter((r) => r.blocked).length;
    rules = new Map([['session', blocked]]);
    counters.set(website, rules);
  }
  return rules;
}

function ruleOf(website: WebsiteRecord, rule: string): number {
  const count = countersOf(website).get(rule);
  if (count === undefined) throw notFound('block rule');
  return count;
}

export const visitorMapRoutes: Routes = {
  'website.visitors.pinpoint_on_map': ({ website, query }) => {
    const area = areaOf(query);
    const byCity = new Map<string, Raw[]>();
    for (const visitor of website.visitors) {
      const at = visitor.geolocation?.coordinates;
      if (!at || (area && distanceKm(area, at) > area.radius)) continue;
      const key = `${visitor.geolocation.country}/${visitor.geolocation.city}`;
      byCity.set(key, [...(byCity.get(key) ?? []), visitor]);
    }
    return [...byCity.values()].map((visitors) => ({
      visitors: {
        count: visitors.length,
        threshold: THRESHOLD,
        sessions:
          visitors.length > THRESHOLD
            ? []
            : visitors.map((v) => ({
                session_id: v.session_id,
                nickname: v.nickname,
                email: v.email,
                avatar: v.avatar,
                initiated: v.initiated,
                active: v.active,
                last_page: v.last_page,
                timezone: v.timezone,
                capabilities: v.capabilities,
                locales: v.locales,
              })),
      },
      geolocation: visitors[0]!.geolocation,
    }));
  },

  'website.visitors.count_blocked': ({ website }) =>
    [...countersOf(website)].map(([rule, blocked]) => ({ rule: [rule], blocked })),

  'website.visitors.count_blocked_in_rule': ({ website, params }) => ({
    rule: [params.rule!],
    blocked: ruleOf(website, params.rule!),
  }),

  'website.visitors.clear_blocked_in_rule': ({ website, params }) => {
    ruleOf(website, params.rule!);
    countersOf(website).set(params.rule!, 0);
    return {};
  },
};
