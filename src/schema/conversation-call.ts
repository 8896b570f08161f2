import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import type {
  CallKey,
  CallMode as CallModeValue,
  CallSignalingModel,
} from '../datasources/conversation-call.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { callRef } from '../request/node-id.ts';
import type { CallInput } from '../resolvers/conversation-call.ts';
import * as call from '../resolvers/conversation-call.ts';
import type { ConversationInput } from '../resolvers/conversation-mutation.ts';
import { builder, type InputFields } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationInputFields, websiteIdField } from './conversation-mutation-input.ts';
import { jsonObject } from './conversation-widget.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Audio and video calls of a conversation: start one, read the ongoing one, abort, signaling. */

const callKey = (websiteId: string, sessionId: string, callId: string) =>
  `${websiteId}/${sessionId}/${callId}`;

const conversationOfCall = (c: CallKey): ConversationKey => ({
  websiteId: c.websiteId,
  sessionId: c.sessionId,
});

export const Call = builder.objectRef<CallKey>('Call');

builder.node(Call, {
  description: 'An audio or video call between the team and the visitor of a conversation.',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any input that names a call.',
    resolve: (c) => callRef.format(c.websiteId, c.sessionId, c.callId),
    parse: (id) => callKey(...callRef.parse(id)),
  },
  // Crisp reads the ongoing call only: another call of the conversation is NOT_FOUND.
  loadWithoutCache: (key: string, ctx) => {
    const [websiteId, sessionId, callId] = key.split('/') as [string, string, string];
    return call.call(ctx, { websiteId, sessionId, callId });
  },
  fields: (t) => ({
    crispId: t.exposeID('callId', { description: "Crisp's call_id of the call (`call_<uuid>`)." }),
    conversation: t.field({
      type: Conversation,
      description: 'The conversation the call belongs to.',
      resolve: conversationOfCall,
    }),
  }),
});

builder.objectFields(Conversation, (t) => ({
  ongoingCall: t.field({
    type: Call,
    nullable: true,
    description:
      'The call going on in the conversation (`Get Ongoing Call Session For Conversation`); null when there is none, or when it could not be read (with the error).',
    extensions: crispCalls({ calls: 1, loaded: true }),
    resolve: (c, _, ctx) => call.ongoing(ctx, c),
  }),
}));

export const CallMode = builder.enumType('CallMode', {
  description: 'What a call carries.',
  values: {
    AUDIO: { value: 'audio', description: 'Voice only.' },
    VIDEO: { value: 'video', description: 'Voice and video.' },
  } as const,
});

const InitiateCallInput = builder
  .inputRef<ConversationInput & { mode: CallModeValue }>('InitiateCallInput')
  .implement({
    description: 'The conversation to call the visitor from, and the kind of call.',
    fields: (t) => ({
      ...conversationInputFields(t),
      mode: t.field({
        type: CallMode,
        required: true,
        defaultValue: 'audio',
        description: 'Audio or video. Default: AUDIO.',
      }),
    }),
  });

/** The fields that name a call in every input acting on one. */
const callFields = (t: InputFields) => ({
  callId: t.id({
    required: true,
    description: "The call: its global id, or Crisp's call_id (then `conversationId` is required).",
  }),
  conversationId: t.id({
    description: "The conversation of a raw `callId`: its global id, or Crisp's session_id.",
  }),
  websiteId: websiteIdField(t, 'a raw `conversationId`'),
});

const AbortCallInput = builder.inputRef<CallInput>('AbortCallInput').implement({
  description: 'The ongoing call to end.',
  fields: callFields,
});

const TransmitCallSignalingInput = builder
  .inputRef<CallInput & CallSignalingModel>('TransmitCallSignalingInput')
  .implement({
    description: 'The ongoing call, and the WebRTC signaling to relay to the other side.',
    fields: (t) => ({
      ...callFields(t),
      type: t.string({
        required: true,
        description:
          'The kind of signaling, as WebRTC names it (e.g. `sdp`, `candidate`): a string, as Crisp relays it as given.',
        validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a lower-case word'),
      }),
      payload: t
        .field({
          type: 'JSONObject',
          required: true,
          description:
            'The signaling itself (an SDP offer or answer, an ICE candidate): a JSON object.',
        })
        .validate(jsonObject),
    }),
  });

/**
 * `<Name>Payload { call, conversation }`; an ended call (`abortCall`) is named by its global id
 * only, as a removed entity is.
 */
const callPayload = (name: string, description: string, ended: boolean) =>
  payloadRef<{ call?: CallKey }>(name, (t) => ({
    ...(ended
      ? {
          abortedCallId: t.id({
            nullable: true,
            description,
            resolve: (p) =>
              p.call ? callRef.globalId(p.call.websiteId, p.call.sessionId, p.call.callId) : null,
          }),
        }
      : {
          call: t.field({
            type: Call,
            nullable: true,
            description,
            resolve: (p) => p.call ?? null,
          }),
        }),
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description: 'The conversation of the call; null when the write failed.',
      resolve: (p) => (p.call ? conversationOfCall(p.call) : null),
    }),
  }));

const callMutation = <I extends object>(
  name: string,
  input: ReturnType<ReturnType<typeof builder.inputRef<I>>['implement']>,
  description: string,
  payload: string,
  run: (ctx: Parameters<typeof call.abort>[0], input: I) => Promise<CallKey>,
) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: callPayload(name, payload, name === 'abortCall'),
      nullable: true,
      description,
      extensions: withUserErrors,
      args: { input: t.arg({ type: input, required: true, description: 'The call to act on.' }) },
      resolve: async (_, args, ctx) => ({
        call: await run(ctx, (args as unknown as { input: I }).input),
      }),
    }),
  );

callMutation(
  'initiateCall',
  InitiateCallInput,
  'Starts an audio or video call with the visitor (`Initiate New Call Session For Conversation`); Crisp then sends `call:request:initiated`, and signaling flows through `transmitCallSignaling`.',
  'The call started; null when the write failed.',
  call.initiate,
);
callMutation(
  'abortCall',
  AbortCallInput,
  'Ends the ongoing call (`Abort Ongoing Call Session For Conversation`).',
  'The global id of the call ended, for a cache to evict; null when the write failed.',
  call.abort,
);
callMutation(
  'transmitCallSignaling',
  TransmitCallSignalingInput,
  'Relays WebRTC signaling to the other side of the ongoing call (`Transmit Signaling On Ongoing Call Session`).',
  'The call signaled on; null when the write failed.',
  call.transmitSignaling,
);
