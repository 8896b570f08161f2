import { createHash } from 'node:crypto';
import { notFound, SandboxError } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

/** Crisp's content families (catalogue `HelpdeskContentType`). */
export const CONTENT_TYPES = ['articles', 'guides', 'references', 'news'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Where public helpdesk hosts live: `<basic>.crisp.help`. */
export const HELPDESK_ROOT = 'crisp.help';

/**
 * One node of a content tree. A path names it (`orders/delivery/shipping-policy.md`): a name
 * ending in `.md` is a `file` (an article), any other a `directory` (a category at depth one, a
 * section below it).
 */
export interface TreeNode {
  path: string;
  type: 'directory' | 'file';
  /** HelpdeskTreeMetadata: format, title, description, state, author, color, image. */
  metadata: Raw;
  content: string;
  /** The published page's id (`HelpdeskPage.entity_id`). */
  entityId: string;
  updatedAt: number;
}

/** One language: a tree per content family, each an ordered map (siblings keep this order). */
export interface LocaleRecord {
  localeId: string;
  trees: Record<ContentType, Map<string, TreeNode>>;
  /** HelpdeskLocaleFeedbackItem rows by content family, newest first. */
  feedbacks: Record<ContentType, Raw[]>;
}

/** A revision (HelpdeskHistoryChange) and how to undo it. */
export interface ChangeRecord {
  change: Raw;
  locale: string;
  type: ContentType;
  undo: () => void;
}

export interface HelpdeskRecord {
  name: string;
  domain: { basic: string; custom: string; verified: boolean };
  settings: Raw;
  locales: Map<string, LocaleRecord>;
  redirections: Map<string, Raw>;
  /** Newest first. */
  changes: ChangeRecord[];
  /** Imports started (HelpdeskLocaleExternalImport plus where), for tests to read. */
  imports: Raw[];
  /** Exports started, by `<locale>/<content type>`. */
  exports: string[];
}

// Beside the store rather than in it: only the helpdesk routes read these.
const helpdesks = new WeakMap<WebsiteRecord, HelpdeskRecord>();

/** The website's helpdesk, or undefined before `POST /helpdesk` (or after its deletion). */
export const helpdeskOf = (website: WebsiteRecord) => helpdesks.get(website);

export function setHelpdesk(website: WebsiteRecord, helpdesk: HelpdeskRecord | undefined): void {
  if (helpdesk) helpdesks.set(website, helpdesk);
  else helpdesks.delete(website);
}

/** The helpdesk, or Crisp's 404 when the website has none. */
export function requireHelpdesk(website: WebsiteRecord): HelpdeskRecord {
  const helpdesk = helpdeskOf(website);
  if (!helpdesk) throw notFound('helpdesk');
  return helpdesk;
}

export function requireLocale(helpdesk: HelpdeskRecord, locale: string): LocaleRecord {
  const record = helpdesk.locales.get(locale);
  if (!record) throw notFound('helpdesk locale');
  return record;
}

export function contentType(value: string | undefined): ContentType {
  if (!CONTENT_TYPES.includes(value as ContentType)) {
    throw new SandboxError('invalid_data', 'content_type is not a helpdesk content type');
  }
  return value as ContentType;
}

/** The tree a route names by `{locale}/{content_type}`. */
export function treeOf(website: WebsiteRecord, params: Record<string, string>) {
  const helpdesk = requireHelpdesk(website);
  const locale = requireLocale(helpdesk, params.locale!);
  const type = contentType(params.content_type);
  return { helpdesk, locale, type, tree: locale.trees[type], feedbacks: locale.feedbacks[type] };
}

/** A UUID derived from a name, so seeded ids are the same on every start. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const emptyLocale = (localeId: string): LocaleRecord => ({
  localeId,
  trees: { articles: new Map(), guides: new Map(), references: new Map(), news: new Map() },
  feedbacks: { articles: [], guides: [], references: [], news: [] },
});

export const helpdeskHost = (helpdesk: HelpdeskRecord) =>
  helpdesk.domain.custom || `${helpdesk.domain.basic}.${HELPDESK_ROOT}`;

/** The public URL of a locale, or of a page below it. */
export function helpdeskUrl(helpdesk: HelpdeskRecord, locale?: string, page = ''): string {
  const base = `https://${helpdeskHost(helpdesk)}/`;
  return locale ? `${base}${locale}/${page}` : base;
}

/** HelpdeskLocale: the language, its URL and its counters per content family. */
export function localeRaw(helpdesk: HelpdeskRecord, code: string, locale: LocaleRecord): Raw {
  const statistics: Raw = {};
  for (const type of CONTENT_TYPES) {
    const nodes = [...locale.trees[type].values()];
    statistics[type] = {
      entries: nodes.filter((n) => n.type === 'file').length,
      groups: nodes.filter((n) => n.type === 'directory').length,
    };
  }
  return { locale_id: locale.localeId, locale: code, url: helpdeskUrl(helpdesk, code), statistics };
}

/** Settings of a new helpdesk (HelpdeskSettings). */
export function defaultHelpdeskSettings(name: string): Raw {
  return {
    name,
    appearance: { color: { mode: 'light', mode_changeable: true }, logos: {} },
    localization: {
      writing_locale: 'en',
      translated_automatic: false,
      translated_locales_readonly: false,
    },
    section: { articles: 'Articles', guides: 'Guides', references: 'References', news: 'News' },
    behavior: {
      frequently_read: true,
      show_category_images: true,
      show_chatbox: true,
      ask_feedback: true,
      report_incorrect: false,
      serve_markdown: true,
      agent_chat_bar: false,
      agent_copy_button: false,
      table_of_contents: true,
      locale_picker: true,
      refer_link: false,
      forbid_indexing: false,
      status_health_dead: false,
    },
    service: { mcp_server: false },
    include: { html: '' },
    access: { restrict_mode: 'public' },
  };
}
