import {
  GraphQLError,
  GraphQLScalarType,
  type GraphQLScalarTypeConfig,
  Kind,
  type ValueNode,
} from 'graphql';
import {
  GraphQLDateTimeISO,
  GraphQLEmailAddress,
  GraphQLJSON,
  GraphQLJSONObject,
  GraphQLURL,
} from 'graphql-scalars';
import { fingerprintSchema } from '../datasources/crisp-id.ts';
import { builder } from './builder.ts';

const bad = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Any refusal of a scalar's input is bad user input, named so, whoever wrote the check. */
function coded<A extends unknown[], R>(parse: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parse(...args);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code) throw err;
      throw bad(err instanceof Error ? err.message.slice(0, 200) : 'Invalid scalar value.');
    }
  };
}

/**
 * A graphql-scalars scalar under our description, with its input refusals coded BAD_USER_INPUT.
 * `check` narrows what it accepts, given the parsed value and the value as sent; `serialize`
 * in `overrides` replaces its output.
 */
function fromScalars<I, O>(
  scalar: GraphQLScalarType,
  overrides: Partial<GraphQLScalarTypeConfig<I, O>> & { description: string },
  check: (parsed: unknown, sent: unknown) => unknown = (parsed) => parsed,
) {
  const config = scalar.toConfig();
  return new GraphQLScalarType<I, O>({
    ...(config as GraphQLScalarTypeConfig<I, O>),
    ...overrides,
    parseValue: coded((v: unknown) => check(config.parseValue(v), v) as I),
    parseLiteral: coded(
      (ast: ValueNode, vars?: Record<string, unknown> | null) =>
        check(config.parseLiteral(ast, vars), ast.kind === Kind.STRING ? ast.value : ast) as I,
    ),
  });
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
    return ast.value;
  throw bad('Expected a string or a number literal.');
}

function stringScalar(
  name: string,
  description: string,
  check: (s: string) => boolean,
  normalize = (s: string) => s,
) {
  const parse = (v: unknown) => {
    if (typeof v !== 'string' || !check(v))
      throw bad(`${name} is not valid: ${JSON.stringify(v)?.slice(0, 80)}`);
    return normalize(v);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => String(v),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : literal(ast)),
  });
}

/**
 * Crisp message fingerprints go past 32 bits (GraphQL `Int`), so they travel as a JSON number
 * within JavaScript's safe integer range; a numeric string is accepted on input.
 */
function parseFingerprint(v: unknown): number {
  const parsed = fingerprintSchema.safeParse(v);
  if (!parsed.success) throw bad('Fingerprint must be a non-negative safe integer.');
  return parsed.data;
}

export const FingerprintScalar = new GraphQLScalarType<number, number>({
  name: 'Fingerprint',
  description:
    'A Crisp message fingerprint: a positive integer that can exceed 32 bits (safe up to 2^53).',
  serialize: (v) => Number(v),
  parseValue: parseFingerprint,
  parseLiteral: (ast) =>
    parseFingerprint(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
});

/** ISO 3166-1 alpha-2, as Crisp stores it (upper-case). */
export const CountryCodeScalar = stringScalar(
  'CountryCode',
  'An ISO 3166-1 alpha-2 country code, e.g. FR.',
  (s) => /^[A-Za-z]{2}$/.test(s),
  (s) => s.toUpperCase(),
);

/** A BCP 47 language tag as Crisp uses them (`en`, `fr`, `pt-br`). */
export const LocaleScalar = stringScalar(
  'Locale',
  'A locale code such as en, fr or pt-br.',
  (s) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s),
  (s) => s.toLowerCase(),
);

/** Crisp timestamps are integer milliseconds; clients see ISO 8601 date-time strings. */
export const DateTimeScalar = fromScalars(GraphQLDateTimeISO, {
  name: 'DateTime',
  description:
    'A date-time in UTC, as an ISO 8601 string (`2026-03-01T10:15:30.000Z`); Crisp millisecond ' +
    'timestamps are converted. Input takes an RFC 3339 date-time with its offset.',
});

/** What a client sends is checked; what Crisp holds goes out as Crisp holds it. */
const asHeld = { serialize: (v: unknown) => String(v) };

export const EmailAddressScalar = fromScalars(
  GraphQLEmailAddress,
  { ...asHeld, description: 'An email address, at most 254 characters.' },
  (email) => {
    if (String(email).length > 254) throw bad('An email address has at most 254 characters.');
    return email;
  },
);

// Only http(s): these URLs reach visitors as links and images. The text goes to Crisp as sent.
export const UrlScalar = fromScalars(
  GraphQLURL,
  { ...asHeld, description: 'An absolute http(s) URL.' },
  (url, sent) => {
    if (!(url instanceof URL) || !['http:', 'https:'].includes(url.protocol))
      throw bad('URL must be an absolute http(s) URL.');
    return String(sent);
  },
);

/** Free-form JSON: Crisp bodies and answers passed through as they are. */
export const JSONScalar = fromScalars(GraphQLJSON, {
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
});

/** Custom data maps, event payloads, query strings and headers: always an object. */
export const JSONObjectScalar = fromScalars(GraphQLJSONObject, {
  description: 'A JSON object.',
});

builder.addScalarType('Fingerprint', FingerprintScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('EmailAddress', EmailAddressScalar);
builder.addScalarType('URL', UrlScalar);
builder.addScalarType('CountryCode', CountryCodeScalar);
builder.addScalarType('Locale', LocaleScalar);
builder.addScalarType('JSON', JSONScalar);
builder.addScalarType('JSONObject', JSONObjectScalar);
