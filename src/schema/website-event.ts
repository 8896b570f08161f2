import { personRef } from '../request/node-id.ts';
import { operatorOf, personOf, websiteOf } from '../resolvers/live-parent.ts';
import type {
  OperatorAvailabilityEventModel,
  PersonEventModel,
  TeamAvailabilityEventModel,
  VisitorCountEventModel,
} from '../rtm/event-models.ts';
import { builder } from './builder.ts';
import { Operator } from './operator.ts';
import { Person } from './people.ts';
import { eventFields } from './rtm-event.ts';
import { Website } from './website.ts';

/** Events of `personEvents`, `operatorAvailabilityEvents` and `visitorCountEvents`. */

/**
 * Named `PersonChangeEvent` rather than `PersonEvent`, which names the events of a contact's
 * timeline.
 */
export const PersonChangeEvent = builder
  .interfaceRef<PersonEventModel>('PersonChangeEvent')
  .implement({
    description:
      'A contact profile created, updated or removed: one type per Crisp `people:profile:*` event.',
    resolveType: (e) => e.typename,
    fields: (t) => ({ ...eventFields(t) }),
  });

const personChanged = (name: string, description: string) =>
  builder.objectRef<PersonEventModel>(name).implement({
    description,
    interfaces: [PersonChangeEvent],
    fields: (t) => ({
      person: t.field({
        type: Person,
        description:
          'The contact, as its node. Fields beyond its id are read once per event for every subscriber of this gateway; when that read fails, they are null with its error.',
        resolve: (e, _, ctx, info) => personOf(ctx, info, e),
      }),
    }),
  });

personChanged('PersonCreatedEvent', '`people:profile:created`: a contact profile was created.');
personChanged('PersonUpdatedEvent', '`people:profile:updated`: a contact profile changed.');

builder.objectRef<PersonEventModel>('PersonRemovedEvent').implement({
  description: '`people:profile:removed`: a contact profile was deleted.',
  interfaces: [PersonChangeEvent],
  fields: (t) => ({
    removedPersonId: t.id({
      description: 'The global id of the contact removed, for `@deleteRecord` or a cache eviction.',
      resolve: (e) => personRef.globalId(e.websiteId, e.peopleId),
    }),
  }),
});

export const OperatorAvailabilityEvent = builder
  .interfaceRef<OperatorAvailabilityEventModel | TeamAvailabilityEventModel>(
    'OperatorAvailabilityEvent',
  )
  .implement({
    description:
      'An operator, or the team as a whole, became available or unavailable: one type per Crisp event.',
    resolveType: (e) => e.typename,
    fields: (t) => ({ ...eventFields(t) }),
  });

builder.objectRef<OperatorAvailabilityEventModel>('OperatorAvailabilityChangedEvent').implement({
  description: "`website:update_operators_availability`: an operator's availability changed.",
  interfaces: [OperatorAvailabilityEvent],
  fields: (t) => ({
    operator: t.field({
      type: Operator,
      nullable: true,
      description:
        'The operator, with its new `availability`. Other fields are read once per event; when that read fails, the operator is null with its error.',
      resolve: (e, _, ctx, info) => operatorOf(ctx, info, e, e),
    }),
  }),
});

builder.objectRef<TeamAvailabilityEventModel>('TeamAvailabilityChangedEvent').implement({
  description:
    '`website:users:available`: whether at least one operator of the website is available changed.',
  interfaces: [OperatorAvailabilityEvent],
  fields: (t) => ({
    website: t.field({
      type: Website,
      description:
        'The website whose team it is. Its `availability` is read once per event for every subscriber of this gateway, so a cache holding it updates by itself.',
      resolve: (e) => websiteOf(e),
    }),
    isAvailable: t.exposeBoolean('isAvailable', {
      description: 'Whether at least one operator is available now.',
    }),
  }),
});

export const VisitorCountEvent = builder
  .interfaceRef<VisitorCountEventModel>('VisitorCountEvent')
  .implement({
    description: 'The number of visitors on a website changed.',
    resolveType: (e) => e.typename,
    fields: (t) => ({ ...eventFields(t) }),
  });

builder.objectRef<VisitorCountEventModel>('VisitorCountChangedEvent').implement({
  description: '`website:update_visitors_count`: the number of visitors on the website changed.',
  interfaces: [VisitorCountEvent],
  fields: (t) => ({
    website: t.field({
      type: Website,
      description:
        'The website the visitors are on, with `visitorsCount { count }` from the event, so a cache holding it updates by itself. The other counts are read once per event when selected.',
      resolve: (e) => websiteOf(e, { visitorsCount: e.count }),
    }),
    count: t.exposeInt('count', { description: 'Visitors on the website now.' }),
  }),
});
