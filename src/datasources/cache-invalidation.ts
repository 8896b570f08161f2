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
  /** Drop everything cached for one website. */
  | { websiteId: string; everything: true }
  /** Drop everything cached for the token. */
  | { scope: true }
  | { none: true };

/** Writes that change nothing any cached read shows (a signed upload URL). */
const INERT_WRITES = /^\/bucket\//;

/**
 * The route families of writes, sent by `POST`/`PUT`/`PATCH`/`DELETE` through the client: the
 * groups they may change, dropped before the write returns (read-your-writes). A conversation's
 * write drops the conversation and the website's lists (state, unread counts and order show
 * there); a batch or the website itself drops the whole website; a path outside any website
 * (creating a website, plugin settings) drops everything of the token.
 */
export function writeTarget(path: string): Target {
  if (INERT_WRITES.test(path)) return { none: true };
  const { websiteId, group } = placeOf(path);
  if (!websiteId) return { scope: true };
  const rest = path.slice(`/website/${websiteId}`.length);
  if (rest === '' || rest.startsWith('/batch/')) return { websiteId, everything: true };
  if (group.startsWith('conv:') || group === 'lists')
    return { websiteId, groups: [group, 'lists'] };
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
 * What one event does: entries of its conversation rewritten by `patch` (those it returns
 * undefined for are dropped), and whole groups dropped.
 */
export interface EventAction {
  patch?: Patch;
  drop: GroupKind[];
}

const CONVERSATION_ROUTE = '/website/:id/conversation/:id';
const MESSAGES = `${CONVERSATION_ROUTE}/messages`;

/**
 * Rewrites the conversation's entries of `route` with `patch`; drops the conversation record
 * (it carries what Crisp derives from every change, `updated_at`, unread counts, the preview,
 * which no event carries) and single messages; keeps the rest, which the event does not change.
 */
const rewrite =
  (route: string, patch: Patch): Patch =>
  (entry, e) => {
    if (entry.route === route) return patch(entry, e);
    if (
      entry.route === CONVERSATION_ROUTE ||
      entry.route.startsWith(`${CONVERSATION_ROUTE}/message/`)
    )
      return undefined;
    return 'keep';
  };
/** Crisp's (and the sandbox's) history batch: the latest 20 messages. */
const BATCH = 20;

type RawMessage = Record<string, unknown> & { fingerprint?: unknown; timestamp?: unknown };

/** The new message joins the latest batch, oldest out past 20 (206: more history remains). */
const appendMessage: Patch = (entry, e) => {
  if (entry.query !== '' || !Array.isArray(entry.data)) return;
  const list = entry.data as RawMessage[];
  if (list.some((m) => m.fingerprint === e.data.fingerprint))
    return { status: entry.status, data: list };
  const { website_id: _w, session_id: _s, ...message } = e.data;
  const ts = Number(message.timestamp);
  const at = list.findIndex((m) => Number(m.timestamp) > ts);
  const next = at < 0 ? [...list, message] : [...list.slice(0, at), message, ...list.slice(at)];
  return next.length > BATCH
    ? { status: 206, data: next.slice(next.length - BATCH) }
    : { status: entry.status, data: next };
};

/** An edited message's new content, in the latest batch. */
const editMessage: Patch = (entry, e) => {
  if (entry.query !== '' || !Array.isArray(entry.data)) return;
  const data = (entry.data as RawMessage[]).map((m) =>
    m.fingerprint === e.data.fingerprint ? { ...m, content: e.data.content } : m,
  );
  return { status: entry.status, data };
};

const newState = rewrite(`${CONVERSATION_ROUTE}/state`, (entry, e) =>
  typeof e.data.state === 'string'
    ? { status: entry.status, data: { state: e.data.state } }
    : undefined,
);

/** `session:set_<field>` carries the meta field's new value under the same name. */
const newMeta = (field: string) =>
  rewrite(`${CONVERSATION_ROUTE}/meta`, (entry, e) =>
    field in e.data
      ? { status: entry.status, data: { ...(entry.data as object), [field]: e.data[field] } }
      : undefined,
  );

const CONVERSATION: GroupKind[] = ['conversation', 'lists'];
const metas = ['email', 'phone', 'address', 'subject', 'avatar', 'nickname', 'origin', 'data'];

/**
 * Event name → what it does to the cache. Patches rewrite the event's conversation entries they
 * know and drop the others; `drop` lists the groups dropped. Events not listed fall back on
 * `fallbackAction`: by the name's prefix, the website's entries of that kind.
 */
export const eventActions: Readonly<Record<string, EventAction>> = {
  'message:send': { patch: rewrite(MESSAGES, appendMessage), drop: ['lists'] },
  'message:received': { patch: rewrite(MESSAGES, appendMessage), drop: ['lists'] },
  'message:updated': { patch: rewrite(MESSAGES, editMessage), drop: ['lists'] },
  'message:removed': { drop: CONVERSATION },
  // Typing shows in no cached read.
  'message:compose:send': { drop: [] },
  'message:compose:receive': { drop: [] },
  // Neither does an operator's open view, nor a verification challenge on its way to the visitor.
  'session:set_opened': { drop: [] },
  'session:set_closed': { drop: [] },
  'identity:verify:request': { drop: [] },
  'session:set_state': { patch: newState, drop: ['lists'] },
  ...Object.fromEntries(
    metas.map((f) => [`session:set_${f}`, { patch: newMeta(f), drop: ['lists'] }]),
  ),
  'session:set_segments': { patch: newMeta('segments'), drop: ['lists'] },
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
