import { z } from 'zod';

/**
 * The one place that knows Crisp's id formats. Crisp writes its ids in lower case and looks them
 * up as sent, so each parser checks the format and lower-cases: a pasted upper-case id then
 * reaches the same record, loader key and access check as the canonical one, and a malformed id
 * is refused before any call.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const crispId = <Kind extends string>(pattern: string, message: string) =>
  z
    .string()
    .toLowerCase()
    .regex(new RegExp(`^${pattern}$`), message)
    .brand<Kind>();

/** A website_id: a UUID. */
export const websiteIdSchema = crispId<'WebsiteId'>(UUID, 'must be a website UUID');
/** A session_id (conversation or visitor): `session_` and a UUID. */
export const sessionIdSchema = crispId<'SessionId'>(
  `session_${UUID}`,
  'must be session_ followed by a UUID',
);
/** A people_id: a UUID (emails go through the `email` fields instead). */
export const peopleIdSchema = crispId<'PeopleId'>(UUID, 'must be a people UUID');
/** An operator's user_id: a UUID. */
export const userIdSchema = crispId<'UserId'>(UUID, 'must be a user UUID');
/** An inbox_id: a UUID. */
export const inboxIdSchema = crispId<'InboxId'>(UUID, 'must be an inbox UUID');
/** A team_id: a UUID. */
export const teamIdSchema = crispId<'TeamId'>(UUID, 'must be a team UUID');

/**
 * A message fingerprint: a non-negative integer, sent as a number or as decimal digits (it can
 * exceed 32 bits, which a GraphQL Int cannot hold).
 */
export const fingerprintSchema = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
  .brand<'Fingerprint'>();

/** A helpdesk locale code: `en`, `pt-br`. */
export const helpdeskLocaleSchema = crispId<'HelpdeskLocale'>(
  '[a-z]{2,3}(-[a-z0-9]{2,8})*',
  'must be a locale code, e.g. en or pt-br',
);
/** A helpdesk content family (catalogue `HelpdeskContentType`). */
export const helpdeskContentTypeSchema = z
  .string()
  .toLowerCase()
  .pipe(z.enum(['articles', 'guides', 'references', 'news'], 'must be a content family'));

const SLUG = '[a-z0-9][a-z0-9._-]*';
const DIRECTORY = '[a-z0-9](?:[a-z0-9_-]|\\.(?!md$))*';
/** A category's tree path: one directory slug (`orders`). */
export const categoryPathSchema = crispId<'CategoryPath'>(DIRECTORY, 'must be a category slug');
/** A section's tree path: its category's slug and its own (`orders/delivery`). */
export const sectionPathSchema = crispId<'SectionPath'>(
  `${SLUG}/${DIRECTORY}`,
  'must be a category and a section slug, e.g. orders/delivery',
);
/** An article's tree path: category, optional section, Markdown file (`orders/shipping.md`). */
export const articlePathSchema = crispId<'ArticlePath'>(
  `${SLUG}(/${SLUG})?/${SLUG}\\.md`,
  'must be a tree path ending in .md, e.g. orders/shipping-policy.md',
);
/** A helpdesk redirection_id or revision change_id: Crisp's opaque id. */
export const helpdeskItemIdSchema = crispId<'HelpdeskItemId'>(
  '[0-9a-z_-]{1,100}',
  'must be a Crisp helpdesk id',
);
/** A spam_id (an item the spam filter holds): a UUID. */
export const spamIdSchema = crispId<'SpamId'>(UUID, 'must be a spam UUID');
/** A plugin_id: a UUID. */
export const pluginIdSchema = crispId<'PluginId'>(UUID, 'must be a plugin UUID');
/** A browsing_id (a co-browsing session): `browsing_` and a UUID. */
export const browsingIdSchema = crispId<'BrowsingId'>(
  `browsing_${UUID}`,
  'must be browsing_ followed by a UUID',
);
/** A call_id: `call_` and a UUID. */
export const callIdSchema = crispId<'CallId'>(`call_${UUID}`, 'must be call_ followed by a UUID');
