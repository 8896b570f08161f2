import { z } from 'zod';
import { userIdSchema } from '../datasources/crisp-id.ts';
import { builder } from './builder.ts';
import { conversationInputFields } from './conversation-mutation.ts';

/** Inputs of the message mutations: content by type, sender, and the send/update/compose/mark inputs. */

export const MessageFromEnum = builder.enumType('MessageFrom', {
  values: {
    USER: { value: 'user', description: 'The visitor or contact side.' },
    OPERATOR: { value: 'operator', description: 'The team side, bots included.' },
  } as const,
});

export const MessageUserTypeEnum = builder.enumType('MessageUserType', {
  values: { WEBSITE: { value: 'website' }, PARTICIPANT: { value: 'participant' } } as const,
});

const text = (max: number) => z.string().min(1).max(max);
const mimeType = z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type such as image/png');

const FileContentInput = builder.inputType('FileContentInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(256) }),
    url: t.field({ type: 'URL', required: true }),
    mimeType: t.string({ required: true, validate: mimeType }),
  }),
});

const AnimationContentInput = builder.inputType('AnimationContentInput', {
  fields: (t) => ({
    url: t.field({ type: 'URL', required: true }),
    mimeType: t.string({ required: true, validate: mimeType }),
  }),
});

const AudioContentInput = builder.inputType('AudioContentInput', {
  fields: (t) => ({
    url: t.field({ type: 'URL', required: true }),
    mimeType: t.string({ required: true, validate: mimeType }),
    duration: t.int({
      required: true,
      description: 'Length in seconds.',
      validate: z.number().int().min(0).max(86_400),
    }),
  }),
});

const PickerChoiceActionInput = builder.inputType('PickerChoiceActionInput', {
  fields: (t) => ({
    type: t.string({ required: true, description: 'e.g. `link`', validate: text(32) }),
    target: t.string({ required: true, validate: text(2048) }),
  }),
});

const PickerChoiceInput = builder.inputType('PickerChoiceInput', {
  fields: (t) => ({
    value: t.string({ required: true, validate: text(256) }),
    label: t.string({ required: true, validate: text(256) }),
    selected: t.boolean({ required: true }),
    icon: t.string({ validate: text(64) }),
    action: t.field({ type: PickerChoiceActionInput }),
  }),
});

const PickerContentInput = builder.inputType('PickerContentInput', {
  fields: (t) => ({
    id: t.string({ required: true, validate: text(128) }),
    text: t.string({ required: true, validate: text(2000) }),
    choices: t.field({
      type: [PickerChoiceInput],
      required: true,
      validate: z.array(z.unknown()).min(1).max(20),
    }),
    required: t.boolean(),
  }),
});

const FieldContentInput = builder.inputType('FieldContentInput', {
  fields: (t) => ({
    id: t.string({ required: true, validate: text(128) }),
    text: t.string({ required: true, validate: text(2000) }),
    explain: t.string({
      required: true,
      description: 'Placeholder shown in the empty field.',
      validate: text(2000),
    }),
    value: t.string({ validate: z.string().max(2000) }),
    required: t.boolean(),
  }),
});

const CarouselActionInput = builder.inputType('CarouselActionInput', {
  fields: (t) => ({
    label: t.string({ required: true, validate: text(128) }),
    url: t.field({ type: 'URL', required: true }),
  }),
});

const CarouselTargetInput = builder.inputType('CarouselTargetInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: text(256) }),
    description: t.string({ required: true, validate: z.string().max(2000) }),
    image: t.field({ type: 'URL' }),
    actions: t.field({
      type: [CarouselActionInput],
      required: true,
      validate: z.array(z.unknown()).max(10),
    }),
  }),
});

const CarouselContentInput = builder.inputType('CarouselContentInput', {
  fields: (t) => ({
    text: t.string({ required: true, validate: text(2000) }),
    targets: t.field({
      type: [CarouselTargetInput],
      required: true,
      validate: z.array(z.unknown()).min(1).max(10),
    }),
  }),
});

const EventContentInput = builder.inputType('EventContentInput', {
  fields: (t) => ({
    namespace: t.string({
      required: true,
      description: 'The event name, e.g. `state:resolved`.',
      validate: text(128),
    }),
    text: t.string({ validate: z.string().max(2000) }),
  }),
});

/**
 * Exactly one key: it is the message type, and its value the content of that type, so a type
 * and a content that disagree cannot be written.
 */
