import { tiersNote } from '../datasources/crisp-tiers.ts';
import { rtmEvents } from '../rtm/events.ts';
import type { RtmEvent } from '../rtm/topics.ts';
import { builder } from './builder.ts';

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
    'A Crisp RTM / web hook event. The value on the wire is the enum key; Crisp names it as described.',
  values,
});

export const RtmEventSource = builder.enumType('RtmEventSource', {
  values: {
    SOCKET: { value: 'socket', description: 'The RTM WebSocket.' },
    HOOK: { value: 'hook', description: 'A signed web hook delivery.' },
    BACKFILL: {
      value: 'backfill',
      description: 'Read back from REST after a reconnection (messages only).',
    },
  } as const,
});

export const CrispEvent = builder.objectRef<RtmEvent>('CrispEvent').implement({
  description: 'Any Crisp event: the common scope typed, the payload exactly as Crisp sent it.',
  fields: (t) => ({
    name: t.field({ type: RtmEventName, resolve: (e) => e.name }),
    websiteId: t.exposeID('websiteId'),
    sessionId: t.exposeString('sessionId', {
      nullable: true,
      description: 'On conversation events.',
    }),
    timestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "The payload's timestamp, else the web hook's; most non-message events carry none.",
      resolve: (e) => e.timestamp,
    }),
    source: t.field({ type: RtmEventSource, resolve: (e) => e.source }),
    payload: t.field({
      type: 'JSON',
      description: 'The event payload (snake_case, as Crisp sends it).',
      resolve: (e) => e.data,
    }),
  }),
});
