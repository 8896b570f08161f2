import type { WebsiteAvailabilityModel } from '../datasources/availability.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { availabilityOf } from '../resolvers/live-parent.ts';
import { builder } from './builder.ts';
import { Website } from './website.ts';

const AVAILABILITIES = ['online', 'away', 'offline'] as const;
type AvailabilityValue = (typeof AVAILABILITIES)[number];

/** Crisp's `AvailabilityType`: one enum for an operator and for the whole team. */
export const Availability = builder.enumType('Availability', {
  description: 'Whether someone can answer now, as Crisp shows it in the chatbox.',
  values: {
    ONLINE: { value: 'online', description: 'Online: available to answer now.' },
    AWAY: { value: 'away', description: 'Away: connected, but not answering now.' },
    OFFLINE: { value: 'offline', description: 'Offline: not connected.' },
  } as const,
});

/** Crisp's availability string, or null for a value outside its closed set (or none). */
export const toAvailability = (raw: string | undefined): AvailabilityValue | null =>
  AVAILABILITIES.find((a) => a === raw) ?? null;

const WebsiteAvailability = builder
  .objectRef<WebsiteAvailabilityModel>('WebsiteAvailability')
  .implement({
    description:
      "The team's availability, as `GET /website/{website_id}/availability/status` reads it.",
    fields: (t) => ({
      status: t.field({
        type: Availability,
        nullable: true,
        description: 'Overall team availability; null when Crisp sends a value outside the set.',
        resolve: (a) => toAvailability(a.status),
      }),
      since: t.expose('since', {
        type: 'DateTime',
        nullable: true,
        description:
          'Since when the team has had this availability; null when Crisp leaves it out.',
      }),
    }),
  });

builder.objectField(Website, 'availability', (t) =>
  t.field({
    nullable: true,
    type: WebsiteAvailability,
    description: "The team's availability (its own Crisp call).",
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => availabilityOf(ctx, w),
  }),
);
