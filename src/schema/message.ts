import { z } from 'zod';
import type { ConversationPreviewModel } from '../datasources/conversation.ts';
import type { MessageModel, MessageUserModel } from '../datasources/message.ts';
import type {
  CarouselTargetModel,
  MessageContentModel,
  PickerChoiceModel,
} from '../datasources/message-content.ts';
import { textOf } from '../datasources/message-content.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import * as conversation from '../resolvers/conversation.ts';
import * as message from '../resolvers/message.ts';
import { builder } from './builder.ts';
import { Conversation, conversationRead } from './conversation.ts';
import { ConversationSide } from './conversation-side.ts';
import { MessageUserTypeEnum } from './message-input.ts';

export const MessageTypeEnum = builder.enumType('MessageType', {
  values: {
    TEXT: { value: 'text' },
    NOTE: { value: 'note', description: 'A private note, seen by operators only.' },
    FILE: { value: 'file' },
    ANIMATION: { value: 'animation' },
    AUDIO: { value: 'audio' },
    PICKER: { value: 'picker', description: 'A choice among buttons.' },
    FIELD: { value: 'field', description: 'A question with a free-text answer field.' },
    CAROUSEL: { value: 'carousel' },
    EVENT: { value: 'event', description: 'A system event shown in the timeline.' },
  } as const,
});

type Content<K extends MessageContentModel['kind']> = Extract<MessageContentModel, { kind: K }>;

const contentType = <K extends MessageContentModel['kind']>(kind: K, name: string) =>
  builder
    .objectRef<Content<K>>(name)
    .implement({ isTypeOf: (c) => (c as MessageContentModel).kind === kind });

const PickerChoice = builder.objectRef<PickerChoiceModel>('PickerChoice').implement({
  fields: (t) => ({
    value: t.exposeString('value'),
    label: t.exposeString('label'),
    selected: t.exposeBoolean('selected'),
    icon: t.exposeString('icon', { nullable: true }),
    actionType: t.string({ nullable: true, resolve: (c) => c.action?.type }),
    actionTarget: t.string({ nullable: true, resolve: (c) => c.action?.target }),
  }),
});

const CarouselTarget = builder.objectRef<CarouselTargetModel>('CarouselTarget').implement({
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    image: t.exposeString('image', { nullable: true }),
    actions: t.field({ type: [CarouselAction], resolve: (c) => c.actions }),
  }),
});

const CarouselAction = builder
  .objectRef<CarouselTargetModel['actions'][number]>('CarouselAction')
  .implement({
    fields: (t) => ({ label: t.exposeString('label'), url: t.exposeString('url') }),
  });

const TextContent = contentType('text', 'TextContent');
const NoteContent = contentType('note', 'NoteContent');
const FileContent = contentType('file', 'FileContent');
const AnimationContent = contentType('animation', 'AnimationContent');
const AudioContent = contentType('audio', 'AudioContent');
const PickerContent = contentType('picker', 'PickerContent');
const FieldContent = contentType('field', 'FieldContent');
const CarouselContent = contentType('carousel', 'CarouselContent');
const EventContent = contentType('event', 'EventContent');

builder.objectFields(TextContent, (t) => ({ text: t.exposeString('text') }));
builder.objectFields(NoteContent, (t) => ({ text: t.exposeString('text') }));
builder.objectFields(FileContent, (t) => ({
  name: t.exposeString('name'),
  url: t.exposeString('url'),
  mimeType: t.exposeString('mimeType'),
}));
builder.objectFields(AnimationContent, (t) => ({
  url: t.exposeString('url'),
  mimeType: t.exposeString('mimeType'),
}));
builder.objectFields(AudioContent, (t) => ({
  url: t.exposeString('url'),
  mimeType: t.exposeString('mimeType'),
  duration: t.exposeInt('duration', { description: 'Seconds.' }),
}));
builder.objectFields(PickerContent, (t) => ({
  id: t.exposeString('id'),
  text: t.exposeString('text'),
  choices: t.field({ type: [PickerChoice], resolve: (c) => c.choices }),
  required: t.exposeBoolean('required', { nullable: true }),
}));
builder.objectFields(FieldContent, (t) => ({
  id: t.exposeString('id'),
  text: t.exposeString('text'),
  explain: t.exposeString('explain'),
  value: t.exposeString('value', { nullable: true }),
  required: t.exposeBoolean('required', { nullable: true }),
}));
builder.objectFields(CarouselContent, (t) => ({
  text: t.exposeString('text'),
  targets: t.field({ type: [CarouselTarget], resolve: (c) => c.targets }),
}));
builder.objectFields(EventContent, (t) => ({
  namespace: t.exposeString('namespace'),
  text: t.exposeString('text', { nullable: true }),
}));

