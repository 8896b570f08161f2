import { bucketRoutes } from '../bucket/routes.ts';
import { batchRoutes } from '../conversation/batch-routes.ts';
import { relationRoutes } from '../conversation/relation-routes.ts';
import { requestRoutes } from '../conversation/request-routes.ts';
import { conversationRoutes } from '../conversation/routes.ts';
import { conversationToolRoutes } from '../conversation/tool-routes.ts';
import { verifyRoutes } from '../conversation/verify-routes.ts';
import { helpdeskRoutes } from '../helpdesk/routes.ts';
import { helpdeskTreeRoutes } from '../helpdesk/tree-routes.ts';
import { inboxRoutes } from '../inbox/routes.ts';
import { mediaRoutes } from '../media/routes.ts';
import { operatorRoutes } from '../operator/routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { connectRoutes } from '../plugin/routes.ts';
import { teamRoutes } from '../team/routes.ts';
import { visitorRoutes } from '../visitor/routes.ts';
import { websiteRoutes } from '../website/routes.ts';
import type { Routes } from './handler.ts';

/** Every implemented endpoint, by catalogue id. */
export const handlers: Routes = {
  ...batchRoutes,
  ...bucketRoutes,
  ...connectRoutes,
  ...conversationRoutes,
  ...inboxRoutes,
  ...helpdeskRoutes,
  ...helpdeskTreeRoutes,
  ...conversationToolRoutes,
  ...mediaRoutes,
  ...operatorRoutes,
  ...peopleRoutes,
  ...teamRoutes,
  ...relationRoutes,
  ...requestRoutes,
  ...verifyRoutes,
  ...visitorRoutes,
  ...websiteRoutes,
};
