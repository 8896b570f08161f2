import { randomUUID } from 'node:crypto';
import { deepMerge } from '../deep-merge.ts';
import type { Routes } from '../http/handler.ts';
import { invalidData, notFound, page, SandboxError } from '../http/reply.ts';
import { checkVerify } from '../operator/password.ts';
import type { Raw } from '../store.ts';
import {
  defaultHelpdeskSettings,
  emptyLocale,
  HELPDESK_ROOT,
  helpdeskOf,
  helpdeskUrl,
  localeRaw,
  requireHelpdesk,
  requireLocale,
  setHelpdesk,
} from './state.ts';

/** A sub-domain label of the default host (`<basic>.crisp.help`). */
const BASIC = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** A locale code: `en`, `pt-br`. */
const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

function requireRedirection(redirections: Map<string, Raw>, id: string) {
  const redirection = redirections.get(id);
  if (!redirection) throw notFound('helpdesk redirection');
  return redirection;
}

/** The helpdesk itself, its languages, redirections, settings and domain. */
export const helpdeskRoutes: Routes = {
  'website.helpdesk.check': ({ website }) => helpdeskOf(website) !== undefined,

  'website.helpdesk.resolve': ({ website }) => {
    const helpdesk = requireHelpdesk(website);
    return { name: helpdesk.name, url: helpdeskUrl(helpdesk) };
  },

  'website.helpdesk.initialize': ({ website, body }) => {
    if (helpdeskOf(website)) throw new SandboxError('not_allowed', 'the helpdesk exists');
    const name = String(body.name).trim();
    const basic = String(body.domain_basic).toLowerCase();
    if (!name) throw invalidData('name must not be empty');
    if (!BASIC.test(basic)) throw invalidData('domain_basic must be a host label');
    setHelpdesk(website, {
      name,
      domain: { basic, custom: '', verified: false },
      settings: defaultHelpdeskSettings(name),
      locales: new Map(),
      redirections: new Map(),
      changes: [],
      imports: [],
      exports: [],
    });
    return {};
  },

  'website.helpdesk.delete': ({ website, body }) => {
    requireHelpdesk(website);
    checkVerify(body.verify);
    setHelpdesk(website, undefined);
    return {};
  },

  'website.helpdesk.locales.list': ({ website, page: n }) => {
    const helpdesk = requireHelpdesk(website);
    const rows = [...helpdesk.locales].map(([code, l]) => localeRaw(helpdesk, code, l));
    return page(rows, n);
  },

  'website.helpdesk.locale.add': ({ website, body }) => {
    const helpdesk = requireHelpdesk(website);
    const code = String(body.locale).toLowerCase();
    if (!LOCALE.test(code)) throw invalidData('locale must be a locale code');
    if (helpdesk.locales.has(code)) throw new SandboxError('not_allowed', 'the locale exists');
    helpdesk.locales.set(code, emptyLocale(randomUUID()));
    return {};
  },

  'website.helpdesk.locale.check': ({ website, params }) =>
    helpdeskOf(website)?.locales.has(params.locale!) ?? false,

  'website.helpdesk.locale.resolve': ({ website, params }) => {
    const helpdesk = requireHelpdesk(website);
    return localeRaw(helpdesk, params.locale!, requireLocale(helpdesk, params.locale!));
  },

  'website.helpdesk.locale.delete': ({ website, params }) => {
    const helpdesk = requireHelpdesk(website);
    requireLocale(helpdesk, params.locale!);
    helpdesk.locales.delete(params.locale!);
    return {};
  },

  'website.helpdesk.redirections.list': ({ website, page: n }) =>
    page([...requireHelpdesk(website).redirections.values()], n),

  'website.helpdesk.redirection.add': ({ website, body, store }) => {
    const { redirections } = requireHelpdesk(website);
    const path = String(body.path);
    if (!path.startsWith('/')) throw invalidData('path must start with /');
    if ([...redirections.values()].some((r) => r.path === path)) {
      throw new SandboxError('not_allowed', 'a redirection of this path exists');
    }
    const at = store.now();
    const id = randomUUID();
    redirections.set(id, {
      redirection_id: id,
      path,
      target: String(body.target),
      created_at: at,
      updated_at: at,
    });
    return {};
  },

  'website.helpdesk.redirection.check': ({ website, params }) =>
    helpdeskOf(website)?.redirections.has(params.redirection_id!) ?? false,

  'website.helpdesk.redirection.resolve': ({ website, params }) =>
    requireRedirection(requireHelpdesk(website).redirections, params.redirection_id!),

  'website.helpdesk.redirection.delete': ({ website, params }) => {
    const { redirections } = requireHelpdesk(website);
    requireRedirection(redirections, params.redirection_id!);
    redirections.delete(params.redirection_id!);
    return {};
  },

  'website.helpdesk.settings.resolve': ({ website }) => requireHelpdesk(website).settings,

  'website.helpdesk.settings.save': ({ website, body }) => {
    const helpdesk = requireHelpdesk(website);
    helpdesk.settings = deepMerge(helpdesk.settings, body);
    if (typeof body.name === 'string') helpdesk.name = body.name;
    return {};
  },

  'website.helpdesk.domain.resolve': ({ website }) => {
    const { domain } = requireHelpdesk(website);
    return { root: HELPDESK_ROOT, ...domain };
  },

  'website.helpdesk.domain.change.request': ({ website, body }) => {
    const { domain } = requireHelpdesk(website);
    if (body.basic !== undefined) {
      if (!BASIC.test(body.basic)) throw invalidData('basic must be a host label');
      domain.basic = body.basic;
    }
    if (body.custom !== undefined) {
      // An empty custom host removes it; a new one waits for its DNS records to be verified.
      if (body.custom !== '' && !HOST.test(body.custom)) throw invalidData('custom must be a host');
      domain.custom = body.custom;
      domain.verified = false;
    }
    return {};
  },

  'website.helpdesk.domain.setup.generate': ({ website, query }) => {
    const { domain } = requireHelpdesk(website);
    const custom = query.custom ?? domain.custom;
    if (!custom || !HOST.test(custom)) throw invalidData('custom must be a host');
    return {
      custom,
      records: [{ type: 'CNAME', name: custom, value: `${domain.basic}.${HELPDESK_ROOT}` }],
    };
  },
};
