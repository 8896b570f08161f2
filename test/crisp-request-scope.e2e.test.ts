import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { test, userTest } from './support/rest.ts';

const QUERY = `query($input: CrispRequestInput!) { crispRequest(input: $input) { status error reason data } }`;
const MUTATION = `mutation($input: CrispRequestInput!) { crispRequest(input: $input) { response { status reason } userErrors { code field message } } }`;

function seeded(sandbox: Sandbox) {
  return { websiteId: sandbox.seed.websiteIds[0]!, pluginId: sandbox.seed.plugin.pluginId };
}

describe('crispRequest: HEAD, and the /plugins/ and /plans/ prefixes', () => {
  test('HEAD reads go out from the query and answer 200 or 404 with no data', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = seeded(sandbox);
    const data = await gateway.executeOk(
      `query($a: CrispRequestInput!, $b: CrispRequestInput!) {
        found: crispRequest(input: $a) { status error data }
        missing: crispRequest(input: $b) { status error data } }`,
      {
        a: { method: 'HEAD', path: '/plugin/connect/session' },
        b: {
          method: 'HEAD',
          path: `/website/${websiteId}/campaigns/template/0b5e8d3c-1f2a-4c6d-8e9f-a0b1c2d3e4f5`,
        },
      },
    );
    expect(data.found).toEqual({ status: 200, error: false, data: null });
    expect(data.missing).toEqual({ status: 404, error: true, data: null });
    // The website's route first reads the plugin's install listing (is the website served?).
    const listing = 'plugin.connect.websites.list_all';
    expect(sandbox.calls.some((c) => c.id === listing)).toBe(true);
    expect(
      sandbox.calls.filter((c) => c.id !== listing).map((c) => [c.method, c.id, c.status]),
    ).toEqual([
      ['HEAD', 'plugin.connect.session.check', 200],
      ['HEAD', 'website.campaign.template.check', 404],
    ]);
  });

  test('a plugin token reads and writes its subscription under /plugins/', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, pluginId } = seeded(sandbox);
    const read = await gateway.executeOk(QUERY, {
      input: { path: `/plugins/subscription/${websiteId}/${pluginId}` },
    });
    expect(read.crispRequest).toMatchObject({
      status: 200,
      error: false,
      data: { name: 'Sandbox Helper' },
    });
    const plan = await gateway.executeOk(QUERY, {
      input: { path: `/plans/subscription/${websiteId}` },
    });
    expect(plan.crispRequest).toMatchObject({ status: 200, data: { name: 'Essentials' } });
    const write = await gateway.executeOk(MUTATION, {
      input: {
        method: 'PATCH',
        path: `/plugins/subscription/${websiteId}/${pluginId}/settings`,
        body: { notify_channel: '#raw' },
      },
    });
    expect(write.crispRequest).toEqual({
      response: { status: 200, reason: 'updated' },
      userErrors: [],
    });
    expect(
      sandbox.calls.filter((c) => c.id === 'plugin.subscription.settings.update'),
    ).toMatchObject([{ method: 'PATCH', body: { notify_channel: '#raw' } }]);
  });

  test('a user-only prefix route, a website not served and a HEAD with a body cost no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = seeded(sandbox);
    const userOnly = await gateway.execute(QUERY, { input: { path: '/plans/subscription' } });
    expect(userOnly.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredTiers: ['user'],
    });
    const head = await gateway.execute(QUERY, {
      input: { method: 'HEAD', path: `/website/${websiteId}`, body: {} },
    });
    expect(head.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.body',
    });
    const bare = await gateway.execute(QUERY, { input: { path: '/plans' } });
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const write = await gateway.executeOk(MUTATION, {
      input: { method: 'HEAD', path: '/plugins/../website' },
    });
    expect(write.crispRequest.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sandbox.calls).toEqual([]);

    // A website outside the plugin's installs is refused after the install listing, before the call.
    const other = await gateway.execute(QUERY, {
      input: {
        path: `/plugins/subscription/0b5e8d3c-1f2a-4c6d-8e9f-a0b1c2d3e4f5/${seeded(sandbox).pluginId}`,
      },
    });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.path',
    });
    expect(new Set(sandbox.calls.map((c) => c.id))).toEqual(
      new Set(['plugin.connect.websites.list_all']),
    );
  });

  userTest('a user token lists every plan under /plans/', async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(QUERY, { input: { path: '/plans/subscription' } });
    expect(data.crispRequest.status).toBe(200);
    expect(data.crispRequest.data).toHaveLength(sandbox.seed.websiteIds.length);
  });
});
