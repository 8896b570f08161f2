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
/** A campaign_id: a UUID. */
export const campaignIdSchema = crispId<'CampaignId'>(UUID, 'must be a campaign UUID');
/** A campaign template_id: a UUID. */
export const templateIdSchema = crispId<'TemplateId'>(UUID, 'must be a template UUID');
/** A Marketplace plugin_id: a UUID. */
export const pluginIdSchema = crispId<'PluginId'>(UUID, 'must be a plugin UUID');

/**
 * A message fingerprint: a non-negative integer, sent as a number or as decimal digits (it can
 * exceed 32 bits, which a GraphQL Int cannot hold).
 */
export const fingerprintSchema = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
  .brand<'Fingerprint'>();
