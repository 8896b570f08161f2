import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { fingerprintSchema } from '../datasources/crisp-id.ts';
import { builder } from './builder.ts';

const bad = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

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

/** Crisp timestamps are integer milliseconds; clients see ISO 8601 date-times. */
function parseDateTime(v: unknown): Date {
  const d = typeof v === 'string' || typeof v === 'number' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) throw bad('DateTime must be an ISO 8601 date-time.');
  return d;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO 8601 date-time (UTC). Crisp millisecond timestamps are converted.',
  serialize: (v) => (v instanceof Date ? v : new Date(v as number)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

// Domain labels are non-empty (`a@b..c` is refused before Crisp sees it).
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
export const EmailScalar = stringScalar(
  'Email',
  'An email address.',
  (s) => s.length <= 254 && EMAIL.test(s),
);

export const UrlScalar = stringScalar('URL', 'An absolute http(s) URL.', (s) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
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

/** Free-form JSON (custom data maps, pass-through bodies). */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: function parse(ast): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map((v) => parse(v));
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((f) => [f.name.value, parse(f.value)]));
      default:
        throw bad('JSON literals cannot hold variables.');
    }
  },
});

builder.addScalarType('Fingerprint', FingerprintScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Email', EmailScalar);
builder.addScalarType('URL', UrlScalar);
builder.addScalarType('CountryCode', CountryCodeScalar);
builder.addScalarType('Locale', LocaleScalar);
builder.addScalarType('JSON', JSONScalar);
