import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import {
  acme,
  acmeId,
  call,
  eventsNamed,
  sandbox,
  USER,
  useDirectorySandbox,
} from './support/directory.ts';

useDirectorySandbox();

describe('websites', () => {
  test('the first seeded website is Acme Support, and it can be read', async () => {
    const { status, data } = await call('GET', `/website/${acmeId}`);
    expect(status).toBe(200);
    expect(data).toMatchObject({
      website_id: acmeId,
      name: 'Acme Support',
      domain: 'acme.example',
      verified: true,
    });
    expect(sandbox.seed.websites.length).toBeGreaterThanOrEqual(3);
  });

  test('check_exists answers 200 for a used domain and 404 otherwise', async () => {
    expect((await call('HEAD', '/website?domain=acme.example')).status).toBe(200);
    expect((await call('HEAD', '/website?domain=ACME.example')).status).toBe(200);
    expect((await call('HEAD', '/website?domain=unknown.example')).status).toBe(404);
  });

  test('creating a website returns it, grants the token access and makes it findable', async () => {
    const created = await call(
      'POST',
      '/website',
      { name: 'Hooli Desk', domain: 'hooli-desk.example' },
      'user',
    );
    expect(created.status).toBe(200);
    expect(created.data).toMatchObject({ name: 'Hooli Desk', domain: 'hooli-desk.example' });
    const id = created.data.website_id as string;
    expect(sandbox.seed.websitesOf(USER.identifier).has(id)).toBe(true);
    expect((await call('GET', `/website/${id}`, undefined, 'user')).data.name).toBe('Hooli Desk');
    expect((await call('HEAD', '/website?domain=hooli-desk.example')).status).toBe(200);
    // The creating account owns it.
    const operators = await call('GET', `/website/${id}/operators/list`, undefined, 'user');
    expect(operators.data).toHaveLength(1);
    expect(operators.data[0].details.role).toBe('owner');
    // The plugin token did not install on it.
    expect((await call('GET', `/website/${id}`)).reason).toBe('not_subscribed');
  });

  test('creating a website needs a name and a domain, and a user token', async () => {
    const bad = await call('POST', '/website', { name: 'No domain' }, 'user');
    expect(bad).toMatchObject({ status: 400, reason: 'invalid_data' });
    expect(
      (await call('POST', '/website', { name: 'x', domain: 'not a domain' }, 'user')).reason,
    ).toBe('invalid_data');
    expect(await call('POST', '/website', { name: 'x', domain: 'x.example' })).toMatchObject({
      status: 403,
      reason: 'restricted_route_tier',
    });
  });

  test('deleting a website needs the account password and only schedules the deletion', async () => {
    const id = (
      await call('POST', '/website', { name: 'Short lived', domain: 'short.example' }, 'user')
    ).data.website_id;
    const wrong = await call(
      'DELETE',
      `/website/${id}`,
      { verify: { method: 'password', secret: 'guess' } },
      'user',
    );
    expect(wrong).toMatchObject({ status: 403, reason: 'not_allowed' });
    expect(
      (await call('DELETE', `/website/${id}`, { verify: 'sandbox-password' }, 'user')).reason,
    ).toBe('invalid_data');
    const ok = await call(
      'DELETE',
      `/website/${id}`,
      { verify: { method: 'password', secret: 'sandbox-password' } },
      'user',
    );
    expect(ok.status).toBe(200);
    expect(sandbox.seed.website(id)!.deletionScheduledAt).toBeTypeOf('number');
    expect((await call('GET', `/website/${id}`, undefined, 'user')).status).toBe(200);
    expect((await call('DELETE', `/website/${id}/expunge`, undefined, 'user')).status).toBe(200);
    expect(sandbox.seed.website(id)!.deletionScheduledAt).toBeUndefined();
  });
});

describe('settings', () => {
  test('settings come back whole, and an update merges groups and renames the website', async () => {
    const before = await call('GET', `/website/${acmeId}/settings`);
    expect(before.data).toMatchObject({
      website_id: acmeId,
      name: 'Acme Support',
      chatbox: { color_theme: 'blue', file_transfer: true },
    });
    const patch = {
      name: 'Acme Customer Care',
      chatbox: { color_theme: 'red', blocked_countries: ['IT'] },
      emails: { rating: false },
    };
    expect((await call('PATCH', `/website/${acmeId}/settings`, patch)).status).toBe(200);
    const after = (await call('GET', `/website/${acmeId}/settings`)).data;
    expect(after.chatbox).toMatchObject({
      color_theme: 'red',
      blocked_countries: ['IT'],
      file_transfer: true,
    });
    expect(after.emails).toMatchObject({ rating: false, transcript: true });
    expect((await call('GET', `/website/${acmeId}`)).data.name).toBe('Acme Customer Care');
    await call('PATCH', `/website/${acmeId}/settings`, { name: 'Acme Support' });
  });

  test('a settings body of the wrong shape is invalid_data', async () => {
    const bad = await call('PATCH', `/website/${acmeId}/settings`, {
      chatbox: { file_transfer: 'yes' },
    });
    expect(bad).toMatchObject({ status: 400, reason: 'invalid_data' });
  });
});

