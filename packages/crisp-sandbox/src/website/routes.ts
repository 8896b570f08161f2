import { deepMerge } from '../deep-merge.ts';
import type { Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import { checkVerify } from '../operator/password.ts';
import { newWebsite } from './website.ts';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const websiteRoutes: Routes = {
  'website.base.check_exists': ({ store, query }) => {
    const domain = query.domain?.toLowerCase();
    if (!domain) throw invalidData('domain is required');
    return [...store.websites.values()].some(
      (w) => String(w.website.domain).toLowerCase() === domain,
    );
  },

  'website.base.create': ({ store, body, token }) => {
    const name = String(body.name).trim();
    const domain = String(body.domain).trim().toLowerCase();
    if (!name) throw invalidData('name must not be empty');
    if (!DOMAIN.test(domain)) throw invalidData('domain must be a domain name');
    const record = newWebsite(store, name, domain);
    store.websites.set(record.website.website_id, record);
    token.websiteIds.add(record.website.website_id);
    return record.website;
  },

  'website.base.get': ({ website }) => website.website,

  // Crisp schedules the deletion (owners get days to cancel it); the website keeps answering.
  'website.base.delete': ({ website, body, store }) => {
    checkVerify(body.verify);
    website.deletionScheduledAt ??= store.now();
    return {};
  },

  'website.base.abort_deletion': ({ website }) => {
    delete website.deletionScheduledAt;
    return {};
  },

  'website.settings.get': ({ website }) => website.settings,

  'website.settings.update': ({ website, body }) => {
    const patch = { ...body };
    delete patch.website_id; // the id in the body is informative, never a move
    website.settings = deepMerge(website.settings, patch);
    // The website card mirrors the settings' identity fields.
    for (const key of ['name', 'domain', 'logo'] as const) {
      if (typeof patch[key] === 'string') website.website[key] = patch[key];
    }
    return {};
  },
};
