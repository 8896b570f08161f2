import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import {
  DateTimeScalar,
  EmailAddressScalar,
  JSONObjectScalar,
  JSONScalar,
  UrlScalar,
} from '../../src/schema/scalars.ts';

describe('scalars from graphql-scalars', () => {
  test('DateTime sends ISO 8601 strings, from Crisp milliseconds and from dates', () => {
    expect(DateTimeScalar.serialize(1700000000123)).toBe('2023-11-14T22:13:20.123Z');
    expect(DateTimeScalar.serialize(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(DateTimeScalar.parseValue('2026-01-01T01:00:00+01:00')).toEqual(
      new Date('2026-01-01T00:00:00Z'),
    );
  });

  test('URLs and emails go out as Crisp holds them, and URL input keeps its text', () => {
    expect(UrlScalar.serialize('https://example.com')).toBe('https://example.com');
    expect(UrlScalar.parseValue('https://Example.com')).toBe('https://Example.com');
    expect(EmailAddressScalar.serialize('held@by-crisp')).toBe('held@by-crisp');
  });

  test('JSON passes any value; JSONObject takes only objects', () => {
    expect(JSONScalar.parseValue([1, 'a'])).toEqual([1, 'a']);
    expect(JSONObjectScalar.parseValue({ a: 1 })).toEqual({ a: 1 });
  });

  const refused = [
    ['a DateTime in milliseconds', DateTimeScalar, 1700000000123],
    ['a date without its time', DateTimeScalar, '2026-01-01'],
    ['an email with an empty domain label', EmailAddressScalar, 'a@b..c'],
    ['an email over 254 characters', EmailAddressScalar, `${'a'.repeat(250)}@b.co`],
    ['a javascript: URL', UrlScalar, 'javascript:alert(1)'],
    ['a relative URL', UrlScalar, '/a/b'],
    ['an array as JSONObject', JSONObjectScalar, [1]],
  ] as const;
  for (const [what, scalar, value] of refused) {
    test(`${what} is refused as BAD_USER_INPUT`, () => {
      let error: unknown;
      try {
        scalar.parseValue(value);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    });
  }
});
