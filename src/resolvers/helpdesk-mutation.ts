import type { ZodType } from 'zod';
import type { HelpdeskContentType, HelpdeskLocaleModel } from '../datasources/helpdesk.ts';
import * as datasource from '../datasources/helpdesk.ts';
import * as jobs from '../datasources/helpdesk-feedback.ts';
import type { TreeMetadataPatch } from '../datasources/helpdesk-metadata.ts';
import * as metadata from '../datasources/helpdesk-metadata.ts';
import type { TreeKey, TreeNodeModel } from '../datasources/helpdesk-tree.ts';
import * as treeSource from '../datasources/helpdesk-tree.ts';
import type { GatewayContext } from '../request/context.ts';
import { helpdeskLocaleRef, type NodeRef } from '../request/node-id.ts';
import { bareNode } from './helpdesk-tree.ts';
import { websiteIdOrDefault } from './website.ts';

/** The helpdesk's website: `websiteId`, else CRISP_WEBSITE_ID; write access checked. */
const websiteOf = (ctx: GatewayContext, websiteId: string | null | undefined) =>
  websiteIdOrDefault(ctx, websiteId, 'write');

export async function initializeHelpdesk(
  ctx: GatewayContext,
  input: { websiteId?: string | null; name: string; domainBasic: string },
) {
  const websiteId = websiteOf(ctx, input.websiteId);
  await datasource.initializeHelpdesk(ctx.crisp, websiteId, input);
  return { helpdesk: { websiteId, name: input.name } };
}

export async function deleteHelpdesk(
  ctx: GatewayContext,
  input: { websiteId?: string | null; verify: { method: string; secret: string } },
) {
  const websiteId = websiteOf(ctx, input.websiteId);
  await datasource.deleteHelpdesk(ctx.crisp, websiteId, input.verify);
  return { website: { id: websiteId } };
}

/**
 * An item an input names by its global id or by Crisp's id on `websiteId` (else
 * CRISP_WEBSITE_ID): its website, write access checked, and its Crisp id.
 */
export function websiteItemOf(
  ctx: GatewayContext,
  ref: NodeRef<readonly [ZodType, ZodType]>,
  field: string,
  value: string,
  websiteId: string | null | undefined,
): [string, string] {
  const [w, id] = ref.fromInput(value, field, [websiteId], [ctx.defaultWebsiteId]) as [
    string,
    string,
  ];
  return [websiteOf(ctx, w), id];
}

/** A locale an input names: its global id, or its code on `websiteId` (else CRISP_WEBSITE_ID). */
export interface LocaleTarget {
  websiteId?: string | null;
  localeId: string;
}

export function localeOf(ctx: GatewayContext, input: LocaleTarget): HelpdeskLocaleModel {
  const [websiteId, locale] = websiteItemOf(
    ctx,
    helpdeskLocaleRef,
    'input.localeId',
    input.localeId,
    input.websiteId,
  );
  return { websiteId, locale };
}

export async function addHelpdeskLocale(
  ctx: GatewayContext,
  input: { websiteId?: string | null; code: string },
) {
  const websiteId = websiteOf(ctx, input.websiteId);
  await datasource.addHelpdeskLocale(ctx.crisp, websiteId, input.code);
  return { locale: { websiteId, locale: input.code } };
}

export async function deleteHelpdeskLocale(ctx: GatewayContext, input: LocaleTarget) {
  const locale = localeOf(ctx, input);
  await datasource.deleteHelpdeskLocale(ctx.crisp, locale.websiteId, locale.locale);
  return { removed: locale };
}

/** A category, section or article an input names: its global id, or its path in the scope given. */
export interface TreeTarget {
  id: string;
  websiteId?: string | null;
  locale?: string | null;
  contentType?: HelpdeskContentType | null;
}

type TreeRef = NodeRef<readonly ZodType[]>;

export function treeNodeOf(ctx: GatewayContext, ref: TreeRef, field: string, input: TreeTarget) {
  const [websiteId, locale, contentType, path] = ref.fromInput(
    input.id,
    field,
    [input.websiteId, input.locale, input.contentType],
    [ctx.defaultWebsiteId, undefined, 'articles'],
  ) as [string, string, HelpdeskContentType, string];
  return { websiteId: websiteOf(ctx, websiteId), locale, contentType, path };
}

/** POST …/tree/path: a new category, section or article at `path` of the locale's tree. */
export async function createTreeNode(
  ctx: GatewayContext,
  input: LocaleTarget & { contentType: HelpdeskContentType; path: string },
): Promise<TreeNodeModel> {
  const locale = localeOf(ctx, input);
  const key: TreeKey = { ...locale, contentType: input.contentType, path: input.path };
  await treeSource.createHelpdeskTreePath(ctx.crisp, key);
  return bareNode(key);
}

/** PATCH …/tree/metadata: the node as written, its title from the input. */
export async function updateTreeNode(
  ctx: GatewayContext,
  key: TreeKey,
  patch: TreeMetadataPatch,
): Promise<TreeNodeModel> {
  await metadata.updateHelpdeskTreeMetadata(ctx.crisp, key, patch);
  // What the write set; the rest reads back when asked.
  return patch.title ? { ...bareNode(key), title: patch.title } : bareNode(key);
}

/** PUT …/tree/content: the article's new body. */
export async function saveArticleContent(ctx: GatewayContext, key: TreeKey, content: string) {
  await treeSource.saveHelpdeskTreeContent(ctx.crisp, key, content);
  return bareNode(key);
}

/** PATCH …/tree/path: the node at its new path (or its old one, reordered). */
export async function moveTreeNode(
  ctx: GatewayContext,
  key: TreeKey,
  move: { to?: string | null; position?: number | null },
): Promise<TreeNodeModel> {
  await treeSource.updateHelpdeskTreePath(ctx.crisp, key, move);
  return bareNode({ ...key, path: move.to ?? key.path });
}

/** DELETE …/tree/path: the node and what it holds; the key of what was removed. */
export async function deleteTreeNode(ctx: GatewayContext, key: TreeKey): Promise<TreeKey> {
  await treeSource.deleteHelpdeskTreePath(ctx.crisp, key);
  return key;
}

/** Starts a job Crisp runs on a locale's content family: rebuild, import, export. */
export async function localeJob(
  ctx: GatewayContext,
  job: 'refresh' | 'import' | 'export',
  input: LocaleTarget & {
    contentType: HelpdeskContentType;
    helpdeskUrl?: string;
    detectLocales?: boolean | null;
    otherLocales?: string[] | null;
  },
) {
  const locale = localeOf(ctx, input);
  const scope = { ...locale, contentType: input.contentType };
  if (job === 'refresh') await jobs.requestHelpdeskContentRefresh(ctx.crisp, scope);
  else if (job === 'export') await jobs.exportHelpdeskLocaleArticles(ctx.crisp, scope);
  else
    await jobs.importExternalHelpdeskToLocale(ctx.crisp, scope, {
      ...input,
      helpdeskUrl: String(input.helpdeskUrl),
    });
  return { locale };
}
