import { Crisp } from 'crisp-api';
import {
  createSandbox,
  type EmittedEvent,
  type Raw,
  type Sandbox,
  type Tier,
  type WebsiteRecord,
} from 'crisp-sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { directoryScope, pluginConnectScope, uncovered } from './fidelity-scope.ts';

/**
 * The official Node client (`crisp-api`), pointed at the sandbox with `setRestHost`, calls each
 * directory route through its own resource methods: what it builds (paths, queries, bodies) must
 * be what the sandbox serves, and what it parses must be what the sandbox answers.
 */
let sandbox: Sandbox;
let plugin: Crisp;
let user: Crisp;
let websiteClient: Crisp;
let acmeId: string;
let acme: WebsiteRecord;
const events: EmittedEvent[] = [];

function client(tier: Tier, identifier: string, key: string): Crisp {
  const crisp = new Crisp();
  crisp.setRestHost(sandbox.origin);
  crisp.authenticateTier(tier, identifier, key);
  return crisp;
}

/** The client rejects with `{ reason: 'error', message: <Crisp reason>, code: <status> }`. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (err: { message: string; code: number }) => ({ message: err.message, code: err.code }),
  );

beforeAll(async () => {
  sandbox = await createSandbox({ strict: true });
  const all = [...sandbox.seed.websiteIds];
  for (const [identifier, tier] of [
    ['fidelity-user', 'user'],
    ['fidelity-website', 'website'],
  ] as const) {
    sandbox.setToken({ identifier, key: 'fidelity-key', tier, websiteIds: all });
  }
  plugin = client('plugin', sandbox.token.identifier, sandbox.token.key);
  user = client('user', 'fidelity-user', 'fidelity-key');
  websiteClient = client('website', 'fidelity-website', 'fidelity-key');
  acmeId = all[0]!;
  acme = sandbox.seed.website(acmeId)!;
  sandbox.onEvent((e) => events.push(e));
});

afterAll(async () => {
  await sandbox.close();
});

describe('website base and settings', () => {
  test('checkWebsiteExists, getWebsite, createWebsite, deleteWebsite, abortWebsiteDeletion', async () => {
    await expect(plugin.website.checkWebsiteExists('acme.example')).resolves.toEqual({});
    expect(await failure(plugin.website.checkWebsiteExists('missing.example'))).toEqual({
      message: 'route_error',
      code: 404,
    });
    expect(await plugin.website.getWebsite(acmeId)).toMatchObject({
      website_id: acmeId,
      name: 'Acme Support',
      domain: 'acme.example',
    });

    const created = await user.website.createWebsite({
      name: 'Fidelity',
      domain: 'fidelity.example',
    });
    expect(created).toMatchObject({
      name: 'Fidelity',
      domain: 'fidelity.example',
      website_id: expect.any(String),
    });
    expect(await user.website.getWebsite(created.website_id!)).toEqual(created);
    expect(
      await failure(
        user.website.deleteWebsite(created.website_id!, { method: 'password', secret: 'nope' }),
      ),
    ).toEqual({ message: 'not_allowed', code: 403 });
    await user.website.deleteWebsite(created.website_id!, {
      method: 'password',
      secret: 'sandbox-password',
    });
    expect(sandbox.seed.website(created.website_id!)!.deletionScheduledAt).toBeTypeOf('number');
    await user.website.abortWebsiteDeletion(created.website_id!);
    expect(sandbox.seed.website(created.website_id!)!.deletionScheduledAt).toBeUndefined();
  });

  test('getWebsiteSettings and updateWebsiteSettings', async () => {
    expect(await plugin.website.getWebsiteSettings(acmeId)).toMatchObject({
      website_id: acmeId,
      chatbox: { color_theme: 'blue' },
    });
    await plugin.website.updateWebsiteSettings(acmeId, {
      chatbox: { color_theme: 'green' },
      contact: { email: 'help@acme.example' },
    });
    const after = await plugin.website.getWebsiteSettings(acmeId);
    expect(after.chatbox).toMatchObject({ color_theme: 'green', file_transfer: true });
    expect(after.contact).toMatchObject({ email: 'help@acme.example' });
  });
});

describe('operators and availability', () => {
  test('listWebsiteOperators, getWebsiteOperator, listLastActiveWebsiteOperators', async () => {
    const list = await plugin.website.listWebsiteOperators(acmeId);
    expect(list).toHaveLength(acme.operators.size);
    // The Node typings name it `userID`; the wire key is `user_id` (docs/crisp/REST.md §9).
    const first = list[0]!.details as Raw;
    expect(await plugin.website.getWebsiteOperator(acmeId, first.user_id)).toEqual(first);
    const active = await plugin.website.listLastActiveWebsiteOperators(acmeId);
    expect(active[0]).toMatchObject({
      user_id: expect.any(String),
      nickname: expect.any(String),
      timestamp: expect.any(Number),
    });
  });

  test('inviteWebsiteOperator, changeOperatorMembership, unlinkOperatorFromWebsite', async () => {
    await user.website.inviteWebsiteOperator(acmeId, 'invitee@acme.example', 'member', true);
    const listed = await plugin.website.listWebsiteOperators(acmeId);
    expect(
      listed.some((o) => o.type === 'invite' && o.details?.email === 'invitee@acme.example'),
    ).toBe(true);

    const member = [...acme.operators.values()].find((o) => o.details.role === 'member')!.details
      .user_id as string;
    await user.website.changeOperatorMembership(acmeId, member, 'member', 'Night shift');
    expect(await plugin.website.getWebsiteOperator(acmeId, member)).toMatchObject({
      title: 'Night shift',
    });
    await user.website.unlinkOperatorFromWebsite(acmeId, member);
    expect(await failure(plugin.website.getWebsiteOperator(acmeId, member))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });

  test('getWebsiteAvailabilityStatus and listWebsiteOperatorAvailabilities', async () => {
    expect(await plugin.website.getWebsiteAvailabilityStatus(acmeId)).toMatchObject({
      status: 'online',
      since: expect.any(Number),
    });
    const availabilities = await plugin.website.listWebsiteOperatorAvailabilities(acmeId);
    expect(availabilities.length).toBe(acme.operators.size);
  });
});

describe('people', () => {
  test('getPeopleStatistics, listSuggestedPeopleSegments, listPeopleProfiles with search and filter', async () => {
    expect(await plugin.website.getPeopleStatistics(acmeId)).toEqual({ total: acme.people.size });
    const segments = await plugin.website.listSuggestedPeopleSegments(acmeId, 1);
    expect(segments[0]).toMatchObject({ segment: expect.any(String), count: expect.any(Number) });

    const page1 = await plugin.website.listPeopleProfiles(acmeId, 1);
    expect(page1).toHaveLength(20);
    expect(await plugin.website.listPeopleProfiles(acmeId, 10)).toEqual([]);

    const target = [...acme.people.values()][7]!.profile;
    const byText = await plugin.website.listPeopleProfiles(
      acmeId,
      1,
      undefined,
      undefined,
      undefined,
      undefined,
      target.email,
    );
    expect(byText.map((p) => p.people_id)).toEqual([target.people_id]);
    // The client sends the filter string as is; callers JSON-encode it.
    const filter = JSON.stringify([
      { model: 'people', criterion: 'email', operator: 'eq', query: [target.email] },
    ]);
    const byFilter = await plugin.website.listPeopleProfiles(
      acmeId,
      1,
      'nickname',
      'ascending',
      'and',
      filter,
    );
    expect(byFilter.map((p) => p.people_id)).toEqual([target.people_id]);
  });

  test('listPeopleConversations lists the session ids linked to a contact, most recent first', async () => {
    const linked = [...acme.conversations.values()]
      .map((r) => r.conversation)
      .filter((c) => c.people_id !== undefined);
    const peopleId = linked[0]!.people_id as string;
    const theirs = linked
      .filter((c) => c.people_id === peopleId)
      .sort((a, b) => (b.updated_at as number) - (a.updated_at as number));
    expect(await plugin.website.listPeopleConversations(acmeId, peopleId, 1)).toEqual(
      theirs.map((c) => c.session_id),
    );
    expect(await plugin.website.listPeopleConversations(acmeId, peopleId, 2)).toEqual([]);
  });

  test('the profile lifecycle, by id and by URL-encoded email', async () => {
    const email = 'fidelity.contact@example.com';
    const encoded = encodeURIComponent(email);
    const { people_id: id } = await plugin.website.addNewPeopleProfile(acmeId, {
      email,
      person: { nickname: 'Fidelity Contact' },
    });
    expect(id).toEqual(expect.any(String));
    expect(
      await failure(
        plugin.website.addNewPeopleProfile(acmeId, { email, person: { nickname: 'Again' } }),
      ),
    ).toEqual({ message: 'people_exists', code: 409 });

    await expect(plugin.website.checkPeopleProfileExists(acmeId, encoded)).resolves.toEqual({});
    expect(await plugin.website.getPeopleProfile(acmeId, encoded)).toMatchObject({
      people_id: id,
      email,
    });

    await plugin.website.updatePeopleProfile(acmeId, id!, {
      person: { employment: { title: 'VP Support' } },
      segments: ['vip'],
    });
    expect(await plugin.website.getPeopleProfile(acmeId, id!)).toMatchObject({
      person: { nickname: 'Fidelity Contact', employment: { title: 'VP Support' } },
      segments: ['vip'],
    });
    await plugin.website.savePeopleProfile(acmeId, encoded, {
      email,
      person: { nickname: 'Saved Contact' },
    });
    const saved = await plugin.website.getPeopleProfile(acmeId, id!);
    expect(saved.person).toEqual({ nickname: 'Saved Contact' });
    expect(saved.segments).toEqual([]);

    expect(await plugin.website.listPeopleConversations(acmeId, encoded, 1)).toEqual([]);

    await plugin.website.addPeopleEvent(acmeId, encoded, {
      text: 'Opened the app',
      data: { build: 42 },
      color: 'green',
    });
    expect((await plugin.website.listPeopleEvents(acmeId, id!, 1))[0]).toMatchObject({
      text: 'Opened the app',
      data: { build: 42 },
      color: 'green',
    });

    // The Node client types people data as a flat map; the README's {data: {...}} form also works.
    await plugin.website.savePeopleData(acmeId, id!, { plan: 'pro' });
    await plugin.website.updatePeopleData(acmeId, encoded, { seats: 4 });
    expect(await plugin.website.getPeopleData(acmeId, id!)).toEqual({
      data: { plan: 'pro', seats: 4 },
    });

    expect(await plugin.website.getPeopleSubscriptionStatus(acmeId, id!)).toEqual({ email: true });
    await plugin.website.updatePeopleSubscriptionStatus(acmeId, encoded, { email: false });
    expect(await plugin.website.getPeopleSubscriptionStatus(acmeId, id!)).toEqual({ email: false });

    await plugin.website.removePeopleProfile(acmeId, encoded);
    expect(await failure(plugin.website.checkPeopleProfileExists(acmeId, id!))).toEqual({
      message: 'route_error',
      code: 404,
    });
    expect(await failure(plugin.website.getPeopleProfile(acmeId, id!))).toEqual({
      message: 'not_found',
      code: 404,
    });

    const names = events
      .filter((e) => e.data.people_id === id || e.data.email === email)
      .map((e) => e.event);
    expect(names).toEqual([
      'people:profile:created',
      'people:profile:updated',
      'people:profile:updated',
      'email:subscribe',
      'people:profile:removed',
    ]);
  });

  test('batchRemovePeople removes the listed contacts', async () => {
    const ids: string[] = [];
    for (const email of ['gone.one@example.com', 'gone.two@example.com']) {
      ids.push(
        (await plugin.website.addNewPeopleProfile(acmeId, { email, person: { nickname: email } }))
          .people_id!,
      );
    }
    await user.website.batchRemovePeople(acmeId, { profiles: ids });
    for (const id of ids) expect(acme.people.has(id)).toBe(false);
  });
});

describe('visitors', () => {
  test('countVisitors, listVisitors, getSessionIdentifierFromToken', async () => {
    const count = await plugin.website.countVisitors(acmeId);
    expect(count).toMatchObject({ count: acme.visitors.length, limited: false });
    const visitors = await plugin.website.listVisitors(acmeId, 1);
    expect(visitors).toHaveLength(acme.visitors.length);
    expect(await plugin.website.listVisitors(acmeId, 2)).toEqual([]);
    const [tokenId, token] = [...acme.visitorTokens][0]!;
    expect(await plugin.website.getSessionIdentifierFromToken(acmeId, tokenId)).toEqual({
      session_id: token.session_id,
    });
  });
});

describe('plugin connect, website connect and bucket', () => {
  test('getConnectAccount, checkConnectSessionValidity, listAllConnectWebsites, listConnectWebsitesSince, getConnectEndpoints', async () => {
    expect(await plugin.plugin.getConnectAccount()).toEqual({
      plugin_id: sandbox.seed.plugin.pluginId,
    });
    await expect(plugin.plugin.checkConnectSessionValidity()).resolves.toEqual({});
    const all = await plugin.plugin.listAllConnectWebsites(1, false, true);
    expect(all.map((w) => w.website_id)).toEqual([...sandbox.seed.plugin.installedAt.keys()]);
    expect(all[0]!.plan).toMatchObject({ name: expect.any(String) });
    const configured = await plugin.plugin.listAllConnectWebsites(1, true, false);
    expect(configured.length).toBe(all.length - 1);
    const since = await plugin.plugin.listConnectWebsitesSince(
      new Date(0).toISOString(),
      false,
      false,
    );
    expect(since.map((w) => (w as Raw).difference)).toEqual(all.map(() => 'added'));
    expect(await plugin.plugin.getConnectEndpoints()).toEqual({ socket: { app: sandbox.rtmUrl } });
  });

  test('website.getConnectEndpoints needs a website token', async () => {
    expect(await websiteClient.website.getConnectEndpoints(acmeId)).toEqual({
      socket: { app: sandbox.rtmUrl },
    });
    expect(await failure(plugin.website.getConnectEndpoints(acmeId))).toEqual({
      message: 'restricted_route_tier',
      code: 403,
    });
  });

  test('generateBucketURL answers at once and emits the signed URL', async () => {
    await expect(
      plugin.bucket.generateBucketURL({
        namespace: 'upload',
        id: 'fidelity-1',
        file: { name: 'report.pdf', type: 'application/pdf' },
      }),
    ).resolves.toEqual({});
    const event = events.find(
      (e) => e.event === 'bucket:url:upload:generated' && e.data.id === 'fidelity-1',
    );
    expect(event?.data.url.signed).toMatch(/^https:\/\//);
  });
});

test('nothing the client received or caused broke the catalogue schemas', () => {
  expect(sandbox.violations).toEqual([]);
  expect(sandbox.calls.filter((c) => c.id === 'unknown')).toEqual([]);
});

// Runs last (tests of a file run in order): a route dropped from the tests above shows up here.
test('every route of directoryScope and pluginConnectScope answered the client with a success', () => {
  const succeeded = new Set(
    sandbox.calls.filter((c) => c.status > 0 && c.status < 400).map((c) => c.id),
  );
  expect(uncovered([...directoryScope, ...pluginConnectScope], succeeded)).toEqual([]);
});
