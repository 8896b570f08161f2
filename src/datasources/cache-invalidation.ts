import {
  type Derive,
  shownMeta,
  shownRouting,
  shownState,
  stampedChange,
  withCompose,
  withEdit,
  withField,
  withMessage,
  withRead,
  withUnread,
} from './read-cache-conversation.ts';

/**
 * What changes what, for the read cache (`read-cache.ts`): the group each cached Crisp path
 * belongs to, the groups a write may change, and the one table of what each Crisp event does to
 * the cached reads. Everything here is data and pure functions; the cache applies them.
 *
 * Groups, per website: `conv:<session_id>` (a conversation and everything under it), `lists`
 * (conversation lists), `people`, `team` (operators and availability), `visitors`, `site` (the
 * website itself, its settings, anything else under `/website/<id>`). Paths outside a website
 * (`/plugin/…`) have no website and no group of their own: only revalidating everything drops them.
 */

export type GroupKind = 'conversation' | 'lists' | 'people' | 'team' | 'visitors' | 'site';

/** Where a cached path lives: its website (null outside one) and its group within it. */
export interface Place {
  websiteId: string | null;
  group: string;
}

const WEBSITE_PATH = /^\/website\/([^/?]+)(?:\/([^?]*))?/;

export function placeOf(path: string): Place {
  const m = WEBSITE_PATH.exec(path);
  if (!m) return { websiteId: null, group: 'scope' };
  const websiteId = decodeURIComponent(m[1]!).toLowerCase();
  const [head, id] = (m[2] ?? '').split('/');
  if (head === 'conversation' && id) return { websiteId, group: `conv:${id.toLowerCase()}` };
  if (head === 'conversation' || head === 'conversations') return { websiteId, group: 'lists' };
  if (head === 'people') return { websiteId, group: 'people' };
  if (head === 'operator' || head === 'operators' || head === 'availability')
    return { websiteId, group: 'team' };
  if (head === 'visitors') return { websiteId, group: 'visitors' };
  return { websiteId, group: 'site' };
}

/** What a write or an event asks of the cache. */
export type Target =
  /** Drop these groups of one website. */
  | { websiteId: string; groups: string[] }
  /**
   * A conversation's write: its entries dropped but those `keep` names (routes), then its record
   * read again and the list rows rebuilt from it.
   */
  | { websiteId: string; sessionId: string; keep: readonly string[] }
  /** Drop everything cached for one website. */
  | { websiteId: string; everything: true }
  /** Drop everything cached for the token. */
  | { scope: true }
  | { none: true };

/** Writes that change nothing any cached read shows (a signed upload URL). */
const INERT_WRITES = /^\/bucket\//;

const CONVERSATION_ROUTE = '/website/:id/conversation/:id';
const MESSAGES = `${CONVERSATION_ROUTE}/messages`;
const STATE = `${CONVERSATION_ROUTE}/state`;
const META = `${CONVERSATION_ROUTE}/meta`;

/**
 * The route families of writes, sent by `POST`/`PUT`/`PATCH`/`DELETE` through the client: what
 * they may change, dropped (or read again) before the write returns (read-your-writes). A
 * conversation's write drops the conversation's entries (a state write keeps its history and
 * metas), then reads its record again and rebuilds the list rows from it; a write to the lists
 * (a new conversation) drops them; a batch or the website itself drops the whole website; a path
 * outside any website (creating a website, plugin settings) drops everything of the token.
 */
export function writeTarget(path: string): Target {
  if (INERT_WRITES.test(path)) return { none: true };
  const { websiteId, group } = placeOf(path);
  if (!websiteId) return { scope: true };
  const rest = path.slice(`/website/${websiteId}`.length);
  if (rest === '' || rest.startsWith('/batch/')) return { websiteId, everything: true };
  if (group.startsWith('conv:')) {
    const sessionId = group.slice('conv:'.length);
    const keep = /^\/conversation\/[^/]+\/state$/.test(rest) ? [MESSAGES, META] : [];
    return { websiteId, sessionId, keep };
  }
  return { websiteId, groups: [group] };
}

