import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorReasons } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import {
  errorByReason,
  errorFromResponse,
  RateLimitedError,
  UpstreamError,
  UpstreamUnavailableError,
} from '../../src/datasources/crisp-errors.ts';

// STYLE.md, "How an error travels": every reason the sandbox can emit has a row in the reason
// table, and docs/errors.md explains every code a client can receive.

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(root, dir, f), 'utf8') }));
}

/** `{ status, reason }` of every error answer the sandbox sends on its own (its exported table). */
const sandboxErrors = Object.entries(errorReasons).map(([reason, status]) => ({ reason, status }));
const emitted = sandboxErrors.map((e) => e.reason);

const route = 'GET /website/:website_id';

describe('the Crisp reason table', () => {
  test("the sandbox's reason table holds the reasons it is known to send", () => {
    // Guards the table itself: an emptied table would make the next tests pass on nothing.
    expect(emitted).toEqual(
      expect.arrayContaining([
        'invalid_data',
        'not_found',
        'not_subscribed',
        'unauthorized',
        'people_exists',
        'rate_limited',
        'quota_limit_exceeded',
      ]),
    );
  });

  test('every reason the sandbox can emit has a row in errorByReason', () => {
    expect(emitted.filter((reason) => !Object.hasOwn(errorByReason, reason))).toEqual([]);
  });

  test("each reason's class agrees with the class its HTTP status alone would give", () => {
    const limits = sandboxErrors.filter((e) => e.status === 429);
    const disagree = sandboxErrors
      .filter((e) => e.status !== 429)
      .map(({ status, reason }) => ({
        status,
        reason,
        byReason: errorFromResponse(status, reason, route).code,
        byStatus: errorFromResponse(status, undefined, route).code,
      }))
      .filter((e) => e.byReason !== e.byStatus);
    expect(disagree).toEqual([]);
    expect(limits.map((e) => e.reason)).toEqual(['rate_limited', 'quota_limit_exceeded']);
    for (const { reason } of limits)
      expect(errorFromResponse(429, reason, route, 3)).toBeInstanceOf(RateLimitedError);
  });

  test('a known reason keeps Crisp’s reason and route but never its message', () => {
    const error = errorFromResponse(
      409,
      'people_exists',
      'POST /website/:website_id/people/profile',
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      reason: 'people_exists',
      status: 409,
      extensions: { code: 'CONFLICT' },
    });
    expect(error.message).not.toMatch(/email/);
  });

  test('an unknown reason falls back on its status, then on UpstreamError', () => {
    expect(errorFromResponse(404, 'something_new', route).code).toBe('NOT_FOUND');
    expect(errorFromResponse(502, 'something_new', route)).toBeInstanceOf(UpstreamError);
    expect(errorFromResponse(500, undefined, route).reason).toBe('http_error');
  });
});

describe('docs/errors.md', () => {
  const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');

  /** Every `extensions.code` the gateway sets, from the error classes and from src/**. */
  const codes = new Set<string>([
    ...Object.values(errorByReason).map((Class) => new Class('reason', route, 500).code),
    new UpstreamUnavailableError('timeout', route).code,
    new UpstreamError('reason', route, 500).code,
  ]);
  for (const { text } of sources('src')) {
    for (const m of text.matchAll(/\bcode(?:: | = )'([A-Z][A-Z_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/persistedError\([^,]+,\s*'([A-Z_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/httpError\([^;]*?\d{3},\s*'([A-Z_]+)',?\s*\)/g))
      codes.add(m[1]!);
    for (const m of text.matchAll(/metrics\.error\('([A-Z_]+)'\)/g)) codes.add(m[1]!);
  }

  test('the scan finds the codes the gateway is known to send', () => {
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'NOT_FOUND',
        'CONFLICT',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'SUBSCRIBER_TOO_SLOW',
        'LIVE_EVENTS_OFF',
        'PERSISTED_QUERY_NOT_FOUND',
        'INTERNAL_SERVER_ERROR',
        'CSRF_HEADER_MISSING',
        'UNSUPPORTED_MEDIA_TYPE',
      ]),
    );
  });

  test('lists every error code with what it means', () => {
    expect([...codes].filter((code) => !doc.includes(`\`${code}\``)).sort()).toEqual([]);
  });
});
