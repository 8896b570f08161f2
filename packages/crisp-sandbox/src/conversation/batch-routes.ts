import type { RouteContext, Routes } from '../http/handler.ts';
import type { ConversationRecord } from '../store.ts';
import { markMessages, markUnread } from './message.ts';
import { removeConversation, setState } from './model.ts';

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
};
