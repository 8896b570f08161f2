import type { FieldMap } from '@pothos/core';
import { messageRef } from '../request/node-id.ts';
import {
  acknowledgedMessagesOf,
  conversationOf,
  messageOf,
  operatorOf,
} from '../resolvers/live-parent.ts';
import { messageNews } from '../resolvers/subscription.ts';
import type { MessageEventModel, ReadEventModel, TypingEventModel } from '../rtm/event-models.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { ConversationSide } from './conversation-side.ts';
import { Message } from './message.ts';
import { Operator } from './operator.ts';
import { eventFields } from './rtm-event.ts';

/** Events of `messageEvents`, `typingEvents` and `readEvents`, named from the team's side. */

const conversationDescription =
  'The conversation, as its node: `id`, and what the event changed. Any other field selected is read once per event for every subscriber of this gateway; when that read fails, those fields are null with its error.';

const messageId = (e: MessageEventModel | ReadEventModel, fingerprint: number) =>
  messageRef.globalId(e.websiteId, e.sessionId, fingerprint);

export const MessageEvent = builder.interfaceRef<MessageEventModel>('MessageEvent').implement({
  description:
    'A message written, edited or removed in a conversation: one type per Crisp event, named from the team side.',
  resolveType: (e) => e.typename,
  fields: (t) => ({
    ...eventFields(t),
    conversation: t.field({
      type: Conversation,
      description: `${conversationDescription} On a new message, \`lastMessage\` and \`updatedAt\` come from the message itself, and \`unread\` is read.`,
      resolve: (e, _, ctx, info) => conversationOf(ctx, info, e, messageNews(e)),
    }),
  }),
});

const newMessage = (name: string, description: string) =>
  builder.objectRef<MessageEventModel>(name).implement({
    description,
    interfaces: [MessageEvent],
    fields: (t) => ({
      message: t.field({
        type: Message,
        description: 'The whole message, as Crisp sent it with the event.',
        resolve: (e) => e.message!,
      }),
    }),
  });

newMessage(
  'MessageReceivedEvent',
  '`message:send`: the visitor wrote, and the team received the message.',
);
newMessage(
  'MessageSentEvent',
  "`message:received`: the team side wrote (an operator, a bot or a plugin), the gateway's own sends included.",
);

builder.objectRef<MessageEventModel>('MessageUpdatedEvent').implement({
  description: '`message:updated`: the content of a message was edited.',
  interfaces: [MessageEvent],
  fields: (t) => ({
    message: t.field({
      type: Message,
      nullable: true,
      description:
        'The message with its new content: read once per event for every subscriber of this gateway; null, with the error, when that read fails.',
      resolve: (e, _, ctx) => messageOf(ctx, e, e.fingerprint),
    }),
  }),
});

builder.objectRef<MessageEventModel>('MessageRemovedEvent').implement({
  description: '`message:removed`: a message was deleted from the conversation.',
  interfaces: [MessageEvent],
  fields: (t) => ({
    removedMessageId: t.id({
      description: 'The global id of the message removed, for `@deleteRecord` or a cache eviction.',
      resolve: (e) => messageId(e, e.fingerprint),
    }),
  }),
});

export const TypingEvent = builder.objectRef<TypingEventModel>('TypingEvent').implement({
  description:
    '`message:compose:send` (the visitor) or `message:compose:receive` (the team side): someone started or stopped typing.',
  fields: (t) => ({
    ...eventFields(t),
    conversation: t.field({
      type: Conversation,
      description: conversationDescription,
      resolve: (e, _, ctx, info) => conversationOf(ctx, info, e),
    }),
    side: t.field({
      type: ConversationSide,
      description: 'Who is typing.',
      resolve: (e) => e.side,
    }),
    isTyping: t.exposeBoolean('isTyping', {
      description: 'Whether they started (`start`) rather than stopped (`stop`).',
    }),
    excerpt: t.exposeString('excerpt', {
      nullable: true,
      description: 'What is being typed so far; null when Crisp sends none.',
    }),
    operator: t.field({
      type: Operator,
      nullable: true,
      description:
        'The operator typing, on the team side when Crisp sends the operator card; null otherwise. Fields beyond its id are read once per event.',
      resolve: (e, _, ctx, info) =>
        e.userId ? operatorOf(ctx, info, e, { userId: e.userId }) : null,
    }),
  }),
});

export const ReadEvent = builder.interfaceRef<ReadEventModel>('ReadEvent').implement({
  description:
    'Messages of a conversation acknowledged: read, flagged unread, delivered or not delivered. One type per Crisp event.',
  resolveType: (e) => e.typename,
  fields: (t) => ({
    ...eventFields(t),
    conversation: t.field({
      type: Conversation,
      description: `${conversationDescription} Select \`unread\` for the new unread counts: read after the acknowledgement, so a cached conversation shows them.`,
      resolve: (e, _, ctx, info) => conversationOf(ctx, info, e),
    }),
    messages: t.field({
      type: [Message],
      nullable: true,
      description:
        'The messages acknowledged, as nodes with what the event says: `read` (the channel; null after `MessagesUnreadEvent`) or `delivered`, so a cache holding them updates by itself. Any other field selected is read once per event for every subscriber of this gateway; null, with the error, when a read fails.',
      resolve: (e, _, ctx, info) => acknowledgedMessagesOf(ctx, info, e),
    }),
    messageIds: t.idList({
      description: 'The global ids of the messages acknowledged.',
      resolve: (e) => e.fingerprints.map((f) => messageId(e, f)),
    }),
    via: t.exposeString('via', {
      nullable: true,
      description:
        'The channel Crisp names (`chat`, `email`, an integration `urn:…`); null when none.',
    }),
  }),
});

const acknowledged = (name: string, description: string, by?: string) =>
  builder.objectRef<ReadEventModel>(name).implement({
    description,
    interfaces: [ReadEvent],
    fields: (t): FieldMap =>
      by
        ? {
            by: t.field({
              type: ConversationSide,
              description: by,
              // Set on both read events, the only ones with `by`.
              resolve: (e) => e.by!,
            }),
          }
        : {},
  });

acknowledged(
  'MessagesReadEvent',
  '`message:acknowledge:read:received` (the team read visitor messages) or `message:acknowledge:read:send` (the visitor read team messages).',
  'Who read the messages: `OPERATOR` for the team, `VISITOR` for the visitor.',
);
acknowledged(
  'MessagesUnreadEvent',
  '`message:acknowledge:unread:send`: messages were flagged back to unread.',
);
acknowledged(
  'MessagesDeliveredEvent',
  "`message:acknowledge:delivered`: messages reached the recipient's device or channel.",
);
acknowledged(
  'MessagesIgnoredEvent',
  '`message:acknowledge:ignored`: a channel did not deliver the messages.',
);
