import { z } from 'zod';
import { peopleIdSchema } from '../datasources/crisp-id.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as people from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { ConversationConnection } from './conversation-list.ts';
import { pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Person } from './people.ts';
import { PersonConnection, PersonEventConnection } from './people-connection.ts';
import {
  PeopleFilterInput,
  SearchOperator,
  SortOrder,
  searchOperatorDescription,
} from './people-input.ts';
import { SuggestedSegmentConnection } from './suggestion.ts';
import { Website } from './website.ts';

/** The lists and lookups of contacts: a website's people, and a contact's timeline and conversations. */

const PeopleStatistics = builder.objectRef<{ total: number }>('PeopleStatistics').implement({
  description: 'Counts over the website’s contacts (Crisp people statistics).',
  fields: (t) => ({ total: t.exposeInt('total', { description: 'How many contacts there are.' }) }),
});

builder.objectFields(Person, (t) => ({
  events: t.field({
    nullable: true,
    type: PersonEventConnection,
    description: `The contact’s timeline events, newest first; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'events'),
    resolve: (p, args, ctx) => people.events(ctx, p, args),
  }),
  conversations: t.field({
    nullable: true,
    type: ConversationConnection,
    description:
      'The contact’s conversations (Crisp lists their session ids, so each conversation’s ' +
      `fields are read only when selected); null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: false }),
    args: pagingArgs(t.arg, 'conversations'),
    resolve: (p, args, ctx) => people.conversations(ctx, p, args),
  }),
}));

builder.objectFields(Website, (t) => ({
  people: t.field({
    nullable: true,
    type: PersonConnection,
    description:
      'Contacts, searched and sorted by Crisp, read page by page. Sorted by `updated_at` (the ' +
      'default, newest first) or `created_at`, cursors are keys in that order: walking forwards ' +
      'never skips a contact that did not move, and one updated since the previous page is not ' +
      'shown again (a refetch of the first page shows it); contacts sharing the same time may ' +
      `repeat. Sorted by another field:${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: {
      ...pagingArgs(t.arg, 'contacts'),
      search: t.arg.string({
        description: 'Free text Crisp searches for (name, email…). Default: none.',
      }),
      sortField: t.arg.string({
        description:
          'The profile field to sort on, e.g. `created_at` (any field Crisp sorts on). Default: `updated_at`.',
      }),
      sortOrder: t.arg({
        type: SortOrder,
        description: 'The sort direction. Default: DESC without `sortField`, ASC with one.',
      }),
      filter: t.arg({
        type: [PeopleFilterInput],
        description: 'Search clauses (Crisp `search_filter`), joined by `searchOperator`.',
      }),
      searchOperator: t.arg({ type: SearchOperator, description: searchOperatorDescription }),
    },
    resolve: (w, args, ctx) => people.people(ctx, w.id, args),
  }),
  person: t.field({
    nullable: true,
    type: Person,
    description:
      'One contact, by id or by email (exactly one); null with a NOT_FOUND error when there is none.',
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: {
      id: t.arg.id({
        description: 'The contact: its global id, or Crisp’s people_id (on this website).',
      }),
      email: t.arg({ type: 'EmailAddress', description: 'The contact’s email.' }),
    },
    validate: z
      .looseObject({ id: z.string().nullish(), email: z.string().nullish() })
      .refine((a) => (a.id == null) !== (a.email == null), {
        message: 'pass exactly one of id or email',
        path: ['id'],
      }),
    resolve: (w, { id, email }, ctx) => people.person(ctx, w.id, { id, email }),
  }),
  personExists: t.boolean({
    nullable: true,
    description:
      'Whether a contact with this people_id or email exists (`HEAD /website/{website_id}/people/profile/{people_id}`).',
    extensions: crispCalls({ calls: 1 }),
    args: {
      idOrEmail: t.arg.string({
        required: true,
        description: 'Crisp’s people_id (a UUID) or the contact’s email.',
        validate: z.union([peopleIdSchema, z.email()], 'must be a people UUID or an email'),
      }),
    },
    resolve: (w, { idOrEmail }, ctx) => people.personExists(ctx, w.id, idOrEmail),
  }),
  peopleStatistics: t.field({
    nullable: true,
    type: PeopleStatistics,
    description: 'Counts over the website’s contacts; null when they could not be read.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => people.statistics(ctx, w.id),
  }),
  suggestedPeopleSegments: t.field({
    nullable: true,
    type: SuggestedSegmentConnection,
    description: `Segments in use on the website’s contacts, with their contact counts; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'segments'),
    resolve: (w, args, ctx) => people.suggestedSegments(ctx, w.id, args),
  }),
}));
