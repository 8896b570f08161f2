import { readdirSync } from 'node:fs';
import { catalogueUrl, readCatalogue } from 'crisp-catalogue';
import { ForbiddenError } from './crisp-errors.ts';
import { CrispPath, type Method, template } from './crisp-request.ts';

export const tierNames = ['plugin', 'website', 'user'] as const;
export type Tier = (typeof tierNames)[number];

interface CatalogueRoute {
  id: string;
  method: Method;
  path: string;
  tiers: Tier[];
  legacy?: boolean;
}

interface Pattern {
  route: CatalogueRoute;
  segments: string[];
  literals: number;
}

// Read once at boot from the catalogue the sandbox also serves, so a route's tiers are stated in
// one place: the check below and every description `tierNote` writes.
// Only the four fields used are kept: the entries' JSON Schemas are dropped after parsing.
const routes: CatalogueRoute[] = readdirSync(catalogueUrl('rest/'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => readCatalogue(`rest/${file}`) as CatalogueRoute[])
  .filter((r) => !r.legacy)
  .map(({ id, method, path, tiers }) => ({ id, method, path, tiers }));

const routeById = new Map(routes.map((r) => [r.id, r]));

const patterns: Pattern[] = routes.map((route) => {
  const segments = route.path.split('/').filter(Boolean);
  return { route, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
});

/**
 * The tiers that may call `method path`, or undefined when the catalogue has no such route. The
 * most literal pattern wins (`/conversations/spams/{page}` over `/conversations/{a}/{b}`), and
 * operations sharing a method and path (the two `batch/remove` bodies) pool their tiers. A
 * template's `:id` segments never equal a literal, so typed and caller-given paths match alike.
 */
function lookUp(method: Method, path: string): readonly Tier[] | undefined {
  const parts = path.split('/').filter(Boolean);
  let best = -1;
  let tiers: Tier[] | undefined;
  for (const p of patterns) {
    if (p.route.method !== method || p.segments.length !== parts.length || p.literals < best)
      continue;
    if (!p.segments.every((s, i) => s.startsWith('{') || s === parts[i])) continue;
    if (p.literals > best) tiers = [];
    best = p.literals;
    for (const t of p.route.tiers) if (!tiers?.includes(t)) tiers?.push(t);
  }
  return tiers;
}

/** Typed routes are few and fixed: each template is looked up once. */
const byTemplate = new Map<string, readonly Tier[] | undefined>();

export function routeTiers(method: Method, path: string | CrispPath): readonly Tier[] | undefined {
  if (!(path instanceof CrispPath)) return lookUp(method, path);
  const key = `${method} ${path.template}`;
  if (!byTemplate.has(key)) byTemplate.set(key, lookUp(method, path.template));
  return byTemplate.get(key);
}

/** A website token reaches its own routes and, as a plugin token limited to one website, the plugin ones. */
export const reaches = (tier: Tier, tiers: readonly string[]): boolean =>
  tiers.includes(tier) || (tier === 'website' && tiers.includes('plugin'));

const either = (tiers: readonly string[]) => tiers.join(' or ');

/**
 * Refuses, before any call, a catalogued route the configured tier may not call: Crisp would
 * answer `restricted_route_tier` after the call had cost quota and a rate-limit token. Routes the
 * catalogue does not know go out as asked.
 */
export function assertRouteTier(tier: Tier, method: Method, path: string | CrispPath): void {
  const tiers = routeTiers(method, path);
  if (!tiers || reaches(tier, tiers)) return;
  throw new ForbiddenError(
    'restricted_route_tier',
    template(method, path),
    0,
    `Requires a ${either(tiers)} token; this gateway uses a ${tier} token.`,
    { requiredTiers: tiers },
  );
}

/**
 * The sentence that opens the description of a field calling a route some tiers may not call,
 * from the same catalogue entry the check reads; '' when every tier may call it.
 */
export function tierNote(routeId: string): string {
  const route = routeById.get(routeId);
  if (!route) throw new Error(`No catalogued route ${routeId}`);
  return tiersNote(route.tiers);
}

/** The same sentence for anything served to `tiers` only (an RTM event); '' when every tier is. */
export function tiersNote(tiers: readonly string[]): string {
  if (tierNames.every((t) => reaches(t, tiers))) return '';
  return `Requires a ${either(tiers)} token (${tiers.map((t) => `CRISP_TIER=${t}`).join(' or ')}). `;
}
