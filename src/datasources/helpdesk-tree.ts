import type { CrispClient } from './crisp-client.ts';
import { route, Segments } from './crisp-request.ts';
import type { HelpdeskContentType } from './helpdesk.ts';

/**
 * A locale's content tree (Crisp's Knowledge Base since 11.0.0): a path names each node,
 * `orders/delivery/shipping-policy.md`, relative to its locale and content family. A first-level
 * directory is a category, a second-level one a section, a Markdown file an article.
 */

/** Where a tree node lives. Every part is also a part of its global id. */
export interface TreeKey {
  websiteId: string;
  locale: string;
  contentType: HelpdeskContentType;
  path: string;
}

export type TreeNodeKind = 'CATEGORY' | 'SECTION' | 'ARTICLE';

/** Catalogue `HelpdeskTreeState`. */
export interface TreeStateRaw {
  published?: boolean;
  hidden?: boolean;
  featured?: boolean;
}

/** Catalogue `HelpdeskTreeEntry`. */
export interface TreeEntryRaw {
  type?: string;
  slug?: string;
  title?: string;
  state?: TreeStateRaw;
  children?: TreeEntryRaw[];
}

/**
 * A category, section or article: its key alone (from an id or an input), or with what a listing
 * gave. `children` is undefined until its parent's entry was read with them.
 */
export interface TreeNodeModel extends TreeKey {
  kind: TreeNodeKind;
  title?: string | null;
  state?: TreeStateRaw | null;
  children?: TreeNodeModel[];
  /** From the published pages only (`HelpdeskPage`). */
  entityId?: string | null;
  url?: string | null;
}

/** `<websiteId>:<locale>:<contentType>:<path>`: the loader key, and the parts of the global id. */
export const treeKey = (k: TreeKey) => `${k.websiteId}:${k.locale}:${k.contentType}:${k.path}`;

export function parseTreeKey(key: string): TreeKey {
  const [websiteId, locale, contentType, path] = key.split(':') as [
    string,
    string,
    HelpdeskContentType,
    string,
  ];
  return { websiteId, locale, contentType, path };
}

/** What a path names: a `.md` file is an article, a directory a category or, below one, a section. */
export function kindOf(path: string, type?: string): TreeNodeKind {
  if (type === 'file' || path.endsWith('.md')) return 'ARTICLE';
  return path.includes('/') ? 'SECTION' : 'CATEGORY';
}

/** An entry of a listing below `parent` ('' for the root), with its children when Crisp gave them. */
export function toTreeNode(parent: TreeKey, raw: TreeEntryRaw): TreeNodeModel {
  const path = parent.path ? `${parent.path}/${raw.slug}` : String(raw.slug);
  const key = { ...parent, path };
  return {
    ...key,
    kind: kindOf(path, raw.type),
    title: raw.title ?? null,
    state: raw.state ?? null,
    children: raw.children?.map((c) => toTreeNode(key, c)),
  };
}

const tree = (k: TreeKey) => new Segments(k.path);

/**
 * GET /website/{website_id}/helpdesk/tree/list/{locale}/{content_type}/{page_number}: the entries
 * directly below `under.path` (the root when empty), each directory with its children. Its
 * title search and date range list bare slugs with no path, so the schema does not offer them.
 */
export async function listHelpdeskTree(
  crisp: CrispClient,
  under: TreeKey,
  page: number,
): Promise<TreeNodeModel[]> {
  const { websiteId, locale, contentType } = under;
  const rows = await crisp.get<TreeEntryRaw[]>(
    route`/website/${websiteId}/helpdesk/tree/list/${locale}/${contentType}/${page}`,
    { sub_path: under.path || undefined },
  );
  return rows.map((raw) => toTreeNode(under, raw));
}

/** POST …/helpdesk/tree/path/{locale}/{content_type}/{tree_path}: a new category, section or article. */
export async function createHelpdeskTreePath(crisp: CrispClient, k: TreeKey): Promise<void> {
  await crisp.post(
    route`/website/${k.websiteId}/helpdesk/tree/path/${k.locale}/${k.contentType}/${tree(k)}`,
    {},
  );
}

