import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueUrl, readCatalogue } from 'crisp-catalogue';

/**
 * Which catalogue routes the typed schema reaches, read from the code of src/datasources/: every
 * `route\`…\`` template there, with the method nearest to it (`crisp.get(`, `method: 'GET'`),
 * matched to the catalogue as the tier check matches it (the most literal path wins). crispRequest
 * builds its paths elsewhere, so raw calls never count.
 */

export interface CatalogueRoute {
  id: string;
  method: string;
  path: string;
  legacy?: boolean;
}

export const catalogue: CatalogueRoute[] = readdirSync(catalogueUrl('rest/'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => readCatalogue(`rest/${file}`) as CatalogueRoute[])
  .filter((r) => !r.legacy);

/** `website.conversation.get` → `website.conversation`. */
export const areaOf = (id: string) => id.split('.').slice(0, 2).join('.');

const datasources = fileURLToPath(new URL('../../src/datasources/', import.meta.url));
const ROUTE = /route`([^`]*)`/g;
const METHOD =
  /crisp\.(get|head|post|put|patch|delete)\b|method: '(GET|HEAD|POST|PUT|PATCH|DELETE)'/gi;

/** `METHOD /path/:id/…` of every typed call in one file's source. */
export function typedCalls(source: string): string[] {
  const methods = [...source.matchAll(METHOD)].map((m) => ({
    at: m.index,
    method: (m[1] ?? m[2])!.toUpperCase(),
  }));
  return [...source.matchAll(ROUTE)].flatMap((r) => {
    const path = r[1]!.replace(/\$\{[^}]*\}/g, ':id');
    const nearest = methods
      .map((m) => ({ ...m, distance: Math.abs(m.at - r.index) }))
      .sort((a, b) => a.distance - b.distance)[0];
    return nearest && nearest.distance < 600 ? [`${nearest.method} ${path}`] : [];
  });
}

/** The catalogue ids a typed call reaches: the most literal patterns of its method and path. */
function idsOf(call: string): string[] {
  const [method, path] = call.split(' ') as [string, string];
  const parts = path.split('/').filter(Boolean);
  let best = -1;
  let ids: string[] = [];
  for (const r of catalogue) {
    const segments = r.path.split('/').filter(Boolean);
    if (r.method !== method || segments.length !== parts.length) continue;
    if (!segments.every((s, i) => s.startsWith('{') || s === parts[i])) continue;
    const literals = segments.filter((s) => !s.startsWith('{')).length;
    if (literals > best) ids = [];
    if (literals >= best) {
      best = literals;
      ids.push(r.id);
    }
  }
  return ids;
}

/** Every catalogue id some datasource calls. */
export function typedRouteIds(): Set<string> {
  const calls = readdirSync(datasources)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => typedCalls(readFileSync(`${datasources}${f}`, 'utf8')));
  return new Set(calls.flatMap(idsOf));
}
