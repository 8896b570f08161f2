import type { RouteContext, Routes } from '../http/handler.ts';
import type { ConversationRecord, Raw, WebsiteRecord } from '../store.ts';
import { emitSession, requireConversation, touch } from './model.ts';

/** What a conversation links to: its participants (e-mail CCs), related conversations, inbox. */

interface Relations {
  parent: string | null;
  children: string[];
}

// The catalogue's Conversation has no field for relations, so they live beside the record.
const relations = new WeakMap<ConversationRecord, Relations>();

function relationsOf(record: ConversationRecord): Relations {
  let r = relations.get(record);
  if (!r) {
    r = { parent: null, children: [] };
    relations.set(record, r);
  }
  return r;
}

/**
 * Makes `childId` a child of `parentId`, as Crisp does when a conversation is split off another
 * (no REST route writes relations).
 */
export function relateConversations(website: WebsiteRecord, parentId: string, childId: string) {
  const child = relationsOf(requireConversation(website, childId));
  const parent = relationsOf(requireConversation(website, parentId));
  child.parent = parentId;
  if (!parent.children.includes(childId)) parent.children.push(childId);
}

const conversationOf = ({ website, params }: RouteContext) =>
  requireConversation(website, params.session_id!);

/** Relations name only conversations that still exist. */
function liveRelations(website: WebsiteRecord, record: ConversationRecord): Relations {
  const { parent, children } = relationsOf(record);
  return {
    parent: parent && website.conversations.has(parent) ? parent : null,
    children: children.filter((id) => website.conversations.has(id)),
  };
}

export const relationRoutes: Routes = {
  'website.conversation.get_relations': (ctx) => ({
    conversations: liveRelations(ctx.website, conversationOf(ctx)),
  }),

  'website.conversation.get_participants': (ctx) => ({
    participants: conversationOf(ctx).conversation.participants ?? [],
  }),

  'website.conversation.save_participants': (ctx) => {
    const record = conversationOf(ctx);
    // PUT semantics: the list replaces the stored one; a repeated target counts once.
    const seen = new Set<string>();
    const participants = (ctx.body.participants as Raw[]).filter((p) => {
      const id = `${p.type}:${String(p.target).toLowerCase()}`;
      return !seen.has(id) && seen.add(id);
    });
    record.conversation.participants = participants;
    touch(record, ctx.store.now());
    emitSession(ctx.store, record, 'session:set_participants', { participants });
    return {};
  },

  'website.conversation.update_inbox': (ctx) => {
    const record = conversationOf(ctx);
    const inboxId = (ctx.body.inbox_id ?? null) as string | null;
    const previous = (record.conversation.inbox_id ?? null) as string | null;
    if (inboxId === previous) return {};
    record.conversation.inbox_id = inboxId;
    touch(record, ctx.store.now());
    emitSession(ctx.store, record, 'session:set_inbox', { previous_inbox_id: previous });
    return {};
  },
};
