import type { CompanyModel, GeolocationModel, PersonModel } from '../datasources/people.ts';
import type { PeopleEventModel } from '../datasources/people-detail.ts';
import { builder } from './builder.ts';
import { replacedBy } from './replaced-by.ts';

// The value objects of a contact: where they are, who they work for, when they were last seen,
// and the events of their timeline. None has identity of its own in Crisp.

const Coordinates = builder
  .objectRef<NonNullable<GeolocationModel['coordinates']>>('Coordinates')
  .implement({
    description: 'A point on Earth.',
    fields: (t) => ({
      latitude: t.exposeFloat('latitude', {
        nullable: true,
        description: 'Latitude, in degrees; null when unknown.',
      }),
      longitude: t.exposeFloat('longitude', {
        nullable: true,
        description: 'Longitude, in degrees; null when unknown.',
      }),
    }),
  });

/** Where a contact, a company or a visitor is; shared with visitor.ts. */
export const Geolocation = builder.objectRef<GeolocationModel>('Geolocation').implement({
  description: 'Where a contact, a company or a visitor is, as far as Crisp knows.',
  fields: (t) => ({
    country: t.expose('country', {
      type: 'CountryCode',
      nullable: true,
      description: 'The country (ISO 3166-1 alpha-2); null when unknown.',
    }),
    region: t.exposeString('region', {
      nullable: true,
      description: 'The region or state; null when unknown.',
    }),
    city: t.exposeString('city', { nullable: true, description: 'The city; null when unknown.' }),
    coordinates: t.expose('coordinates', {
      type: Coordinates,
      nullable: true,
      description: 'The latitude and longitude; null when unknown.',
    }),
  }),
});

export const SocialProfile = builder
  .objectRef<PersonModel['profiles'][number]>('SocialProfile')
  .implement({
    description: 'A profile of the contact on a social network.',
    fields: (t) => ({
      type: t.exposeString('type', {
        nullable: true,
        description:
          'The network: facebook, twitter, linkedin… A string, as Crisp accepts any network; null when not set.',
      }),
      handle: t.exposeString('handle', {
        nullable: true,
        description: 'The contact’s handle on the network; null when not set.',
      }),
      url: t.expose('url', {
        type: 'URL',
        nullable: true,
        description: 'The profile’s URL; null when not set.',
      }),
    }),
  });

export const Employment = builder
  .objectRef<NonNullable<PersonModel['employment']>>('Employment')
  .implement({
    description: 'Where the contact works, and their job there.',
    fields: (t) => ({
      name: t.exposeString('name', {
        nullable: true,
        description: 'The employer’s name; null when not set.',
      }),
      domain: t.exposeString('domain', {
        nullable: true,
        description: 'The employer’s domain name; null when not set.',
      }),
      title: t.exposeString('title', {
        nullable: true,
        description: 'The job title; null when not set.',
      }),
      role: t.exposeString('role', {
        nullable: true,
        description: 'The job role, e.g. engineering; null when not set.',
      }),
      seniority: t.exposeString('seniority', {
        nullable: true,
        description: 'The seniority, e.g. lead; null when not set.',
      }),
    }),
  });

const noCurrency = 'as Crisp stores it (it names no currency); null when not set.';

const CompanyMetrics = builder
  .objectRef<NonNullable<CompanyModel['metrics']>>('CompanyMetrics')
  .implement({
    description: 'Figures about the contact’s company.',
    fields: (t) => ({
      employees: t.exposeInt('employees', {
        nullable: true,
        description: 'The number of employees; null when not set.',
      }),
      // Money amounts pass GraphQL's 32-bit Int.
      marketCap: t.exposeFloat('marketCap', {
        nullable: true,
        description: `The market capitalisation, ${noCurrency}`,
      }),
      raised: t.exposeFloat('raised', {
        nullable: true,
        description: `The funds raised, ${noCurrency}`,
      }),
      arr: t.exposeFloat('arr', {
        nullable: true,
        description: `The annual recurring revenue, ${noCurrency}`,
      }),
    }),
  });

