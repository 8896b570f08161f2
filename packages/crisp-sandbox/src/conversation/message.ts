import { validateBody } from '../catalogue.ts';
import { invalidData, notFound } from '../http/reply.ts';
import type { ConversationRecord, Raw, SandboxStore } from '../store.ts';
import { emitSession, type MessageFrom } from './model.ts';
import { isChat, refreshDerived } from './summary.ts';

/** Edits of single messages, read/delivered receipts, and the history batches. */

/** Crisp answers `/messages` in batches of 20 (ruby-crisp-api#16). */
export const MESSAGE_BATCH = 20;

export function parseFingerprint(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw invalidData('fingerprint must be an integer');
  return n;
}

export function requireMessage(record: ConversationRecord, fingerprint: number): Raw {
  const message = record.messages.find((m) => m.fingerprint === fingerprint);
  if (!message) throw notFound('message');
  return message;
}

/** Replaces a message's content; the new content must fit the stored message's type. */
export function editMessage(
  store: SandboxStore,
  record: ConversationRecord,
  fingerprint: number,
  content: unknown,
): Raw {
  const message = requireMessage(record, fingerprint);
  const fits = validateBody('website.conversation.send_message', {
    type: message.type,
    from: message.from,
    origin: message.origin,
    content,
  });
  if (!fits.ok) throw invalidData(`content does not fit a ${message.type} message`);
  message.content = content;
  message.edited = true;
  if (message.type === 'file') {
    const file = record.files.find((f) => f.fingerprint === fingerprint);
    const { name, type, url } = content as Raw;
    if (file) Object.assign(file, { name, type, url });
  }
  refreshDerived(record);
  emitSession(store, record, 'message:updated', { fingerprint, content });
  return message;
}

export function removeMessage(
  store: SandboxStore,
  record: ConversationRecord,
  fingerprint: number,
): void {
  requireMessage(record, fingerprint);
  record.messages = record.messages.filter((m) => m.fingerprint !== fingerprint);
  record.files = record.files.filter((f) => f.fingerprint !== fingerprint);
  refreshDerived(record);
  emitSession(store, record, 'message:removed', { fingerprint });
}

/** The side whose messages a receipt sent `from` one side applies to. */
const other = (from: MessageFrom): MessageFrom => (from === 'user' ? 'operator' : 'user');

/**
 * Marks the other side's messages read (or delivered) on `origin`: the listed fingerprints, or
 * every pending one when the list is empty. `from` is the side that read them, so `from=operator`
 * acknowledges visitor messages (`message:acknowledge:read:received`), as a bot does in
 * node-crisp-api#29. Returns the fingerprints that changed.
 */
export function markMessages(
  store: SandboxStore,
  record: ConversationRecord,
  receipt: 'read' | 'delivered',
  mark: { from: MessageFrom; origin: string; fingerprints: readonly number[] },
): number[] {
  const wanted = new Set(mark.fingerprints);
  const changed: number[] = [];
  for (const m of record.messages) {
    if (m.from !== other(mark.from) || m[receipt]) continue;
    if (wanted.size > 0 && !wanted.has(m.fingerprint)) continue;
    m[receipt] = mark.origin;
    if (receipt === 'read') m.delivered ??= mark.origin;
    changed.push(m.fingerprint);
  }
  refreshDerived(record);
  if (changed.length === 0) return changed;
  const event =
    receipt === 'delivered'
      ? 'message:acknowledge:delivered'
      : mark.from === 'operator'
        ? 'message:acknowledge:read:received'
        : 'message:acknowledge:read:send';
  emitSession(store, record, event, { origin: mark.origin, fingerprints: changed });
  return changed;
}

/** Flags the conversation unread for `from`'s side: the other side's last message turns unread. */
export function markUnread(
  store: SandboxStore,
  record: ConversationRecord,
  from: MessageFrom,
): void {
  const last = record.messages.filter((m) => m.from === other(from) && isChat(m)).at(-1);
  if (!last) return;
  const origin = last.read ?? last.origin;
  delete last.read;
  refreshDerived(record);
  const unread = { origin, fingerprints: [last.fingerprint] };
  emitSession(store, record, 'message:acknowledge:unread:send', unread);
}

function timestampParam(query: Record<string, string>, name: string): number | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw invalidData(`${name} must be an integer`);
  return n;
}

/**
 * One batch of history, oldest first. Without a selector: the latest batch. `timestamp_before`
 * walks back, `timestamp_after` walks forward, `timestamp_around` centres on a moment. `more`
 * says whether messages remain beyond the batch in the walking direction (Crisp then answers 206).
 */
export function messageBatch(
  record: ConversationRecord,
  query: Record<string, string>,
): { messages: Raw[]; more: boolean } {
  const before = timestampParam(query, 'timestamp_before');
  const after = timestampParam(query, 'timestamp_after');
  const around = timestampParam(query, 'timestamp_around');
  const all = record.messages;
  if (after !== undefined) {
    const newer = all.filter((m) => m.timestamp > after);
    return { messages: newer.slice(0, MESSAGE_BATCH), more: newer.length > MESSAGE_BATCH };
  }
  if (around !== undefined) {
    const half = MESSAGE_BATCH / 2;
    const older = all.filter((m) => m.timestamp <= around);
    const newer = all.filter((m) => m.timestamp > around);
    const messages = [...older.slice(-half), ...newer.slice(0, half)];
    return { messages, more: older.length > half };
  }
  const older = before === undefined ? all : all.filter((m) => m.timestamp < before);
  return { messages: older.slice(-MESSAGE_BATCH), more: older.length > MESSAGE_BATCH };
}
