import { isDeepStrictEqual } from 'node:util';
import type { CacheEvent } from './cache-invalidation.ts';

/**
 * A conversation's record (`GET /website/{id}/conversation/{session}`, also each row of the
 * conversation lists) rebuilt from one event, as Crisp derives its summary fields from the
 * messages: `last_message` and `preview_message` (the last message that is not a system event),
 * `unread` per side (chat messages, notes and events aside, the other side has not read),
 * `waiting_since` (the first visitor message after the team's last reply, unless resolved),
 * `active.last` (the last visitor message), `mentions` and `updated_at` (the latest change).
 */

export interface MessageRaw {
  type: string;
  from: string;
  content: unknown;
  fingerprint: number;
  timestamp: number;
  mentions?: string[];
  read?: string;
  delivered?: string;
  [field: string]: unknown;
}

export interface RecordRaw {
  session_id: string;
  state?: string;
  status?: number;
  updated_at?: number;
  waiting_since?: number;
  last_message?: string;
  preview_message?: { type: string; from: string; excerpt: string; fingerprint: number };
  unread?: { operator: number; visitor: number };
  active?: Record<string, unknown>;
  mentions?: string[];
  meta?: Record<string, unknown>;
  assigned?: { user_id?: string };
  [field: string]: unknown;
}

/** The conversation's latest history batch as cached, after the event's own patch. */
export interface History {
  messages: MessageRaw[];
  /** Crisp answered 200: the batch is the whole history. */
  complete: boolean;
}

/**
 * What the event makes of the record: the new record, `same`, `refresh` when it changes what it
 * does not carry (a state, routing or meta change moves `updated_at` to Crisp's clock, which no
 * event payload holds: the record is read once and the rows follow it), or undefined when it
 * cannot be rebuilt at all (the record and the rows showing it are dropped).
 */
export type Next = { record: RecordRaw } | 'same' | 'refresh' | undefined;

export type Derive = (record: RecordRaw, event: CacheEvent, history?: History) => Next;

const STATUS: Record<string, number> = { pending: 0, unresolved: 1, resolved: 2 };
/** Notes and system events are team-side annotations: never unread, never waiting. */
const isChat = (m: { type: string }) => m.type !== 'note' && m.type !== 'event';
const copy = (r: RecordRaw): RecordRaw => structuredClone(r);

/** A one-line summary of a message, as Crisp shows in inbox previews. */
function excerptOf(type: string, content: unknown): string {
  if (typeof content === 'string') return content.slice(0, 200);
  const c = content as Record<string, unknown> | null | undefined;
  return String(c?.text ?? c?.name ?? c?.namespace ?? type);
}

/** Waiting since the first visitor message after the team's last reply, if the batch tells. */
function waitingSince(history: History | undefined): number | null | undefined {
  if (!history) return undefined;
  const chat = history.messages.filter(isChat);
  if (!history.complete && !chat.some((m) => m.from === 'operator')) return undefined;
  let since: number | null = null;
  for (const m of chat) {
    if (m.from === 'operator') since = null;
    else since ??= m.timestamp;
  }
  return since;
}

/**
 * A new message (`message:send`, `message:received`). It must be newer than the record's last
 * change: an older one may already be counted (a read that raced its event) or land inside the
 * history, and the event alone does not say which. A visitor message reopens a resolved
 * conversation and the team's first reply opens a pending one, at the message's time: the
 * `session:set_state` that follows then finds the state already shown.
 */
export const withMessage: Derive = (record, e, history) => {
  const { website_id: _w, session_id: _s, inbox_id: _i, ...rest } = e.data;
  const m = rest as unknown as MessageRaw;
  if (record.preview_message?.fingerprint === m.fingerprint) return 'same';
  if (!(m.timestamp > (record.updated_at ?? 0))) return undefined;
  const c = copy(record);
  c.updated_at = m.timestamp;
  if (m.type !== 'event') {
    c.last_message = excerptOf(m.type, m.content);
    const excerpt = c.last_message;
    c.preview_message = { type: m.type, from: m.from, excerpt, fingerprint: m.fingerprint };
  }
  const mentions = new Set([...(c.mentions ?? []), ...(m.mentions ?? [])]);
  c.mentions = [...mentions];
  if (!isChat(m)) return { record: c };
  const unread = { operator: 0, visitor: 0, ...c.unread };
  if (m.from === 'user') unread.operator += 1;
  else unread.visitor += 1;
  c.unread = unread;
  const reopens = m.from === 'user' ? c.state === 'resolved' : c.state === 'pending';
  const wasResolved = c.state === 'resolved';
  if (reopens) Object.assign(c, { state: 'unresolved', status: STATUS.unresolved });
  if (m.from === 'user') {
    c.active = { ...c.active, last: m.timestamp };
    if (wasResolved) {
      const since = waitingSince(history);
      if (since === undefined) return undefined;
      if (since === null) delete c.waiting_since;
      else c.waiting_since = since;
    } else c.waiting_since ??= m.timestamp;
  } else delete c.waiting_since;
  return { record: c };
};

