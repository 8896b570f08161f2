import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { type PersonModel, parsePersonKey, personKey } from '../datasources/people.ts';
import type { PeopleEventModel, SuggestedSegmentModel } from '../datasources/people-detail.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as people from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import {
  AddPersonEventInput,
  BatchRemovePeopleInput,
  CreatePersonInput,
  PeopleFilterInput,
  peopleIdSchema,
  RemovePersonInput,
  SavePersonDataInput,
  SavePersonInput,
  SearchOperator,
  SortOrder,
  searchOperatorDescription,
  UpdatePersonDataInput,
  UpdatePersonInput,
  UpdatePersonSubscriptionInput,
} from './people-input.ts';
import {
  Company,
  Employment,
  Geolocation,
  PersonActivity,
  SocialProfile,
} from './people-profile.ts';
import { Website, websiteIdSchema } from './website.ts';

const PersonEvent = builder.objectRef<PeopleEventModel>('PersonEvent').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    data: t.expose('data', { type: 'JSON', nullable: true }),
    color: t.exposeString('color', { nullable: true }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

const PersonSubscription = builder.objectRef<{ email: boolean }>('PersonSubscription').implement({
  fields: (t) => ({
    email: t.exposeBoolean('email', {
      description: 'Whether the contact receives email campaigns.',
    }),
  }),
});

const SuggestedSegment = builder.objectRef<SuggestedSegmentModel>('SuggestedSegment').implement({
  fields: (t) => ({
    segment: t.exposeString('segment'),
    count: t.exposeInt('count', { description: 'Contacts in the segment.' }),
  }),
});

const PeopleStatistics = builder.objectRef<{ total: number }>('PeopleStatistics').implement({
  fields: (t) => ({ total: t.exposeInt('total') }),
});

/** The global id holds `websiteId/peopleId`; both halves are checked before any call. */
function parseGlobalKey(key: string): string {
  const parsed = (() => {
    try {
      return parsePersonKey(key);
    } catch {
      return undefined;
    }
  })();
  if (
    !parsed ||
    !websiteIdSchema.safeParse(parsed.websiteId).success ||
    !peopleIdSchema.safeParse(parsed.peopleId).success
  ) {
    throw new GraphQLError('Invalid input for id: not a Person id', {
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  }
  return personKey(parsed.websiteId.toLowerCase(), parsed.peopleId.toLowerCase());
}

export const Person = builder.objectRef<PersonModel>('Person');

builder.node(Person, {
  description: 'A Crisp contact (people profile) of one website.',
  id: { resolve: (p) => personKey(p.websiteId, p.peopleId), parse: parseGlobalKey }, // websiteId + peopleId
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parsePersonKey(key).websiteId);
    return ctx.loaders.person.load(key);
  },
  fields: (t) => ({
    peopleId: t.exposeID('peopleId', { description: 'The Crisp people_id (UUID).' }),
    websiteId: t.exposeID('websiteId'),
    email: t.expose('email', { type: 'Email', nullable: true }),
    nickname: t.exposeString('nickname', { nullable: true, description: 'Full name.' }),
    avatar: t.exposeString('avatar', { nullable: true }),
    gender: t.exposeString('gender', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    timezone: t.exposeInt('timezone', { nullable: true, description: 'UTC offset in minutes.' }),
    profiles: t.expose('profiles', {
      type: [SocialProfile],
      description: 'Social network profiles.',
    }),
    employment: t.expose('employment', { type: Employment, nullable: true }),
    geolocation: t.expose('geolocation', { type: Geolocation, nullable: true }),
    locales: t.expose('locales', { type: ['Locale'] }),
    company: t.expose('company', { type: Company, nullable: true }),
    segments: t.exposeStringList('segments'),
    notepad: t.exposeString('notepad', { nullable: true }),
    active: t.expose('active', { type: PersonActivity, nullable: true }),
    score: t.exposeInt('score', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    events: t.connection({
      nullable: true,
      type: PersonEvent,
      description: `The contact’s timeline events, newest first.${ID_CURSOR_NOTE}`,
      extensions: crispCalls({ calls: pagedCalls }),
      resolve: (p, args, ctx) => people.events(ctx, p, args),
    }),
    data: t.field({
      nullable: true,
      type: 'JSON',
      description: 'Custom data: a map of string, number and boolean values.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (p, _, ctx) => people.data(ctx, p),
    }),
    subscription: t.field({
      nullable: true,
      type: PersonSubscription,
      extensions: crispCalls({ calls: 1 }),
      resolve: (p, _, ctx) => people.subscription(ctx, p),
    }),
  }),
});

builder.objectFields(Website, (t) => ({
  people: t.connection({
    nullable: true,
    type: Person,
    description:
      'Contacts, searched and sorted by Crisp, read page by page. Sorted by `updated_at` (the ' +
      'default, newest first) or `created_at`, cursors are keys in that order: walking forwards ' +
      'never skips a contact that did not move, and one updated since the previous page is not ' +
      'shown again (a refetch of the first page shows it); contacts sharing the same time may ' +
      `repeat. Sorted by another field:${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls, loaded: true }),
    args: {
      search: t.arg.string({ description: 'Free text (name, email…).' }),
      sortField: t.arg.string({ description: 'A profile field to sort on, e.g. `created_at`.' }),
      sortOrder: t.arg({ type: SortOrder }),
      filter: t.arg({ type: [PeopleFilterInput] }),
      searchOperator: t.arg({ type: SearchOperator, description: searchOperatorDescription }),
    },
    resolve: (w, args, ctx) => people.people(ctx, w.id, args),
  }),
  person: t.field({
    nullable: true,
    type: Person,
    description: 'One contact, by people_id or by email (exactly one).',
    extensions: crispCalls({ calls: 1, loaded: true }),
    args: {
      id: t.arg.id({ description: 'The people_id.', validate: peopleIdSchema.nullish() }),
      email: t.arg({ type: 'Email' }),
    },
    validate: z
      .looseObject({ id: z.string().nullish(), email: z.string().nullish() })
      .refine((a) => (a.id == null) !== (a.email == null), {
        message: 'pass exactly one of id or email',
        path: ['id'],
      }),
    resolve: (w, { id, email }, ctx) => people.person(ctx, w.id, { peopleId: id, email }),
  }),
  personExists: t.boolean({
    nullable: true,
    description: 'Whether a contact with this people_id or email exists.',
    extensions: crispCalls({ calls: 1 }),
    args: {
      idOrEmail: t.arg.string({
        required: true,
        validate: z.union([peopleIdSchema, z.email()], 'must be a people UUID or an email'),
      }),
    },
    resolve: (w, { idOrEmail }, ctx) => people.personExists(ctx, w.id, idOrEmail),
  }),
  peopleStatistics: t.field({
    nullable: true,
    type: PeopleStatistics,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => people.statistics(ctx, w.id),
  }),
  suggestedPeopleSegments: t.connection({
    nullable: true,
    type: SuggestedSegment,
    description: `Segments in use, with their contact counts.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    resolve: (w, args, ctx) => people.suggestedSegments(ctx, w.id, args),
  }),
}));

/** The write, then the contact (or its data) read back as Crisp now holds it. */
const writeThenRead = crispCalls({ calls: 2, loaded: true });

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    description: 'Creates a contact (Crisp add_profile).',
    extensions: writeThenRead,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.createPerson(ctx, input),
  }),
  updatePerson: t.field({
    type: Person,
    extensions: writeThenRead,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.updatePerson(ctx, input, input.profile),
  }),
  savePerson: t.field({
    type: Person,
    extensions: writeThenRead,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SavePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.savePerson(ctx, input, input.profile),
  }),
  removePerson: t.boolean({
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RemovePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.removePerson(ctx, input),
  }),
  addPersonEvent: t.boolean({
    description: 'Adds an event to the contact’s timeline.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AddPersonEventInput, required: true }) },
    resolve: (_, { input }, ctx) => people.addPersonEvent(ctx, input, input),
  }),
  savePersonData: t.field({
    type: 'JSON',
    description: 'Replaces the custom data; returns it as Crisp now holds it.',
    extensions: writeThenRead,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SavePersonDataInput, required: true }) },
    resolve: (_, { input }, ctx) => people.writePersonData(ctx, input, input.data, 'save'),
  }),
  updatePersonData: t.field({
    type: 'JSON',
    description: 'Merges keys into the custom data; returns it as Crisp now holds it.',
    extensions: writeThenRead,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonDataInput, required: true }) },
    resolve: (_, { input }, ctx) => people.writePersonData(ctx, input, input.data, 'update'),
  }),
  updatePersonSubscription: t.field({
    type: PersonSubscription,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonSubscriptionInput, required: true }) },
    resolve: (_, { input }, ctx) => people.updateSubscription(ctx, input, input.subscribed),
  }),
  batchRemovePeople: t.boolean({
    description: `${tierNote('website.batch.remove_people')}Removes many contacts at once; Crisp may finish the work after answering.`,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BatchRemovePeopleInput, required: true }) },
    resolve: (_, { input }, ctx) => people.batchRemovePeople(ctx, input),
  }),
}));
