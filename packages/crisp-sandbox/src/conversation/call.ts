import { randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound } from '../http/reply.ts';
import type { ConversationRecord } from '../store.ts';
import { emitSession, requireConversation } from './model.ts';

/**
 * One ongoing call per conversation, by call_id. Starting a call replaces the one going on and
 * emits `call:request:initiated`; aborting ends it (the next read is not_found). Signaling is
 * accepted for the ongoing call only: the sandbox has no other side to relay it to.
 */

const ongoing = new WeakMap<ConversationRecord, string>();

const conversationOf = ({ website, params }: RouteContext) =>
  requireConversation(website, params.session_id!);

function requireCall(ctx: RouteContext): ConversationRecord {
  const record = conversationOf(ctx);
  if (ongoing.get(record) !== ctx.params.call_id) throw notFound('call');
  return record;
}

export const callRoutes: Routes = {
  'website.conversation.initiate_call': (ctx) => {
    const record = conversationOf(ctx);
    const callId = `call_${randomUUID()}`;
    ongoing.set(record, callId);
    emitSession(ctx.store, record, 'call:request:initiated', { call_id: callId });
    return { call_id: callId };
  },

  'website.conversation.get_ongoing_call': (ctx) => {
    const callId = ongoing.get(conversationOf(ctx));
    if (!callId) throw notFound('call');
    return { call_id: callId };
  },

  'website.conversation.abort_call': (ctx) => {
    ongoing.delete(requireCall(ctx));
    return {};
  },

  'website.conversation.transmit_call_signaling': (ctx) => {
    requireCall(ctx);
    return {};
  },
};
