import { deepMerge } from '../deep-merge.ts';
import type { RouteContext, Routes } from '../http/handler.ts';
import { invalidData, notFound, page, SandboxError } from '../http/reply.ts';
import type { Raw } from '../store.ts';
import {
  type ContentType,
  contentType,
  type HelpdeskRecord,
  helpdeskUrl,
  requireHelpdesk,
  type TreeNode,
  treeOf,
} from './state.ts';
import {
  checkPath,
  childrenOf,
  entryRaw,
  logChange,
  moveNode,
  newNode,
  parentOf,
  removeNode,
  requireNode,
} from './tree.ts';

/** `filter_date_start` / `filter_date_end` as a test on a time; invalid dates are refused. */
function dateFilter(query: Record<string, string>): (at: number) => boolean {
  const bound = (name: string) => {
    const value = query[name];
    if (value === undefined) return undefined;
    const at = Date.parse(value);
    if (Number.isNaN(at)) throw invalidData(`${name} must be an ISO 8601 date`);
    return at;
  };
  const start = bound('filter_date_start') ?? Number.NEGATIVE_INFINITY;
  const end = bound('filter_date_end') ?? Number.POSITIVE_INFINITY;
  return (at) => at >= start && at <= end;
}

/** The public page of a published article (HelpdeskPage). */
function pageRaw(helpdesk: HelpdeskRecord, locale: string, type: ContentType, node: TreeNode) {
  return {
    entity_id: node.entityId,
    title: node.metadata.title,
    tree_path: node.path,
    url: helpdeskUrl(helpdesk, locale, `${type}/${node.path.replace(/\.md$/, '')}/`),
  };
}

const published = (n: TreeNode) => n.type === 'file' && n.metadata.state?.published === true;

/** The node `{tree_path}` names in the tree `{locale}/{content_type}` names. */
function nodeAt({ website, params }: RouteContext) {
  const where = treeOf(website, params);
  return { ...where, path: params.tree_path!, node: requireNode(where.tree, params.tree_path!) };
}

/** Runs a tree write as one logged revision. */
function write(ctx: RouteContext, message: string, run: () => { change: string; path: string }[]) {
  const where = treeOf(ctx.website, ctx.params);
  logChange(
    where.helpdesk,
    ctx.website,
    { locale: ctx.params.locale!, type: where.type, tree: where.tree },
    message,
    ctx.store.now(),
    run,
  );
  return {};
}

