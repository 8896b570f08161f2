import type { ConversationPreviewModel } from '../datasources/conversation.ts';
import type { MessageModel, MessageUserModel } from '../datasources/message.ts';
import { parseMessageKey } from '../datasources/message.ts';
import { textOf } from '../datasources/message-content.ts';
import { assertWebsite } from '../request/access.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { messageRef } from '../request/node-id.ts';
import * as conversation from '../resolvers/conversation.ts';
import * as message from '../resolvers/message.ts';
import { builder } from './builder.ts';
import { Conversation, operatorList } from './conversation.ts';
import { ConversationSide } from './conversation-side.ts';
import { MessageContent } from './message-content.ts';
import { MessageUserTypeEnum } from './message-input.ts';
import { Operator } from './operator.ts';
import { replacedBy } from './replaced-by.ts';

export const MessageTypeEnum = builder.enumType('MessageType', {
  description:
    'The type of a message, which decides its content. May gain values as Crisp adds types.',
  values: {
    TEXT: { value: 'text', description: 'A text message.' },
    NOTE: { value: 'note', description: 'A private note, seen by operators only.' },
    FILE: { value: 'file', description: 'A file.' },
    ANIMATION: { value: 'animation', description: 'An animation (e.g. a GIF).' },
    AUDIO: { value: 'audio', description: 'An audio recording.' },
    PICKER: { value: 'picker', description: 'A choice among buttons.' },
    FIELD: { value: 'field', description: 'A question with a free-text answer field.' },
    CAROUSEL: { value: 'carousel', description: 'A row of cards with links.' },
    EVENT: { value: 'event', description: 'A system event shown in the timeline.' },
  } as const,
});

const MessageUser = builder.objectRef<MessageUserModel>('MessageUser').implement({
  description: 'Who wrote a message, as the chatbox shows them.',
  fields: (t) => ({
    type: t.expose('type', {
      type: MessageUserTypeEnum,
      nullable: true,
      description: 'Which kind of sender; null when Crisp does not say.',
    }),
    userId: t.exposeString('userId', {
      nullable: true,
      description:
        "The sender's Crisp id: an operator's user_id, or the visitor's session_id; null when absent.",
    }),
    nickname: t.exposeString('nickname', {
      nullable: true,
      description: 'The name shown for the sender; null when absent.',
    }),
    avatar: t.expose('avatar', {
      type: 'URL',
      nullable: true,
      description: "The sender's avatar URL; null when absent.",
    }),
  }),
});

/** The global id's parts, checked and lower-cased, as the message loader's key. */
function parseGlobalKey(id: string): string {
  const [websiteId, sessionId, fingerprint] = messageRef.parse(id);
  return `${websiteId}/${sessionId}#${fingerprint}`;
}

/** A message of a conversation: a node, built whole from every read that lists it. */
export const Message = builder.objectRef<MessageModel>('Message');