export const Company = builder.objectRef<CompanyModel>('Company').implement({
  description: 'The company the contact belongs to (Crisp `company`).',
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: true,
      description: 'The company’s name; null when not set.',
    }),
    legalName: t.exposeString('legalName', {
      nullable: true,
      description: 'The company’s registered name; null when not set.',
    }),
    domain: t.exposeString('domain', {
      nullable: true,
      description: 'The company’s domain name; null when not set.',
    }),
    url: t.expose('url', {
      type: 'URL',
      nullable: true,
      description: 'The company’s website; null when not set.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the company does; null when not set.',
    }),
    timezone: t.exposeInt('timezone', {
      nullable: true,
      description: 'The company’s UTC offset, in minutes; null when not set.',
    }),
    phones: t.exposeStringList('phones', { description: 'The company’s phone numbers.' }),
    emails: t.expose('emails', {
      type: ['EmailAddress'],
      description: 'The company’s email addresses.',
    }),
    metrics: t.expose('metrics', {
      type: CompanyMetrics,
      nullable: true,
      description: 'Figures about the company; null when none is set.',
    }),
    geolocation: t.expose('geolocation', {
      type: Geolocation,
      nullable: true,
      description: 'Where the company is; null when unknown.',
    }),
    tags: t.exposeStringList('tags', { description: 'Tags describing the company.' }),
  }),
});

export const PersonActivity = builder
  .objectRef<NonNullable<PersonModel['active']>>('PersonActivity')
  .implement({
    description: 'When the contact was last active.',
    fields: (t) => ({
      isOnline: t.boolean({
        nullable: true,
        description: 'Whether the contact is online now; null when Crisp does not say.',
        resolve: (a) => a.now,
      }),
      now: t.exposeBoolean('now', {
        nullable: true,
        description: 'Whether the contact is online now; null when Crisp does not say.',
        deprecationReason: replacedBy('`isOnline`'),
      }),
      last: t.expose('last', {
        type: 'DateTime',
        nullable: true,
        description: 'When the contact was last active; null when never.',
      }),
    }),
  });

type Color =
  | 'red'
  | 'orange'
  | 'yellow'
  | 'green'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'brown'
  | 'grey'
  | 'black';

/** One of Crisp's timeline colour names, the value an enum name stands for. */
const color = <C extends Color>(value: C) => ({
  value,
  description: `Shown in ${value} (Crisp \`${value}\`).`,
});

const COLORS = {
  RED: color('red'),
  ORANGE: color('orange'),
  YELLOW: color('yellow'),
  GREEN: color('green'),
  BLUE: color('blue'),
  PURPLE: color('purple'),
  PINK: color('pink'),
  BROWN: color('brown'),
  GREY: color('grey'),
  BLACK: color('black'),
} as const;

export const PersonEventColor = builder.enumType('PersonEventColor', {
  description: 'The colour a timeline event is shown in, in the Crisp apps.',
  values: COLORS,
});

const isColor = (c: string | undefined): c is Color =>
  Object.values(COLORS).some((v) => v.value === c);

export const PersonEvent = builder.objectRef<PeopleEventModel>('PersonEvent').implement({
  description:
    'An event of the contact’s timeline, as an integration or `addPersonEvent` recorded it. ' +
    'Crisp gives events no id.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What happened, e.g. "Upgraded plan".' }),
    data: t.expose('data', {
      type: 'JSONObject',
      nullable: true,
      description: 'Details: a map of string, number and boolean values; null when none.',
    }),
    color: t.field({
      type: PersonEventColor,
      nullable: true,
      description: 'The colour it is shown in; null when none is set or Crisp sent another.',
      resolve: (e) => (isColor(e.color) ? e.color : null),
    }),
    timestamp: t.expose('timestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was recorded; null when Crisp does not say.',
    }),
  }),
});
