import { describe, expect, test } from 'vitest';
import {
  fingerprintSchema,
  inboxIdSchema,
  peopleIdSchema,
  sessionIdSchema,
  userIdSchema,
  websiteIdSchema,
} from '../../src/datasources/crisp-id.ts';

const UUID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';

describe('Crisp ids', () => {
  const uuidKinds = [
    ['website', websiteIdSchema, 'must be a website UUID'],
    ['people', peopleIdSchema, 'must be a people UUID'],
    ['user', userIdSchema, 'must be a user UUID'],
    ['inbox', inboxIdSchema, 'must be an inbox UUID'],
  ] as const;

  test.each(uuidKinds)(
    'a %s id is a UUID in any letter case, returned in lower case',
    (_, schema) => {
      expect(schema.parse(UUID)).toBe(UUID);
      expect(schema.parse(UUID.toUpperCase())).toBe(UUID);
      expect(schema.parse('8C842203-7ed8-4E29-a608-7CF78A7D2FCC')).toBe(UUID);
    },
  );

  test.each(uuidKinds)('a malformed %s id is refused with its kind named', (_, schema, message) => {
    for (const bad of [
      '',
      UUID.slice(1),
      `${UUID}0`,
      ` ${UUID}`,
      UUID.replaceAll('-', ''),
      UUID.replace('8', 'g'),
      `session_${UUID}`,
      'someone@example.com',
    ]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(message);
    }
  });

  test('a session id is session_ and a UUID in any letter case, returned in lower case', () => {
    expect(sessionIdSchema.parse(`session_${UUID}`)).toBe(`session_${UUID}`);
    expect(sessionIdSchema.parse(`SESSION_${UUID.toUpperCase()}`)).toBe(`session_${UUID}`);
    for (const bad of [
      UUID,
      `session-${UUID}`,
      `session_${UUID}:x`,
      'session_',
      `visitor_${UUID}`,
    ]) {
      expect(sessionIdSchema.safeParse(bad).error?.issues[0]?.message, bad).toBe(
        'must be session_ followed by a UUID',
      );
    }
  });

  test('a fingerprint is a non-negative safe integer, as a number or decimal digits', () => {
    expect(fingerprintSchema.parse(0)).toBe(0);
    expect(fingerprintSchema.parse(172946418364721)).toBe(172946418364721);
    expect(fingerprintSchema.parse('172946418364721')).toBe(172946418364721);
    for (const bad of [-1, 1.5, '-1', '1e3', '0x10', '', 'abc', 2 ** 53, String(2 ** 53), null]) {
      expect(fingerprintSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});