describe('visitors', () => {
  test('visitors are counted and listed, and past the last page is []', async () => {
    const count = (await call('GET', `/website/${acmeId}/visitors/count`)).data;
    expect(count).toEqual({
      count: acme.visitors.length,
      active: acme.visitors.filter((v) => v.active).length,
      limited: false,
    });
    expect(count.count).toBeGreaterThanOrEqual(10);
    const list = (await call('GET', `/website/${acmeId}/visitors/list/1`)).data as Raw[];
    expect(list).toHaveLength(count.count);
    expect(list[0]).toMatchObject({
      session_id: expect.stringMatching(/^session_/),
      useragent: expect.any(String),
      last_page: { page_url: expect.stringContaining('acme.example') },
    });
    expect((await call('GET', `/website/${acmeId}/visitors/list/2`)).data).toEqual([]);
  });

  test('a visitor token resolves to its session', async () => {
    const [tokenId, token] = [...acme.visitorTokens][0]!;
    expect((await call('GET', `/website/${acmeId}/visitors/token/${tokenId}`)).data).toEqual({
      session_id: token.session_id,
    });
    expect(acme.visitors.some((v) => v.session_id === token.session_id)).toBe(true);
    expect((await call('GET', `/website/${acmeId}/visitors/token/unknown-token`)).status).toBe(404);
  });
});

describe('plugin connect and bucket', () => {
  test('the account names the plugin, and the session check passes', async () => {
    expect((await call('GET', '/plugin/connect/account')).data).toEqual({
      plugin_id: sandbox.seed.plugin.pluginId,
    });
    expect((await call('HEAD', '/plugin/connect/session')).status).toBe(200);
  });

  test('websites that installed the plugin are listed with tokens, plans on demand, and filters', async () => {
    const all = (
      await call('GET', '/plugin/connect/websites/all/1?filter_configured=0&include_plan=1')
    ).data as Raw[];
    expect(all.map((w) => w.website_id)).toEqual([...sandbox.seed.plugin.installedAt.keys()]);
    expect(all[0]).toMatchObject({
      website_id: acmeId,
      token: expect.stringMatching(/^[0-9a-f]{64}$/),
      plan: { name: expect.any(String) },
    });
    const configured = (
      await call('GET', '/plugin/connect/websites/all/1?filter_configured=1&include_plan=0')
    ).data as Raw[];
    expect(configured.length).toBe(all.length - 1);
    expect(configured[0]!.plan).toBeUndefined();
    expect((await call('GET', '/plugin/connect/websites/all/2')).data).toEqual([]);
  });

  test('websites since a date carry the difference', async () => {
    const dates = [...sandbox.seed.plugin.installedAt.values()];
    const since = new Date(dates[0]! + 1).toISOString();
    const rows = (await call('GET', `/plugin/connect/websites/since?date_since=${since}`))
      .data as Raw[];
    expect(rows).toHaveLength(dates.length - 1);
    expect(rows.every((r) => r.difference === 'added')).toBe(true);
    expect((await call('GET', '/plugin/connect/websites/since?date_since=yesterday')).reason).toBe(
      'invalid_data',
    );
  });

  test('connect endpoints advertise the RTM relay, for plugin and website tokens', async () => {
    expect((await call('GET', '/plugin/connect/endpoints')).data).toEqual({
      socket: { app: sandbox.rtmUrl },
    });
    expect(
      (await call('GET', `/website/${acmeId}/connect/endpoints`, undefined, 'website')).data,
    ).toEqual({ socket: { app: sandbox.rtmUrl } });
    expect((await call('GET', `/website/${acmeId}/connect/endpoints`)).reason).toBe(
      'restricted_route_tier',
    );
  });

  test('a bucket URL request answers {} and delivers the signed URL as bucket:url:<namespace>:generated', async () => {
    const answer = await call('POST', '/bucket/url/generate', {
      namespace: 'avatar',
      id: 'req-42',
      file: { name: 'me.png', type: 'image/png' },
    });
    expect(answer).toMatchObject({ status: 200, data: {} });
    const [event] = eventsNamed('bucket:url:avatar:generated');
    expect(event!.data).toMatchObject({
      id: 'req-42',
      type: 'avatar',
      url: {
        signed: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/bucket\/upload\//),
        resource: expect.stringContaining('me.png'),
      },
    });
    expect(
      (await call('POST', '/bucket/url/generate', { namespace: 'nope', id: 'x' })).reason,
    ).toBe('invalid_data');
    expect(
      (await call('POST', '/bucket/url/generate', { namespace: 'upload', id: 3 })).reason,
    ).toBe('invalid_data');
  });
});

test('no response or event broke the catalogue schemas', () => {
  expect(sandbox.violations).toEqual([]);
});
