import type { Sandbox } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';

const SECRET = 'media-hook-secret';

const Animations = `query($search: String, $page: Int!, $requestId: Int) {
  animations(search: $search, page: $page, requestId: $requestId) {
    requestId page animations { type url }
  }
}`;

// Animation lists are open to user tokens only. Crisp's answer comes back here by Web Hook, the
// other way live events arrive, and goes through the same reply routing as the socket's.
const test = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({
      CRISP_RTM_MODE: 'webhooks',
      CRISP_WEBHOOK_SECRET: SECRET,
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
    }),
});

const listCalls = (sandbox: Sandbox) =>
  sandbox.calls.filter((c) => c.id === 'media.animation.list');

describe('animations', () => {
  test('returns the page Crisp sends for the list id it asked with', async ({
    gateway,
    sandbox,
  }) => {
    sandbox.addHook({ url: `${gateway.origin}/webhooks/crisp`, secret: SECRET });
    const cats = await gateway.executeOk(Animations, { search: 'cat', page: 1, requestId: 7 });
    expect(cats.animations.requestId).toBe(7);
    expect(cats.animations.page).toBe(1);
    expect(cats.animations.animations.map((a: { url: string }) => a.url.split('/').pop())).toEqual([
      'happy-cat.gif',
      'sad-cat.gif',
      'cat-typing.gif',
    ]);
    expect(cats.animations.animations[0].type).toBe('gif');
    const gif = await fetch(cats.animations.animations[0].url);
    expect(gif.headers.get('content-type')).toBe('image/gif');

    // Without a requestId the gateway picks one, and the second page of everything is short.
    const all = await gateway.executeOk(Animations, { page: 2 });
    expect(all.animations.animations).toHaveLength(10);
    const calls = listCalls(sandbox);
    expect(calls.map((c) => c.path)).toEqual([
      '/media/animation/list/1',
      '/media/animation/list/2',
    ]);
    expect(calls[0]!.query).toEqual({ list_id: '7', search_query: 'cat' });
    expect(calls[1]!.query).toEqual({ list_id: String(all.animations.requestId) });
  });

  test('a page below 1 is refused before any call', async ({ gateway, sandbox }) => {
    const { errors } = await gateway.execute(Animations, { page: 0 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sandbox.calls).toEqual([]);
  });
});

base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } })(
  'with a plugin token, animations is FORBIDDEN naming the user tier, before any call',
  async ({ gateway, sandbox }) => {
    const { data, errors } = await gateway.execute(Animations, { page: 1 });
    expect(data.animations).toBeNull();
    expect(errors?.[0]).toMatchObject({
      path: ['animations'],
      extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
    });
    expect(sandbox.calls).toEqual([]);
  },
);
