import type { Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { WebsiteRecord } from '../store.ts';

/**
 * Suggested segments and data keys: counted from the website's conversations on every read, so a
 * segment written to a conversation shows at once. Deleting one hides it from the suggestions for
 * the life of the sandbox; the conversations keep it.
 */

const deleted = new WeakMap<WebsiteRecord, { segments: Set<string>; keys: Set<string> }>();

function deletedOf(website: WebsiteRecord) {
  let d = deleted.get(website);
  if (!d) {
    d = { segments: new Set(), keys: new Set() };
    deleted.set(website, d);
  }
  return d;
}

/** Names with how many conversations use them, most used first, then by name. */
function counted(website: WebsiteRecord, namesOf: (meta: Record<string, unknown>) => string[]) {
  const counts = new Map<string, number>();
  for (const { conversation } of website.conversations.values()) {
    for (const name of new Set(namesOf(conversation.meta ?? {})))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
}

export function suggestedSegments(website: WebsiteRecord) {
  const hidden = deletedOf(website).segments;
  return counted(website, (meta) => (Array.isArray(meta.segments) ? meta.segments : []))
    .filter(([segment]) => !hidden.has(segment))
    .map(([segment, count]) => ({ segment, count }));
}

export function suggestedDataKeys(website: WebsiteRecord) {
  const hidden = deletedOf(website).keys;
  return counted(website, (meta) =>
    meta.data && typeof meta.data === 'object' ? Object.keys(meta.data) : [],
  )
    .filter(([key]) => !hidden.has(key))
    .map(([key, count]) => ({ key, count }));
}

export const suggestionRoutes: Routes = {
  'website.conversation.list_suggested_segments': ({ website, page: n }) =>
    page(suggestedSegments(website), n),

  'website.conversation.delete_suggested_segment': ({ website, body }) => {
    if (!suggestedSegments(website).some((s) => s.segment === body.segment))
      throw notFound('segment');
    deletedOf(website).segments.add(body.segment);
    return {};
  },

  'website.conversation.list_suggested_data_keys': ({ website, page: n }) =>
    page(suggestedDataKeys(website), n),

  'website.conversation.delete_suggested_data_key': ({ website, body }) => {
    if (!suggestedDataKeys(website).some((s) => s.key === body.key)) throw notFound('data key');
    deletedOf(website).keys.add(body.key);
    return {};
  },
};
