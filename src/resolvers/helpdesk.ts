import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { HelpdeskLocaleModel, HelpdeskModel } from '../datasources/helpdesk.ts';
import * as datasource from '../datasources/helpdesk.ts';
import { localeKey } from '../datasources/helpdesk.ts';
import { pageKey } from '../datasources/helpdesk-loaders.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { type Connection, pageConnection } from './page-connection.ts';

/** The helpdesk's name and URL (GET /helpdesk), once per website per request. */
export const details = (ctx: GatewayContext, h: HelpdeskModel) =>
  h.name !== undefined && h.url !== undefined
    ? h
    : ctx.loaders.helpdesk.load(assertWebsite(ctx, h.websiteId));

export const exists = (ctx: GatewayContext, websiteId: string) =>
  datasource.checkHelpdeskExists(ctx.crisp, assertWebsite(ctx, websiteId));

/** `Helpdesk.locales`: Crisp's numbered pages, each locale also primed for `HelpdeskLocale`. */
export async function locales(
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
): Promise<Connection<HelpdeskLocaleModel>> {
  const id = assertWebsite(ctx, websiteId);
  return pageConnection(
    args,
    async (n) => {
      const page = await ctx.loaders.helpdeskLocalePage.load(pageKey(id, n));
      for (const l of page) ctx.loaders.helpdeskLocale.prime(localeKey(id, l.locale), l);
      return page;
    },
    { name: 'Helpdesk.locales', parentId: id, idOf: (l) => l.locale },
  );
}

/** A locale's URL and counters: from its listing, else GET /helpdesk/locale/{locale}. */
export const localeDetails = (ctx: GatewayContext, l: HelpdeskLocaleModel) =>
  l.statistics !== undefined
    ? l
    : ctx.loaders.helpdeskLocale.load(localeKey(assertWebsite(ctx, l.websiteId), l.locale));

export const localeExists = (ctx: GatewayContext, websiteId: string, locale: string) =>
  datasource.checkHelpdeskLocaleExists(ctx.crisp, assertWebsite(ctx, websiteId), locale);
