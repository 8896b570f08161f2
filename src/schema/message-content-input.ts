import { z } from 'zod';
import type {
  CarouselTargetModel,
  ContentOf,
  MessageContentInputModel,
  PickerChoiceModel,
  QuestionInput,
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
    description: 'A file to share, already uploaded (see `generateBucketUrl`).',
    fields: (t) => ({
      name: t.string({ required: true, description: 'The file name.', validate: text(256) }),
      url: t.field({ type: 'URL', required: true, description: 'Where the file is.' }),
      mimeType: t.string({
        required: true,
        description: 'The MIME type, e.g. application/pdf.',
        validate: mimeType,
      }),
    }),
  });

const AnimationContentInput = builder
  .inputRef<ContentOf<'animation'>>('AnimationContentInput')
  .implement({
    description: 'An animation (e.g. a GIF).',
    fields: (t) => ({
      url: t.field({ type: 'URL', required: true, description: 'Where the animation is.' }),
      mimeType: t.string({
        required: true,
        description: 'The MIME type, e.g. image/gif.',
        validate: mimeType,
      }),
    }),
  });

const AudioContentInput = builder.inputRef<ContentOf<'audio'>>('AudioContentInput').implement({
  description: 'A voice message or other audio recording.',
  fields: (t) => ({
    url: t.field({ type: 'URL', required: true, description: 'Where the recording is.' }),
    mimeType: t.string({
      required: true,
      description: 'The MIME type, e.g. audio/webm.',
      validate: mimeType,
    }),
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
    description: 'What choosing the choice does.',
    fields: (t) => ({
      type: t.string({
        required: true,
        description: 'The kind of action, e.g. `link`.',
        validate: text(32),
      }),
      target: t.string({
        required: true,
        description: 'What the action acts on, e.g. the URL a link opens.',
        validate: text(2048),
      }),
    }),
  });

const PickerChoiceInput = builder
  .inputRef<NullableDeep<PickerChoiceModel>>('PickerChoiceInput')
  .implement({
    description: 'One choice of a picker.',
    fields: (t) => ({
      value: t.string({
        required: true,
        description: 'The value the choice stands for.',
        validate: text(256),
      }),
      label: t.string({ required: true, description: 'The text shown.', validate: text(256) }),
      selected: t.boolean({ required: true, description: 'Whether the choice is selected.' }),
      icon: t.string({ description: 'An emoji shown beside the label.', validate: text(64) }),
      action: t.field({
        type: PickerChoiceActionInput,
        description: 'What choosing it does, if anything beyond answering.',
      }),
    }),
  });

const PickerContentInput = builder
  .inputRef<NullableDeep<QuestionInput<'picker'>>>('PickerContentInput')
  .implement({
    description: 'A question answered by choosing among buttons.',
    fields: (t) => ({
      pickerId: t.string({
        required: true,
        description:
          'The name of the question, chosen by the sender and shared by every message that asks it (e.g. `satisfaction`).',
        validate: text(128),
      }),
      text: t.string({ required: true, description: 'The question.', validate: text(2000) }),
      choices: t.field({
        type: [PickerChoiceInput],
        required: true,
        description: 'The choices (1 to 20).',
        validate: z.array(z.unknown()).min(1).max(20),
      }),
      required: t.boolean({ description: 'Whether the visitor must answer.' }),
    }),
  });

const FieldContentInput = builder
  .inputRef<NullableDeep<QuestionInput<'field'>>>('FieldContentInput')
  .implement({
    description: 'A question answered in a free-text field.',
    fields: (t) => ({
      fieldId: t.string({
        required: true,
        description:
          'The name of the question, chosen by the sender and shared by every message that asks it (e.g. `email`).',
        validate: text(128),
      }),
      text: t.string({ required: true, description: 'The question.', validate: text(2000) }),
      explain: t.string({
        required: true,
        description: 'Placeholder shown in the empty field.',
        validate: text(2000),
      }),
      value: t.string({ description: 'The answer, once given.', validate: z.string().max(2000) }),
      required: t.boolean({ description: 'Whether the visitor must answer.' }),
    }),
  });

const CarouselActionInput = builder
  .inputRef<CarouselTargetModel['actions'][number]>('CarouselActionInput')
  .implement({
    description: 'A button of a carousel card: a link.',
    fields: (t) => ({
      label: t.string({ required: true, description: 'The button text.', validate: text(128) }),
      url: t.field({ type: 'URL', required: true, description: 'The page the button opens.' }),
    }),
  });

const CarouselTargetInput = builder
  .inputRef<NullableDeep<CarouselTargetModel>>('CarouselTargetInput')
  .implement({
    description: 'One card of a carousel.',
    fields: (t) => ({
      title: t.string({ required: true, description: 'The card title.', validate: text(256) }),
      description: t.string({
        required: true,
        description: 'The card text.',
        validate: z.string().max(2000),
      }),
      image: t.field({ type: 'URL', description: 'The card image.' }),
      actions: t.field({
        type: [CarouselActionInput],
        required: true,
        description: 'The card buttons (up to 10).',
        validate: z.array(z.unknown()).max(10),
      }),
    }),
  });

const CarouselContentInput = builder
  .inputRef<NullableDeep<ContentOf<'carousel'>>>('CarouselContentInput')
  .implement({
    description: 'A row of cards with buttons.',
    fields: (t) => ({
      text: t.string({
        required: true,
        description: 'The text above the cards.',
        validate: text(2000),
      }),
      targets: t.field({
        type: [CarouselTargetInput],
        required: true,
        description: 'The cards (1 to 10).',
        validate: z.array(z.unknown()).min(1).max(10),
      }),
    }),
  });

const EventContentInput = builder
  .inputRef<NullableDeep<ContentOf<'event'>>>('EventContentInput')
  .implement({
    description: 'A system event shown in the timeline.',
    fields: (t) => ({
      namespace: t.string({
        required: true,
        description: 'The event name, e.g. `state:resolved`.',
        validate: text(128),
      }),
      text: t.string({ description: 'The text shown.', validate: z.string().max(2000) }),
    }),
  });

/**
 * Exactly one key: it is the message type, and its value the content of that type, so a type
 * and a content that disagree cannot be written.
 */
export const MessageContentInput = builder
  .inputRef<MessageContentInputModel>('MessageContentInput')
  .implement({
    description:
      "A message's content: exactly one key, which is the message type, holding the content of that type.",
    isOneOf: true,
    fields: (t) => ({
      text: t.string({ description: 'A text message.', validate: text(10_000) }),
      note: t.string({
        description: 'A private note, seen by operators only.',
        validate: text(10_000),
      }),
      file: t.field({ type: FileContentInput, description: 'A file.' }),
      animation: t.field({ type: AnimationContentInput, description: 'An animation.' }),
      audio: t.field({ type: AudioContentInput, description: 'An audio recording.' }),
      picker: t.field({ type: PickerContentInput, description: 'A choice among buttons.' }),
      field: t.field({ type: FieldContentInput, description: 'A free-text question.' }),
      carousel: t.field({ type: CarouselContentInput, description: 'A carousel of cards.' }),
      event: t.field({ type: EventContentInput, description: 'A timeline event.' }),
    }),
  });
