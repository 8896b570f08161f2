import { z } from 'zod';
import { peopleIdSchema } from '../datasources/crisp-id.ts';
import type { PeopleFilterModel } from '../datasources/people.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import type { ProfileUpdateModel } from '../datasources/people-profile.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type {
  BatchRemovePeopleInput as BatchRemovePeopleInputModel,
  CreatePersonInput as CreatePersonInputModel,
  PersonEventInput,
  PersonTarget,
} from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { type InputFields, PersonProfileInput, profileFields } from './people-profile-input.ts';

/**
 * Custom data maps hold scalars only (docs/crisp/REST.md §10): Crisp refuses nested objects and
 * arrays.
 */
export const peopleDataSchema = z.record(
  z.string().min(1, 'keys must not be empty'),
  z.union([z.string(), z.number(), z.boolean()], {
    error: 'values must be strings, numbers or booleans',
  }),
);

export const SortOrder = builder.enumType('SortOrder', {
  values: { ASC: { value: 'ascending' }, DESC: { value: 'descending' } } as const,
});

export const searchOperatorDescription = 'How `filter` clauses combine. @default AND';

export const SearchOperator = builder.enumType('SearchOperator', {
  description: 'How several filter clauses combine.',
  values: { AND: { value: 'and' }, OR: { value: 'or' } } as const,
});

export const PeopleFilterOperator = builder.enumType('PeopleFilterOperator', {
  description: 'A `search_filter` comparison, as the Crisp dashboard builds them.',
  values: {
    EQ: { value: 'eq' },
    NEQ: { value: 'neq' },
    HAS: { value: 'has' },
    HAS_NOT: { value: 'has_not' },
    EXISTS: { value: 'exists' },
    GT: { value: 'gt' },
    GTE: { value: 'gte' },
    LT: { value: 'lt' },
    LTE: { value: 'lte' },
  } as const,
});

export const PeopleFilterInput = builder
  .inputRef<PeopleFilterModel>('PeopleFilterInput')
  .implement({
    description: 'One people-search clause (Crisp `search_filter`), e.g. email EQ ["jo@acme.com"].',
    fields: (t) => ({
      model: t.string({
        required: true,
        defaultValue: 'people',
        description: 'The record searched; Crisp uses `people`.',
      }),
      criterion: t.string({
        required: true,
        description:
          'A profile path (`email`, `segments`, `person.geolocation.country`, `data.<key>`).',
        validate: z.string().min(1),
      }),
      operator: t.field({ type: PeopleFilterOperator, required: true }),
      query: t.stringList({
        required: true,
        description: 'Values compared against the criterion.',
      }),
    }),
  });

/** The fields naming one contact: a website (default CRISP_WEBSITE_ID) and its people_id or email. */
export const personTargetFields = (t: InputFields) => ({
  websiteId: t.id({ validate: websiteIdInputSchema.nullish() }),
  peopleId: t.id({
    description: 'The contact’s people_id; or pass `email`.',
    validate: peopleIdSchema.nullish(),
  }),
  email: t.field({ type: 'Email', description: 'The contact’s email; or pass `peopleId`.' }),
});

/** A contact and the profile card written to it (update and save). */
type ProfileWrite = PersonTarget & { profile: ProfileUpdateModel };

/** Exactly one of peopleId and email; `looseObject` keeps the input's other fields. */
export const personTargetSchema = z
  .looseObject({ peopleId: z.string().nullish(), email: z.string().nullish() })
  .refine((v) => (v.peopleId == null) !== (v.email == null), {
    message: 'pass exactly one of peopleId or email',
    path: ['peopleId'],
  });

export const CreatePersonInput = builder
  .inputRef<CreatePersonInputModel>('CreatePersonInput')
  .implement({
    fields: (t) => ({
      websiteId: t.id({ validate: websiteIdInputSchema.nullish() }),
      ...profileFields(t),
      email: t.field({
        type: 'Email',
        required: true,
        description: 'Crisp keeps one contact per email.',
      }),
    }),
  });

export const UpdatePersonInput = builder.inputRef<ProfileWrite>('UpdatePersonInput').implement({
  description: 'Changes only the fields given (PATCH).',
  fields: (t) => ({
    ...personTargetFields(t),
    profile: t.field({ type: PersonProfileInput, required: true }),
  }),
  validate: personTargetSchema,
});

export const SavePersonInput = builder.inputRef<ProfileWrite>('SavePersonInput').implement({
  description: 'Replaces the whole profile (PUT): fields left out are cleared.',
  fields: (t) => ({
    ...personTargetFields(t),
    profile: t.field({ type: PersonProfileInput, required: true }),
  }),
  validate: personTargetSchema,
});

export const RemovePersonInput = builder.inputRef<PersonTarget>('RemovePersonInput').implement({
  fields: (t) => personTargetFields(t),
  validate: personTargetSchema,
});

const PersonEventColor = builder.enumType('PersonEventColor', {
  description: 'Colour of a timeline event.',
  values: [
    'red',
    'orange',
    'yellow',
    'green',
    'blue',
    'purple',
    'pink',
    'brown',
    'grey',
    'black',
  ] as const,
});

export const AddPersonEventInput = builder
  .inputRef<PersonTarget & PersonEventInput>('AddPersonEventInput')
  .implement({
    fields: (t) => ({
      ...personTargetFields(t),
      text: t.string({ required: true, validate: z.string().min(1).max(500) }),
      data: t
        .field({ type: 'JSON', description: 'String, number and boolean values only.' })
        .validate(peopleDataSchema.nullish()),
      color: t.field({ type: PersonEventColor }),
    }),
    validate: personTargetSchema,
  });

const PersonDataInput = (name: string, description: string) =>
  builder.inputRef<PersonTarget & { data: Record<string, PeopleDataValue> }>(name).implement({
    description,
    fields: (t) => ({
      ...personTargetFields(t),
      data: t
        .field({
          type: 'JSON',
          required: true,
          description: 'String, number and boolean values only.',
        })
        .validate(peopleDataSchema),
    }),
    validate: personTargetSchema,
  });

export const SavePersonDataInput = PersonDataInput(
  'SavePersonDataInput',
  'Replaces all custom data (PUT).',
);
export const UpdatePersonDataInput = PersonDataInput(
  'UpdatePersonDataInput',
  'Merges keys into the custom data (PATCH).',
);

export const UpdatePersonSubscriptionInput = builder
  .inputRef<PersonTarget & { subscribed: boolean }>('UpdatePersonSubscriptionInput')
  .implement({
    fields: (t) => ({
      ...personTargetFields(t),
      subscribed: t.boolean({
        required: true,
        description: 'Whether the contact receives email campaigns.',
      }),
    }),
    validate: personTargetSchema,
  });

export const BatchRemovePeopleInput = builder
  .inputRef<BatchRemovePeopleInputModel>('BatchRemovePeopleInput')
  .implement({
    description: 'Removes contacts by id, or every contact a search matches (exactly one).',
    fields: (t) => ({
      websiteId: t.id({ validate: websiteIdInputSchema.nullish() }),
      peopleIds: t.idList({ validate: z.array(peopleIdSchema).min(1).nullish() }),
      filter: t.field({ type: [PeopleFilterInput] }),
      searchOperator: t.field({ type: SearchOperator, description: searchOperatorDescription }),
    }),
    validate: z
      .looseObject({
        peopleIds: z.array(z.string()).nullish(),
        filter: z.array(z.unknown()).nullish(),
      })
      .refine((v) => (v.peopleIds == null) !== (v.filter == null), {
        message: 'pass exactly one of peopleIds or filter',
        path: ['peopleIds'],
      }),
  });
