import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { callsOf, test, userTest } from './support/rest.ts';

const acme = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;
const mutate = (name: string, selection: string) =>
  `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} userErrors { code field } } }`;

describe('settings and domain', () => {
  test('settings read camel-cased, and a save sends only what changed, snake-cased', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const read = `query($w: ID) { website(id: $w) { helpdesk { settings {
      name appearance { color { mode modeChangeable } logos { favicon } }
      behavior { showChatbox askFeedback } access { restrictMode }
    } } } }`;
    const before = await gateway.executeOk(read, { w });
    expect(before.website.helpdesk.settings).toEqual({
      name: 'Acme Support Help',
      appearance: { color: { mode: 'light', modeChangeable: true }, logos: { favicon: null } },
      behavior: { showChatbox: true, askFeedback: true },
      access: { restrictMode: 'public' },
    });
    expect(callsOf(sandbox, 'website.helpdesk.settings.resolve')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/settings` },
    ]);
    const saved = await gateway.executeOk(
      mutate(
        'saveHelpdeskSettings',
        'helpdesk { settings { behavior { showChatbox askFeedback } } }',
      ),
      {
        input: {
          websiteId: w,
          settings: { behavior: { showChatbox: false }, access: { password: 'open sesame' } },
        },
      },
    );
    expect(saved.saveHelpdeskSettings.helpdesk.settings.behavior).toEqual({
      showChatbox: false,
      askFeedback: true,
    });
    expect(callsOf(sandbox, 'website.helpdesk.settings.save')).toMatchObject([
      {
        method: 'PATCH',
        path: `/website/${w}/helpdesk/settings`,
        body: { behavior: { show_chatbox: false }, access: { password: 'open sesame' } },
      },
    ]);
  });

  userTest(
    'the domain, its change and its DNS setup need a user token',
    async ({ gateway, sandbox }) => {
      const w = acme(sandbox);
      const read = `query($w: ID) { website(id: $w) { helpdesk { domain { root basic custom isVerified } domainSetup } } }`;
      const before = await gateway.executeOk(read.replace(' domainSetup', ''), { w });
      expect(before.website.helpdesk.domain).toEqual({
        root: 'crisp.help',
        basic: 'acme',
        custom: null,
        isVerified: false,
      });
      expect(callsOf(sandbox, 'website.helpdesk.domain.resolve')).toMatchObject([
        { method: 'GET', path: `/website/${w}/helpdesk/domain` },
      ]);
      const changed = await gateway.executeOk(
        mutate('changeHelpdeskDomain', 'helpdesk { domain { basic custom } }'),
        { input: { websiteId: w, custom: 'help.acme.example' } },
      );
      expect(changed.changeHelpdeskDomain.helpdesk.domain).toEqual({
        basic: 'acme',
        custom: 'help.acme.example',
      });
      expect(callsOf(sandbox, 'website.helpdesk.domain.change.request')).toMatchObject([
        {
          method: 'PATCH',
          path: `/website/${w}/helpdesk/domain`,
          body: { custom: 'help.acme.example' },
        },
      ]);
      const setup = await gateway.executeOk(read, { w });
      expect(setup.website.helpdesk.domainSetup).toMatchObject({
        records: [{ type: 'CNAME', name: 'help.acme.example', value: 'acme.crisp.help' }],
      });
      expect(callsOf(sandbox, 'website.helpdesk.domain.setup.generate')).toMatchObject([
        { method: 'GET', path: `/website/${w}/helpdesk/domain/setup`, query: {} },
      ]);
    },
  );
});

test('with a plugin token, the domain is FORBIDDEN naming the tier, before any call', async ({
  gateway,
  sandbox,
}) => {
  const { data, errors } = await gateway.execute(
    `query($w: ID) { website(id: $w) { helpdesk { name domain { basic } } } }`,
    { w: acme(sandbox) },
  );
  expect(data?.website.helpdesk).toEqual({ name: 'Acme Support Help', domain: null });
  expect(errors?.[0]).toMatchObject({
    path: ['website', 'helpdesk', 'domain'],
    extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
  });
  expect(callsOf(sandbox, 'website.helpdesk.domain.resolve')).toEqual([]);
});

describe('redirections', () => {
  test('list, add, check, read and delete a redirect', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const added = await gateway.executeOk(
      mutate(
        'addHelpdeskRedirection',
        'helpdesk { redirections { edges { node { id crispId path target } } } }',
      ),
      {
        input: { websiteId: w, path: '/pricing', target: '/en/articles/billing/plans/' },
      },
    );
    expect(added.addHelpdeskRedirection.userErrors).toEqual([]);
    const edges = added.addHelpdeskRedirection.helpdesk.redirections.edges;
    expect(edges.map((e: { node: { path: string } }) => e.node.path)).toEqual([
      '/install',
      '/pricing',
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.redirection.add')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${w}/helpdesk/redirection`,
        body: { path: '/pricing', target: '/en/articles/billing/plans/' },
      },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.redirections.list')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/redirections/1` },
    ]);
    const pricing = edges[1].node;
    const read = await gateway.executeOk(
      `query($w: ID, $r: ID!, $n: ID!) { website(id: $w) { helpdesk { redirection(id: $r) { target createdAt } hasRedirection(id: $r) } } node(id: $n) { id } }`,
      { w, r: pricing.crispId, n: pricing.id },
    );
    expect(read.website.helpdesk).toEqual({
      redirection: { target: '/en/articles/billing/plans/', createdAt: expect.any(String) },
      hasRedirection: true,
    });
    expect(read.node.id).toBe(`HelpdeskRedirection:${w}:${pricing.crispId}`);
    expect(callsOf(sandbox, 'website.helpdesk.redirection.resolve')).toMatchObject([
      // Once for the field and node(id:) together.
      { method: 'GET', path: `/website/${w}/helpdesk/redirection/${pricing.crispId}` },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.redirection.check')).toMatchObject([
      { method: 'HEAD', path: `/website/${w}/helpdesk/redirection/${pricing.crispId}` },
    ]);
    const removed = await gateway.executeOk(
      mutate('deleteHelpdeskRedirection', 'removedRedirectionId'),
      {
        input: { redirectionId: pricing.id },
      },
    );
    expect(removed.deleteHelpdeskRedirection.removedRedirectionId).toBe(pricing.id);
    expect(callsOf(sandbox, 'website.helpdesk.redirection.delete')).toMatchObject([
      { method: 'DELETE', path: `/website/${w}/helpdesk/redirection/${pricing.crispId}` },
    ]);
  });

  test('a path without its leading slash is refused before any call', async ({
    gateway,
    sandbox,
  }) => {
    const data = await gateway.executeOk(mutate('addHelpdeskRedirection', 'helpdesk { name }'), {
      input: { websiteId: acme(sandbox), path: 'pricing', target: '/x' },
    });
    expect(data.addHelpdeskRedirection.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'path'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });
});

