import { bucketRoutes } from '../bucket/routes.ts';
import { campaignRoutes } from '../campaign/routes.ts';
import { batchRoutes } from '../conversation/batch-routes.ts';
import { relationRoutes } from '../conversation/relation-routes.ts';
import { requestRoutes } from '../conversation/request-routes.ts';
import { conversationRoutes } from '../conversation/routes.ts';
import { conversationToolRoutes } from '../conversation/tool-routes.ts';
import { conversationVerifyRoutes } from '../conversation/verify-routes.ts';
import { helpdeskRoutes } from '../helpdesk/routes.ts';
import { helpdeskTreeRoutes } from '../helpdesk/tree-routes.ts';
import { inboxRoutes } from '../inbox/routes.ts';
import { mediaRoutes } from '../media/routes.ts';
import { operatorRoutes } from '../operator/routes.ts';
import { peopleBatchRoutes } from '../people/batch-routes.ts';
import { personCampaignRoutes } from '../people/campaign.ts';
import { peopleImportRoutes } from '../people/import-routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { peopleSuggestRoutes } from '../people/suggest-routes.ts';
import { planRoutes } from '../plan/routes.ts';
import { connectRoutes } from '../plugin/routes.ts';
import { pluginSubscriptionRoutes } from '../plugin/subscription-routes.ts';
import { teamRoutes } from '../team/routes.ts';
import { visitorMapRoutes } from '../visitor/map-routes.ts';
import { visitorRoutes } from '../visitor/routes.ts';
import { analyticsRoutes } from '../website/analytics-routes.ts';
import { websiteRoutes } from '../website/routes.ts';
import { websiteVerifyRoutes } from '../website/verify-routes.ts';
import type { Routes } from './handler.ts';

/** Every implemented endpoint, by catalogue id. */
export const handlers: Routes = {
  ...analyticsRoutes,
  ...batchRoutes,
  ...bucketRoutes,
  ...campaignRoutes,
  ...connectRoutes,
  ...conversationRoutes,
  ...inboxRoutes,
  ...helpdeskRoutes,
  ...helpdeskTreeRoutes,
  ...conversationToolRoutes,
  ...mediaRoutes,
  ...operatorRoutes,
  ...peopleRoutes,
  ...planRoutes,
  ...pluginSubscriptionRoutes,
  ...teamRoutes,
  ...relationRoutes,
  ...requestRoutes,
  ...conversationVerifyRoutes,
  ...peopleBatchRoutes,
  ...peopleImportRoutes,
  ...peopleSuggestRoutes,
  ...personCampaignRoutes,
  ...visitorRoutes,
  ...visitorMapRoutes,
  ...websiteVerifyRoutes,
  ...websiteRoutes,
};
