import { test as base, describe, expect } from './support/fixtures.ts';
import { callsOf } from './support/rest.ts';

// The read cache on, with answers kept for a minute: only writes drop them here.
const test = base.extend({
  gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE_STREAM_DOWN_MS: '60000' },
});

const READ = `query($w: ID) {
  plugin { subscription(websiteId: $w) { settings { values } } }
  website(id: $w) { planSubscription { name } }
}`;

describe('the read cache under /plugins/ and /plans/', () => {
  test('reads are cached outside any website, and a plugin write drops the token’s scope', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = sandbox.seed.websiteIds[0]!;
    const first = await gateway.executeOk(READ, { w: websiteId });
    expect(first.plugin.subscription.settings.values).toMatchObject({ notify_channel: '#support' });
    await gateway.executeOk(READ, { w: websiteId });
    expect(callsOf(sandbox, 'plugin.subscription.settings.get')).toHaveLength(1);
    expect(callsOf(sandbox, 'plan.subscription.get')).toHaveLength(1);

    const saved = await gateway.executeOk(
      `mutation($i: UpdatePluginSettingsInput!) { updatePluginSettings(input: $i) { userErrors { code } } }`,
      {
        i: {
          websiteId,
          pluginId: sandbox.seed.plugin.pluginId,
          settings: { notify_channel: '#new' },
        },
      },
    );
    expect(saved.updatePluginSettings.userErrors).toEqual([]);

    // Paths under /plugins/ and /plans/ have no website group: the write dropped them all.
    const after = await gateway.executeOk(READ, { w: websiteId });
    expect(after.plugin.subscription.settings.values).toMatchObject({ notify_channel: '#new' });
    expect(callsOf(sandbox, 'plugin.subscription.settings.get')).toHaveLength(2);
    expect(callsOf(sandbox, 'plan.subscription.get')).toHaveLength(2);
  });
});
