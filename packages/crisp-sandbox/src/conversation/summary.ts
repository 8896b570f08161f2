import type { ConversationRecord, Raw } from '../store.ts';

/**
 * The conversation fields Crisp derives from its messages: the preview, unread counters per side,
 * waiting_since, the last visitor activity and the mentions. Every write that changes messages,
 * receipts or state calls `refreshDerived` afterwards.
 */

/** Notes and system events are team-side annotations: they never count as unread or waiting. */
export const isChat = (m: Raw) => m.type !== 'note' && m.type !== 'event';

/** A one-line summary of a message, as Crisp shows in inbox previews. */
export function excerptOf(m: Raw): string {
  const c = m.content;
  if (typeof c === 'string') return c.slice(0, 200);
  return String(c?.text ?? c?.name ?? c?.namespace ?? m.type);
}

/** Recomputes the fields Crisp derives from the message list. */
export function refreshDerived(record: ConversationRecord): void {
  const c = record.conversation;
  const visible = record.messages.filter((m) => m.type !== 'event');
  const last = visible.at(-1);
  if (last) {
    c.last_message = excerptOf(last);
    const { type, from, fingerprint } = last;
    c.preview_message = { type, from, excerpt: excerptOf(last), fingerprint };
  } else {
    delete c.last_message;
    delete c.preview_message;
  }
  const chat = record.messages.filter(isChat);
  c.unread = {
    operator: chat.filter((m) => m.from === 'user' && !m.read).length,
    visitor: chat.filter((m) => m.from === 'operator' && !m.read).length,
  };
  // Waiting since the first visitor message after the team's last reply.
  let since: number | undefined;
  for (const m of chat) {
    if (m.from === 'operator') since = undefined;
    else since ??= m.timestamp;
  }
  if (since !== undefined && c.state !== 'resolved') c.waiting_since = since;
  else delete c.waiting_since;
  const lastUser = chat.filter((m) => m.from === 'user').at(-1);
  if (lastUser) c.active = { ...c.active, last: lastUser.timestamp };
  const mentions = new Set<string>();
  for (const m of record.messages) for (const u of m.mentions ?? []) mentions.add(u);
  c.mentions = [...mentions];
}
