import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { callsOf, test, userTest } from './support/rest.ts';

const acme = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;
const tree = (sandbox: Sandbox, locale = 'en') =>
  sandbox.seed.helpdesk(acme(sandbox))!.locales.get(locale)!.trees.articles;

const mutate = (name: string, selection: string) =>
  `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} userErrors { code field } } }`;

describe('editing articles', () => {
  test('create, save the body, update the metadata, move and delete an article', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const base = `/website/${w}/helpdesk/tree`;
    const created = await gateway.executeOk(
      mutate('createHelpdeskArticle', 'article { id crispId }'),
      {
        input: { localeId: `HelpdeskLocale:${w}:en`, path: 'billing/vat.md' },
      },
    );
    expect(created.createHelpdeskArticle).toEqual({
      article: { id: `HelpdeskArticle:${w}:en:articles:billing/vat.md`, crispId: 'billing/vat.md' },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.helpdesk.tree.path.create')).toMatchObject([
      { method: 'POST', path: `${base}/path/en/articles/billing/vat.md`, body: {} },
    ]);
    const id = created.createHelpdeskArticle.article.id;

    const saved = await gateway.executeOk(
      mutate('saveHelpdeskArticleContent', 'article { content }'),
      {
        input: { id, content: '# VAT' },
      },
    );
    expect(saved.saveHelpdeskArticleContent.article.content).toBe('# VAT');
    expect(callsOf(sandbox, 'website.helpdesk.tree.content.save')).toMatchObject([
      {
        method: 'PUT',
        path: `${base}/content/en/articles/billing/vat.md`,
        body: { content: '# VAT' },
      },
    ]);

    // A raw tree path takes its scope from the input: the locale, and the configured website.
    const updated = await gateway.executeOk(
      mutate('updateHelpdeskArticle', 'article { title metadata { isPublished } }'),
      {
        input: {
          id: 'billing/vat.md',
          websiteId: w,
          locale: 'en',
          title: 'VAT rates',
          isPublished: true,
        },
      },
    );
    expect(updated.updateHelpdeskArticle.article).toEqual({
      title: 'VAT rates',
      metadata: { isPublished: true },
    });
    // The title came from the input; the metadata was read back once.
    expect(callsOf(sandbox, 'website.helpdesk.tree.metadata.resolve')).toHaveLength(1);
    expect(callsOf(sandbox, 'website.helpdesk.tree.metadata.update')).toMatchObject([
      {
        method: 'PATCH',
        path: `${base}/metadata/en/articles/billing/vat.md`,
        body: { title: 'VAT rates', state: { published: true } },
      },
    ]);

    const moved = await gateway.executeOk(
      mutate('moveHelpdeskArticle', 'article { id section { crispId } }'),
      {
        input: { id, to: 'billing/invoices/vat.md', position: 0 },
      },
    );
    expect(moved.moveHelpdeskArticle.article).toEqual({
      id: `HelpdeskArticle:${w}:en:articles:billing/invoices/vat.md`,
      section: { crispId: 'billing/invoices' },
    });
    expect(callsOf(sandbox, 'website.helpdesk.tree.path.update')).toMatchObject([
      {
        method: 'PATCH',
        path: `${base}/path/en/articles/billing/vat.md`,
        body: { action: 'move', path: { to: 'billing/invoices/vat.md' }, position: 0 },
      },
    ]);
    expect([...tree(sandbox).keys()].filter((p) => p.startsWith('billing/invoices/'))[0]).toBe(
      'billing/invoices/vat.md',
    );

    const removedId = moved.moveHelpdeskArticle.article.id;
    const removed = await gateway.executeOk(mutate('deleteHelpdeskArticle', 'removedArticleId'), {
      input: { id: removedId },
    });
    expect(removed.deleteHelpdeskArticle.removedArticleId).toBe(removedId);
    expect(callsOf(sandbox, 'website.helpdesk.tree.path.delete')).toMatchObject([
      { method: 'DELETE', path: `${base}/path/en/articles/billing/invoices/vat.md` },
    ]);
    expect(tree(sandbox).has('billing/invoices/vat.md')).toBe(false);
  });

  test('a path of the wrong kind, or an id of another type, is a user error costing no call', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const bad = await gateway.execute(mutate('createHelpdeskArticle', 'article { id }'), {
      input: { localeId: `HelpdeskLocale:${w}:en`, path: 'billing' },
    });
    expect(
      bad.errors?.[0]?.extensions?.code ?? bad.data?.createHelpdeskArticle?.userErrors?.[0]?.code,
    ).toBe('BAD_USER_INPUT');
    const wrongType = await gateway.executeOk(mutate('deleteHelpdeskArticle', 'removedArticleId'), {
      input: { id: `HelpdeskCategory:${w}:en:articles:billing` },
    });
    expect(wrongType.deleteHelpdeskArticle).toEqual({
      removedArticleId: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'id'] }],
    });
    expect(sandbox.calls.filter((c) => c.id.startsWith('website.helpdesk.'))).toEqual([]);
  });

  test('a missing article is NOT_FOUND', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(mutate('saveHelpdeskArticleContent', 'article { id }'), {
      input: { id: `HelpdeskArticle:${w}:en:articles:billing/none.md`, content: 'x' },
    });
    expect(data.saveHelpdeskArticleContent).toEqual({
      article: null,
      userErrors: [{ code: 'NOT_FOUND', field: null }],
    });
  });
});

