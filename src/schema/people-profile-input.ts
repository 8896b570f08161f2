import { z } from 'zod';
import type {
  CompanyUpdateModel,
  GeolocationUpdateModel,
  PersonCardUpdateModel,
  ProfileUpdateModel,
} from '../datasources/people-profile.ts';
import { builder, type InputFields } from './builder.ts';

/**
 * The writable profile card (Crisp `PeopleProfileUpdate`): who the contact is and their company,
 * as create, update and save take it.
 */

/** UTC offsets in minutes, UTC−12:00 to UTC+14:00. */
const timezoneSchema = z.number().int().min(-720).max(840);
const nonNegative = z.number().int().min(0);

const CoordinatesInput = builder
  .inputRef<NonNullable<GeolocationUpdateModel['coordinates']>>('CoordinatesInput')
  .implement({
    description: 'A point on Earth.',
    fields: (t) => ({
      latitude: t.float({
        required: true,
        description: 'Latitude, in degrees (-90 to 90).',
        validate: z.number().min(-90).max(90),
      }),
      longitude: t.float({
        required: true,
        description: 'Longitude, in degrees (-180 to 180).',
        validate: z.number().min(-180).max(180),
      }),
    }),
  });

const GeolocationInput = builder.inputRef<GeolocationUpdateModel>('GeolocationInput').implement({
  description: 'Where a contact or a company is.',
  fields: (t) => ({
    country: t.field({
      type: 'CountryCode',
      description: 'The country (ISO 3166-1 alpha-2, any letter case).',
    }),
    region: t.string({ description: 'The region or state.' }),
    city: t.string({ description: 'The city.' }),
    coordinates: t.field({ type: CoordinatesInput, description: 'The latitude and longitude.' }),
  }),
});

const SocialProfileInput = builder
  .inputRef<NonNullable<PersonCardUpdateModel['profiles']>[number]>('SocialProfileInput')
  .implement({
    description: 'A profile of the contact on a social network.',
    fields: (t) => ({
      type: t.string({
        required: true,
        description:
          'The network: facebook, twitter, linkedin… A string, as Crisp accepts any network.',
        validate: z.string().min(1),
      }),
      handle: t.string({ description: 'The contact’s handle on the network.' }),
      url: t.field({ type: 'URL', description: 'The profile’s URL (http or https).' }),
    }),
  });

const EmploymentInput = builder
  .inputRef<NonNullable<PersonCardUpdateModel['employment']>>('EmploymentInput')
  .implement({
    description: 'Where the contact works, and their job there.',
    fields: (t) => ({
      name: t.string({ description: 'The employer’s name.' }),
      domain: t.string({ description: 'The employer’s domain name.' }),
      title: t.string({ description: 'The job title.' }),
      role: t.string({ description: 'The job role, e.g. engineering.' }),
      seniority: t.string({ description: 'The seniority, e.g. lead.' }),
    }),
  });

const PersonCardInput = builder.inputRef<PersonCardUpdateModel>('PersonCardInput').implement({
  description: 'Who the contact is (Crisp `person`).',
  fields: (t) => ({
    nickname: t.string({ description: 'The contact’s full name.' }),
    avatar: t.field({ type: 'URL', description: 'The URL of the contact’s avatar image.' }),
    gender: t.string({ description: 'The contact’s gender.' }),
    phone: t.string({ description: 'The contact’s phone number.' }),
    address: t.string({ description: 'The contact’s postal address.' }),
    description: t.string({ description: 'A description of the contact.' }),
    websiteUrl: t.string({ description: 'The contact’s own website (Crisp `person.website`).' }),
    timezone: t.int({
      description: 'The contact’s UTC offset, in minutes (-720 to 840).',
      validate: timezoneSchema,
    }),
    profiles: t.field({
      type: [SocialProfileInput],
      description: 'The contact’s social network profiles; replaces the list.',
    }),
    employment: t.field({ type: EmploymentInput, description: 'Where the contact works.' }),
    geolocation: t.field({ type: GeolocationInput, description: 'Where the contact is.' }),
    locales: t.field({
      type: ['Locale'],
      description: 'The languages the contact speaks; replaces the list.',
    }),
  }),
});

const CompanyMetricsInput = builder
  .inputRef<NonNullable<CompanyUpdateModel['metrics']>>('CompanyMetricsInput')
  .implement({
    description: 'Figures about the contact’s company.',
    fields: (t) => ({
      employees: t.int({ description: 'The number of employees.', validate: nonNegative }),
      // Money amounts pass 2^31, so they travel as Float and must still be whole.
      marketCap: t.float({
        description: 'The market capitalisation (Crisp names no currency); a whole number.',
        validate: nonNegative,
      }),
      raised: t.float({
        description: 'The funds raised (Crisp names no currency); a whole number.',
        validate: nonNegative,
      }),
      arr: t.float({
        description: 'The annual recurring revenue (Crisp names no currency); a whole number.',
        validate: nonNegative,
      }),
    }),
  });

const CompanyInput = builder.inputRef<CompanyUpdateModel>('CompanyInput').implement({
  description: 'The contact’s company (Crisp `company`).',
  fields: (t) => ({
    name: t.string({ description: 'The company’s name.' }),
    legalName: t.string({ description: 'The company’s registered name.' }),
    domain: t.string({ description: 'The company’s domain name.' }),
    url: t.field({ type: 'URL', description: 'The company’s website (http or https).' }),
    description: t.string({ description: 'What the company does.' }),
    timezone: t.int({
      description: 'The company’s UTC offset, in minutes (-720 to 840).',
      validate: timezoneSchema,
    }),
    phones: t.stringList({ description: 'The company’s phone numbers; replaces the list.' }),
    emails: t.field({
      type: ['EmailAddress'],
      description: 'The company’s email addresses; replaces the list.',
    }),
    geolocation: t.field({ type: GeolocationInput, description: 'Where the company is.' }),
    metrics: t.field({ type: CompanyMetricsInput, description: 'Figures about the company.' }),
    tags: t.stringList({ description: 'Tags describing the company; replaces the list.' }),
  }),
});

/** The writable profile card (Crisp `PeopleProfileUpdate`), shared by create, update and save. */
export const profileFields = (t: InputFields) => ({
  email: t.field({ type: 'EmailAddress', description: 'The contact’s email.' }),
  person: t.field({ type: PersonCardInput, description: 'Who the contact is.' }),
  company: t.field({ type: CompanyInput, description: 'The contact’s company.' }),
  segments: t.stringList({ description: 'The segments the contact is in; replaces the list.' }),
  notepad: t.string({ description: 'Private notes the team keeps on the contact.' }),
  active: t.field({ type: 'DateTime', description: 'The last-active time to record.' }),
});

export const PersonProfileInput = builder
  .inputRef<ProfileUpdateModel>('PersonProfileInput')
  .implement({
    description: 'A contact’s profile card (Crisp `PeopleProfileUpdate`).',
    fields: profileFields,
  });
