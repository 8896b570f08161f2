import { randomBytes, randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound } from '../http/reply.ts';
import type { ConversationRecord, Raw } from '../store.ts';
import { emitSession, requireConversation } from './model.ts';

/**
 * Co-browsing sessions, per conversation (`ConversationBrowsing` records by browsing_id). The
 * visitor of the sandbox accepts every request at once: `initiate` opens a session and emits
 * `browsing:request:initiated` with its id and token. A `stop` action ends the session (the next
 * action on it is not_found); any other action and every assist are accepted as they come.
 */

const sessions = new WeakMap<ConversationRecord, Map<string, Raw>>();

function sessionsOf(record: ConversationRecord): Map<string, Raw> {
  let list = sessions.get(record);
  if (!list) {
    list = new Map();
    sessions.set(record, list);
  }
  return list;
}

const conversationOf = ({ website, params }: RouteContext) =>
  requireConversation(website, params.session_id!);

function requireSession(ctx: RouteContext): [ConversationRecord, Raw] {
  const record = conversationOf(ctx);
  const session = sessionsOf(record).get(ctx.params.browsing_id!);
  if (!session) throw notFound('browsing');
  return [record, session];
}

export const browsingRoutes: Routes = {
  'website.conversation.list_browsing_sessions': (ctx) => [
    ...sessionsOf(conversationOf(ctx)).values(),
  ],

  'website.conversation.initiate_browsing_session': (ctx) => {
    const record = conversationOf(ctx);
    const session = {
      browsing_id: `browsing_${randomUUID()}`,
      browsing_token: randomBytes(16).toString('hex'),
      useragent: record.conversation.meta?.device?.system?.useragent ?? 'Mozilla/5.0',
    };
    sessionsOf(record).set(session.browsing_id, session);
    emitSession(ctx.store, record, 'browsing:request:initiated', {
      browsing_id: session.browsing_id,
      browsing_token: session.browsing_token,
    });
    return {};
  },

  'website.conversation.send_browsing_action': (ctx) => {
    const [record, session] = requireSession(ctx);
    if (ctx.body.action === 'stop') sessionsOf(record).delete(session.browsing_id);
    return {};
  },

  'website.conversation.assist_browsing_session': (ctx) => {
    requireSession(ctx);
    return {};
  },
};
