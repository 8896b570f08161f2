import { z } from 'zod';
import type { PeopleFilterModel } from '../datasources/people.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import type { ProfileUpdateModel } from '../datasources/people-profile.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type {
  CreatePersonInput as CreatePersonInputModel,
  PersonEventInput,
  PersonTarget,
} from '../resolvers/people-mutation.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { PersonEventColor } from './people-profile.ts';
import { PersonProfileInput, profileFields } from './people-profile-input.ts';

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

/** Shared by every list that Crisp sorts in a direction the client picks. */
export const SortOrder = builder.enumType('SortOrder', {
  description: 'A sort direction.',
  values: {
    ASC: { value: 'ascending', description: 'Smallest or oldest first (Crisp `ascending`).' },
    DESC: { value: 'descending', description: 'Largest or newest first (Crisp `descending`).' },
  } as const,
});

export const searchOperatorDescription = 'How `filter` clauses combine. Default: AND.';

/** Shared by every search that combines clauses. */
export const SearchOperator = builder.enumType('SearchOperator', {
  description: 'How several search clauses combine (Crisp `search_operator`).',
  values: {
    AND: { value: 'and', description: 'An item must match every clause.' },
    OR: { value: 'or', description: 'An item must match at least one clause.' },
  } as const,
});

export const PeopleFilterOperator = builder.enumType('PeopleFilterOperator', {
  description: 'How a people-search clause compares the criterion with its `query` values.',
  values: {
    EQ: { value: 'eq', description: 'Equals one of the values (Crisp `eq`).' },
    NEQ: { value: 'neq', description: 'Equals none of the values (Crisp `neq`).' },
    HAS: { value: 'has', description: 'Contains one of the values (Crisp `has`).' },
    HAS_NOT: { value: 'has_not', description: 'Contains none of the values (Crisp `has_not`).' },
    EXISTS: { value: 'exists', description: 'Is set, whatever its value (Crisp `exists`).' },
    GT: { value: 'gt', description: 'Is greater than the value (Crisp `gt`).' },
    GTE: { value: 'gte', description: 'Is greater than or equal to the value (Crisp `gte`).' },
    LT: { value: 'lt', description: 'Is less than the value (Crisp `lt`).' },
    LTE: { value: 'lte', description: 'Is less than or equal to the value (Crisp `lte`).' },
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
        description: 'The record searched; Crisp uses `people`. Default: `people`.',
      }),
      criterion: t.string({
        required: true,
        description:
          'A profile path (`email`, `segments`, `person.geolocation.country`, `data.<key>`).',
        validate: z.string().min(1),
      }),
      operator: t.field({
        type: PeopleFilterOperator,
        required: true,
        description: 'How the criterion is compared with `query`.',
      }),
      query: t.stringList({
        required: true,
        description: 'Values compared against the criterion.',
      }),
    }),
  });

const websiteIdField = (t: InputFields) =>
  t.id({
    description:
      'The website; default: the one a global `personId` names, else the configured one (CRISP_WEBSITE_ID).',
    validate: websiteIdInputSchema.nullish(),
  });

/** The fields naming one contact: its global or raw id, or its email, and the website. */
export const personTargetFields = (t: InputFields) => ({
  websiteId: websiteIdField(t),
  personId: t.id({
    description:
      'The contact: its global id, or Crisp’s people_id (then `websiteId` or the default website applies). Or pass `email`.',
  }),
  email: t.field({ type: 'EmailAddress', description: 'The contact’s email; or pass `personId`.' }),
});

/** A contact and the profile card written to it (update and save). */
type ProfileWrite = PersonTarget & { profile: ProfileUpdateModel };

/** Exactly one of personId and email; `looseObject` keeps the input's other fields. */
export const personTargetSchema = z
  .looseObject({ personId: z.string().nullish(), email: z.string().nullish() })
  .superRefine((v, ctx) => {
    if (v.personId == null && v.email == null)
      ctx.addIssue({ code: 'custom', message: 'pass personId or email', path: ['personId'] });
    if (v.personId != null && v.email != null)
      ctx.addIssue({
        code: 'custom',
        message: 'pass personId or email, not both',
        path: ['email'],
      });
  });

