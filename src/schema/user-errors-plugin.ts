import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  PothosValidationError,
  type SchemaTypes,
} from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

/** The codes a mutation reports in `userErrors`: the same strings as `extensions.code`. */
export const USER_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_INVALID_DATA',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_ERROR',
  'UNAUTHENTICATED',
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface UserErrorModel {
  code: UserErrorCode;
  message: string;
  /** Path to the input field at fault, from the argument (`['input', 'content', 'text']`). */
  field: string[] | null;
}

const isCode = (code: unknown): code is UserErrorCode =>
  USER_ERROR_CODES.includes(code as UserErrorCode);

/**
 * What a mutation's payload says about a failure, or undefined for a failure that is not the
 * client's to act on (a bug), which stays in `errors[]` masked.
 */
export function userErrorOf(error: unknown): UserErrorModel | undefined {
  if (error instanceof PothosValidationError) {
    return { code: 'BAD_USER_INPUT', message: `Invalid input: ${error.message}`, field: null };
  }
  if (!(error instanceof GraphQLError) || !isCode(error.extensions.code)) return undefined;
  const field = error.extensions.field;
  return {
    code: error.extensions.code,
    message: error.message,
    field: typeof field === 'string' && field ? field.split('.') : null,
  };
}

/**
 * Turns a mutation's failures into its payload's `userErrors` (docs/schema-design.md §4). It wraps
 * the argument mappers too, so the validation plugin's input checks land there as well: no
 * Pothos plugin does this for payload types (the errors plugin answers with unions).
 */
class UserErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!fieldConfig.extensions?.userErrors) return resolver;
    return async (parent, args, context, info) => {
      try {
        return await resolver(parent, args, context, info);
      } catch (error) {
        const userError = userErrorOf(error);
        if (!userError) throw error;
        return { userErrors: [userError] };
      }
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      userErrors: UserErrorsPlugin<Types>;
    }
  }
}

export const userErrorsPlugin = 'userErrors';
SchemaBuilder.registerPlugin(userErrorsPlugin, UserErrorsPlugin);
