import { tiersNote } from '../datasources/crisp-tiers.ts';
import type { CrispEventModel, EventModel } from '../rtm/event-models.ts';
import { rtmEvents } from '../rtm/events.ts';
import { builder, type SchemaTypes } from './builder.ts';

/** `message:send` → `MESSAGE_SEND`, `session:set_state` → `SESSION_SET_STATE`. */
const enumKey = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** Replies to one request carry no website: they reach the request, never a subscription. */
const replyNote = (group: string) =>
  group === 'bucket' || group === 'media'
    ? ' Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription.'
    : '';

const values = Object.fromEntries(
  rtmEvents.map((e) => [
    enumKey(e.name),
    {
      value: e.name,
      description: `${tiersNote(e.tiers)}\`${e.name}\` (${e.group}).${replyNote(e.group)}`,
    },
  ]),
);
// Two names folding to one key would silently drop an event from the schema.
if (Object.keys(values).length !== rtmEvents.length)
  throw new Error('RtmEventName: two event names give the same enum key');

/** The 82 current events of `catalogue/rtm-events.json`, by their Crisp names. */
export const RtmEventName = builder.enumType('RtmEventName', {
  description:
    'A Crisp RTM / web hook event. The value on the wire is the enum key; Crisp names it as described. New Crisp events may add values: handle an unknown one.',
  values,
});

export const RtmEventSource = builder.enumType('RtmEventSource', {
  description: 'Where an event entered the gateway.',
  values: {
    SOCKET: { value: 'socket', description: 'The RTM WebSocket.' },
    HOOK: { value: 'hook', description: 'A signed web hook delivery.' },
    BACKFILL: {
      value: 'backfill',
      description: 'Read back from REST after a reconnection (messages only).',
    },
  } as const,
});

/** The fields every event carries, for an event interface or a lone event type. */
export const eventFields = <P extends Pick<EventModel, 'name' | 'source' | 'occurredAt'>>(
  t: PothosSchemaTypes.FieldBuilder<SchemaTypes, P, 'Object' | 'Interface'>,
) => ({
  name: t.field({
    type: RtmEventName,
    description: "The Crisp event, by Crisp's name.",
    resolve: (e) => e.name,
  }),
  source: t.field({
    type: RtmEventSource,
    description: 'Where the gateway received the event.',
    resolve: (e) => e.source,
  }),
  occurredAt: t.field({
    type: 'DateTime',
    nullable: true,
    description:
      "When it happened: the payload's timestamp, else the web hook's; null when Crisp gave neither (most events other than messages).",
    resolve: (e) => e.occurredAt,
  }),
});

export const CrispEvent = builder.objectRef<CrispEventModel>('CrispEvent').implement({
  description:
    'Any Crisp event, for events the schema does not model yet: the scope typed, the payload exactly as Crisp sent it.',
  fields: (t) => ({
    ...eventFields(t),
    websiteId: t.exposeID('websiteId', { description: 'The website the event belongs to.' }),
    sessionId: t.exposeID('sessionId', {
      nullable: true,
      description: "Crisp's session_id, on conversation events; null on the others.",
    }),
    payload: t.field({
      type: 'JSONObject',
      description: 'The event payload, snake_case, as Crisp sent it (a JSON object).',
      resolve: (e) => e.data,
    }),
  }),
});
