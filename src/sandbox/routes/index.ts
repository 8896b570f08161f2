import type { Routes } from '../handler.ts';
import { batchRoutes } from './batch.ts';
import { bucketRoutes } from './bucket.ts';
import { connectRoutes } from './connect.ts';
import { conversationRoutes } from './conversation.ts';
import { operatorRoutes } from './operator.ts';
import { peopleRoutes } from './people.ts';
import { visitorRoutes } from './visitor.ts';
import { websiteRoutes } from './website.ts';

/** Every implemented endpoint, by catalogue id. */
export const handlers: Routes = {
  ...batchRoutes,
  ...bucketRoutes,
  ...connectRoutes,
  ...conversationRoutes,
  ...operatorRoutes,
  ...peopleRoutes,
  ...visitorRoutes,
  ...websiteRoutes,
};