builder.node(Message, {
  description: 'A message of a conversation.',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any input that names a message.',
    resolve: (m) => messageRef.format(m.websiteId, m.sessionId, m.fingerprint),
    parse: parseGlobalKey,
  },
  // The website inside the id is checked like any `websiteId` argument; the loader caches already.
  loadWithoutCache: (key: string, ctx) => {
    assertWebsite(ctx, parseMessageKey(key)[0].websiteId);
    return ctx.loaders.message.load(key);
  },
  fields: (t) => ({
    crispId: t.id({
      description: "Crisp's fingerprint of the message (decimal), unique within its conversation.",
      resolve: (m) => String(m.fingerprint),
    }),
    conversation: t.field({
      type: Conversation,
      description: 'The conversation the message belongs to.',
      resolve: (m) => ({ websiteId: m.websiteId, sessionId: m.sessionId }),
    }),
    fingerprint: t.expose('fingerprint', {
      type: 'Fingerprint',
      description: "Crisp's fingerprint of the message.",
      deprecationReason: replacedBy('`crispId`'),
    }),
    sessionId: t.exposeString('sessionId', {
      description: 'The session id of the conversation.',
      deprecationReason: replacedBy('`conversation`'),
    }),
    type: t.expose('type', { type: MessageTypeEnum, description: 'The type of the message.' }),
    from: t.expose('from', {
      type: ConversationSide,
      nullable: true,
      description: 'The side that wrote the message; null when Crisp does not say.',
    }),
    origin: t.exposeString('origin', {
      nullable: true,
      description:
        'The channel the message travels on: `chat`, `email`, or an integration `urn:…` (e.g. `urn:crisp.im:slack:0`). A string, because integrations add their own. Null when absent.',
    }),
    content: t.field({
      type: MessageContent,
      description: 'The content, typed by the message type.',
      resolve: (m) => m.content,
    }),
    text: t.string({
      nullable: true,
      description:
        'The text of the message, whatever its type (a file gives its name); null for types without text.',
      resolve: (m) => textOf(m.content),
    }),
    mentionedOperators: t.field({
      type: [Operator],
      nullable: true,
      description: 'The operators the message mentions (notes); null when the operator list fails.',
      extensions: crispCalls(operatorList),
      resolve: (m, _, ctx) => conversation.mentioned(ctx, m.websiteId, m.mentions),
    }),
    mentions: t.exposeIDList('mentions', {
      description: 'The user ids of the operators the message mentions.',
      deprecationReason: replacedBy('`mentionedOperators`'),
    }),
    read: t.exposeString('read', {
      nullable: true,
      description: 'The channel the message was read on; null while unread.',
    }),
    delivered: t.exposeString('delivered', {
      nullable: true,
      description: 'The channel the message was delivered on; null while undelivered.',
    }),
    isEdited: t.exposeBoolean('edited', { description: 'Whether the message was edited.' }),
    isTranslated: t.exposeBoolean('translated', {
      description: 'Whether the message was translated.',
    }),
    isAutomated: t.exposeBoolean('automated', {
      description: 'Whether a bot or an automation sent the message.',
    }),
    isStamped: t.exposeBoolean('stamped', {
      description: 'Whether Crisp stored the message (stamped it with its time).',
    }),
    edited: t.exposeBoolean('edited', {
      description: 'Whether the message was edited.',
      deprecationReason: replacedBy('`isEdited`'),
    }),
    translated: t.exposeBoolean('translated', {
      description: 'Whether the message was translated.',
      deprecationReason: replacedBy('`isTranslated`'),
    }),
    automated: t.exposeBoolean('automated', {
      description: 'Whether a bot or an automation sent the message.',
      deprecationReason: replacedBy('`isAutomated`'),
    }),
    stamped: t.exposeBoolean('stamped', {
      description: 'Whether Crisp stored the message.',
      deprecationReason: replacedBy('`isStamped`'),
    }),
    timestamp: t.expose('timestamp', {
      type: 'DateTime',
      description: 'When the message was sent.',
    }),
    user: t.expose('user', {
      type: MessageUser,
      nullable: true,
      description: 'Who wrote the message; null when Crisp does not say.',
    }),
    originalId: t.exposeString('originalId', {
      nullable: true,
      description:
        'The id of the raw original (e.g. the HTML of an email); null when the message has none.',
    }),
  }),
});

export const ConversationPreview = builder
  .objectRef<ConversationPreviewModel & { websiteId: string; sessionId: string }>(
    'ConversationPreview',
  )
  .implement({
    description: 'The last message, as the inbox shows it.',
    fields: (t) => ({
      type: t.expose('type', {
        type: MessageTypeEnum,
        nullable: true,
        description: 'The type of the last message; null when Crisp does not say.',
      }),
      from: t.expose('from', {
        type: ConversationSide,
        nullable: true,
        description: 'The side that wrote the last message; null when Crisp does not say.',
      }),
      excerpt: t.exposeString('excerpt', {
        nullable: true,
        description: 'The start of the last message; null when Crisp gives none.',
      }),
      message: t.field({
        type: Message,
        nullable: true,
        description:
          'The last message itself (its own read); null when Crisp names none, or when the read fails.',
        extensions: crispCalls({ calls: 1, loader: 'message' }),
        resolve: (p, _, ctx) =>
          p.fingerprint === undefined ? null : message.get(ctx, p, p.fingerprint),
      }),
      fingerprint: t.expose('fingerprint', {
        type: 'Fingerprint',
        nullable: true,
        description: "The last message's fingerprint.",
        deprecationReason: replacedBy('`message { crispId }`'),
      }),
    }),
  });
