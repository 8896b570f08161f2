import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { DateRange, FeedbackModel, LocaleScope } from '../datasources/helpdesk-feedback.ts';
import * as datasource from '../datasources/helpdesk-feedback.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { type Connection, pageConnection } from './page-connection.ts';

const checked = (ctx: GatewayContext, s: LocaleScope) => ({
  ...s,
  websiteId: assertWebsite(ctx, s.websiteId),
});

export const ratings = (ctx: GatewayContext, s: LocaleScope, dates: DateRange) =>
  datasource.mapHelpdeskLocaleFeedbackRatings(ctx.crisp, checked(ctx, s), dates);

export function feedbacks(
  ctx: GatewayContext,
  s: LocaleScope,
  { from, to, ...args }: DefaultConnectionArguments & DateRange,
): Promise<Connection<FeedbackModel>> {
  const scope = checked(ctx, s);
  // The dates are part of what a cursor was made for.
  const filtered = { ...args, from: from?.toISOString(), to: to?.toISOString() };
  return pageConnection(
    filtered as DefaultConnectionArguments,
    (n) => datasource.listHelpdeskLocaleFeedbacks(ctx.crisp, scope, n, { from, to }),
    {
      name: 'HelpdeskLocale.feedbacks',
      parentId: `${scope.websiteId}:${scope.locale}:${scope.contentType}`,
      // Feedback has no id of its own: its time and conversation tell one apart.
      idOf: (f) => `${f.createdAt?.getTime()}:${f.sessionId}`,
    },
  );
}
