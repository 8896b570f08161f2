import { conversationRef } from '../request/node-id.ts';
import { conversationOf, newsOf } from '../resolvers/live-parent.ts';
import type { ConversationEventModel } from '../rtm/event-models.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { eventFields } from './rtm-event.ts';

/**
 * Events of `conversationEvents`. Named `ConversationChangeEvent` rather than
 * `ConversationEvent`, which names the custom events a conversation's timeline lists.
 */
export const ConversationChangeEvent = builder
  .interfaceRef<ConversationEventModel>('ConversationChangeEvent')
  .implement({
    description:
      "A conversation's state, block, assignment, inbox or metas changed, or it was removed: one type per Crisp event.",
    resolveType: (e) => e.typename,
    fields: (t) => ({ ...eventFields(t) }),
  });

const changed = (name: string, description: string, carries: string) =>
  builder.objectRef<ConversationEventModel>(name).implement({
    description,
    interfaces: [ConversationChangeEvent],
    fields: (t) => ({
      conversation: t.field({
        type: Conversation,
        description: `The conversation, as its node: \`id\` and ${carries}, set from the event. Any other field selected is read once per event for every subscriber of this gateway; when that read fails, those fields are null with its error.`,
        resolve: (e, _, ctx, info) => conversationOf(ctx, info, e, newsOf(e.change)),
      }),
    }),
  });

changed(
  'ConversationStateChangedEvent',
  '`session:set_state`: the conversation moved between pending, unresolved and resolved.',
  '`state`',
);
changed(
  'ConversationBlockedEvent',
  "`session:set_block`: the visitor's messages were blocked or unblocked.",
  '`isBlocked`',
);
changed(
  'ConversationAssignedEvent',
  '`session:set_routing`: the conversation was assigned to an operator, or unassigned.',
  '`assignedUserId`',
);
changed(
  'ConversationInboxChangedEvent',
  '`session:set_inbox`: the conversation moved to another inbox.',
  '`inbox`',
);
changed(
  'ConversationMetasChangedEvent',
  '`session:set_email`, `session:set_phone`, `session:set_address`, `session:set_subject`, `session:set_avatar`, `session:set_nickname`, `session:set_origin`, `session:set_data` or `session:set_segments`: one of the metas was set (`name` says which).',
  'the one `metas` field the event set',
);

builder.objectRef<ConversationEventModel>('ConversationRemovedEvent').implement({
  description: '`session:removed`: the conversation was deleted.',
  interfaces: [ConversationChangeEvent],
  fields: (t) => ({
    removedConversationId: t.id({
      description:
        'The global id of the conversation removed, for `@deleteRecord` or a cache eviction.',
      resolve: (e) => conversationRef.globalId(e.websiteId, e.sessionId),
    }),
  }),
});