describe('editing categories and sections', () => {
  test('create, update, move and delete a category and a section', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const localeId = `HelpdeskLocale:${w}:fr`;
    const category = await gateway.executeOk(mutate('createHelpdeskCategory', 'category { id }'), {
      input: { localeId, path: 'facturation' },
    });
    const categoryId = category.createHelpdeskCategory.category.id;
    expect(categoryId).toBe(`HelpdeskCategory:${w}:fr:articles:facturation`);
    const section = await gateway.executeOk(
      mutate('createHelpdeskSection', 'section { id category { crispId } }'),
      {
        input: { localeId, path: 'facturation/factures' },
      },
    );
    expect(section.createHelpdeskSection.section.category.crispId).toBe('facturation');
    const updated = await gateway.executeOk(
      mutate('updateHelpdeskCategory', 'category { title }'),
      {
        input: { id: categoryId, title: 'Facturation', color: '#ff0000' },
      },
    );
    expect(updated.updateHelpdeskCategory.category.title).toBe('Facturation');
    expect(tree(sandbox, 'fr').get('facturation')!.metadata).toMatchObject({
      title: 'Facturation',
      color: '#ff0000',
    });
    await gateway.executeOk(mutate('updateHelpdeskSection', 'section { id }'), {
      input: { id: section.createHelpdeskSection.section.id, isHidden: true },
    });
    expect(tree(sandbox, 'fr').get('facturation/factures')!.metadata.state.hidden).toBe(true);
    const moved = await gateway.executeOk(mutate('moveHelpdeskCategory', 'category { id }'), {
      input: { id: categoryId, position: 0 },
    });
    expect(moved.moveHelpdeskCategory.category.id).toBe(categoryId);
    expect([...tree(sandbox, 'fr').keys()][0]).toBe('facturation');
    const movedSection = await gateway.executeOk(mutate('moveHelpdeskSection', 'section { id }'), {
      input: { id: section.createHelpdeskSection.section.id, to: 'premiers-pas/factures' },
    });
    expect(movedSection.moveHelpdeskSection.section.id).toBe(
      `HelpdeskSection:${w}:fr:articles:premiers-pas/factures`,
    );
    await gateway.executeOk(mutate('deleteHelpdeskSection', 'removedSectionId'), {
      input: { id: movedSection.moveHelpdeskSection.section.id },
    });
    const removed = await gateway.executeOk(mutate('deleteHelpdeskCategory', 'removedCategoryId'), {
      input: { id: categoryId },
    });
    expect(removed.deleteHelpdeskCategory.removedCategoryId).toBe(categoryId);
    expect([...tree(sandbox, 'fr').keys()].some((p) => p.includes('factur'))).toBe(false);
  });
});

describe('the helpdesk and its locales', () => {
  test('add and delete a locale', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const added = await gateway.executeOk(mutate('addHelpdeskLocale', 'locale { id url }'), {
      input: { websiteId: w, code: 'de' },
    });
    expect(added.addHelpdeskLocale.locale).toEqual({
      id: `HelpdeskLocale:${w}:de`,
      url: 'https://acme.crisp.help/de/',
    });
    expect(callsOf(sandbox, 'website.helpdesk.locale.add')).toMatchObject([
      { method: 'POST', path: `/website/${w}/helpdesk/locale`, body: { locale: 'de' } },
    ]);
    const has = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { helpdesk { hasLocale(code: "de") } hasHelpdesk } }`,
      { w },
    );
    expect(has.website).toEqual({ helpdesk: { hasLocale: true }, hasHelpdesk: true });
    expect(callsOf(sandbox, 'website.helpdesk.locale.check')).toMatchObject([
      { method: 'HEAD', path: `/website/${w}/helpdesk/locale/de` },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.check')).toMatchObject([
      { method: 'HEAD', path: `/website/${w}/helpdesk` },
    ]);
    const removed = await gateway.executeOk(mutate('deleteHelpdeskLocale', 'removedLocaleId'), {
      input: { websiteId: w, localeId: 'de' },
    });
    expect(removed.deleteHelpdeskLocale.removedLocaleId).toBe(`HelpdeskLocale:${w}:de`);
    expect(callsOf(sandbox, 'website.helpdesk.locale.delete')).toMatchObject([
      { method: 'DELETE', path: `/website/${w}/helpdesk/locale/de` },
    ]);
  });

  test('a malformed locale code is refused before any call', async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(mutate('addHelpdeskLocale', 'locale { id }'), {
      input: { websiteId: acme(sandbox), code: 'Not a locale!' },
    });
    expect(data.addHelpdeskLocale.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'code'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });

  userTest('initialize and delete a helpdesk with a user token', async ({ gateway, sandbox }) => {
    const w = sandbox.seed.websiteIds[1]!;
    const created = await gateway.executeOk(mutate('initializeHelpdesk', 'helpdesk { name url }'), {
      input: { websiteId: w, name: 'Globex Help', domainBasic: 'globex' },
    });
    expect(created.initializeHelpdesk.helpdesk).toEqual({
      name: 'Globex Help',
      url: 'https://globex.crisp.help/',
    });
    expect(callsOf(sandbox, 'website.helpdesk.initialize')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${w}/helpdesk`,
        body: { name: 'Globex Help', domain_basic: 'globex' },
      },
    ]);
    const wrong = await gateway.executeOk(mutate('deleteHelpdesk', 'website { id }'), {
      input: { websiteId: w, verify: { secret: 'nope' } },
    });
    expect(wrong.deleteHelpdesk.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    const deleted = await gateway.executeOk(mutate('deleteHelpdesk', 'website { crispId }'), {
      input: { websiteId: w, verify: { secret: sandbox.seed.password } },
    });
    expect(deleted.deleteHelpdesk).toEqual({ website: { crispId: w }, userErrors: [] });
    expect(callsOf(sandbox, 'website.helpdesk.delete').at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/website/${w}/helpdesk`,
      body: { verify: { method: 'password', secret: sandbox.seed.password } },
    });
    expect(sandbox.seed.helpdesk(w)).toBeUndefined();
  });
});
