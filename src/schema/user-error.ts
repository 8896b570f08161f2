import type { FieldMap } from '@pothos/core';
import { builder, type SchemaTypes } from './builder.ts';
import { USER_ERROR_CODES, type UserErrorModel } from './user-errors-plugin.ts';

const codeDescriptions: Record<(typeof USER_ERROR_CODES)[number], string> = {
  BAD_USER_INPUT:
    'The input is invalid; `field` names the input field at fault. No Crisp call was made.',
  NOT_FOUND: 'The Crisp resource does not exist.',
  FORBIDDEN:
    'The operation is not allowed: this client, or the configured Crisp token tier, may not do it.',
  CONFLICT: 'The change conflicts with an existing Crisp resource.',
  RATE_LIMITED: 'A Crisp rate limit or the daily quota was reached; try again later.',
  UPSTREAM_INVALID_DATA: 'Crisp refused the data sent.',
  UPSTREAM_UNAVAILABLE: 'Crisp could not be reached in time; the write may not have happened.',
  UPSTREAM_ERROR: 'Crisp answered with an unexpected error.',
  UNAUTHENTICATED: 'Crisp rejected the configured credentials.',
};

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description:
    'Why a mutation did not do its write: the same codes as `extensions.code` in `errors[]`.',
  values: Object.fromEntries(
    USER_ERROR_CODES.map((code) => [code, { description: codeDescriptions[code] }]),
  ) as Record<(typeof USER_ERROR_CODES)[number], { description: string }>,
});

export const UserError = builder.objectRef<UserErrorModel>('UserError').implement({
  description: 'A reason a mutation did not do its write, for the client to show or act on.',
  fields: (t) => ({
    code: t.field({
      type: UserErrorCodeEnum,
      description: 'What went wrong; branch on this.',
      resolve: (e) => e.code,
    }),
    message: t.exposeString('message', {
      description: "A fixed text, safe to show; never Crisp's own wording.",
    }),
    field: t.exposeStringList('field', {
      nullable: true,
      description:
        'Path to the input field at fault, from the argument (`["input", "content", "text"]`); null when no single field is.',
    }),
  }),
});

/** What every payload holds besides its entity fields. */
export interface Payload {
  userErrors?: UserErrorModel[];
}

/** The `userErrors` field of a `<Mutation>Payload`. */
export const userErrorsField = <P extends Payload>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, P>,
) =>
  t.field({
    type: [UserError],
    description: 'Why the write did not happen; empty on success.',
    resolve: (p) => p.userErrors ?? [],
  });

/** Field extensions of a mutation whose failures land in its payload's `userErrors`. */
export const withUserErrors = { userErrors: true } as const;

type PayloadFields<P> = (
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, P & Payload>,
) => FieldMap;

/**
 * `<Mutation>Payload`: the entity fields `fields` gives, named for what they hold, plus
 * `userErrors` (docs/schema-design.md §4).
 */
export function payloadRef<P extends object>(mutation: string, fields: PayloadFields<P>) {
  const name = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Payload`;
  return builder.objectRef<P & Payload>(name).implement({
    description: `The result of \`${mutation}\`: what it wrote, or why it did not.`,
    fields: (t) => ({ ...fields(t), userErrors: userErrorsField(t) }),
  });
}
