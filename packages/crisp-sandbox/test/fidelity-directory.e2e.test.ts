import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import { directoryScope, pluginConnectScope } from './fidelity-scope.ts';
import {
  acme,
  acmeId,
  failure,
  plugin,
  sandbox,
  testClientCoverage,
  useFidelitySandbox,
  user,
  websiteClient,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`), pointed at the sandbox with `setRestHost`, calls each
 * directory route through its own resource methods: what it builds (paths, queries, bodies) must
 * be what the sandbox serves, and what it parses must be what the sandbox answers.
 */
useFidelitySandbox();

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

describe('plugin connect and website connect', () => {
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
});

testClientCoverage('directoryScope and pluginConnectScope', [
  ...directoryScope,
  ...pluginConnectScope,
]);
