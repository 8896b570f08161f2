import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox, type EmittedEvent, type Raw, type Tier, type WebsiteRecord } from 'crisp-sandbox';

let sandbox: Sandbox;
let events: EmittedEvent[];
let acme: WebsiteRecord;
let acmeId: string;

const USER = { identifier: 'directory-user', key: 'user-key', tier: 'user' as const };
const WEBSITE = { identifier: 'directory-website', key: 'website-key', tier: 'website' as const };

interface Answer {
  status: number;
  reason?: string;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read freely in tests.
  data?: any;
}

/** One REST call over HTTP with Basic auth and X-Crisp-Tier (plugin unless `tier` says otherwise). */
async function call(method: string, path: string, body?: unknown, tier: Tier = 'plugin'): Promise<Answer> {
  const token = tier === 'user' ? USER : tier === 'website' ? WEBSITE : sandbox.token;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${token.identifier}:${token.key}`).toString('base64')}`,
      'x-crisp-tier': tier,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (method === 'HEAD') return { status: res.status };
  const json = (await res.json()) as { error: boolean; reason: string; data: unknown };
  return { status: res.status, reason: json.reason, data: json.data };
}

const people = (path = '') => `/website/${acmeId}/people${path}`;
const eventsNamed = (name: string) => events.filter((e) => e.event === name);
const newContact = (email: string, extra: Raw = {}) => ({ email, person: { nickname: 'Dana Quinn', ...extra } });

beforeAll(async () => {
  sandbox = await createSandbox({ strict: true });
  const all = new Set(sandbox.seed.websiteIds);
  sandbox.setToken({ ...USER, websiteIds: all });
  sandbox.setToken({ ...WEBSITE, websiteIds: all });
  [acmeId] = all as unknown as [string];
  acme = sandbox.seed.website(acmeId)!;
  sandbox.onEvent((e) => events.push(e));
});

beforeEach(() => {
  events = [];
});

afterAll(async () => {
  expect(sandbox.violations).toEqual([]);
  await sandbox.close();
});

describe('websites', () => {
  test('the first seeded website is Acme Support, and it can be read', async () => {
    const { status, data } = await call('GET', `/website/${acmeId}`);
    expect(status).toBe(200);
    expect(data).toMatchObject({ website_id: acmeId, name: 'Acme Support', domain: 'acme.example', verified: true });
    expect(sandbox.seed.websites.length).toBeGreaterThanOrEqual(3);
  });

  test('check_exists answers 200 for a used domain and 404 otherwise', async () => {
    expect((await call('HEAD', '/website?domain=acme.example')).status).toBe(200);
    expect((await call('HEAD', '/website?domain=ACME.example')).status).toBe(200);
    expect((await call('HEAD', '/website?domain=unknown.example')).status).toBe(404);
  });

  test('creating a website returns it, grants the token access and makes it findable', async () => {
    const created = await call('POST', '/website', { name: 'Hooli Desk', domain: 'hooli-desk.example' }, 'user');
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
    expect((await call('POST', '/website', { name: 'x', domain: 'not a domain' }, 'user')).reason).toBe('invalid_data');
    expect(await call('POST', '/website', { name: 'x', domain: 'x.example' })).toMatchObject({ status: 403, reason: 'restricted_route_tier' });
  });

  test('deleting a website needs the account password and only schedules the deletion', async () => {
    const id = (await call('POST', '/website', { name: 'Short lived', domain: 'short.example' }, 'user')).data.website_id;
    const wrong = await call('DELETE', `/website/${id}`, { verify: { method: 'password', secret: 'guess' } }, 'user');
    expect(wrong).toMatchObject({ status: 403, reason: 'not_allowed' });
    expect((await call('DELETE', `/website/${id}`, { verify: 'sandbox-password' }, 'user')).reason).toBe('invalid_data');
    const ok = await call('DELETE', `/website/${id}`, { verify: { method: 'password', secret: 'sandbox-password' } }, 'user');
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
    expect(before.data).toMatchObject({ website_id: acmeId, name: 'Acme Support', chatbox: { color_theme: 'blue', file_transfer: true } });
    const patch = { name: 'Acme Customer Care', chatbox: { color_theme: 'red', blocked_countries: ['IT'] }, emails: { rating: false } };
    expect((await call('PATCH', `/website/${acmeId}/settings`, patch)).status).toBe(200);
    const after = (await call('GET', `/website/${acmeId}/settings`)).data;
    expect(after.chatbox).toMatchObject({ color_theme: 'red', blocked_countries: ['IT'], file_transfer: true });
    expect(after.emails).toMatchObject({ rating: false, transcript: true });
    expect((await call('GET', `/website/${acmeId}`)).data.name).toBe('Acme Customer Care');
    await call('PATCH', `/website/${acmeId}/settings`, { name: 'Acme Support' });
  });

  test('a settings body of the wrong shape is invalid_data', async () => {
    const bad = await call('PATCH', `/website/${acmeId}/settings`, { chatbox: { file_transfer: 'yes' } });
    expect(bad).toMatchObject({ status: 400, reason: 'invalid_data' });
  });
});

