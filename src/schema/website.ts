import type { WebsiteModel } from '../datasources/website.ts';
import { builder } from './builder.ts';

export const Website = builder.objectRef<WebsiteModel>('Website');

Website.implement({
  description: 'A Crisp website (workspace).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    domain: t.exposeString('domain'),
  }),
});
