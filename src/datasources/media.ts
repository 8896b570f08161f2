import { type CrispRequest, route } from './crisp-request.ts';

/** An animation search; `listId` correlates Crisp's RTM reply. */
export interface AnimationListRequestModel {
  page: number;
  listId: number;
  search?: string | null;
}

/**
 * GET /media/animation/list/{page_number}, as a request to send. Crisp answers nothing useful:
 * the results arrive as the RTM event `media:animation:listed`, whose numeric `id` is the
 * request's `list_id`.
 */
export function listAnimationMedias(request: AnimationListRequestModel): CrispRequest {
  return {
    method: 'GET',
    path: route`/media/animation/list/${request.page}`,
    query: { list_id: request.listId, search_query: request.search || undefined },
  };
}

/** `media:animation:listed` (rtm-events.json). */
export interface AnimationListedRaw {
  id: number;
  identifier?: string;
  results: { type?: string; url?: string }[];
}

export interface AnimationModel {
  /** Crisp's kind, e.g. `gif`. */
  type: string;
  url: string;
}

export interface AnimationListModel {
  requestId: number;
  page: number;
  animations: AnimationModel[];
}

/** Results without a URL are left out: nothing could show or send them. */
export const toAnimationList = (raw: AnimationListedRaw, page: number): AnimationListModel => ({
  requestId: raw.id,
  page,
  animations: (Array.isArray(raw.results) ? raw.results : []).flatMap((r) =>
    typeof r?.url === 'string' ? [{ type: r.type ?? 'gif', url: r.url }] : [],
  ),
});
