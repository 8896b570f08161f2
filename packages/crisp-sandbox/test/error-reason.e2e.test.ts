import { createSandbox, errorReasons, type Sandbox } from 'crisp-sandbox';
import { afterEach, beforeEach, expect, test } from 'vitest';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox({ strict: true });
});
afterEach(() => sandbox.close());

/** One REST call with the sandbox's token unless `auth` is given; answers status and reason. */
async function call(
  method: string,
  path: string,
  init: { body?: string; auth?: string; tier?: string } = {},
) {
  const { identifier, key, tier } = sandbox.token;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: init.auth ?? `Basic ${Buffer.from(`${identifier}:${key}`).toString('base64')}`,
      'x-crisp-tier': init.tier ?? tier,
      'content-type': 'application/json',
    },
    body: init.body,
  });
  const { error, reason } = (await res.json()) as { error: boolean; reason: string };
  return { status: res.status, error, reason };
}

test('every error the sandbox answers on its own carries a reason of its table, with that status', async () => {
  const websiteId = sandbox.seed.websiteIds[0]!;
  const answers = [
    await call('GET', `/website/${websiteId}`, { auth: 'Basic bm9ib2R5Om5vdGhpbmc=' }),
    await call('GET', '/nowhere'),
    await call('GET', '/website/00000000-0000-4000-8000-000000000000'),
    await call('PATCH', `/website/${websiteId}/conversation/session_none/state`, {
      body: '{not json',
    }),
    await call('PATCH', `/website/${websiteId}/conversation/session_none/state`, {
      body: '{"state":"asleep"}',
    }),
    await call('GET', `/website/${websiteId}/conversations/spams/1`),
    await call(
      'GET',
      `/website/${sandbox.addWebsite({ name: 'Not installed', domain: 'apart.test' })}`,
    ),
  ];
  sandbox.setRateLimit({ perSecond: 1 });
  await call('GET', `/website/${websiteId}`);
  answers.push(await call('GET', `/website/${websiteId}`));
  sandbox.setRateLimit({ daily: 1 });
  await call('GET', `/website/${websiteId}`);
  answers.push(await call('GET', `/website/${websiteId}`));

  expect(answers.map((a) => a.reason)).toEqual([
    'unauthorized',
    'not_found',
    'not_found',
    'invalid_data',
    'invalid_data',
    'restricted_route_tier',
    'not_subscribed',
    'rate_limited',
    'quota_limit_exceeded',
  ]);
  for (const a of answers) {
    expect(a.error).toBe(true);
    expect(a.status).toBe(errorReasons[a.reason as keyof typeof errorReasons]);
  }
});

test('failNext answers any status and reason it is given, outside the table too', async () => {
  sandbox.failNext('GET /website/:website_id', { status: 503, reason: 'maintenance' });
  const answer = await call('GET', `/website/${sandbox.seed.websiteIds[0]}`);
  expect(answer).toEqual({ status: 503, error: true, reason: 'maintenance' });
  expect(Object.hasOwn(errorReasons, 'maintenance')).toBe(false);
});
