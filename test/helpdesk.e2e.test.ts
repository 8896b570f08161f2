import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { callsOf, test } from './support/rest.ts';

/** The seeded Knowledge Base of the first website: English and French articles. */
const acme = (sandbox: Sandbox) => sandbox.seed.websiteIds[0]!;
const helpdeskCalls = (sandbox: Sandbox) =>
  sandbox.calls.filter((c) => c.id.startsWith('website.helpdesk.'));

const HOME = `query($w: ID) { website(id: $w) { helpdesk {
  name url
  locales { edges { node { id crispId url
    categories { edges { node { id crispId title
      sections { edges { node { id title articles { edges { node { id title } } } } } }
      articles { edges { node { id title } } }
    } } }
  } } }
} } }`;

describe('a help-center home page', () => {
  test('reads locales, then each locale’s tree once, with sections and article titles from it', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(HOME, { w });
    const { helpdesk } = data.website;
    expect(helpdesk.name).toBe('Acme Support Help');
    expect(helpdesk.url).toBe('https://acme.crisp.help/');
    const [en, fr] = helpdesk.locales.edges.map((e: { node: unknown }) => e.node);
    expect(en).toMatchObject({ id: `HelpdeskLocale:${w}:en`, crispId: 'en' });
    expect(fr.crispId).toBe('fr');
    const started = en.categories.edges[0].node;
    expect(started).toMatchObject({
      id: `HelpdeskCategory:${w}:en:articles:getting-started`,
      crispId: 'getting-started',
      title: 'Getting started',
    });
    expect(started.articles.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      'Create your account',
    ]);
    const setup = started.sections.edges[0].node;
    expect(setup).toMatchObject({
      id: `HelpdeskSection:${w}:en:articles:getting-started/setup`,
      title: 'Set up',
    });
    expect(setup.articles.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      `HelpdeskArticle:${w}:en:articles:getting-started/setup/install-chatbox.md`,
      `HelpdeskArticle:${w}:en:articles:getting-started/setup/invite-team.md`,
    ]);
    expect(fr.categories.edges[0].node.sections.edges[0].node.title).toBe('Installation');

    // The lower bound: the helpdesk, one page of locales, one tree page per locale.
    expect(helpdeskCalls(sandbox).map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /website/${w}/helpdesk`,
      `GET /website/${w}/helpdesk/locales/1`,
      `GET /website/${w}/helpdesk/tree/list/en/articles/1`,
      `GET /website/${w}/helpdesk/tree/list/fr/articles/1`,
    ]);
    expect(sandbox.violations).toEqual([]);
  });

  test('the published articles of a locale come from its page list, with their addresses', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { helpdesk { locale(code: "en") {
        statistics { entries groups }
        articles(first: 2) { edges { node { crispId title pageEntityId page { url } } } pageInfo { hasNextPage } }
      } } } }`,
      { w },
    );
    const { locale } = data.website.helpdesk;
    expect(locale.statistics).toEqual({ entries: 6, groups: 4 });
    expect(locale.articles.edges[0].node).toMatchObject({
      crispId: 'getting-started/create-account.md',
      title: 'Create your account',
      pageEntityId: expect.any(String),
      page: { url: 'https://acme.crisp.help/en/articles/getting-started/create-account/' },
    });
    expect(locale.articles.pageInfo.hasNextPage).toBe(true);
    expect(callsOf(sandbox, 'website.helpdesk.page.list')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/page/list/en/articles/1` },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.locale.resolve')).toMatchObject([
      { path: `/website/${w}/helpdesk/locale/en` },
    ]);
    // The page URLs came with the list: no page reads.
    expect(callsOf(sandbox, 'website.helpdesk.tree.page.resolve')).toEqual([]);
  });
});

const ARTICLE_PAGE = `query($id: ID!) { node(id: $id) { ... on HelpdeskArticle {
  id crispId title isPublished content
  metadata { description isFeatured author { crispId } }
  page { title url }
  category { title } section { title }
} } }`;

describe('an article page', () => {
  test('reads the metadata, body and page of the article and its category and section once each', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const path = 'getting-started/setup/install-chatbox.md';
    const id = `HelpdeskArticle:${w}:en:articles:${path}`;
    const data = await gateway.executeOk(ARTICLE_PAGE, { id });
    expect(data.node).toMatchObject({
      id,
      crispId: path,
      title: 'Install the chatbox',
      isPublished: true,
      content: '# Install the chatbox\n\nThis article explains: Install the chatbox.\n',
      metadata: { description: 'Install the chatbox, step by step.', isFeatured: false },
      page: {
        title: 'Install the chatbox',
        url: 'https://acme.crisp.help/en/articles/getting-started/setup/install-chatbox/',
      },
      category: { title: 'Getting started' },
      section: { title: 'Set up' },
    });
    expect(data.node.metadata.author.crispId).toEqual(expect.any(String));
    const tree = `en/articles`;
    expect(
      helpdeskCalls(sandbox)
        .map((c) => `${c.method} ${c.path}`)
        .sort(),
    ).toEqual(
      [
        `GET /website/${w}/helpdesk/tree/content/${tree}/${path}`,
        `GET /website/${w}/helpdesk/tree/metadata/${tree}/${path}`,
        `GET /website/${w}/helpdesk/tree/page/${tree}/${path}`,
        `GET /website/${w}/helpdesk/tree/path/${tree}/getting-started`,
        `GET /website/${w}/helpdesk/tree/path/${tree}/getting-started/setup`,
      ].sort(),
    );
  });

  test('a missing article is null with NOT_FOUND; a malformed id costs no call', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const missing = await gateway.execute(ARTICLE_PAGE, {
      id: `HelpdeskArticle:${w}:en:articles:billing/missing.md`,
    });
    expect(missing.data?.node).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = sandbox.calls.length;
    const bad = await gateway.execute(ARTICLE_PAGE, {
      id: `HelpdeskArticle:${w}:en:articles:billing`,
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls.length).toBe(before);
  });

  test('locales, categories and sections resolve by node(id:)', async ({ gateway, sandbox }) => {
    const w = acme(sandbox);
    const data = await gateway.executeOk(
      `query($l: ID!, $c: ID!, $s: ID!) {
        l: node(id: $l) { ... on HelpdeskLocale { crispId url } }
        c: node(id: $c) { ... on HelpdeskCategory { title sections { edges { node { crispId } } } } }
        s: node(id: $s) { ... on HelpdeskSection { title category { crispId } } }
      }`,
      {
        l: `HelpdeskLocale:${w}:fr`,
        c: `HelpdeskCategory:${w}:en:articles:billing`,
        s: `HelpdeskSection:${w}:en:articles:billing/invoices`,
      },
    );
    expect(data.l).toEqual({ crispId: 'fr', url: 'https://acme.crisp.help/fr/' });
    expect(data.c).toEqual({
      title: 'Billing',
      sections: { edges: [{ node: { crispId: 'billing/invoices' } }] },
    });
    expect(data.s).toEqual({ title: 'Invoices', category: { crispId: 'billing' } });
  });
});

describe('a published article by its page', () => {
  test('publishedArticle reads the page entity and gives the article its path', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const node = sandbox.seed
      .helpdesk(w)!
      .locales.get('en')!
      .trees.articles.get('billing/plans.md')!;
    const data = await gateway.executeOk(
      `query($w: ID, $e: ID!) { website(id: $w) { helpdesk { locale(code: "en") {
        publishedArticle(pageEntityId: $e) { id title page { url } }
      } } } }`,
      { w, e: node.entityId },
    );
    expect(data.website.helpdesk.locale.publishedArticle).toEqual({
      id: `HelpdeskArticle:${w}:en:articles:billing/plans.md`,
      title: 'Choose a plan',
      page: { url: 'https://acme.crisp.help/en/articles/billing/plans/' },
    });
    expect(callsOf(sandbox, 'website.helpdesk.page.entity.resolve')).toMatchObject([
      { method: 'GET', path: `/website/${w}/helpdesk/page/entity/en/articles/${node.entityId}` },
    ]);
    expect(callsOf(sandbox, 'website.helpdesk.tree.page.resolve')).toEqual([]);
  });
});

describe('de-duplicated reads', () => {
  test('an article and a tree asked for twice in one query are read once each', async ({
    gateway,
    sandbox,
  }) => {
    const w = acme(sandbox);
    const id = `HelpdeskArticle:${w}:en:articles:billing/plans.md`;
    const data = await gateway.executeOk(
      `query($w: ID, $id: ID!) {
        a: node(id: $id) { ... on HelpdeskArticle { content metadata { title } } }
        b: node(id: $id) { ... on HelpdeskArticle { content title } }
        website(id: $w) { helpdesk { locale(code: "en") {
          one: categories { edges { node { title } } }
          two: categories { edges { node { sections { edges { node { title } } } } } }
          article(path: "billing/plans.md") { content }
        } } }
      }`,
      { w, id },
    );
    expect(data.a.content).toBe(data.b.content);
    expect(data.website.helpdesk.locale.article.content).toBe(data.a.content);
    expect(data.website.helpdesk.locale.one.edges).toHaveLength(2);
    expect(callsOf(sandbox, 'website.helpdesk.tree.content.resolve')).toHaveLength(1);
    expect(callsOf(sandbox, 'website.helpdesk.tree.metadata.resolve')).toHaveLength(1);
    expect(callsOf(sandbox, 'website.helpdesk.tree.list')).toHaveLength(1);
  });
});
