import type { Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import { findAnimations } from './animations.ts';

const PAGE_SIZE = 20;

export const mediaRoutes: Routes = {
  // Crisp answers `{}` and delivers the results over RTM as `media:animation:listed`, whose
  // numeric `id` echoes `list_id` (0 when the request sent none).
  'media.animation.list': ({ query, page, store, token }) => {
    const id = Number(query.list_id ?? 0);
    if (!Number.isSafeInteger(id) || id < 0)
      throw invalidData('list_id must be a non-negative integer');
    const results = findAnimations(store, query.search_query ?? '');
    store.emit('', 'media:animation:listed', {
      id,
      // Who asked: the relay delivers the reply to this token's sockets only.
      identifier: token.identifier,
      results: results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    });
    return {};
  },
};
