import type { Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';

export const visitorRoutes: Routes = {
  'website.visitors.count': ({ website }) => ({
    count: website.visitors.length,
    active: website.visitors.filter((v) => v.active).length,
    limited: false,
  }),

  'website.visitors.list': ({ website, page: n }) => page(website.visitors, n),

  // token_id is the site's CRISP_TOKEN_ID: session continuity across the visitor's devices.
  'website.visitors.get_session_from_token': ({ website, params }) => {
    const token = website.visitorTokens.get(params.token_id!);
    if (!token) throw notFound('visitor token');
    return token;
  },
};
