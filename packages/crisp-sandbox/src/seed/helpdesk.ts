import {
  defaultHelpdeskSettings,
  emptyLocale,
  type LocaleRecord,
  setHelpdesk,
  stableUuid,
} from '../helpdesk/state.ts';
import { newNode } from '../helpdesk/tree.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

const HOUR = 3_600_000;

/** Each locale's articles: `[path, title, published]`, parents before children. */
const ARTICLES: Record<string, [string, string, boolean][]> = {
  en: [
    ['getting-started', 'Getting started', true],
    ['getting-started/create-account.md', 'Create your account', true],
    ['getting-started/setup', 'Set up', true],
    ['getting-started/setup/install-chatbox.md', 'Install the chatbox', true],
    ['getting-started/setup/invite-team.md', 'Invite your team', true],
    ['billing', 'Billing', true],
    ['billing/plans.md', 'Choose a plan', true],
    ['billing/invoices', 'Invoices', true],
    ['billing/invoices/download-invoice.md', 'Download an invoice', true],
    ['billing/invoices/refunds.md', 'Ask for a refund', false],
  ],
  fr: [
    ['premiers-pas', 'Premiers pas', true],
    ['premiers-pas/creer-un-compte.md', 'Créer votre compte', true],
    ['premiers-pas/installation', 'Installation', true],
    ['premiers-pas/installation/installer-la-chatbox.md', 'Installer la chatbox', true],
  ],
};

function seedLocale(website: WebsiteRecord, code: string, now: number): LocaleRecord {
  const websiteId = website.website.website_id as string;
  const author = website.operators.keys().next().value ?? '';
  const locale = emptyLocale(stableUuid(`${websiteId}/helpdesk/${code}`));
  ARTICLES[code]!.forEach(([path, title, isPublished], i) => {
    const node = newNode(path, author, now - (ARTICLES[code]!.length - i) * HOUR, {
      title,
      description: `${title}, step by step.`,
      state: { published: isPublished, hidden: false, featured: i === 1 },
    });
    node.entityId = stableUuid(`${websiteId}/helpdesk/${code}/articles/${path}`);
    if (node.type === 'file') node.content = `# ${title}\n\nThis article explains: ${title}.\n`;
    locale.trees.articles.set(path, node);
  });
  return locale;
}

/** Feedback left on the English articles, newest first (HelpdeskLocaleFeedbackItem). */
function seedFeedbacks(website: WebsiteRecord, locale: LocaleRecord, url: string, now: number) {
  const rated: [string, string, string][] = [
    ['getting-started/setup/install-chatbox.md', 'helpful', 'Clear, thanks.'],
    ['getting-started/create-account.md', 'helpful', ''],
    ['billing/plans.md', 'unhelpful', 'Missing the yearly prices.'],
  ];
  const sessions = [...website.conversations.keys()];
  const rows: Raw[] = rated.map(([path, rating, comment], i) => {
    const node = locale.trees.articles.get(path)!;
    return {
      rating,
      comment,
      article: {
        article_id: node.entityId,
        title: node.metadata.title,
        url: `${url}articles/${path.replace(/\.md$/, '')}/`,
      },
      session: { session_id: sessions[i] ?? `session_${stableUuid(path)}` },
      created_at: now - (i + 1) * 2 * HOUR,
    };
  });
  locale.feedbacks.articles.push(...rows);
}

/**
 * The first website's Knowledge Base: English and French, a few categories, sections and
 * articles, feedback and one redirection. Drawn after every other seed and from no random
 * source, so the data seeded before it stays the same.
 */
export function seedHelpdesk(website: WebsiteRecord, now: number): void {
  const basic = String(website.website.domain).split('.')[0]!;
  const name = `${website.website.name} Help`;
  const locales = new Map(
    Object.keys(ARTICLES).map((code) => [code, seedLocale(website, code, now)]),
  );
  seedFeedbacks(website, locales.get('en')!, `https://${basic}.crisp.help/en/`, now);
  const redirectionId = stableUuid(`${website.website.website_id}/helpdesk/redirection`);
  setHelpdesk(website, {
    name,
    domain: { basic, custom: '', verified: false },
    settings: defaultHelpdeskSettings(name),
    locales,
    redirections: new Map([
      [
        redirectionId,
        {
          redirection_id: redirectionId,
          path: '/install',
          target: `https://${basic}.crisp.help/en/articles/getting-started/setup/install-chatbox/`,
          created_at: now - 48 * HOUR,
          updated_at: now - 48 * HOUR,
        },
      ],
    ]),
    changes: [],
    imports: [],
    exports: [],
  });
}
