import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { NotFoundError } from '../datasources/crisp-errors.ts';
import type { WebsiteCreateInput, WebsiteModel, WebsiteRef } from '../datasources/website.ts';
import * as datasource from '../datasources/website.ts';
import { type Access, assertEveryWebsite, assertWebsite, mayUse } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { isGlobalId, type NodeRef, websiteRef } from '../request/node-id.ts';

/**
 * The website a field acts on: the id given (its global id or its raw UUID), else
 * CRISP_WEBSITE_ID. Fields of other nouns that take an optional `websiteId` use this too, so the
 * fallback and the access check (the caller's websites, and write access for `write`) behave the
 * same everywhere: FORBIDDEN, no Crisp call.
 */
export function websiteIdOrDefault(
  ctx: GatewayContext,
  id: string | null | undefined,
  access: Access = 'read',
): string {
  const given = id ?? ctx.defaultWebsiteId;
  if (!given) {
    throw new GraphQLError(
      'A website id is required: pass one, or set CRISP_WEBSITE_ID on the gateway.',
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'websiteId' },
      },
    );
  }
  // Arguments validated with websiteIdInputSchema arrive raw already; this covers any other.
  const [websiteId] = isGlobalId(given) ? websiteRef.fromInput(given, 'websiteId', []) : [given];
  return assertWebsite(ctx, websiteId, access);
}

/**
 * The website and Crisp id of the node a mutation writes to, named by its global id or by its
 * raw Crisp id within `websiteId` (default CRISP_WEBSITE_ID); write access is checked here.
 */
export function writeTarget<S extends readonly [z.ZodType<string>, z.ZodType<string>]>(
  ctx: GatewayContext,
  ref: NodeRef<S>,
  value: string,
  field: string,
  websiteId: string | null | undefined,
): { websiteId: string; id: string } {
  const [website, id] = ref.fromInput(value, field, [websiteId], [ctx.defaultWebsiteId]) as [
    string,
    string,
  ];
  return { websiteId: websiteIdOrDefault(ctx, website, 'write'), id };
}

/** The websites the token reaches, less those the caller may not use (never read). */
export async function websites(ctx: GatewayContext): Promise<WebsiteModel[]> {
  if (ctx.crisp.options.tier !== 'plugin') {
    const id = ctx.defaultWebsiteId;
    return id && mayUse(ctx.principal, id) ? [await ctx.loaders.website.load(id)] : [];
  }
  const ids = (await ctx.loaders.connectWebsiteIds.load('all')).filter((id) =>
    mayUse(ctx.principal, id),
  );
  const loaded = await ctx.loaders.website.loadMany(ids);
  return loaded.filter((w): w is WebsiteModel => {
    // A website can uninstall the plugin between the listing and the read: leave it out.
    if (w instanceof NotFoundError) return false;
    if (w instanceof Error) throw w;
    return true;
  });
}

/** A reference only: the website's own fields load it when selected (see `details`). */
export function website(ctx: GatewayContext, id: string | null | undefined): WebsiteRef {
  return { id: websiteIdOrDefault(ctx, id) };
}

/** The website's details: those already at hand, else one (per-request cached) read. */
export function details(
  ctx: GatewayContext,
  ref: WebsiteRef,
): WebsiteModel | Promise<WebsiteModel> {
  return 'name' in ref ? ref : ctx.loaders.website.load(ref.id);
}

export function websiteExists(ctx: GatewayContext, domain: string): Promise<boolean> {
  return datasource.checkWebsiteExists(ctx.crisp, domain);
}

export async function createWebsite(
  ctx: GatewayContext,
  input: WebsiteCreateInput,
): Promise<WebsiteModel> {
  // A new website is in no caller's list yet: only a caller allowed every website may create one.
  assertEveryWebsite(ctx, 'write');
  const created = await datasource.createWebsite(ctx.crisp, input);
  ctx.loaders.website.prime(created.id, created);
  return created;
}

export async function deleteWebsite(
  ctx: GatewayContext,
  websiteId: string,
  password: string,
): Promise<string> {
  const id = assertWebsite(ctx, websiteId, 'write');
  await datasource.deleteWebsite(ctx.crisp, id, password);
  return id;
}