describe('revisions, feedback and content jobs', () => {
  test('a write shows in the revisions, which read one by one and cancel', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    await gateway.executeOk(mutate('createHelpdeskCategory', 'category { id }'), {
      input: { localeId: `HelpdeskLocale:${w}:fr`, path: 'facturation' },
    });
    const list = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { helpdesk { changes(locale: "fr", contentType: ARTICLES) { edges { node { id crispId message authorName } } } } } }`,
      { w },
    );
    const change = list.website.helpdesk.changes.edges[0].node;
    expect(change.message).toBe('Create facturation');
    expect(callsOf(sandbox, 'website.helpdesk.history.changes.list')).toMatchObject([
      {
        method: 'GET',
        path: `/website/${w}/helpdesk/history/changes/1`,
        query: { filter_locale: 'fr', filter_type: 'articles' },
      },
    ]);
    const one = await gateway.executeOk(
      `query($w: ID, $c: ID!) { website(id: $w) { helpdesk { change(id: $c) { files { change path metadata { title } } } } } }`,
      { w, c: change.crispId },
    );
    expect(one.website.helpdesk.change.files).toEqual([
      { change: 'added', path: 'fr/articles/facturation', metadata: { title: 'Facturation' } },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.history.change.resolve')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/history/change/${change.crispId}` },
    ]);
    const cancelled = await gateway.executeOk(mutate('cancelHelpdeskChange', 'cancelledChangeId'), {
      input: { changeId: change.id },
    });
    expect(cancelled.cancelHelpdeskChange.cancelledChangeId).toBe(change.id);
    expect(callsOf(sandbox, 'website.helpdesk.history.change.cancel')).toMatchObject([
      {
        method: 'DELETE',
        path: `/website/${w}/helpdesk/history/change/${change.crispId}`,
        body: { action: 'revert' },
      },
    ]);
    expect(sandbox.seed.helpdesk(w)!.locales.get('fr')!.trees.articles.has('facturation')).toBe(
      false,
    );
  });

  test('feedback ratings and feedback of a locale, within dates', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { helpdesk { locale(code: "en") {
        feedbackRatings { helpful unhelpful }
        feedbacks { edges { node { rating comment articleTitle conversation { crispId } createdAt } } }
        recent: feedbackRatings(from: "2026-01-15T04:00:00.000Z") { helpful unhelpful }
      } } } }`,
      { w },
    );
    const { locale } = data.website.helpdesk;
    expect(locale.feedbackRatings).toEqual({ helpful: 2, unhelpful: 1 });
    expect(locale.recent).toEqual({ helpful: 2, unhelpful: 0 });
    expect(locale.feedbacks.edges[2].node).toMatchObject({
      rating: 'UNHELPFUL',
      comment: 'Missing the yearly prices.',
      articleTitle: 'Choose a plan',
    });
    expect(callsOf(sandbox, 'website.helpdesk.feedback.ratings.map')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/feedback/ratings/en/articles`, query: {} },
      { query: { filter_date_start: '2026-01-15T04:00:00.000Z' } },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.feedback.list')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/feedback/list/en/articles/1` },
    ]);
  });

  test('a content refresh is asked for a locale', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(mutate('refreshHelpdeskContent', 'locale { id }'), {
      input: { localeId: `HelpdeskLocale:${w}:en` },
    });
    expect(data.refreshHelpdeskContent.locale.id).toBe(`HelpdeskLocale:${w}:en`);
    expect(callsOf(sandbox, 'website.helpdesk.refresh.request')).toMatchObject([
      { method: 'POST', path: `/website/${w}/helpdesk/refresh/en/articles`, body: {} },
    ]);
  });

  userTest('imports and exports need a user token', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    await gateway.executeOk(mutate('importHelpdeskContent', 'locale { crispId }'), {
      input: { localeId: 'en', helpdeskUrl: 'https://help.example.com/', detectLocales: true },
    });
    expect(callsOf(sandbox, 'website.helpdesk.import.external')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${w}/helpdesk/import/en/articles`,
        body: { helpdesk_url: 'https://help.example.com/', detect_locales: true },
      },
    ]);
    await gateway.executeOk(mutate('exportHelpdeskArticles', 'locale { crispId }'), {
      input: { localeId: 'en' },
    });
    expect(callsOf(sandbox, 'website.helpdesk.export.articles')).toMatchObject([
      { method: 'POST', path: `/website/${w}/helpdesk/export/en/articles`, body: {} },
    ]);
    expect(sandbox.seed.helpdesk(w)!.exports).toEqual(['en/articles']);
  });
});