/** An edited message: the preview follows when it is the last one; nothing else moves. */
export const withEdit: Derive = (record, e) => {
  const p = record.preview_message;
  if (!p || p.fingerprint !== e.data.fingerprint) return 'same';
  const c = copy(record);
  c.last_message = excerptOf(p.type, e.data.content);
  c.preview_message = { ...p, excerpt: c.last_message };
  return { record: c };
};

/**
 * Read receipts (`message:acknowledge:read:received` from the team, `…:read:send` from the
 * visitor): the other side's unread counter loses the chat messages listed. A listed message the
 * cached batch shows as a note or event does not count; the others are counted as chat.
 */
export const withRead =
  (side: 'operator' | 'visitor'): Derive =>
  (record, e, history) => {
    const listed = Array.isArray(e.data.fingerprints) ? (e.data.fingerprints as number[]) : [];
    const known = new Map(history?.messages.map((m) => [m.fingerprint, m]));
    const counted = listed.filter((f) => !known.has(f) || isChat(known.get(f)!)).length;
    if (counted === 0) return 'same';
    const c = copy(record);
    const unread = { operator: 0, visitor: 0, ...c.unread };
    unread[side] = Math.max(0, unread[side] - counted);
    c.unread = unread;
    return { record: c };
  };

/** Marked unread again: the side of the message (from the cached batch) counts it again. */
export const withUnread: Derive = (record, e, history) => {
  const fingerprint = (e.data.fingerprints as number[] | undefined)?.[0];
  const m = history?.messages.find((x) => x.fingerprint === fingerprint);
  if (!m) return undefined;
  if (!isChat(m)) return 'same';
  const c = copy(record);
  const unread = { operator: 0, visitor: 0, ...c.unread };
  unread[m.from === 'user' ? 'operator' : 'visitor'] += 1;
  c.unread = unread;
  return { record: c };
};

/** Typing: the side's `compose` atom is the event's payload without its scope. */
export const withCompose =
  (side: 'visitor' | 'operator'): Derive =>
  (record, e) => {
    const { website_id: _w, session_id: _s, inbox_id: _i, ...atom } = e.data;
    const compose = { ...(record.compose as object | undefined), [side]: atom };
    return isDeepStrictEqual(record.compose, compose)
      ? 'same'
      : { record: { ...copy(record), compose } };
  };

/** A field the event carries and Crisp changes without touching `updated_at`. */
export const withField =
  (field: string): Derive =>
  (record, e) => {
    if (!(field in e.data)) return undefined;
    if (isDeepStrictEqual(record[field], e.data[field])) return 'same';
    return { record: { ...copy(record), [field]: structuredClone(e.data[field]) } };
  };

/**
 * A change Crisp stamps with its own clock (state, routing, metas): `same` when the record shows
 * it already (the gateway's own write, read back at once), `refresh` otherwise.
 */
export const stampedChange =
  (shown: (record: RecordRaw, data: Record<string, unknown>) => boolean): Derive =>
  (record, e) =>
    shown(record, e.data) ? 'same' : 'refresh';

export const shownState = (r: RecordRaw, d: Record<string, unknown>) => r.state === d.state;
export const shownRouting = (r: RecordRaw, d: Record<string, unknown>) =>
  (r.assigned?.user_id ?? null) === (d.routing_id ?? null);
export const shownMeta = (field: string) => (r: RecordRaw, d: Record<string, unknown>) =>
  field in d && isDeepStrictEqual(r.meta?.[field], d[field]);
