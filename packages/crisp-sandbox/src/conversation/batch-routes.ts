import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound } from '../http/reply.ts';
import type { ConversationRecord } from '../store.ts';
import { markMessages, markUnread } from './message.ts';
import { updateMetas } from './meta.ts';
import { assignRouting, emitSession, removeConversation, setBlocked, setState } from './model.ts';

/** The report flags each conversation received, oldest first (Crisp shows them to its staff only). */
const reports = new WeakMap<ConversationRecord, string[]>();
export const reportsOf = (record: ConversationRecord): readonly string[] =>
  reports.get(record) ?? [];

/**
 * The conversations a `BatchConversationsOperation` names: the listed sessions, or every
 * conversation (of `inbox_id` when given) when no list is sent. Unknown sessions are skipped,
 * as a batch does not fail on one missing item.
 */
function selected({ website, body }: RouteContext): ConversationRecord[] {
  const all = [...website.conversations.values()];
  const inInbox = (r: ConversationRecord) => (r.conversation.inbox_id ?? null) === body.inbox_id;
  const inScope = body.inbox_id === undefined ? all : all.filter(inInbox);
  if (!Array.isArray(body.sessions)) return inScope;
  const wanted = new Set(body.sessions as string[]);
  return inScope.filter((r) => wanted.has(r.conversation.session_id));
}

export const batchRoutes: Routes = {
  'website.batch.resolve_conversations': (ctx) => {
    for (const record of selected(ctx)) setState(ctx.store, record, 'resolved');
    return {};
  },

  'website.batch.unresolve_conversations': (ctx) => {
    for (const record of selected(ctx)) setState(ctx.store, record, 'unresolved');
    return {};
  },

  'website.batch.read_conversations': (ctx) => {
    // Read by the team: an empty fingerprint list marks every visitor message.
    const mark = { from: 'operator', origin: 'chat', fingerprints: [] } as const;
    for (const record of selected(ctx)) markMessages(ctx.store, record, 'read', mark);
    return {};
  },

  'website.batch.unread_conversations': (ctx) => {
    for (const record of selected(ctx)) markUnread(ctx.store, record, 'operator');
    return {};
  },

  // `PATCH /batch/remove` with a `people` body is website.batch.remove_people (routes/people.ts);
  // `operationFor` in router.ts picks it before validation.
  'website.batch.remove_conversations': (ctx) => {
    for (const { conversation } of selected(ctx)) {
      removeConversation(ctx.store, ctx.website, conversation.session_id);
    }
    return {};
  },

  'website.batch.report_conversations': (ctx) => {
    for (const record of selected(ctx)) reports.set(record, [...reportsOf(record), ctx.body.flag]);
    return {};
  },

  'website.batch.block_conversations': (ctx) => {
    for (const record of selected(ctx)) setBlocked(ctx.store, record, ctx.body.blocked);
    return {};
  },

  'website.batch.routing_conversations': (ctx) => {
    const userId: string | null = ctx.body.assigned?.user_id ?? null;
    const { operators } = ctx.website;
    if (userId && operators.size > 0 && !operators.has(userId)) throw notFound('operator');
    for (const record of selected(ctx)) assignRouting(ctx.store, record, userId);
    return {};
  },

  // `inbox_id: null` moves the conversations back to the default inbox.
  'website.batch.inbox_conversations': (ctx) => {
    const inboxId: string | null = ctx.body.inbox_id;
    for (const record of selected({ ...ctx, body: { sessions: ctx.body.sessions } })) {
      const previous = (record.conversation.inbox_id ?? null) as string | null;
      if (previous === inboxId) continue;
      record.conversation.inbox_id = inboxId;
      emitSession(ctx.store, record, 'session:set_inbox', { previous_inbox_id: previous });
    }
    return {};
  },

  // Shares PATCH /batch/data with website.batch.update_people_data; `sessions` selects this one.
  'website.batch.update_conversations_data': (ctx) => {
    for (const record of selected(ctx)) {
      updateMetas(ctx.store, ctx.website, record, { data: ctx.body.data });
    }
    return {};
  },

  // Segments add to those a conversation has (the dashboard's bulk "add segment").
  'website.batch.update_conversations_segments': (ctx) => {
    for (const record of selected(ctx)) {
      const segments = [...(record.conversation.meta?.segments ?? []), ...ctx.body.segments];
      updateMetas(ctx.store, ctx.website, record, { segments });
    }
    return {};
  },
};