/** One event as the cache reads it. */
export interface CacheEvent {
  name: string;
  websiteId: string;
  sessionId: string | null;
  data: Record<string, unknown>;
}

/**
 * An entry's new status and `data`; `keep` when the event does not change it; undefined when it
 * cannot be patched, so it is dropped.
 */
export type Patch = (
  entry: { route: string; query: string; status: number; data: unknown },
  event: CacheEvent,
) => { status: number; data: unknown } | 'keep' | undefined;

/**
 * What one event does: the entries of its conversation rewritten by `patch` (those it returns
 * undefined for are dropped), its record and list rows rebuilt by `record`
 * (`read-cache-conversation.ts`, `read-cache-list.ts`), and whole groups dropped.
 */
export interface EventAction {
  patch?: Patch;
  record?: Derive;
  /** The change leaves `updated_at` as is: no conversation moves in the lists. */
  still?: true;
  drop: GroupKind[];
}

/** Routes of a conversation an event changes only through its own patch. */
const UNTOUCHED = [MESSAGES, STATE, META];

/**
 * Rewrites the conversation's entries of `route` with `patch` (none: no entry of its own); keeps
 * the record (rebuilt apart) and the history, state and metas the event does not change; drops
 * the rest (single messages, files, pages, routing), which the event may change.
 */
const rewrite =
  (route?: string, patch?: Patch): Patch =>
  (entry, e) => {
    if (entry.route === route && patch) return patch(entry, e);
    return entry.route === CONVERSATION_ROUTE || UNTOUCHED.includes(entry.route)
      ? 'keep'
      : undefined;
  };
/** Crisp's (and the sandbox's) history batch: the latest 20 messages. */
const BATCH = 20;

type RawMessage = Record<string, unknown> & { fingerprint?: unknown; timestamp?: unknown };

/** The latest batch (no query) with `edit` applied to each message. */
const eachMessage =
  (edit: (m: RawMessage, e: CacheEvent) => RawMessage): Patch =>
  (entry, e) => {
    if (entry.query !== '' || !Array.isArray(entry.data)) return 'keep';
    return { status: entry.status, data: (entry.data as RawMessage[]).map((m) => edit(m, e)) };
  };

/**
 * The new message joins the latest batch, oldest out past 20 (206: more history remains). The
 * event carries the message as the history shows it, but for its `inbox_id` and the link
 * previews (none yet for a new message).
 */
const appendMessage: Patch = (entry, e) => {
  if (entry.query !== '' || !Array.isArray(entry.data)) return;
  const list = entry.data as RawMessage[];
  if (list.some((m) => m.fingerprint === e.data.fingerprint))
    return { status: entry.status, data: list };
  const { inbox_id: _i, ...message } = e.data;
  message.preview ??= [];
  const ts = Number(message.timestamp);
  const at = list.findIndex((m) => Number(m.timestamp) > ts);
  const next = at < 0 ? [...list, message] : [...list.slice(0, at), message, ...list.slice(at)];
  return next.length > BATCH
    ? { status: 206, data: next.slice(next.length - BATCH) }
    : { status: entry.status, data: next };
};

/** An edited message's new content, marked edited. */
const editMessage = eachMessage((m, e) =>
  m.fingerprint === e.data.fingerprint ? { ...m, content: e.data.content, edited: true } : m,
);

const listed = (e: CacheEvent) =>
  new Set(Array.isArray(e.data.fingerprints) ? (e.data.fingerprints as unknown[]) : []);

/** Receipts: the listed messages read (so delivered too) or delivered on the event's origin. */
const receipt = (field: 'read' | 'delivered') =>
  eachMessage((m, e) => {
    if (!listed(e).has(m.fingerprint)) return m;
    const next = { ...m, [field]: e.data.origin };
    if (field === 'read') next.delivered ??= e.data.origin;
    return next;
  });