export const MessageContentInput = builder.inputType('MessageContentInput', {
  isOneOf: true,
  fields: (t) => ({
    text: t.string({ validate: text(10_000) }),
    note: t.string({
      description: 'A private note, seen by operators only.',
      validate: text(10_000),
    }),
    file: t.field({ type: FileContentInput }),
    animation: t.field({ type: AnimationContentInput }),
    audio: t.field({ type: AudioContentInput }),
    picker: t.field({ type: PickerContentInput }),
    field: t.field({ type: FieldContentInput }),
    carousel: t.field({ type: CarouselContentInput }),
    event: t.field({ type: EventContentInput }),
  }),
});

/** `chat`, `email` or an integration's `urn:…` (e.g. `urn:crisp.im:slack:0`). */
const originSchema = z
  .string()
  .regex(/^(chat|email|urn:[\w.:-]{1,200})$/, 'must be chat, email or a urn:… identifier');

const MessageUserInput = builder.inputType('MessageUserInput', {
  description: 'Who the message shows as sent by.',
  fields: (t) => ({
    type: t.field({ type: MessageUserTypeEnum }),
    nickname: t.string({ validate: text(128) }),
    avatar: t.field({ type: 'URL' }),
  }),
});

const MessageOriginalInput = builder.inputType('MessageOriginalInput', {
  description: 'The raw original (e.g. the HTML of an email); Crisp keeps it beside the message.',
  fields: (t) => ({
    type: t.string({ required: true, validate: mimeType }),
    content: t.string({ required: true, validate: z.string().min(1).max(1_000_000) }),
  }),
});

export const SendMessageInput = builder.inputType('SendMessageInput', {
  fields: (t) => ({
    ...conversationInputFields(t),
    content: t.field({ type: MessageContentInput, required: true }),
    from: t.field({ type: MessageFromEnum, required: true }),
    origin: t.string({ required: true, defaultValue: 'chat', validate: originSchema }),
    mentions: t.idList({
      description: 'Operators (user ids) to notify, for notes.',
      validate: z.array(userIdSchema).max(50),
    }),
    fingerprint: t.field({
      type: 'Fingerprint',
      description:
        'De-duplication key: sending twice with the same one stores one message. Generated when absent.',
    }),
    user: t.field({ type: MessageUserInput }),
    original: t.field({ type: MessageOriginalInput }),
    translated: t.boolean(),
    stealth: t.boolean({ description: 'Deliver silently: no notification, no unread count.' }),
    automated: t.boolean({ description: 'Sent by a bot or an automation.' }),
  }),
});

export const UpdateMessageInput = builder.inputType('UpdateMessageInput', {
  description: "The new content must be of the message's type (Crisp refuses others).",
  fields: (t) => ({
    ...conversationInputFields(t),
    fingerprint: t.field({ type: 'Fingerprint', required: true }),
    content: t.field({ type: MessageContentInput, required: true }),
  }),
});

const ComposeType = builder.enumType('ComposeType', {
  values: { START: { value: 'start' }, STOP: { value: 'stop' } } as const,
});

export const ComposeMessageInput = builder.inputType('ComposeMessageInput', {
  description: 'A typing indicator.',
  fields: (t) => ({
    ...conversationInputFields(t),
    type: t.field({ type: ComposeType, required: true }),
    from: t.field({ type: MessageFromEnum, required: true }),
    excerpt: t.string({
      description: 'What is being typed, for a live preview.',
      validate: z.string().max(2000),
    }),
    stealth: t.boolean(),
    automated: t.boolean(),
  }),
});

type InputFields = Parameters<typeof conversationInputFields>[0];

/** `from` is the side that read (or received) the other side's messages. */
const markFields = (t: InputFields) => ({
  ...conversationInputFields(t),
  from: t.field({
    type: MessageFromEnum,
    required: true,
    description: 'The side that read or received the messages.',
  }),
  origin: t.string({ required: true, defaultValue: 'chat', validate: originSchema }),
  fingerprints: t.field({
    type: ['Fingerprint'],
    required: true,
    description: 'The messages; an empty list means every pending one.',
    validate: z.array(z.number()).max(500),
  }),
});

export const MarkMessagesReadInput = builder.inputType('MarkMessagesReadInput', {
  fields: markFields,
});
export const MarkMessagesDeliveredInput = builder.inputType('MarkMessagesDeliveredInput', {
  fields: markFields,
});