export const CreatePersonInput = builder
  .inputRef<CreatePersonInputModel>('CreatePersonInput')
  .implement({
    description: 'A new contact’s profile card (Crisp `PeopleProfileUpdate`).',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
        validate: websiteIdInputSchema.nullish(),
      }),
      ...profileFields(t),
      email: t.field({
        type: 'EmailAddress',
        required: true,
        description: 'The contact’s email; Crisp keeps one contact per email.',
      }),
    }),
  });

const profileArg = (t: InputFields, description: string) =>
  t.field({ type: PersonProfileInput, required: true, description });

export const UpdatePersonInput = builder.inputRef<ProfileWrite>('UpdatePersonInput').implement({
  description: 'A contact and the profile fields to change (PATCH): others stay as they are.',
  fields: (t) => ({
    ...personTargetFields(t),
    profile: profileArg(t, 'The fields to change; nested objects merge into what Crisp holds.'),
  }),
  validate: personTargetSchema,
});

export const SavePersonInput = builder.inputRef<ProfileWrite>('SavePersonInput').implement({
  description: 'A contact and its whole new profile card (PUT): fields left out are cleared.',
  fields: (t) => ({
    ...personTargetFields(t),
    profile: profileArg(t, 'The whole profile card; fields left out are cleared.'),
  }),
  validate: personTargetSchema,
});

export const RemovePersonInput = builder.inputRef<PersonTarget>('RemovePersonInput').implement({
  description: 'The contact to remove.',
  fields: (t) => personTargetFields(t),
  validate: personTargetSchema,
});

export const AddPersonEventInput = builder
  .inputRef<PersonTarget & PersonEventInput>('AddPersonEventInput')
  .implement({
    description: 'A contact and the event to add to its timeline (Crisp `PeopleEventNew`).',
    fields: (t) => ({
      ...personTargetFields(t),
      text: t.string({
        required: true,
        description: 'What happened, e.g. "Upgraded plan"; 1 to 500 characters.',
        validate: z.string().min(1).max(500),
      }),
      data: t
        .field({
          type: 'JSONObject',
          description: 'Details: a map of string, number and boolean values. Default: none.',
        })
        .validate(peopleDataSchema.nullish()),
      color: t.field({
        type: PersonEventColor,
        description: 'The colour it is shown in. Default: Crisp’s.',
      }),
    }),
    validate: personTargetSchema,
  });

const PersonDataInput = (name: string, description: string, data: string) =>
  builder.inputRef<PersonTarget & { data: Record<string, PeopleDataValue> }>(name).implement({
    description,
    fields: (t) => ({
      ...personTargetFields(t),
      data: t
        .field({ type: 'JSONObject', required: true, description: data })
        .validate(peopleDataSchema),
    }),
    validate: personTargetSchema,
  });

export const SavePersonDataInput = PersonDataInput(
  'SavePersonDataInput',
  'A contact and its new custom data, which replaces all of it (PUT).',
  'Every key of the custom data: a map of string, number and boolean values.',
);
export const UpdatePersonDataInput = PersonDataInput(
  'UpdatePersonDataInput',
  'A contact and the custom data keys to set, merged into the others (PATCH).',
  'The keys to set: a map of string, number and boolean values.',
);

export const UpdatePersonSubscriptionInput = builder
  .inputRef<PersonTarget & { subscribed: boolean }>('UpdatePersonSubscriptionInput')
  .implement({
    description: 'A contact and whether it receives email campaigns.',
    fields: (t) => ({
      ...personTargetFields(t),
      subscribed: t.boolean({
        required: true,
        description: 'Whether the contact receives email campaigns.',
      }),
    }),
    validate: personTargetSchema,
  });