/** Marked unread: the listed message loses its read mark. */
const unreadAgain = eachMessage((m, e) => {
  if (!listed(e).has(m.fingerprint)) return m;
  const { read: _r, ...rest } = m;
  return rest;
});

const newState = rewrite(STATE, (entry, e) =>
  typeof e.data.state === 'string'
    ? { status: entry.status, data: { state: e.data.state } }
    : undefined,
);

/** `session:set_<field>` carries the meta field's new value under the same name. */
const newMeta = (field: string) =>
  rewrite(META, (entry, e) =>
    field in e.data
      ? { status: entry.status, data: { ...(entry.data as object), [field]: e.data[field] } }
      : undefined,
  );

const CONVERSATION: GroupKind[] = ['conversation', 'lists'];
const still = (patch: Patch, record: Derive): EventAction => ({
  patch,
  record,
  still: true,
  drop: [],
});
const metas = ['email', 'phone', 'address', 'subject', 'avatar', 'nickname', 'origin', 'data'];
const metaAction = (f: string): EventAction => ({
  patch: newMeta(f),
  record: stampedChange(shownMeta(f)),
  drop: [],
});

/**
 * Event name → what it does to the cache. Patches rewrite the event's conversation entries they
 * know and drop the others; `record` rebuilds its record and list rows (or reads the record once,
 * when Crisp stamps the change with a time the event does not carry); `drop` lists the groups
 * dropped. Events not listed fall back on `fallbackAction`: by the name's prefix, the website's
 * entries of that kind.
 */
export const eventActions: Readonly<Record<string, EventAction>> = {
  'message:send': { patch: rewrite(MESSAGES, appendMessage), record: withMessage, drop: [] },
  'message:received': { patch: rewrite(MESSAGES, appendMessage), record: withMessage, drop: [] },
  'message:updated': still(rewrite(MESSAGES, editMessage), withEdit),
  'message:acknowledge:read:received': still(
    rewrite(MESSAGES, receipt('read')),
    withRead('operator'),
  ),
  'message:acknowledge:read:send': still(rewrite(MESSAGES, receipt('read')), withRead('visitor')),
  'message:acknowledge:delivered': still(rewrite(MESSAGES, receipt('delivered')), () => 'same'),
  'message:acknowledge:unread:send': still(rewrite(MESSAGES, unreadAgain), withUnread),
  // A removed message may have been the preview, which the event does not replace.
  'message:removed': { drop: CONVERSATION },
  // An operator's open view and a verification challenge on its way show in no cached read.
  'session:set_opened': { drop: [] },
  'session:set_closed': { drop: [] },
  'identity:verify:request': { drop: [] },
  'message:compose:send': still(rewrite(), withCompose('visitor')),
  'message:compose:receive': still(rewrite(), withCompose('operator')),
  'session:set_state': { patch: newState, record: stampedChange(shownState), drop: [] },
  'session:set_routing': { patch: rewrite(), record: stampedChange(shownRouting), drop: [] },
  'session:set_block': still(rewrite(), withField('is_blocked')),
  'session:set_mentions': still(rewrite(), withField('mentions')),
  ...Object.fromEntries(metas.map((f) => [`session:set_${f}`, metaAction(f)])),
  'session:set_segments': metaAction('segments'),
  'people:profile:created': { drop: ['people'] },
  'people:profile:updated': { drop: ['people'] },
  'people:profile:removed': { drop: ['people'] },
  'people:bind:session': { drop: ['people', 'conversation', 'lists'] },
  'website:update_visitors_count': { drop: ['visitors'] },
  'website:update_operators_availability': { drop: ['team'] },
  'website:users:available': { drop: ['team'] },
};

/** An event the table does not list: the website's entries of its kind. */
export function fallbackAction(name: string): EventAction | 'website' {
  const prefix = name.split(':')[0];
  if (prefix === 'message' || prefix === 'session') return { drop: CONVERSATION };
  if (prefix === 'people') return { drop: ['people'] };
  return 'website';
}
