import { randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { invalidData, notFound, page, Reply } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';
import {
  editMessage,
  markMessages,
  markUnread,
  messageBatch,
  parseFingerprint,
  removeMessage,
  requireMessage,
} from './message.ts';
import { updateMetas } from './meta.ts';
import {
  assignRouting,
  createConversation,
  emitSession,
  hiddenOf,
  removeConversation,
  requireConversation,
  setBlocked,
  setState,
} from './model.ts';
import { perPage, searchConversations } from './search.ts';
import { appendMessage, compose, type MessageInput } from './send.ts';

const conversationOf = ({ website, params }: RouteContext) =>
  requireConversation(website, params.session_id!);
const fingerprintOf = ({ params }: RouteContext) => parseFingerprint(params.fingerprint);
/** The `MessagesMark` body of read and delivered receipts. */
const markOf = ({ body }: RouteContext) => body as Parameters<typeof markMessages>[3];

/** Newest first, one fixed-size page. */
const newestPage = (list: Raw[], pageNumber: number) => page([...list].reverse(), pageNumber);

/** The operator card of `session:set_opened` / `set_closed`: the assignee, else the first one. */
function operatorCard(website: WebsiteRecord, userId: string | undefined): Raw | undefined {
  const first = website.operators.values().next().value;
  const entry = (userId && website.operators.get(userId)) || first;
  const d = entry?.details ?? entry;
  if (!d?.user_id) return undefined;
  const nickname = [d.first_name, d.last_name].filter(Boolean).join(' ');
  const card: Raw = { user_id: d.user_id, nickname };
  if (d.avatar) card.avatar = d.avatar;
  return card;
}

export const conversationRoutes: Routes = {
  'website.conversation.list': (ctx) => {
    const size = perPage(ctx.query);
    return page(searchConversations(ctx.website, ctx.query), ctx.page, size);
  },

  'website.conversation.create': ({ website, store }) => {
    const sessionId = `session_${randomUUID()}`;
    createConversation(website, { sessionId, at: store.now() });
    return { session_id: sessionId };
  },

  'website.conversation.check_exists': ({ website, params }) =>
    website.conversations.has(params.session_id!),

  'website.conversation.get': (ctx) => conversationOf(ctx).conversation,

  'website.conversation.remove': ({ website, store, params }) => {
    removeConversation(store, website, params.session_id!);
    return {};
  },

  'website.conversation.initiate': (ctx) => {
    const record = conversationOf(ctx);
    hiddenOf(record).initiated = true;
    // Crisp sends this when the team starts a chat with an existing visitor session.
    emitSession(ctx.store, record, 'session:request:initiated');
    return {};
  },

  'website.conversation.get_messages': (ctx) => {
    const { messages, more } = messageBatch(conversationOf(ctx), ctx.query);
    // 206 tells the caller that more history remains (ruby-crisp-api#16).
    return new Reply(messages, undefined, more ? 206 : 200);
  },

  'website.conversation.send_message': ({ website, store, params, body }) => {
    const message = appendMessage(store, website, params.session_id!, body as MessageInput);
    return { fingerprint: message.fingerprint };
  },

  'website.conversation.get_message': (ctx) =>
    requireMessage(conversationOf(ctx), fingerprintOf(ctx)),

  'website.conversation.update_message': (ctx) => {
    editMessage(ctx.store, conversationOf(ctx), fingerprintOf(ctx), ctx.body.content);
    return {};
  },

  'website.conversation.remove_message': (ctx) => {
    removeMessage(ctx.store, conversationOf(ctx), fingerprintOf(ctx));
    return {};
  },

  'website.conversation.compose': (ctx) => {
    const { type, from, excerpt, automated } = ctx.body;
    compose(ctx.store, conversationOf(ctx), { type, from, excerpt, automated });
    return {};
  },

  'website.conversation.mark_read': (ctx) => {
    markMessages(ctx.store, conversationOf(ctx), 'read', markOf(ctx));
    return {};
  },

  'website.conversation.mark_delivered': (ctx) => {
    markMessages(ctx.store, conversationOf(ctx), 'delivered', markOf(ctx));
    return {};
  },

  'website.conversation.mark_unread': (ctx) => {
    markUnread(ctx.store, conversationOf(ctx), ctx.body.from);
    return {};
  },

  'website.conversation.update_open_state': (ctx) => {
    const record = conversationOf(ctx);
    const operator = operatorCard(ctx.website, record.conversation.assigned?.user_id);
    // The event names the operator who opened the view; a sandbox without operators has none.
    const event = ctx.body.opened ? 'session:set_opened' : 'session:set_closed';
    if (operator) emitSession(ctx.store, record, event, { operator });
    return {};
  },

  'website.conversation.get_routing': (ctx) => {
    const userId = conversationOf(ctx).conversation.assigned?.user_id;
    return { assigned: userId ? { user_id: userId } : null };
  },

  'website.conversation.assign_routing': (ctx) => {
    const record = conversationOf(ctx);
    const userId: string | null = ctx.body.assigned?.user_id ?? null;
    const { operators } = ctx.website;
    if (userId && operators.size > 0 && !operators.has(userId)) throw notFound('operator');
    assignRouting(ctx.store, record, userId);
    return {};
  },

  'website.conversation.get_metas': (ctx) => conversationOf(ctx).conversation.meta,

  'website.conversation.update_metas': (ctx) => {
    updateMetas(ctx.store, ctx.website, conversationOf(ctx), ctx.body);
    return {};
  },

  'website.conversation.get_original_message': (ctx) => {
    const original = hiddenOf(conversationOf(ctx)).originals.get(ctx.params.original_id!);
    if (!original) throw notFound('original');
    return original;
  },

  'website.conversation.list_pages': (ctx) => newestPage(conversationOf(ctx).pages, ctx.page),
  'website.conversation.list_events': (ctx) => newestPage(conversationOf(ctx).events, ctx.page),
  'website.conversation.list_files': (ctx) => newestPage(conversationOf(ctx).files, ctx.page),

  'website.conversation.get_state': (ctx) => ({ state: conversationOf(ctx).conversation.state }),

  'website.conversation.change_state': (ctx) => {
    setState(ctx.store, conversationOf(ctx), ctx.body.state);
    return {};
  },

  'website.conversation.get_block_status': (ctx) => ({ blocked: conversationOf(ctx).blocked }),

  'website.conversation.block': (ctx) => {
    setBlocked(ctx.store, conversationOf(ctx), ctx.body.blocked);
    return {};
  },

  'website.conversation.request_transcript': (ctx) => {
    const record = conversationOf(ctx);
    // A transcript to the visitor needs somewhere to go.
    if (ctx.body.to === 'user' && !ctx.body.email && !record.conversation.meta?.email) {
      throw invalidData('the conversation has no email to send the transcript to');
    }
    return {};
  },
};
