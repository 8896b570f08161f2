import type { CompanyModel, GeolocationModel, PersonModel } from '../datasources/people.ts';
import { builder } from './builder.ts';

// The value objects of a contact's card: where they are, who they work for, when they were last seen.

const Coordinates = builder
  .objectRef<NonNullable<GeolocationModel['coordinates']>>('Coordinates')
  .implement({
    fields: (t) => ({
      latitude: t.exposeFloat('latitude', { nullable: true }),
      longitude: t.exposeFloat('longitude', { nullable: true }),
    }),
  });

/** Where a contact, a company or a visitor is; shared with visitor.ts. */
export const Geolocation = builder.objectRef<GeolocationModel>('Geolocation').implement({
  fields: (t) => ({
    country: t.expose('country', { type: 'CountryCode', nullable: true }),
    region: t.exposeString('region', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    coordinates: t.expose('coordinates', { type: Coordinates, nullable: true }),
  }),
});

export const SocialProfile = builder
  .objectRef<PersonModel['profiles'][number]>('SocialProfile')
  .implement({
    fields: (t) => ({
      type: t.exposeString('type', {
        nullable: true,
        description: 'Network name: facebook, twitter, linkedin…',
      }),
      handle: t.exposeString('handle', { nullable: true }),
      url: t.exposeString('url', { nullable: true }),
    }),
  });

export const Employment = builder
  .objectRef<NonNullable<PersonModel['employment']>>('Employment')
  .implement({
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true, description: 'Employer name.' }),
      domain: t.exposeString('domain', { nullable: true }),
      title: t.exposeString('title', { nullable: true }),
      role: t.exposeString('role', { nullable: true }),
      seniority: t.exposeString('seniority', { nullable: true }),
    }),
  });

const CompanyMetrics = builder
  .objectRef<NonNullable<CompanyModel['metrics']>>('CompanyMetrics')
  .implement({
    fields: (t) => ({
      employees: t.exposeInt('employees', { nullable: true }),
      // Money amounts pass GraphQL's 32-bit Int.
      marketCap: t.exposeFloat('marketCap', { nullable: true }),
      raised: t.exposeFloat('raised', { nullable: true }),
      arr: t.exposeFloat('arr', { nullable: true, description: 'Annual recurring revenue.' }),
    }),
  });

export const Company = builder.objectRef<CompanyModel>('Company').implement({
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    legalName: t.exposeString('legalName', { nullable: true }),
    domain: t.exposeString('domain', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    timezone: t.exposeInt('timezone', { nullable: true, description: 'UTC offset in minutes.' }),
    phones: t.exposeStringList('phones'),
    emails: t.exposeStringList('emails'),
    metrics: t.expose('metrics', { type: CompanyMetrics, nullable: true }),
    geolocation: t.expose('geolocation', { type: Geolocation, nullable: true }),
    tags: t.exposeStringList('tags'),
  }),
});

export const PersonActivity = builder
  .objectRef<NonNullable<PersonModel['active']>>('PersonActivity')
  .implement({
    fields: (t) => ({
      now: t.exposeBoolean('now', {
        nullable: true,
        description: 'Whether the contact is online now.',
      }),
      last: t.expose('last', { type: 'DateTime', nullable: true }),
    }),
  });
