import { HelpdeskContentType } from 'crisp-api';
import { describe, expect, test } from 'vitest';
import { helpdeskScope } from './fidelity-scope.ts';
import {
  acmeId,
  failure,
  plugin,
  sandbox,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client calls each helpdesk (Knowledge Base) route through its own methods:
 * the tree path goes into the URL verbatim, slashes and all, and the sandbox serves it.
 */
useFidelitySandbox();

const ARTICLES = HelpdeskContentType.Articles;
const helpdesk = () => plugin.website;

describe('the helpdesk and its locales', () => {
  test('checkHelpdeskExists, resolveHelpdesk, listHelpdeskLocales, resolveHelpdeskLocale, checkHelpdeskLocaleExists', async () => {
    await expect(helpdesk().checkHelpdeskExists(acmeId)).resolves.toEqual({});
    expect(await helpdesk().resolveHelpdesk(acmeId)).toEqual({
      name: 'Acme Support Help',
      url: 'https://acme.crisp.help/',
    });
    const locales = await helpdesk().listHelpdeskLocales(acmeId, 1);
    expect(locales.map((l) => l.locale)).toEqual(['en', 'fr']);
    expect(locales[0]!.statistics!.articles).toEqual({ entries: 6, groups: 4 });
    expect(await helpdesk().resolveHelpdeskLocale(acmeId, 'fr')).toEqual(locales[1]);
    await expect(helpdesk().checkHelpdeskLocaleExists(acmeId, 'fr')).resolves.toEqual({});
    expect(await failure(helpdesk().checkHelpdeskLocaleExists(acmeId, 'de'))).toMatchObject({
      code: 404,
    });
  });

  test('addHelpdeskLocale and deleteHelpdeskLocale', async () => {
    await helpdesk().addHelpdeskLocale(acmeId, 'de');
    expect((await helpdesk().resolveHelpdeskLocale(acmeId, 'de')).locale).toBe('de');
    await helpdesk().deleteHelpdeskLocale(acmeId, 'de');
    expect(await failure(helpdesk().resolveHelpdeskLocale(acmeId, 'de'))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });

  test('initializeHelpdesk and deleteHelpdesk need a user token and a password', async () => {
    const other = sandbox.seed.websiteIds[1]!;
    expect(await failure(plugin.website.initializeHelpdesk(other, 'Globex', 'globex'))).toEqual({
      message: 'restricted_route_tier',
      code: 403,
    });
    await user.website.initializeHelpdesk(other, 'Globex Help', 'globex');
    expect(await user.website.resolveHelpdesk(other)).toEqual({
      name: 'Globex Help',
      url: 'https://globex.crisp.help/',
    });
    await user.website.deleteHelpdesk(other, { method: 'password', secret: 'sandbox-password' });
    expect(await failure(user.website.resolveHelpdesk(other))).toMatchObject({ code: 404 });
  });
});

describe('the content tree', () => {
  test('listHelpdeskTree nests sections and articles; resolveHelpdeskTreePath takes a path with slashes', async () => {
    const tree = await helpdesk().listHelpdeskTree(acmeId, 'en', ARTICLES, 1);
    expect(tree.map((e) => e.slug)).toEqual(['getting-started', 'billing']);
    expect(tree[0]!.children!.map((c) => [c.type, c.slug])).toEqual([
      ['file', 'create-account.md'],
      ['directory', 'setup'],
    ]);
    const section = await helpdesk().resolveHelpdeskTreePath(
      acmeId,
      'en',
      ARTICLES,
      'getting-started/setup',
    );
    expect(section.children!.map((c) => c.title)).toEqual([
      'Install the chatbox',
      'Invite your team',
    ]);
    const search = await helpdesk().listHelpdeskTree(acmeId, 'en', ARTICLES, 1, null, 'invoice');
    expect(search.map((e) => e.slug)).toEqual(['download-invoice.md']);
  });

  test('create, save content, update metadata, move and delete a tree path', async () => {
    const path = 'billing/vat.md';
    await helpdesk().createHelpdeskTreePath(acmeId, 'en', ARTICLES, path);
    await helpdesk().saveHelpdeskTreeContent(acmeId, 'en', ARTICLES, path, '# VAT');
    expect(await helpdesk().resolveHelpdeskTreeContent(acmeId, 'en', ARTICLES, path)).toEqual({
      content: '# VAT',
    });
    await helpdesk().updateHelpdeskTreeMetadata(acmeId, 'en', ARTICLES, path, {
      title: 'VAT rates',
      state: { published: true },
    });
    expect(
      await helpdesk().resolveHelpdeskTreeMetadata(acmeId, 'en', ARTICLES, path),
    ).toMatchObject({ title: 'VAT rates', state: { published: true, hidden: false } });
    expect(await helpdesk().resolveHelpdeskTreePage(acmeId, 'en', ARTICLES, path)).toEqual({
      title: 'VAT rates',
      url: 'https://acme.crisp.help/en/articles/billing/vat/',
    });
    await helpdesk().updateHelpdeskTreePath(acmeId, 'en', ARTICLES, path, {
      action: 'move',
      path: { to: 'billing/invoices/vat.md' },
      position: 0,
    });
    const invoices = await helpdesk().resolveHelpdeskTreePath(
      acmeId,
      'en',
      ARTICLES,
      'billing/invoices',
    );
    expect(invoices.children![0]!.slug).toBe('vat.md');
    await helpdesk().deleteHelpdeskTreePath(acmeId, 'en', ARTICLES, 'billing/invoices/vat.md');
    expect(
      await failure(helpdesk().resolveHelpdeskTreePath(acmeId, 'en', ARTICLES, 'billing/vat.md')),
    ).toMatchObject({ code: 404 });
  });

  test('listHelpdeskPages and resolveHelpdeskPageEntity serve the published articles', async () => {
    const pages = await helpdesk().listHelpdeskPages(acmeId, 'en', ARTICLES, 1);
    expect(pages.map((p) => p.tree_path)).not.toContain('billing/invoices/refunds.md');
    expect(pages).toHaveLength(5);
    expect(
      await helpdesk().resolveHelpdeskPageEntity(acmeId, 'en', ARTICLES, pages[0]!.entity_id!),
    ).toEqual(pages[0]);
    await helpdesk().requestHelpdeskContentRefresh(acmeId, 'en', ARTICLES);
  });

  test('listHelpdeskHistoryChanges, resolveHelpdeskHistoryChange and cancelHelpdeskHistoryChange', async () => {
    await helpdesk().createHelpdeskTreePath(acmeId, 'fr', ARTICLES, 'facturation');
    const changes = await helpdesk().listHelpdeskHistoryChanges(acmeId, 1, 'fr');
    expect(changes[0]).toMatchObject({ message: 'Create facturation' });
    const change = await helpdesk().resolveHelpdeskHistoryChange(acmeId, changes[0]!.change_id!);
    expect(change.files).toMatchObject([{ change: 'added', path: 'fr/articles/facturation' }]);
    await helpdesk().cancelHelpdeskHistoryChange(acmeId, change.change_id!, 'revert');
    expect(
      await failure(helpdesk().resolveHelpdeskTreePath(acmeId, 'fr', ARTICLES, 'facturation')),
    ).toMatchObject({ code: 404 });
  });
});

describe('feedback, imports and exports', () => {
  test('mapHelpdeskLocaleFeedbackRatings and listHelpdeskLocaleFeedbacks', async () => {
    expect(await helpdesk().mapHelpdeskLocaleFeedbackRatings(acmeId, 'en', ARTICLES)).toEqual({
      ratings: { helpful: 2, unhelpful: 1 },
    });
    const feedbacks = await helpdesk().listHelpdeskLocaleFeedbacks(acmeId, 'en', ARTICLES, 1);
    expect(feedbacks.map((f) => f.rating)).toEqual(['helpful', 'helpful', 'unhelpful']);
    expect(feedbacks[2]!.article!.title).toBe('Choose a plan');
  });

  test('importExternalHelpdeskToLocale and exportHelpdeskLocaleArticles need a user token', async () => {
    await user.website.importExternalHelpdeskToLocale(acmeId, 'en', ARTICLES, {
      helpdesk_url: 'https://help.example.com/',
      detect_locales: false,
    });
    await user.website.exportHelpdeskLocaleArticles(acmeId, 'en', ARTICLES);
    expect(sandbox.seed.helpdesk(acmeId)!.exports).toEqual(['en/articles']);
    expect(sandbox.seed.helpdesk(acmeId)!.imports).toMatchObject([
      { helpdesk_url: 'https://help.example.com/', locale: 'en' },
    ]);
  });
});

describe('redirections, settings and domain', () => {
  test('list, add, check, resolve and delete redirections', async () => {
    await helpdesk().addHelpdeskRedirection(acmeId, '/pricing', '/en/articles/billing/plans/');
    const list = await helpdesk().listHelpdeskRedirections(acmeId, 1);
    expect(list.map((r) => r.path)).toEqual(['/install', '/pricing']);
    const id = list[1]!.redirection_id!;
    await expect(helpdesk().checkHelpdeskRedirectionExists(acmeId, id)).resolves.toEqual({});
    expect(await helpdesk().resolveHelpdeskRedirection(acmeId, id)).toEqual(list[1]);
    await helpdesk().deleteHelpdeskRedirection(acmeId, id);
    expect(await failure(helpdesk().resolveHelpdeskRedirection(acmeId, id))).toMatchObject({
      code: 404,
    });
  });

  test('resolveHelpdeskSettings and saveHelpdeskSettings', async () => {
    await helpdesk().saveHelpdeskSettings(acmeId, { behavior: { show_chatbox: false } });
    const settings = await helpdesk().resolveHelpdeskSettings(acmeId);
    expect(settings.behavior).toMatchObject({ show_chatbox: false, ask_feedback: true });
  });

  test('resolveHelpdeskDomain, requestHelpdeskDomainChange, generateHelpdeskDomainSetupFlow', async () => {
    expect(await user.website.resolveHelpdeskDomain(acmeId)).toEqual({
      root: 'crisp.help',
      basic: 'acme',
      custom: '',
      verified: false,
    });
    await user.website.requestHelpdeskDomainChange(acmeId, 'acme-help', 'help.acme.example');
    expect(await user.website.resolveHelpdeskDomain(acmeId)).toMatchObject({
      basic: 'acme-help',
      custom: 'help.acme.example',
    });
    expect(await user.website.generateHelpdeskDomainSetupFlow(acmeId)).toMatchObject({
      records: [{ type: 'CNAME', name: 'help.acme.example', value: 'acme-help.crisp.help' }],
    });
  });
});

testClientCoverage('helpdeskScope', helpdeskScope);
