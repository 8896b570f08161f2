import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { HelpdeskContentType } from '../datasources/helpdesk.ts';
import { pageKey } from '../datasources/helpdesk-loaders.ts';
import type { TreeMetadataModel } from '../datasources/helpdesk-metadata.ts';
import {
  kindOf,
  resolveHelpdeskPageEntity,
  type TreeKey,
  type TreeNodeKind,
  type TreeNodeModel,
  treeKey,
} from '../datasources/helpdesk-tree.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { type Connection, PAGE_SIZE, pageConnection } from './page-connection.ts';

/** A locale's tree of one content family, as the key of its root. */
export const rootOf = (
  l: { websiteId: string; locale: string },
  contentType: HelpdeskContentType,
): TreeKey => ({ websiteId: l.websiteId, locale: l.locale, contentType, path: '' });

/** A node known by its key alone: its fields read what they need. */
export const bareNode = (k: TreeKey): TreeNodeModel => ({ ...k, kind: kindOf(k.path) });

/** The loader key of a node, once the caller may read its website. */
const keyOf = (ctx: GatewayContext, k: TreeKey) =>
  treeKey({ ...k, websiteId: assertWebsite(ctx, k.websiteId) });

/** `HelpdeskLocale.categories`: the root of the tree, Crisp's numbered pages. */
export function categories(
  ctx: GatewayContext,
  root: TreeKey,
  args: DefaultConnectionArguments,
): Promise<Connection<TreeNodeModel>> {
  const key = keyOf(ctx, root);
  return pageConnection(args, (n) => ctx.loaders.helpdeskTreeList.load(pageKey(key, n)), {
    name: 'HelpdeskLocale.categories',
    parentId: key,
    idOf: (node) => node.path,
  });
}

/** `HelpdeskLocale.articles`: the published articles (Crisp's pages), numbered pages. */
export function publishedArticles(
  ctx: GatewayContext,
  root: TreeKey,
  args: DefaultConnectionArguments,
): Promise<Connection<TreeNodeModel>> {
  const key = keyOf(ctx, root);
  return pageConnection(args, (n) => ctx.loaders.helpdeskPages.load(pageKey(key, n)), {
    name: 'HelpdeskLocale.articles',
    parentId: key,
    idOf: (node) => node.path,
  });
}

/** What a directory holds: from the listing that gave it, else GET /helpdesk/tree/path. */
export async function children(ctx: GatewayContext, node: TreeNodeModel) {
  if (node.children) return node.children;
  return (await ctx.loaders.helpdeskTreeEntry.load(keyOf(ctx, node))).children ?? [];
}

/** The children of one kind as a connection, cut from the list in hand with id cursors. */
export async function childConnection(
  ctx: GatewayContext,
  node: TreeNodeModel,
  kind: TreeNodeKind,
  args: DefaultConnectionArguments,
): Promise<Connection<TreeNodeModel>> {
  const list = (await children(ctx, node)).filter((c) => c.kind === kind);
  return pageConnection(args, async (n) => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), {
    name: `${node.kind}.${kind}`,
    parentId: treeKey(node),
    idOf: (c) => c.path,
  });
}

export const metadata = (ctx: GatewayContext, node: TreeKey): Promise<TreeMetadataModel> =>
  ctx.loaders.helpdeskMetadata.load(keyOf(ctx, node));

/**
 * What the node's listing said of it (title, state), else a read: an article's metadata (which
 * an article page reads anyway), a directory's entry (which its children come with).
 */
export async function listed(
  ctx: GatewayContext,
  node: TreeNodeModel,
): Promise<{
  title: string | null;
  published: boolean | null;
  hidden: boolean | null;
  featured: boolean | null;
}> {
  if (node.title !== undefined && node.state !== undefined) {
    const s = node.state;
    return {
      title: node.title,
      published: s?.published ?? null,
      hidden: s?.hidden ?? null,
      featured: s?.featured ?? null,
    };
  }
  if (node.kind === 'ARTICLE') {
    const m = await metadata(ctx, node);
    return {
      title: node.title ?? m.title,
      published: m.isPublished,
      hidden: m.isHidden,
      featured: m.isFeatured,
    };
  }
  const entry = await ctx.loaders.helpdeskTreeEntry.load(keyOf(ctx, node));
  return {
    title: node.title ?? entry.title ?? null,
    published: entry.state?.published ?? null,
    hidden: entry.state?.hidden ?? null,
    featured: entry.state?.featured ?? null,
  };
}

export const content = (ctx: GatewayContext, node: TreeKey) =>
  ctx.loaders.helpdeskContent.load(keyOf(ctx, node));

/** The public page: a listed page's URL, else GET /helpdesk/tree/page. */
export const page = (ctx: GatewayContext, node: TreeKey) =>
  ctx.loaders.helpdeskPage.load(keyOf(ctx, node));

/** The directory `depth` segments deep above a node (1: its category, 2: its section). */
export function ancestor(node: TreeNodeModel, depth: number): TreeNodeModel | null {
  const segments = node.path.split('/');
  if (segments.length <= depth) return null;
  const { websiteId, locale, contentType } = node;
  return bareNode({ websiteId, locale, contentType, path: segments.slice(0, depth).join('/') });
}

/** `node(id:)` of an article: its metadata, so a missing one is null with NOT_FOUND. */
export async function article(ctx: GatewayContext, k: TreeKey): Promise<TreeNodeModel> {
  const m = await metadata(ctx, k);
  return {
    ...bareNode(k),
    title: m.title,
    state: {
      published: m.isPublished ?? undefined,
      hidden: m.isHidden ?? undefined,
      featured: m.isFeatured ?? undefined,
    },
  };
}

/** A published article by its page's entity id (GET /helpdesk/page/entity). */
export function publishedArticle(ctx: GatewayContext, root: TreeKey, entityId: string) {
  const { websiteId, locale, contentType } = root;
  return resolveHelpdeskPageEntity(
    ctx.crisp,
    { websiteId: assertWebsite(ctx, websiteId), locale, contentType },
    entityId,
  );
}

/** `node(id:)` of a category or section: its entry, children included. */
export async function directory(ctx: GatewayContext, k: TreeKey): Promise<TreeNodeModel> {
  const entry = await ctx.loaders.helpdeskTreeEntry.load(keyOf(ctx, k));
  return { ...entry, ...k, kind: kindOf(k.path) };
}