/** Each locale's content trees, their pages, revisions, feedback, imports and exports. */
export const helpdeskTreeRoutes: Routes = {
  'website.helpdesk.page.list': ({ website, params, page: n }) => {
    const { helpdesk, tree, type } = treeOf(website, params);
    const pages = [...tree.values()].filter(published);
    return page(
      pages.map((p) => pageRaw(helpdesk, params.locale!, type, p)),
      n,
    );
  },

  'website.helpdesk.page.entity.resolve': ({ website, params }) => {
    const { helpdesk, tree, type } = treeOf(website, params);
    const node = [...tree.values()].find((p) => published(p) && p.entityId === params.entity_id);
    if (!node) throw notFound('helpdesk page');
    return pageRaw(helpdesk, params.locale!, type, node);
  },

  'website.helpdesk.tree.list': ({ website, params, query, page: n }) => {
    const { tree } = treeOf(website, params);
    const root = query.sub_path ?? '';
    if (root && requireNode(tree, root).type !== 'directory') {
      throw invalidData('sub_path must name a directory');
    }
    const when = dateFilter(query);
    const search = query.search_title?.toLowerCase();
    const filtered = ['search_title', 'filter_date_start', 'filter_date_end'].some(
      (name) => query[name] !== undefined,
    );
    if (!filtered) {
      return page(
        childrenOf(tree, root).map((node) => entryRaw(tree, node)),
        n,
      );
    }
    // A search or a date range lists the matching articles below the root, flat.
    const matches = [...tree.values()].filter(
      (node) =>
        node.type === 'file' &&
        (!root || node.path.startsWith(`${root}/`)) &&
        when(node.updatedAt) &&
        (search === undefined || String(node.metadata.title).toLowerCase().includes(search)),
    );
    return page(
      matches.map((node) => entryRaw(tree, node)),
      n,
    );
  },

  'website.helpdesk.tree.path.create': (ctx) => {
    const { tree } = treeOf(ctx.website, ctx.params);
    const path = ctx.params.tree_path!;
    checkPath(path);
    if (tree.has(path)) throw new SandboxError('not_allowed', 'the tree path exists');
    if (parentOf(path) && !tree.has(parentOf(path))) throw notFound('parent tree path');
    const author = ctx.website.operators.keys().next().value ?? '';
    return write(ctx, `Create ${path}`, () => {
      tree.set(path, newNode(path, author, ctx.store.now()));
      return [{ change: 'added', path }];
    });
  },

  'website.helpdesk.tree.path.resolve': (ctx) => {
    const { tree, node } = nodeAt(ctx);
    return entryRaw(tree, node);
  },

  'website.helpdesk.tree.path.update': (ctx) => {
    const { tree, path } = nodeAt(ctx);
    const { action, path: to, position } = ctx.body;
    if (action !== 'move') throw invalidData('action must be move');
    const destination = (to?.to as string | undefined) ?? path;
    return write(ctx, `Move ${path}`, () => {
      moveNode(tree, path, destination, position);
      return [{ change: destination === path ? 'modified' : 'renamed', path: destination }];
    });
  },

  'website.helpdesk.tree.path.delete': (ctx) => {
    const { tree, path } = nodeAt(ctx);
    return write(ctx, `Delete ${path}`, () =>
      removeNode(tree, path).map((n) => ({ change: 'removed', path: n.path })),
    );
  },

  'website.helpdesk.tree.content.resolve': (ctx) => ({ content: nodeAt(ctx).node.content }),

  'website.helpdesk.tree.content.save': (ctx) => {
    const { node, path } = nodeAt(ctx);
    return write(ctx, `Update ${path}`, () => {
      node.content = String(ctx.body.content);
      node.updatedAt = ctx.store.now();
      return [{ change: 'modified', path }];
    });
  },

  'website.helpdesk.tree.metadata.resolve': (ctx) => nodeAt(ctx).node.metadata,

  'website.helpdesk.tree.metadata.update': (ctx) => {
    const { node, path } = nodeAt(ctx);
    return write(ctx, `Update ${path}`, () => {
      node.metadata = deepMerge(node.metadata, ctx.body);
      node.updatedAt = ctx.store.now();
      return [{ change: 'modified', path }];
    });
  },

  'website.helpdesk.tree.page.resolve': (ctx) => {
    const { helpdesk, type, node } = nodeAt(ctx);
    const { title, url } = pageRaw(helpdesk, ctx.params.locale!, type, node);
    return { title, url };
  },

  'website.helpdesk.history.changes.list': ({ website, query, page: n }) => {
    const { changes } = requireHelpdesk(website);
    const rows = changes.filter(
      (c) =>
        (query.filter_locale === undefined || c.locale === query.filter_locale) &&
        (query.filter_type === undefined || c.type === query.filter_type) &&
        (query.filter_tree_path === undefined ||
          c.change.files.some((f: Raw) => f.path.endsWith(`/${c.type}/${query.filter_tree_path}`))),
    );
    return page(
      rows.map((c) => c.change),
      n,
    );
  },

  'website.helpdesk.history.change.resolve': ({ website, params }) => {
    const found = requireHelpdesk(website).changes.find(
      (c) => c.change.change_id === params.change_id,
    );
    if (!found) throw notFound('helpdesk change');
    return found.change;
  },

  'website.helpdesk.history.change.cancel': ({ website, params, body }) => {
    const helpdesk = requireHelpdesk(website);
    const at = helpdesk.changes.findIndex((c) => c.change.change_id === params.change_id);
    if (at < 0) throw notFound('helpdesk change');
    if (body.action !== 'revert') throw invalidData('action must be revert');
    helpdesk.changes[at]!.undo();
    helpdesk.changes.splice(at, 1);
    return {};
  },

  'website.helpdesk.refresh.request': ({ website, params }) => {
    treeOf(website, params);
    return {};
  },

  'website.helpdesk.feedback.ratings.map': ({ website, params, query }) => {
    const when = dateFilter(query);
    const rows = treeOf(website, params).feedbacks.filter((f) => when(f.created_at));
    const count = (rating: string) => rows.filter((f) => f.rating === rating).length;
    return { ratings: { helpful: count('helpful'), unhelpful: count('unhelpful') } };
  },

  'website.helpdesk.feedback.list': ({ website, params, query, page: n }) => {
    const when = dateFilter(query);
    return page(
      treeOf(website, params).feedbacks.filter((f) => when(f.created_at)),
      n,
    );
  },

  'website.helpdesk.import.external': ({ website, params, body }) => {
    const { helpdesk } = treeOf(website, params);
    helpdesk.imports.push({ ...body, locale: params.locale, content_type: params.content_type });
    return {};
  },

  'website.helpdesk.export.articles': ({ website, params }) => {
    const { helpdesk } = treeOf(website, params);
    helpdesk.exports.push(`${params.locale}/${contentType(params.content_type)}`);
    return {};
  },
};
