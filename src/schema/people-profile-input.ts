import { z } from 'zod';
import type {
  CompanyUpdateModel,
  GeolocationUpdateModel,
  PersonCardUpdateModel,
  ProfileUpdateModel,
} from '../datasources/people-profile.ts';
import { builder } from './builder.ts';

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
    fields: (t) => ({
      latitude: t.float({ required: true, validate: z.number().min(-90).max(90) }),
      longitude: t.float({ required: true, validate: z.number().min(-180).max(180) }),
    }),
  });

const GeolocationInput = builder.inputRef<GeolocationUpdateModel>('GeolocationInput').implement({
  fields: (t) => ({
    country: t.field({ type: 'CountryCode' }),
    region: t.string(),
    city: t.string(),
    coordinates: t.field({ type: CoordinatesInput }),
  }),
});

const SocialProfileInput = builder
  .inputRef<NonNullable<PersonCardUpdateModel['profiles']>[number]>('SocialProfileInput')
  .implement({
    fields: (t) => ({
      type: t.string({
        required: true,
        description: 'Network name: facebook, twitter, linkedin…',
        validate: z.string().min(1),
      }),
      handle: t.string(),
      url: t.field({ type: 'URL' }),
    }),
  });

const EmploymentInput = builder
  .inputRef<NonNullable<PersonCardUpdateModel['employment']>>('EmploymentInput')
  .implement({
    fields: (t) => ({
      name: t.string({ description: 'Employer name.' }),
      domain: t.string({ description: 'Employer domain.' }),
      title: t.string(),
      role: t.string(),
      seniority: t.string(),
    }),
  });

const PersonCardInput = builder.inputRef<PersonCardUpdateModel>('PersonCardInput').implement({
  description: 'Who the contact is (Crisp `person`).',
  fields: (t) => ({
    nickname: t.string({ description: 'Full name.' }),
    avatar: t.field({ type: 'URL' }),
    gender: t.string(),
    phone: t.string(),
    address: t.string(),
    description: t.string(),
    website: t.string({ description: 'The contact’s own website.' }),
    timezone: t.int({ description: 'UTC offset in minutes.', validate: timezoneSchema }),
    profiles: t.field({ type: [SocialProfileInput] }),
    employment: t.field({ type: EmploymentInput }),
    geolocation: t.field({ type: GeolocationInput }),
    locales: t.field({ type: ['Locale'] }),
  }),
});

const CompanyMetricsInput = builder
  .inputRef<NonNullable<CompanyUpdateModel['metrics']>>('CompanyMetricsInput')
  .implement({
    fields: (t) => ({
      employees: t.int({ validate: nonNegative }),
      // Money amounts pass 2^31, so they travel as Float and must still be whole.
      marketCap: t.float({ validate: nonNegative }),
      raised: t.float({ validate: nonNegative }),
      arr: t.float({ description: 'Annual recurring revenue.', validate: nonNegative }),
    }),
  });

const CompanyInput = builder.inputRef<CompanyUpdateModel>('CompanyInput').implement({
  description: 'The contact’s company (Crisp `company`).',
  fields: (t) => ({
    name: t.string(),
    legalName: t.string(),
    domain: t.string(),
    url: t.field({ type: 'URL' }),
    description: t.string(),
    timezone: t.int({ description: 'UTC offset in minutes.', validate: timezoneSchema }),
    phones: t.stringList(),
    emails: t.field({ type: ['Email'] }),
    geolocation: t.field({ type: GeolocationInput }),
    metrics: t.field({ type: CompanyMetricsInput }),
    tags: t.stringList(),
  }),
});

export type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** The writable profile card (Crisp `PeopleProfileUpdate`), shared by create, update and save. */
export const profileFields = (t: InputFields) => ({
  email: t.field({ type: 'Email' }),
  person: t.field({ type: PersonCardInput }),
  company: t.field({ type: CompanyInput }),
  segments: t.stringList(),
  notepad: t.string({ description: 'Private notes shown to operators.' }),
  active: t.field({ type: 'DateTime', description: 'Last-active time to record.' }),
});

export const PersonProfileInput = builder
  .inputRef<ProfileUpdateModel>('PersonProfileInput')
  .implement({
    fields: profileFields,
  });