/** GET …/helpdesk/tree/path/{locale}/{content_type}/{tree_path}: the node and its children. */
export async function resolveHelpdeskTreePath(
  crisp: CrispClient,
  k: TreeKey,
): Promise<TreeNodeModel> {
  const raw = await crisp.get<TreeEntryRaw>(
    route`/website/${k.websiteId}/helpdesk/tree/path/${k.locale}/${k.contentType}/${tree(k)}`,
  );
  // The entry's slug is its path's last segment: the node keeps the path it was asked by.
  const segments = k.path.split('/');
  const slug = segments.pop();
  return toTreeNode({ ...k, path: segments.join('/') }, { ...raw, slug });
}

/** PATCH …/helpdesk/tree/path/…: moves the node to `to` and/or to `position` among its siblings. */
export async function updateHelpdeskTreePath(
  crisp: CrispClient,
  k: TreeKey,
  move: { to?: string | null; position?: number | null },
): Promise<void> {
  await crisp.patch(
    route`/website/${k.websiteId}/helpdesk/tree/path/${k.locale}/${k.contentType}/${tree(k)}`,
    {
      action: 'move',
      ...(move.to ? { path: { to: move.to } } : {}),
      ...(move.position != null ? { position: move.position } : {}),
    },
  );
}

/** DELETE …/helpdesk/tree/path/…: the node and everything below it. */
export async function deleteHelpdeskTreePath(crisp: CrispClient, k: TreeKey): Promise<void> {
  await crisp.delete(
    route`/website/${k.websiteId}/helpdesk/tree/path/${k.locale}/${k.contentType}/${tree(k)}`,
  );
}

/** GET …/helpdesk/tree/content/…: the Markdown body. */
export async function resolveHelpdeskTreeContent(crisp: CrispClient, k: TreeKey): Promise<string> {
  const raw = await crisp.get<{ content?: string }>(
    route`/website/${k.websiteId}/helpdesk/tree/content/${k.locale}/${k.contentType}/${tree(k)}`,
  );
  return raw.content ?? '';
}

/** PUT …/helpdesk/tree/content/…: replaces the body. */
export async function saveHelpdeskTreeContent(
  crisp: CrispClient,
  k: TreeKey,
  content: string,
): Promise<void> {
  await crisp.put(
    route`/website/${k.websiteId}/helpdesk/tree/content/${k.locale}/${k.contentType}/${tree(k)}`,
    { content },
  );
}

/** GET …/helpdesk/tree/page/…: the public page's title and URL. */
export async function resolveHelpdeskTreePage(
  crisp: CrispClient,
  k: TreeKey,
): Promise<{ title: string | null; url: string | null }> {
  const raw = await crisp.get<{ title?: string; url?: string }>(
    route`/website/${k.websiteId}/helpdesk/tree/page/${k.locale}/${k.contentType}/${tree(k)}`,
  );
  return { title: raw.title ?? null, url: raw.url ?? null };
}

/** Catalogue `HelpdeskPage`: a published article. */
interface HelpdeskPageRaw {
  entity_id?: string;
  title?: string;
  tree_path?: string;
  url?: string;
}

function toPage(locale: Omit<TreeKey, 'path'>, raw: HelpdeskPageRaw): TreeNodeModel {
  const path = String(raw.tree_path);
  return {
    ...locale,
    path,
    kind: kindOf(path),
    title: raw.title ?? null,
    entityId: raw.entity_id ?? null,
    url: raw.url ?? null,
  };
}

/** GET …/helpdesk/page/list/{locale}/{content_type}/{page_number}: the published articles. */
export async function listHelpdeskPages(
  crisp: CrispClient,
  locale: Omit<TreeKey, 'path'>,
  page: number,
): Promise<TreeNodeModel[]> {
  const { websiteId, contentType } = locale;
  const rows = await crisp.get<HelpdeskPageRaw[]>(
    route`/website/${websiteId}/helpdesk/page/list/${locale.locale}/${contentType}/${page}`,
  );
  return rows.map((raw) => toPage(locale, raw));
}

/** GET …/helpdesk/page/entity/{locale}/{content_type}/{entity_id}: one published article. */
export async function resolveHelpdeskPageEntity(
  crisp: CrispClient,
  locale: Omit<TreeKey, 'path'>,
  entityId: string,
): Promise<TreeNodeModel> {
  const { websiteId, contentType } = locale;
  const raw = await crisp.get<HelpdeskPageRaw>(
    route`/website/${websiteId}/helpdesk/page/entity/${locale.locale}/${contentType}/${entityId}`,
  );
  return toPage(locale, raw);
}
