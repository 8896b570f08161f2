import { z } from 'zod';
import type {
  CarouselTargetModel,
  ContentOf,
  MessageContentInputModel,
  PickerChoiceModel,
} from '../datasources/message-content.ts';
import type { NullableDeep } from '../datasources/without-nulls.ts';
import { builder } from './builder.ts';

/** A message's content as a mutation writes it: one input per message type, and their one-of. */

export const text = (max: number) => z.string().min(1).max(max);
export const mimeType = z
  .string()
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type such as image/png');

const FileContentInput = builder
  .inputRef<NullableDeep<ContentOf<'file'>>>('FileContentInput')
  .implement({
    fields: (t) => ({
      name: t.string({ required: true, validate: text(256) }),
      url: t.field({ type: 'URL', required: true }),
      mimeType: t.string({ required: true, validate: mimeType }),
    }),
  });

const AnimationContentInput = builder
  .inputRef<ContentOf<'animation'>>('AnimationContentInput')
  .implement({
    fields: (t) => ({
      url: t.field({ type: 'URL', required: true }),
      mimeType: t.string({ required: true, validate: mimeType }),
    }),
  });

const AudioContentInput = builder.inputRef<ContentOf<'audio'>>('AudioContentInput').implement({
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

const PickerChoiceActionInput = builder
  .inputRef<NonNullable<PickerChoiceModel['action']>>('PickerChoiceActionInput')
  .implement({
    fields: (t) => ({
      type: t.string({ required: true, description: 'e.g. `link`', validate: text(32) }),
      target: t.string({ required: true, validate: text(2048) }),
    }),
  });

const PickerChoiceInput = builder
  .inputRef<NullableDeep<PickerChoiceModel>>('PickerChoiceInput')
  .implement({
    fields: (t) => ({
      value: t.string({ required: true, validate: text(256) }),
      label: t.string({ required: true, validate: text(256) }),
      selected: t.boolean({ required: true }),
      icon: t.string({ validate: text(64) }),
      action: t.field({ type: PickerChoiceActionInput }),
    }),
  });

const PickerContentInput = builder
  .inputRef<NullableDeep<ContentOf<'picker'>>>('PickerContentInput')
  .implement({
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

const FieldContentInput = builder
  .inputRef<NullableDeep<ContentOf<'field'>>>('FieldContentInput')
  .implement({
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

const CarouselActionInput = builder
  .inputRef<CarouselTargetModel['actions'][number]>('CarouselActionInput')
  .implement({
    fields: (t) => ({
      label: t.string({ required: true, validate: text(128) }),
      url: t.field({ type: 'URL', required: true }),
    }),
  });

const CarouselTargetInput = builder
  .inputRef<NullableDeep<CarouselTargetModel>>('CarouselTargetInput')
  .implement({
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

const CarouselContentInput = builder
  .inputRef<NullableDeep<ContentOf<'carousel'>>>('CarouselContentInput')
  .implement({
    fields: (t) => ({
      text: t.string({ required: true, validate: text(2000) }),
      targets: t.field({
        type: [CarouselTargetInput],
        required: true,
        validate: z.array(z.unknown()).min(1).max(10),
      }),
    }),
  });

const EventContentInput = builder
  .inputRef<NullableDeep<ContentOf<'event'>>>('EventContentInput')
  .implement({
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
export const MessageContentInput = builder
  .inputRef<MessageContentInputModel>('MessageContentInput')
  .implement({
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
