import { type PersonModel, parsePersonKey, personKey } from '../datasources/people.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { personRef } from '../request/node-id.ts';
import * as people from '../resolvers/people.ts';
import { builder } from './builder.ts';
import {
  Company,
  Employment,
  Geolocation,
  PersonActivity,
  SocialProfile,
} from './people-profile.ts';
import { replacedBy } from './replaced-by.ts';
import { Website } from './website.ts';

const PersonSubscription = builder.objectRef<{ email: boolean }>('PersonSubscription').implement({
  description: 'What the contact is subscribed to (Crisp people subscription).',
  fields: (t) => ({
    isEmailSubscribed: t.boolean({
      description: 'Whether the contact receives email campaigns.',
      resolve: (s) => s.email,
    }),
    email: t.exposeBoolean('email', {
      description: 'Whether the contact receives email campaigns.',
      deprecationReason: replacedBy('`isEmailSubscribed`'),
    }),
  }),
});

/** The global id's parts, checked and lower-cased, as the person loader's key. */
const parseGlobalKey = (id: string) => personKey(...personRef.parse(id));

export const Person = builder.objectRef<people.PersonParent>('Person');

/**
 * A profile field: from the profile the parent came with or what a write set, else from one
 * read of the contact (GET /website/{id}/people/profile/{people_id}), shared by its fields.
 */
const profile = <K extends keyof PersonModel>(key: K, description: string) => ({
  nullable: true as const,
  description,
  extensions: crispCalls({ calls: 1, loader: 'person', unlessLoaded: true }),
  resolve: (p: people.PersonParent, _: unknown, ctx: GatewayContext) =>
    people.profileField(ctx, p, key),
});

/**
 * The people_id: at hand, but after a write by email, which reads the profile for it (the
 * mutation's cost counts that read: an id is non-null).
 */
const peopleIdField = {
  resolve: (p: people.PersonParent, _: unknown, ctx: GatewayContext) => people.peopleIdOf(ctx, p),
};

builder.node(Person, {
  description: 'A Crisp contact (people profile) of one website.',
  id: {
    description:
      'Global id (`Person:<websiteId>:<peopleId>`); pass it to `node(id:)` or to any input that names a contact.',
    ...peopleIdField,
    resolve: async (p, _, ctx) => personRef.format(p.websiteId, await people.peopleIdOf(ctx, p)),
    parse: parseGlobalKey,
  },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parsePersonKey(key).websiteId);
    return ctx.loaders.person.load(key);
  },
  fields: (t) => ({
    crispId: t.id({
      description: 'Crisp’s people_id (a UUID), as the Crisp apps show it.',
      ...peopleIdField,
    }),
    website: t.field({
      type: Website,
      description: 'The website the contact belongs to.',
      resolve: (p) => ({ id: p.websiteId }),
    }),
    peopleId: t.id({
      description: 'Crisp’s people_id (a UUID).',
      deprecationReason: replacedBy('`crispId`'),
      ...peopleIdField,
    }),
    websiteId: t.exposeID('websiteId', {
      description: 'The id of the website the contact belongs to.',
      deprecationReason: replacedBy('`website`'),
    }),
    email: t.field({
      type: 'EmailAddress',
      ...profile(
        'email',
        'The contact’s email; Crisp keeps one contact per email. Null when none.',
      ),
    }),
    nickname: t.string(profile('nickname', 'The contact’s full name; null when not set.')),
    avatar: t.field({
      type: 'URL',
      ...profile('avatar', 'The URL of the contact’s avatar image; null when not set.'),
    }),
    gender: t.string(profile('gender', 'The contact’s gender; null when not set.')),
    phone: t.string(profile('phone', 'The contact’s phone number; null when not set.')),
    address: t.string(profile('address', 'The contact’s postal address; null when not set.')),
    description: t.string(
      profile('description', 'A description of the contact; null when not set.'),
    ),
    websiteUrl: t.string(
      profile(
        'websiteUrl',
        'The contact’s own website (Crisp `person.website`), as written; null when not set.',
      ),
    ),
    timezone: t.int(
      profile('timezone', 'The contact’s UTC offset, in minutes; null when unknown.'),
    ),
    profiles: t.field({
      type: [SocialProfile],
      ...profile(
        'profiles',
        'The contact’s social network profiles; null when the profile could not be read.',
      ),
    }),
    employment: t.field({
      type: Employment,
      ...profile('employment', 'Where the contact works; null when not set.'),
    }),
    geolocation: t.field({
      type: Geolocation,
      ...profile('geolocation', 'Where the contact is; null when unknown.'),
    }),
    locales: t.field({
      type: ['Locale'],
      ...profile(
        'locales',
        'The languages the contact speaks; null when the profile could not be read.',
      ),
    }),
    company: t.field({
      type: Company,
      ...profile('company', 'The contact’s company; null when not set.'),
    }),
    segments: t.stringList(
      profile(
        'segments',
        'The segments the contact is in (tags); null when the profile could not be read.',
      ),
    ),
    notepad: t.string(
      profile('notepad', 'Private notes the team keeps on the contact; null when not set.'),
    ),
    active: t.field({
      type: PersonActivity,
      ...profile('active', 'When the contact was last active; null when never.'),
    }),
    score: t.int(profile('score', 'The contact’s score, as Crisp rates it; null when none.')),
    createdAt: t.field({
      type: 'DateTime',
      ...profile(
        'createdAt',
        'When the contact was created; null when the profile could not be read.',
      ),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      ...profile(
        'updatedAt',
        'When the contact was last updated; null when the profile could not be read.',
      ),
    }),
    data: t.field({
      nullable: true,
      type: 'JSONObject',
      description:
        'The contact’s custom data: a map of string, number and boolean values ' +
        '(`GET /website/{website_id}/people/data/{people_id}`); null when it could not be read.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (p, _, ctx) => people.data(ctx, p),
    }),
    subscription: t.field({
      nullable: true,
      type: PersonSubscription,
      description:
        'Whether the contact receives email campaigns ' +
        '(`GET /website/{website_id}/people/subscription/{people_id}`); null when it could not be read.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (p, _, ctx) => people.subscription(ctx, p),
    }),
  }),
});
