import { GraphQLError } from 'graphql';

/** Input a resolver refuses before any Crisp call: BAD_USER_INPUT naming the argument. */
export const badInput = (field: string, message: string) =>
  new GraphQLError(`Invalid input for ${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