const MessageContent = builder.unionType('MessageContent', {
  description: 'The content of a message; its type matches the message type.',
  types: [
    TextContent,
    NoteContent,
    FileContent,
    AnimationContent,
    AudioContent,
    PickerContent,
    FieldContent,
    CarouselContent,
    EventContent,
  ],
});

const MessageUser = builder.objectRef<MessageUserModel>('MessageUser').implement({
  fields: (t) => ({
    type: t.expose('type', { type: MessageUserTypeEnum, nullable: true }),
    userId: t.exposeString('userId', { nullable: true }),
    nickname: t.exposeString('nickname', { nullable: true }),
    avatar: t.exposeString('avatar', { nullable: true }),
  }),
});

export const Message = builder.objectRef<MessageModel>('Message').implement({
  description: 'A message of a conversation.',
  fields: (t) => ({
    fingerprint: t.expose('fingerprint', { type: 'Fingerprint' }),
    sessionId: t.exposeString('sessionId'),
    type: t.expose('type', { type: MessageTypeEnum }),
    from: t.expose('from', { type: ConversationSide, nullable: true }),
    origin: t.exposeString('origin', {
      nullable: true,
      description: '`chat`, `email` or an integration `urn:…`.',
    }),
    content: t.field({ type: MessageContent, resolve: (m) => m.content }),
    text: t.string({
      nullable: true,
      description: 'The text of the message, whatever its type (a file gives its name).',
      resolve: (m) => textOf(m.content),
    }),
    mentions: t.exposeIDList('mentions'),
    read: t.exposeString('read', {
      nullable: true,
      description: 'The channel it was read on, once read.',
    }),
    delivered: t.exposeString('delivered', {
      nullable: true,
      description: 'The channel it was delivered on, once delivered.',
    }),
    edited: t.exposeBoolean('edited'),
    translated: t.exposeBoolean('translated'),
    automated: t.exposeBoolean('automated'),
    stamped: t.exposeBoolean('stamped'),
    timestamp: t.expose('timestamp', { type: 'DateTime' }),
    user: t.expose('user', { type: MessageUser, nullable: true }),
    originalId: t.exposeString('originalId', {
      nullable: true,
      description: 'Id of the raw original (e.g. email HTML).',
    }),
  }),
});

const ConversationPreview = builder
  .objectRef<ConversationPreviewModel>('ConversationPreview')
  .implement({
    description: 'The last message, as the inbox shows it.',
    fields: (t) => ({
      type: t.expose('type', { type: MessageTypeEnum, nullable: true }),
      from: t.expose('from', { type: ConversationSide, nullable: true }),
      excerpt: t.exposeString('excerpt', { nullable: true }),
      fingerprint: t.expose('fingerprint', { type: 'Fingerprint', nullable: true }),
    }),
  });

const MessageConnection = builder.connectionObject({ type: Message, name: 'MessageConnection' });

builder.objectFields(Conversation, (t) => ({
  lastMessage: t.field({
    type: ConversationPreview,
    nullable: true,
    extensions: crispCalls(conversationRead),
    resolve: async (c, _, ctx) => (await conversation.loaded(ctx, c)).preview,
  }),
  messages: t.field({
    nullable: true,
    type: MessageConnection,
    description:
      'The `limit` messages before `before` (default: the latest), oldest first. Crisp serves history ' +
      'in batches walked back in time; only as many as `limit` needs are read. Each cursor is the ' +
      "message's DateTime: pass `pageInfo.startCursor` as `before` for older ones.",
    // Batches of up to 20, newest first; one more when `before` falls inside a batch.
    extensions: crispCalls({
      calls: ({ limit, before }) => Math.ceil((limit as number) / 20) + (before ? 1 : 0),
    }),
    args: {
      before: t.arg({ type: 'DateTime' }),
      limit: t.arg.int({
        defaultValue: 10,
        required: true,
        validate: z.number().int().min(1).max(100),
      }),
    },
    resolve: (c, { before, limit }, ctx) => message.messages(ctx, c, before ?? undefined, limit),
  }),
  message: t.field({
    type: Message,
    // Nullable, so a missing message leaves the operation's other fields intact.
    nullable: true,
    extensions: crispCalls({ calls: 1 }),
    args: { fingerprint: t.arg({ type: 'Fingerprint', required: true }) },
    resolve: (c, { fingerprint }, ctx) => message.get(ctx, c, fingerprint),
  }),
}));