describe('operators and availability', () => {
  test('operators are listed with their details, and one can be read by user_id', async () => {
    const list = (await call('GET', `/website/${acmeId}/operators/list`)).data as Raw[];
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(list.length).toBeLessThanOrEqual(6);
    expect(list.filter((o) => o.details.role === 'owner').length).toBeGreaterThanOrEqual(1);
    const first = list[0]!.details;
    expect(first).toMatchObject({ first_name: expect.any(String), email: expect.stringContaining('@'), role: expect.stringMatching(/owner|member/) });
    expect((await call('GET', `/website/${acmeId}/operator/${first.user_id}`)).data).toEqual(first);
    expect((await call('GET', `/website/${acmeId}/operator/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  test('last active operators are sorted newest first', async () => {
    const active = (await call('GET', `/website/${acmeId}/operators/active`)).data as Raw[];
    expect(active.length).toBe(acme.operators.size);
    expect(active.map((a) => a.timestamp)).toEqual([...active.map((a) => a.timestamp)].sort((a, b) => b - a));
  });

  test('availability reflects the team', async () => {
    expect((await call('GET', `/website/${acmeId}/availability/status`)).data).toMatchObject({ status: 'online', since: expect.any(Number) });
    const operators = (await call('GET', `/website/${acmeId}/availability/operators`)).data as Raw[];
    expect(operators.some((o) => o.type === 'online')).toBe(true);
  });

  test('inviting, promoting and unlinking operators (user tier)', async () => {
    const base = `/website/${acmeId}/operator`;
    expect((await call('POST', base, { email: 'new.agent@acme.example', role: 'member', verify: true }, 'user')).status).toBe(200);
    const listed = (await call('GET', `/website/${acmeId}/operators/list`)).data as Raw[];
    expect(listed).toContainEqual(expect.objectContaining({ type: 'invite', details: expect.objectContaining({ email: 'new.agent@acme.example' }) }));
    expect((await call('POST', base, { email: 'x@acme.example', role: 'admin' }, 'user')).reason).toBe('invalid_data');

    const member = [...acme.operators.values()].find((o) => o.details.role === 'member')!.details;
    expect((await call('PATCH', `${base}/${member.user_id}`, { role: 'owner', title: 'Team Lead' }, 'user')).status).toBe(200);
    expect((await call('GET', `${base}/${member.user_id}`)).data).toMatchObject({ role: 'owner', title: 'Team Lead' });
    expect((await call('DELETE', `${base}/${member.user_id}`, undefined, 'user')).status).toBe(200);
    expect((await call('GET', `${base}/${member.user_id}`)).status).toBe(404);
    const active = (await call('GET', `/website/${acmeId}/operators/active`)).data as Raw[];
    expect(active.some((a) => a.user_id === member.user_id)).toBe(false);
  });

  test('the last owner can be neither demoted nor unlinked', async () => {
    const site = sandbox.seed.websites[1]!;
    const id = site.website.website_id;
    const owners = [...site.operators.values()].filter((o) => o.details.role === 'owner').map((o) => o.details.user_id as string);
    for (const extra of owners.slice(1)) await call('DELETE', `/website/${id}/operator/${extra}`, undefined, 'user');
    const last = owners[0]!;
    expect((await call('PATCH', `/website/${id}/operator/${last}`, { role: 'member' }, 'user')).reason).toBe('not_allowed');
    expect((await call('DELETE', `/website/${id}/operator/${last}`, undefined, 'user')).reason).toBe('not_allowed');
  });

  test('unlinking the last online operator takes the website offline', async () => {
    const site = sandbox.seed.websites[2]!;
    const id = site.website.website_id;
    const member = [...site.operators.values()].find((o) => o.details.role === 'member')!;
    member.details.availability = 'online';
    site.availability = { status: 'online', since: 1 };
    await call('DELETE', `/website/${id}/operator/${member.details.user_id}`, undefined, 'user');
    expect((await call('GET', `/website/${id}/availability/status`)).data.status).toBe('offline');
    expect(eventsNamed('website:users:available')).toEqual([expect.objectContaining({ website_id: id, data: { website_id: id, available: false } })]);
  });
});

describe('people', () => {
  test('statistics count the seeded contacts', async () => {
    expect((await call('GET', people('/stats'))).data).toEqual({ total: acme.people.size });
    expect(acme.people.size).toBeGreaterThanOrEqual(38);
  });

  test('profiles list in pages of 20 with full cards, and past the end is []', async () => {
    const first = (await call('GET', people('/profiles/1'))).data as Raw[];
    expect(first).toHaveLength(20);
    const card = first[0]!;
    expect(card.person).toMatchObject({
      nickname: expect.any(String), avatar: expect.stringMatching(/^https:/), phone: expect.any(String),
      employment: { name: expect.any(String), title: expect.any(String), seniority: expect.any(String) },
      geolocation: { country: expect.any(String), coordinates: { latitude: expect.any(Number) } },
    });
    expect(card.company).toMatchObject({ legal_name: expect.any(String), metrics: { employees: expect.any(Number) }, tags: expect.any(Array) });
    const pages = [first, ...(await Promise.all([2, 3].map(async (n) => (await call('GET', people(`/profiles/${n}`))).data as Raw[])))];
    expect(pages.flat()).toHaveLength(acme.people.size);
    expect((await call('GET', people('/profiles/9'))).data).toEqual([]);
    expect((await call('GET', people('/profiles/0'))).reason).toBe('invalid_data');
  });

  test('profiles can be searched by text, filtered as JSON and sorted', async () => {
    const someone = [...acme.people.values()][5]!.profile;
    const byText = (await call('GET', people(`/profiles/1?search_text=${encodeURIComponent(someone.email)}`))).data as Raw[];
    expect(byText.map((p) => p.people_id)).toEqual([someone.people_id]);

    const filter = JSON.stringify([{ model: 'people', criterion: 'email', operator: 'eq', query: [someone.email] }]);
    const byFilter = (await call('GET', people(`/profiles/1?search_filter=${encodeURIComponent(filter)}`))).data as Raw[];
    expect(byFilter.map((p) => p.people_id)).toEqual([someone.people_id]);

    const vip = JSON.stringify([{ model: 'people', criterion: 'segments', operator: 'eq', query: ['vip'] }]);
    const vips = (await call('GET', people(`/profiles/1?search_filter=${encodeURIComponent(vip)}`))).data as Raw[];
    expect(vips.length).toBeGreaterThan(0);
    expect(vips.every((p) => p.segments.includes('vip'))).toBe(true);

    const sorted = (await call('GET', people('/profiles/1?sort_field=nickname&sort_order=ascending'))).data as Raw[];
    const names = sorted.map((p) => p.person.nickname.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    expect((await call('GET', people('/profiles/1?search_filter=not-json'))).reason).toBe('invalid_data');
  });

  test('suggested segments are counted across contacts', async () => {
    const segments = (await call('GET', people('/suggest/segments/1'))).data as Raw[];
    const vip = [...acme.people.values()].filter((p) => p.profile.segments.includes('vip')).length;
    expect(segments).toContainEqual({ segment: 'vip', count: vip });
    expect((await call('GET', people('/suggest/segments/2'))).data).toEqual([]);
  });

  test('a new profile gets an id, is readable by id and email, and emits people:profile:created', async () => {
    const added = await call('POST', people('/profile'), newContact('dana.quinn@example.com', { phone: '+1 555 0199' }));
    expect(added.status).toBe(200);
    const id = added.data.people_id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(eventsNamed('people:profile:created')).toEqual([
      expect.objectContaining({ data: { website_id: acmeId, people_id: id, email: 'dana.quinn@example.com' } }),
    ]);
    const byId = (await call('GET', people(`/profile/${id}`))).data;
    const byEmail = (await call('GET', people(`/profile/${encodeURIComponent('dana.quinn@example.com')}`))).data;
    expect(byId).toEqual(byEmail);
    expect(byId).toMatchObject({ people_id: id, email: 'dana.quinn@example.com', person: { nickname: 'Dana Quinn', phone: '+1 555 0199' } });
    expect((await call('HEAD', people(`/profile/${id}`))).status).toBe(200);
    expect((await call('HEAD', people(`/profile/${encodeURIComponent('DANA.QUINN@example.com')}`))).status).toBe(200);
    expect((await call('HEAD', people('/profile/nobody%40example.com'))).status).toBe(404);
  });

  test('adding a profile with a taken email is refused, and a bad body is invalid_data', async () => {
    const taken = [...acme.people.values()][0]!.profile.email;
    expect(await call('POST', people('/profile'), newContact(taken))).toMatchObject({ status: 409, reason: 'people_exists' });
    expect(await call('POST', people('/profile'), { email: 'x@example.com', segments: 'vip' })).toMatchObject({ status: 400, reason: 'invalid_data' });
    expect((await call('POST', people('/profile'), { person: { nickname: 'No Email' } })).reason).toBe('invalid_data');
  });

  test('PATCH merges the card, PUT replaces it, and both emit people:profile:updated', async () => {
    const id = (await call('POST', people('/profile'), newContact('merge.me@example.com', { phone: '+1 555 0100' }))).data.people_id;
    await call('PATCH', people(`/profile/${id}`), { person: { employment: { title: 'CTO' } }, segments: ['vip'] });
    const merged = (await call('GET', people(`/profile/${id}`))).data;
    expect(merged).toMatchObject({ person: { nickname: 'Dana Quinn', phone: '+1 555 0100', employment: { title: 'CTO' } }, segments: ['vip'] });
    const updated = eventsNamed('people:profile:updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]!.data).toMatchObject({ website_id: acmeId, people_id: id, update: { updated_at: merged.updated_at, person: { employment: { title: 'CTO' } } } });

    await call('PUT', people(`/profile/${encodeURIComponent('merge.me@example.com')}`), { person: { nickname: 'Dana Q.' } });
    const replaced = (await call('GET', people(`/profile/${id}`))).data;
    expect(replaced.person).toEqual({ nickname: 'Dana Q.' });
    expect(replaced).toMatchObject({ email: 'merge.me@example.com', segments: [] });
    expect(eventsNamed('people:profile:updated')).toHaveLength(2);

    const other = [...acme.people.values()][1]!.profile.email;
    expect((await call('PATCH', people(`/profile/${id}`), { email: other })).reason).toBe('people_exists');
  });

  test('conversations sharing the email are bound, listed and synced, and released on removal', async () => {
    const email = 'bound.person@example.com';
    const sessionId = 'session_7d0f9a4e-2b1c-4c3d-8e5f-6a7b8c9d0e1f';
    const conversation: Raw = { session_id: sessionId, website_id: acmeId, inbox_id: null, state: 'resolved', meta: { email }, updated_at: 1 };
    acme.conversations.set(sessionId, { conversation, messages: [], pages: [], events: [], files: [], blocked: false });

    const id = (await call('POST', people('/profile'), newContact(email))).data.people_id;
    expect(conversation.people_id).toBe(id);
    expect(eventsNamed('people:bind:session').map((e) => e.data)).toEqual([{ website_id: acmeId, session_id: sessionId, inbox_id: null, people_id: id }]);
    expect((await call('GET', people(`/conversations/${id}/list/1`))).data).toEqual([sessionId]);
    expect((await call('GET', people(`/conversations/${encodeURIComponent(email)}/list/1`))).data).toEqual([sessionId]);
    expect((await call('GET', people(`/conversations/${id}/list/1?filter_not_resolved=1`))).data).toEqual([]);
    expect((await call('GET', people(`/conversations/${id}/list/2`))).data).toEqual([]);

    await call('PATCH', people(`/profile/${id}`), { person: { nickname: 'Bound Person' } });
    expect(eventsNamed('people:sync:profile').map((e) => e.data)).toEqual([
      expect.objectContaining({ session_id: sessionId, people_id: id, identity: { person: { nickname: 'Bound Person' } } }),
    ]);

    expect((await call('DELETE', people(`/profile/${id}`))).status).toBe(200);
    expect(eventsNamed('people:profile:removed').map((e) => e.data)).toEqual([{ website_id: acmeId, people_id: id, email }]);
    expect(conversation.people_id).toBeUndefined();
    expect((await call('GET', people(`/profile/${id}`))).status).toBe(404);
    expect((await call('HEAD', people(`/profile/${id}`))).status).toBe(404);
    acme.conversations.delete(sessionId);
  });

  test('events are added and listed newest first, by id or email', async () => {
    const person = [...acme.people.values()][2]!;
    const email = encodeURIComponent(person.profile.email);
    expect((await call('POST', people(`/events/${email}`), { text: 'Requested a demo', data: { plan: 'pro' }, color: 'blue' })).status).toBe(200);
    const listed = (await call('GET', people(`/events/${person.profile.people_id}/list/1`))).data as Raw[];
    expect(listed[0]).toMatchObject({ text: 'Requested a demo', data: { plan: 'pro' }, color: 'blue', timestamp: expect.any(Number) });
    expect((await call('GET', people(`/events/${email}/list/5`))).data).toEqual([]);
    expect((await call('POST', people(`/events/${email}`), [{ text: 'array' }])).reason).toBe('invalid_data');
    expect((await call('POST', people(`/events/${email}`), { color: 'red' })).reason).toBe('invalid_data');
  });

  test('data is read, replaced by PUT and merged by PATCH', async () => {
    const person = [...acme.people.values()][3]!;
    const path = people(`/data/${person.profile.people_id}`);
    expect((await call('GET', path)).data).toEqual({ data: person.data });
    await call('PUT', path, { data: { plan: 'pro', seats: 3 } });
    expect((await call('GET', path)).data).toEqual({ data: { plan: 'pro', seats: 3 } });
    await call('PATCH', people(`/data/${encodeURIComponent(person.profile.email)}`), { data: { trial: false } });
    expect((await call('GET', path)).data).toEqual({ data: { plan: 'pro', seats: 3, trial: false } });
    expect((await call('PATCH', path, { data: { nested: { no: 1 } } })).reason).toBe('invalid_data');
    expect((await call('GET', people('/data/missing%40example.com'))).status).toBe(404);
  });

  test('the email subscription can be switched off, which emits email:subscribe', async () => {
    const person = [...acme.people.values()].find((p) => p.subscribed)!;
    const path = people(`/subscription/${person.profile.people_id}`);
    expect((await call('GET', path)).data).toEqual({ email: true });
    await call('PATCH', path, { email: false });
    expect((await call('GET', path)).data).toEqual({ email: false });
    expect(eventsNamed('email:subscribe').map((e) => e.data)).toEqual([{ website_id: acmeId, email: person.profile.email, subscribed: false }]);
    expect((await call('PATCH', path, { email: 'no' })).reason).toBe('invalid_data');
  });

  test('a batch removes people by id or email (user tier), emitting one removal each', async () => {
    const a = (await call('POST', people('/profile'), newContact('batch.a@example.com'))).data.people_id;
    const b = (await call('POST', people('/profile'), newContact('batch.b@example.com'))).data.people_id;
    const before = acme.people.size;
    const removed = await call('PATCH', `/website/${acmeId}/batch/remove`, { people: { profiles: [a, 'batch.b@example.com'] } }, 'user');
    expect(removed.status).toBe(200);
    expect(acme.people.size).toBe(before - 2);
    expect(eventsNamed('people:profile:removed').map((e) => e.data.people_id).sort()).toEqual([a, b].sort());
    expect((await call('PATCH', `/website/${acmeId}/batch/remove`, { people: { profiles: 'x' } }, 'user')).reason).toBe('invalid_data');
  });
});

describe('visitors', () => {
  test('visitors are counted and listed, and past the last page is []', async () => {
    const count = (await call('GET', `/website/${acmeId}/visitors/count`)).data;
    expect(count).toEqual({ count: acme.visitors.length, active: acme.visitors.filter((v) => v.active).length, limited: false });
    expect(count.count).toBeGreaterThanOrEqual(10);
    const list = (await call('GET', `/website/${acmeId}/visitors/list/1`)).data as Raw[];
    expect(list).toHaveLength(count.count);
    expect(list[0]).toMatchObject({ session_id: expect.stringMatching(/^session_/), useragent: expect.any(String), last_page: { page_url: expect.stringContaining('acme.example') } });
    expect((await call('GET', `/website/${acmeId}/visitors/list/2`)).data).toEqual([]);
  });

  test('a visitor token resolves to its session', async () => {
    const [tokenId, token] = [...acme.visitorTokens][0]!;
    expect((await call('GET', `/website/${acmeId}/visitors/token/${tokenId}`)).data).toEqual({ session_id: token.session_id });
    expect(acme.visitors.some((v) => v.session_id === token.session_id)).toBe(true);
    expect((await call('GET', `/website/${acmeId}/visitors/token/unknown-token`)).status).toBe(404);
  });
});

describe('plugin connect and bucket', () => {
  test('the account names the plugin, and the session check passes', async () => {
    expect((await call('GET', '/plugin/connect/account')).data).toEqual({ plugin_id: sandbox.seed.plugin.pluginId });
    expect((await call('HEAD', '/plugin/connect/session')).status).toBe(200);
  });

  test('websites that installed the plugin are listed with tokens, plans on demand, and filters', async () => {
    const all = (await call('GET', '/plugin/connect/websites/all/1?filter_configured=0&include_plan=1')).data as Raw[];
    expect(all.map((w) => w.website_id)).toEqual([...sandbox.seed.plugin.installedAt.keys()]);
    expect(all[0]).toMatchObject({ website_id: acmeId, token: expect.stringMatching(/^[0-9a-f]{64}$/), plan: { name: expect.any(String) } });
    const configured = (await call('GET', '/plugin/connect/websites/all/1?filter_configured=1&include_plan=0')).data as Raw[];
    expect(configured.length).toBe(all.length - 1);
    expect(configured[0]!.plan).toBeUndefined();
    expect((await call('GET', '/plugin/connect/websites/all/2')).data).toEqual([]);
  });

  test('websites since a date carry the difference', async () => {
    const dates = [...sandbox.seed.plugin.installedAt.values()];
    const since = new Date(dates[0]! + 1).toISOString();
    const rows = (await call('GET', `/plugin/connect/websites/since?date_since=${since}`)).data as Raw[];
    expect(rows).toHaveLength(dates.length - 1);
    expect(rows.every((r) => r.difference === 'added')).toBe(true);
    expect((await call('GET', '/plugin/connect/websites/since?date_since=yesterday')).reason).toBe('invalid_data');
  });

  test('connect endpoints advertise the RTM relay, for plugin and website tokens', async () => {
    expect((await call('GET', '/plugin/connect/endpoints')).data).toEqual({ socket: { app: sandbox.rtmUrl } });
    expect((await call('GET', `/website/${acmeId}/connect/endpoints`, undefined, 'website')).data).toEqual({ socket: { app: sandbox.rtmUrl } });
    expect((await call('GET', `/website/${acmeId}/connect/endpoints`)).reason).toBe('restricted_route_tier');
  });

  test('a bucket URL request answers {} and delivers the signed URL as bucket:url:<namespace>:generated', async () => {
    const answer = await call('POST', '/bucket/url/generate', { namespace: 'avatar', id: 'req-42', file: { name: 'me.png', type: 'image/png' } });
    expect(answer).toMatchObject({ status: 200, data: {} });
    const [event] = eventsNamed('bucket:url:avatar:generated');
    expect(event!.data).toMatchObject({ id: 'req-42', type: 'avatar', url: { signed: expect.stringMatching(/^https:/), resource: expect.stringContaining('me.png') } });
    expect((await call('POST', '/bucket/url/generate', { namespace: 'nope', id: 'x' })).reason).toBe('invalid_data');
    expect((await call('POST', '/bucket/url/generate', { namespace: 'upload', id: 3 })).reason).toBe('invalid_data');
  });
});

test('no response or event broke the catalogue schemas', () => {
  expect(sandbox.violations).toEqual([]);
});
