import {
  getWebsiteAvailabilityStatus,
  type WebsiteAvailabilityModel,
} from '../datasources/availability.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { builder } from './builder.ts';
import { Website } from './website.ts';

const WebsiteAvailability = builder
  .objectRef<WebsiteAvailabilityModel>('WebsiteAvailability')
  .implement({
    fields: (t) => ({
      status: t.exposeString('status', {
        description: 'Overall team availability: `online`, `away` or `offline`.',
      }),
      since: t.expose('since', { type: 'DateTime', nullable: true }),
    }),
  });

builder.objectField(Website, 'availability', (t) =>
  t.field({
    nullable: true,
    type: WebsiteAvailability,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => getWebsiteAvailabilityStatus(ctx.crisp, w.id),
  }),
);
