import { randomUUID } from 'node:crypto';
import { invalidData, notFound, SandboxError } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';
import type { ContentType, HelpdeskRecord, TreeNode } from './state.ts';

/** Segments of a tree path: lower-case slugs; an article's last one ends in `.md`. */
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

export const isFile = (path: string) => path.endsWith('.md');
export const parentOf = (path: string) => path.split('/').slice(0, -1).join('/');
export const slugOf = (path: string) => path.split('/').at(-1)!;

/** A readable title from a slug: `shipping-policy.md` → `Shipping policy`. */
export function titleOf(path: string): string {
  const words = slugOf(path).replace(/\.md$/, '').replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Checks a path a write names: slugs only; categories at depth one, sections at depth two,
 * articles inside a category or a section (Crisp's Knowledge Base tree).
 */
export function checkPath(path: string): void {
  const segments = path.split('/');
  if (!segments.every((s) => SEGMENT.test(s))) throw invalidData('tree_path is not a tree path');
  const depth = segments.length;
  if (isFile(path) ? depth < 2 || depth > 3 : depth > 2) {
    throw invalidData('tree_path is too deep or too shallow for its kind');
  }
}

export function requireNode(tree: Map<string, TreeNode>, path: string): TreeNode {
  const node = tree.get(path);
  if (!node) throw notFound('helpdesk tree path');
  return node;
}

/** The nodes directly below `parent` ('' for the root), in tree order. */
export const childrenOf = (tree: Map<string, TreeNode>, parent: string) =>
  [...tree.values()].filter((n) => parentOf(n.path) === parent);

const inside = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

/** HelpdeskTreeEntry of a node, its directories carrying their children (recursive). */
export function entryRaw(tree: Map<string, TreeNode>, node: TreeNode): Raw {
  const entry: Raw = {
    type: node.type,
    slug: slugOf(node.path),
    title: node.metadata.title,
    state: node.metadata.state,
  };
  if (node.type === 'directory') {
    entry.children = childrenOf(tree, node.path).map((c) => entryRaw(tree, c));
  }
  return entry;
}

export function newNode(path: string, author: string, at: number, metadata: Raw = {}): TreeNode {
  return {
    path,
    type: isFile(path) ? 'file' : 'directory',
    metadata: {
      format: 'markdown',
      title: titleOf(path),
      description: '',
      state: { published: false, hidden: false, featured: false },
      author: { user_id: author },
      ...metadata,
    },
    content: '',
    entityId: randomUUID(),
    updatedAt: at,
  };
}

/** Moves a node (and what it holds) to `to`, and/or to `position` among its siblings. */
export function moveNode(
  tree: Map<string, TreeNode>,
  from: string,
  to: string,
  position: number | undefined,
): void {
  const node = requireNode(tree, from);
  if (to !== from) {
    checkPath(to);
    if (isFile(to) !== isFile(from)) throw invalidData('a move keeps the kind of the node');
    if (tree.has(to)) throw new SandboxError('not_allowed', 'the destination path exists');
    if (parentOf(to) && !tree.get(parentOf(to))) throw notFound('destination parent');
    if (inside(to, from)) throw invalidData('a node cannot move inside itself');
  }
  const moved = [...tree.values()].filter((n) => inside(n.path, from));
  for (const n of moved) n.path = to + n.path.slice(from.length);
  const rest = [...tree.values()].filter((n) => !moved.includes(n));
  const siblings = rest.filter((n) => parentOf(n.path) === parentOf(node.path));
  const anchor = position === undefined ? undefined : siblings[Math.max(0, position)];
  const at = anchor ? rest.indexOf(anchor) : rest.length;
  tree.clear();
  for (const n of [...rest.slice(0, at), ...moved, ...rest.slice(at)]) tree.set(n.path, n);
}

/** Removes a node and what it holds; the removed nodes, for the history. */
export function removeNode(tree: Map<string, TreeNode>, path: string): TreeNode[] {
  requireNode(tree, path);
  const removed = [...tree.values()].filter((n) => inside(n.path, path));
  for (const n of removed) tree.delete(n.path);
  return removed;
}

const copy = (node: TreeNode): TreeNode => structuredClone(node);

/**
 * Runs a write on a tree and logs it as a revision (HelpdeskHistoryChange) whose cancel puts
 * back the whole tree as it was before the write.
 */
export function logChange(
  helpdesk: HelpdeskRecord,
  website: WebsiteRecord,
  where: { locale: string; type: ContentType; tree: Map<string, TreeNode> },
  message: string,
  at: number,
  write: () => { change: string; path: string }[],
): void {
  const before = [...where.tree.values()].map(copy);
  const files = write();
  const owner = [...website.operators.values()].find((o) => o.details.role === 'owner')?.details;
  const changeId = randomUUID();
  helpdesk.changes.unshift({
    locale: where.locale,
    type: where.type,
    change: {
      change_id: changeId,
      message,
      author: {
        email: owner?.email ?? 'owner@sandbox.example',
        name: owner ? `${owner.first_name} ${owner.last_name}` : 'Owner',
      },
      edits: { insertions: files.length, deletions: 0 },
      created_at: at,
      files: files.map((f) => {
        const node = where.tree.get(f.path);
        return {
          change: f.change,
          path: `${where.locale}/${where.type}/${f.path}`,
          ...(node ? { metadata: node.metadata, content: node.content } : {}),
        };
      }),
    },
    undo: () => {
      where.tree.clear();
      for (const n of before) where.tree.set(n.path, n);
    },
  });
}
