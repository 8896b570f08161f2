import { z } from 'zod';
import { peopleIdSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { type PersonModel, parsePersonKey, personKey } from '../datasources/people.ts';
import type { PeopleEventModel, SuggestedSegmentModel } from '../datasources/people-detail.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { personRef } from '../request/node-id.ts';
import * as people from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { mutationErrors } from './errors.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import {
  AddPersonEventInput,
  BatchRemovePeopleInput,
  CreatePersonInput,
  PeopleFilterInput,
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
import { Website } from './website.ts';

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

/** The global id's parts, checked and lower-cased, as the person loader's key. */
const parseGlobalKey = (id: string) => personKey(...personRef.parse(id));

export const Person = builder.objectRef<people.PersonParent>('Person');

/**
 * A profile field: from the profile the parent came with, or, for the key a write returned, from
 * one read of the contact (GET /website/{id}/people/profile/{people_id}), shared by its fields.
 */
const profile = <K extends keyof PersonModel>(key: K) => ({
  extensions: crispCalls({ calls: 1, loader: 'person', unlessLoaded: true }),
  resolve: async (p: people.PersonParent, _: unknown, ctx: GatewayContext) =>
    (await people.loaded(ctx, p))[key],
});

builder.node(Person, {
  description: 'A Crisp contact (people profile) of one website.',
  id: { resolve: (p) => personRef.format(p.websiteId, p.peopleId), parse: parseGlobalKey },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parsePersonKey(key).websiteId);
    return ctx.loaders.person.load(key);
  },
  fields: (t) => ({
    peopleId: t.exposeID('peopleId', { description: 'The Crisp people_id (UUID).' }),
    websiteId: t.exposeID('websiteId'),
    email: t.field({ type: 'Email', nullable: true, ...profile('email') }),
    nickname: t.string({ nullable: true, description: 'Full name.', ...profile('nickname') }),
    avatar: t.string({ nullable: true, ...profile('avatar') }),
    gender: t.string({ nullable: true, ...profile('gender') }),
    phone: t.string({ nullable: true, ...profile('phone') }),
    address: t.string({ nullable: true, ...profile('address') }),
    description: t.string({ nullable: true, ...profile('description') }),
    website: t.string({ nullable: true, ...profile('website') }),
    timezone: t.int({
      nullable: true,
      description: 'UTC offset in minutes.',
      ...profile('timezone'),
    }),
    profiles: t.field({
      type: [SocialProfile],
      nullable: true,
      description: 'Social network profiles.',
      ...profile('profiles'),
    }),
    employment: t.field({ type: Employment, nullable: true, ...profile('employment') }),
    geolocation: t.field({ type: Geolocation, nullable: true, ...profile('geolocation') }),
    locales: t.field({ type: ['Locale'], nullable: true, ...profile('locales') }),
    company: t.field({ type: Company, nullable: true, ...profile('company') }),
    segments: t.stringList({ nullable: true, ...profile('segments') }),
    notepad: t.string({ nullable: true, ...profile('notepad') }),
    active: t.field({ type: PersonActivity, nullable: true, ...profile('active') }),
    score: t.int({ nullable: true, ...profile('score') }),
    createdAt: t.field({ type: 'DateTime', nullable: true, ...profile('createdAt') }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, ...profile('updatedAt') }),
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
/** The write; the contact's fields read it back only when selected. */
const writeThenKey = crispCalls({ calls: 1, loaded: false });

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    description: 'Creates a contact (Crisp add_profile).',
    extensions: writeThenKey,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.createPerson(ctx, input),
  }),
  updatePerson: t.field({
    type: Person,
    extensions: writeThenKey,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => people.updatePerson(ctx, input, input.profile),
  }),
  savePerson: t.field({
    type: Person,
    extensions: writeThenKey,
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
