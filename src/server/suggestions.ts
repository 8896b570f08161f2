import { type GraphQLError, getOperationAST, getVariableValues, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';

type OperationArgs = Parameters<NonNullable<Plugin['onExecute']>>[0]['args'];

/**
 * The variables' errors, from graphql-js's own coercion with `hideSuggestions`. Yoga's executor
 * (@graphql-tools/executor) takes the same option but does not pass it on to graphql-js's
 * `coerceInputValue`, which it calls first, so an unknown enum value in a variable would still
 * be answered with "Did you mean …?".
 */
function variableErrors({
  schema,
  document,
  operationName,
  variableValues,
}: OperationArgs): readonly GraphQLError[] | undefined {
  const definitions = getOperationAST(document, operationName)?.variableDefinitions;
  if (!definitions?.length) return undefined;
  return getVariableValues(schema, definitions, variableValues ?? {}, { hideSuggestions: true })
    .errors;
}

/**
 * Keeps "Did you mean …?" out of every error, for a gateway whose schema is not to be explored
 * (introspection off): field, argument and type names and enum values, in validation and in
 * variables, whatever the transport. graphql-js's `hideSuggestions` option leaves them out, so
 * no message is rewritten. Validation calls graphql-js directly: envelop hands a validation
 * function its arguments in graphql 15's order, not 16's.
 */
export function useHiddenSuggestions(): Plugin<GatewayContext> {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn((schema, documentAST, rules) =>
        validate(schema, documentAST, rules, { hideSuggestions: true }),
      );
    },
    // Bad variables are answered in the executor's place and as it would, so masking still runs.
    onExecute({ args, setExecuteFn }) {
      const errors = variableErrors(args);
      if (errors) setExecuteFn(() => ({ errors }));
    },
    onSubscribe({ args, setSubscribeFn }) {
      const errors = variableErrors(args);
      if (errors) setSubscribeFn(() => ({ errors }));
    },
  };
}
