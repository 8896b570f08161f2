import type { MessageType } from './conversation.ts';
import { type NullableDeep, withoutNulls } from './without-nulls.ts';

/**
 * Message content by type. On the wire, text and notes are strings and every other type is an
 * object whose MIME field is called `type`; the model names that `mimeType` and tags each
 * variant with `kind` (the message type), so the type and the content travel together.
 */

export interface PickerChoiceModel {
  value: string;
  label: string;
  selected: boolean;
  icon?: string;
  action?: { type: string; target: string };
}

export interface CarouselTargetModel {
  title: string;
  description: string;
  image?: string;
  actions: { label: string; url: string }[];
}

export type MessageContentModel =
  | { kind: 'text'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'file'; name: string; url: string; mimeType: string }
  | { kind: 'animation'; url: string; mimeType: string }
  | { kind: 'audio'; url: string; mimeType: string; duration: number }
  | { kind: 'picker'; id: string; text: string; choices: PickerChoiceModel[]; required?: boolean }
  | { kind: 'field'; id: string; text: string; explain: string; value?: string; required?: boolean }
  | { kind: 'carousel'; text: string; targets: CarouselTargetModel[] }
  | { kind: 'event'; namespace: string; text?: string };

/** Catalogue `MessageContent*`: a string for text and note, an object otherwise. */
export type MessageContentRaw = string | Record<string, unknown>;

type ObjectContent = Exclude<MessageContentModel, { kind: 'text' | 'note' }>;

/** Reads a stored message's content; `type` says which shape the payload has. */
export function toMessageContent(
  type: MessageType,
  raw: MessageContentRaw | undefined,
): MessageContentModel {
  if (type === 'text' || type === 'note')
    return { kind: type, text: typeof raw === 'string' ? raw : '' };
  const { type: mimeType, ...rest } = (typeof raw === 'object' && raw) || {};
  const fields = mimeType === undefined ? rest : { ...rest, mimeType };
  return { kind: type, ...fields } as ObjectContent;
}

/** The `type` and `content` of a send or update body. */
export function toMessageContentRaw(content: MessageContentModel): {
  type: MessageType;
  content: MessageContentRaw;
} {
  if (content.kind === 'text' || content.kind === 'note')
    return { type: content.kind, content: content.text };
  const { kind, ...fields } = content;
  if ('mimeType' in fields) {
    const { mimeType, ...rest } = fields;
    return { type: kind, content: { ...rest, type: mimeType } };
  }
  return { type: kind, content: fields };
}

/** A one-line summary: the text of text, note, picker, field and carousel messages. */
export function textOf(content: MessageContentModel): string | undefined {
  if ('text' in content) return content.text;
  if (content.kind === 'file') return content.name;
  return undefined;
}

/** The content of one message type, without its `kind` tag. */
export type ContentOf<K extends MessageContentModel['kind']> = Omit<
  Extract<MessageContentModel, { kind: K }>,
  'kind'
>;

/**
 * A picker or field as a client writes it: the question's name is `pickerId` / `fieldId`, since a
 * value object has no field named `id` (docs/schema-design.md §1); Crisp calls it `id`.
 */
export type QuestionInput<K extends 'picker' | 'field'> = Omit<ContentOf<K>, 'id'> &
  (K extends 'picker' ? { pickerId: string } : { fieldId: string });

/** `MessageContentInput`: one key, named after the message type; a string for text and note. */
export type MessageContentInputModel = NullableDeep<{
  [K in MessageContentModel['kind']]?: K extends 'text' | 'note'
    ? string
    : K extends 'picker' | 'field'
      ? QuestionInput<K>
      : ContentOf<K>;
}>;

/** The oneOf key is the type; its value is the content (a string for text and note). */
export function fromContentInput(input: MessageContentInputModel): MessageContentModel {
  const [kind, value] = Object.entries(input).find(([, v]) => v !== null && v !== undefined)!;
  if (typeof value === 'string') return { kind, text: value } as MessageContentModel;
  const { pickerId, fieldId, ...fields } = withoutNulls(value as Record<string, unknown>);
  const id = pickerId ?? fieldId;
  return { kind, ...(id === undefined ? {} : { id }), ...fields } as MessageContentModel;
}
