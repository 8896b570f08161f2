import { type Endpoint, endpointById, endpoints } from '../catalogue.ts';

interface Compiled {
  endpoint: Endpoint;
  segments: string[];
  /** Literal segments count first, so `/conversations/{page}` never shadows a literal route. */
  literals: number;
}

const compiled: Compiled[] = endpoints
  .filter((e) => !e.legacy)
  .map((endpoint) => {
    const segments = endpoint.path.split('/').filter(Boolean);
    return { endpoint, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
  })
  .sort((a, b) => b.literals - a.literals);

export interface Match {
  endpoint: Endpoint;
  params: Record<string, string>;
}

/** Finds the catalogued endpoint for a method and a path relative to `/v1`. */
export function matchRoute(method: string, path: string): Match | undefined {
  const parts = path.split('/').filter(Boolean);
  for (const c of compiled) {
    if (c.endpoint.method !== method) continue;
    // A trailing `{tree_path}` takes every segment left: clients send it unencoded, slashes and all.
    const tail = c.segments.at(-1) === '{tree_path}';
    if (tail ? parts.length < c.segments.length : c.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = c.segments.every((s, i) => {
      const part = tail && i === c.segments.length - 1 ? parts.slice(i).join('/') : parts[i]!;
      if (!s.startsWith('{')) return s === part;
      params[s.slice(1, -1)] = decodeURIComponent(part);
      return true;
    });
    if (ok) return { endpoint: c.endpoint, params };
  }
  return undefined;
}

const WIDGET_FETCH = 'website.conversation.deliver_widget_data_fetch_action';
const WIDGET_EDIT = 'website.conversation.deliver_widget_data_edit_action';

/**
 * One method and path, two operations told apart by the body (docs/crisp/REST.md §9): the operation
 * this body selects. `PATCH /batch/remove` with a `people` key removes contacts, not conversations;
 * `POST …/widget/{plugin_id}/data` with a `value` edits, without one fetches.
 */
export function operationFor(endpoint: Endpoint, body: Record<string, unknown>): Endpoint {
  if (endpoint.id === 'website.batch.remove_conversations' && body.people !== undefined) {
    return endpointById.get('website.batch.remove_people') ?? endpoint;
  }
  if (endpoint.id === WIDGET_FETCH || endpoint.id === WIDGET_EDIT) {
    return endpointById.get(body.value !== undefined ? WIDGET_EDIT : WIDGET_FETCH) ?? endpoint;
  }
  return endpoint;
}

/** `GET /website/{website_id}/conversations/{page_number}` → `GET /website/:website_id/conversations/:page_number` */
export const routeKey = (e: Endpoint) => `${e.method} ${e.path.replace(/\{(\w+)\}/g, ':$1')}`;
