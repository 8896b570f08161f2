import type {
  CarouselTargetModel,
  MessageContentModel,
  PickerChoiceModel,
} from '../datasources/message-content.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { replacedBy } from './replaced-by.ts';

/**
 * The content of a message, one type per Crisp message type (catalogue `MessageContent*`). Value
 * objects: cached inside their message, so none has a field named `id` (Crisp's picker and field
 * `id` name a question shared by many messages; they are `pickerId` and `fieldId` here).
 */

type Content<K extends MessageContentModel['kind']> = Extract<MessageContentModel, { kind: K }>;

const contentType = <K extends MessageContentModel['kind']>(
  kind: K,
  name: string,
  description: string,
) =>
  builder
    .objectRef<Content<K>>(name)
    .implement({ description, isTypeOf: (c) => (c as MessageContentModel).kind === kind });

const PickerChoice = builder.objectRef<PickerChoiceModel>('PickerChoice').implement({
  description: 'One button of a picker message.',
  fields: (t) => ({
    value: t.exposeString('value', {
      description: 'The value the choice sends back when picked.',
    }),
    label: t.exposeString('label', { description: 'The text on the button.' }),
    isSelected: t.exposeBoolean('selected', {
      description: 'Whether the visitor picked this choice.',
    }),
    selected: t.exposeBoolean('selected', {
      description: 'Whether the visitor picked this choice.',
      deprecationReason: replacedBy('`isSelected`'),
    }),
    icon: t.exposeString('icon', {
      nullable: true,
      description: 'An emoji shown on the button; null when none is set.',
    }),
    actionType: t.string({
      nullable: true,
      description: 'What picking the choice does (e.g. `link`); null when it only answers.',
      resolve: (c) => c.action?.type,
    }),
    actionTarget: t.string({
      nullable: true,
      description: 'The target of the action (e.g. the URL a link opens); null without an action.',
      resolve: (c) => c.action?.target,
    }),
  }),
});

const CarouselAction = builder
  .objectRef<CarouselTargetModel['actions'][number]>('CarouselAction')
  .implement({
    description: 'A link button of a carousel card.',
    fields: (t) => ({
      label: t.exposeString('label', { description: 'The text on the button.' }),
      url: t.expose('url', { type: 'URL', description: 'The URL the button opens.' }),
    }),
  });

const CarouselTarget = builder.objectRef<CarouselTargetModel>('CarouselTarget').implement({
  description: 'One card of a carousel message.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title of the card.' }),
    description: t.exposeString('description', { description: 'The text under the title.' }),
    image: t.expose('image', {
      type: 'URL',
      nullable: true,
      description: 'The image URL of the card; null when it has none.',
    }),
    actions: t.field({
      type: [CarouselAction],
      description: 'The link buttons of the card.',
      resolve: (c) => c.actions,
    }),
  }),
});

const TextContent = contentType('text', 'TextContent', 'The content of a text message.');
const NoteContent = contentType('note', 'NoteContent', 'The content of a private note.');
const FileContent = contentType('file', 'FileContent', 'A file sent as a message.');
const AnimationContent = contentType(
  'animation',
  'AnimationContent',
  'An animation (e.g. a GIF) sent as a message.',
);
const AudioContent = contentType('audio', 'AudioContent', 'An audio recording sent as a message.');
const PickerContent = contentType('picker', 'PickerContent', 'A choice among buttons.');
const FieldContent = contentType(
  'field',
  'FieldContent',
  'A question with a free-text answer field.',
);
const CarouselContent = contentType('carousel', 'CarouselContent', 'A row of cards with links.');
const EventContent = contentType('event', 'EventContent', 'A system event shown in the timeline.');

const mimeType = { description: 'The MIME type of the file.' };

builder.objectFields(TextContent, (t) => ({
  text: t.exposeString('text', { description: 'The text of the message.' }),
}));
builder.objectFields(NoteContent, (t) => ({
  text: t.exposeString('text', { description: 'The text of the note.' }),
}));
builder.objectFields(FileContent, (t) => ({
  name: t.exposeString('name', { description: 'The file name.' }),
  url: t.expose('url', { type: 'URL', description: 'The URL the file is served from.' }),
  mimeType: t.exposeString('mimeType', mimeType),
}));
builder.objectFields(AnimationContent, (t) => ({
  url: t.expose('url', { type: 'URL', description: 'The URL the animation is served from.' }),
  mimeType: t.exposeString('mimeType', mimeType),
}));
builder.objectFields(AudioContent, (t) => ({
  url: t.expose('url', { type: 'URL', description: 'The URL the recording is served from.' }),
  mimeType: t.exposeString('mimeType', mimeType),
  duration: t.exposeInt('duration', { description: 'The length of the recording. Seconds.' }),
}));
/** Whether a picker or field question must be answered, and its deprecated former name. */
const requiredFields = <T extends { required?: boolean }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, T>,
) => {
  const required = {
    nullable: true,
    description: 'Whether an answer is required; null when Crisp does not say.',
    resolve: (c: T) => c.required ?? null,
  } as const;
  return {
    isRequired: t.boolean(required),
    required: t.boolean({ ...required, deprecationReason: replacedBy('`isRequired`') }),
  };
};

builder.objectFields(PickerContent, (t) => ({
  pickerId: t.exposeString('id', {
    description:
      'The name of the question the picker asks, shared by every message that asks it (e.g. `satisfaction`).',
  }),
  text: t.exposeString('text', { description: 'The question shown above the choices.' }),
  choices: t.field({
    type: [PickerChoice],
    description: 'The buttons to pick from.',
    resolve: (c) => c.choices,
  }),
  ...requiredFields(t),
}));
builder.objectFields(FieldContent, (t) => ({
  fieldId: t.exposeString('id', {
    description:
      'The name of the question the field asks, shared by every message that asks it (e.g. `email`).',
  }),
  text: t.exposeString('text', { description: 'The question shown above the field.' }),
  explain: t.exposeString('explain', { description: 'The placeholder of the answer field.' }),
  value: t.exposeString('value', {
    nullable: true,
    description: 'The answer the visitor typed; null while unanswered.',
  }),
  ...requiredFields(t),
}));
builder.objectFields(CarouselContent, (t) => ({
  text: t.exposeString('text', { description: 'The text shown above the cards.' }),
  targets: t.field({
    type: [CarouselTarget],
    description: 'The cards, in order.',
    resolve: (c) => c.targets,
  }),
}));
builder.objectFields(EventContent, (t) => ({
  namespace: t.exposeString('namespace', {
    description: 'The event identifier (e.g. a state or system event name).',
  }),
  text: t.exposeString('text', {
    nullable: true,
    description: 'The text shown in the timeline; null when the event has none.',
  }),
}));

export const MessageContent = builder.unionType('MessageContent', {
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
