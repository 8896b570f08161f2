import type { ConversationKey } from '../datasources/conversation.ts';
import type { GatewayContext } from '../request/context.ts';
import { conversationRef } from '../request/node-id.ts';
import * as conversation from '../resolvers/conversation-mutation.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import {
  AssignConversationRoutingInput,
  BlockConversationInput,
  ChangeConversationStateInput,
  CreateConversationInput,
  InitiateConversationInput,
  RemoveConversationInput,
  RequestConversationTranscriptInput,
  UpdateConversationMetasInput,
} from './conversation-mutation-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/**
 * The conversation mutations. Each returns `<Name>Payload { conversation }`, built from the key
 * the write used (no read-back): the conversation's other fields each read afresh when selected.
 */

/** The global id of a conversation, as `Conversation.id` gives it. */
export const conversationGlobalId = (key: ConversationKey) =>
  conversationRef.globalId(key.websiteId, key.sessionId);

type ImplementedInput<I extends object> = ReturnType<
  ReturnType<typeof builder.inputRef<I>>['implement']
>;

/** `<Name>Payload.conversation`: the conversation written to, null when the write failed. */
const conversationPayload = (name: string) =>
  payloadRef<{ conversation?: ConversationKey }>(name, (t) => ({
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description:
        'The conversation written to; its fields read afresh when selected. Null when the write failed.',
      resolve: (p) => p.conversation ?? null,
    }),
  }));

/** A mutation that acts on one conversation and returns it in `<Name>Payload.conversation`. */
export function conversationMutation<Input extends object>(
  name: string,
  input: ImplementedInput<Input>,
  description: string,
  run: (ctx: GatewayContext, input: Input) => Promise<ConversationKey>,
) {
  const Payload = conversationPayload(name);
  builder.mutationField(name, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description,
      extensions: withUserErrors,
      args: {
        input: t.arg({
          type: input,
          required: true,
          description: 'The conversation to act on, and what to write.',
        }),
      },
      // The generic input type is lost in Pothos's argument mapping; the ref above guarantees it.
      resolve: async (_, args, ctx) => ({
        conversation: await run(ctx, (args as unknown as { input: Input }).input),
      }),
    }),
  );
}

conversationMutation(
  'createConversation',
  CreateConversationInput,
  'Creates a new, empty conversation (`Create A New Conversation`); it shows in the inbox once it has a message or is initiated.',
  (ctx, input) => conversation.create(ctx, input.websiteId),
);
conversationMutation(
  'initiateConversation',
  InitiateConversationInput,
  'Starts a conversation with an existing (visitor) session (`Initiate A Conversation With Existing Session`).',
  conversation.initiate,
);
conversationMutation(
  'updateConversationMetas',
  UpdateConversationMetasInput,
  "Updates the conversation's metas (nickname, email, segments, data…); only the fields given change.",
  conversation.updateMetas,
);
conversationMutation(
  'changeConversationState',
  ChangeConversationStateInput,
  "Changes the conversation's state (pending, unresolved, resolved).",
  conversation.changeState,
);
conversationMutation(
  'assignConversationRouting',
  AssignConversationRoutingInput,
  'Assigns the conversation to an operator, or unassigns it (`Assign Conversation Routing`).',
  conversation.assignRouting,
);
conversationMutation(
  'blockConversation',
  BlockConversationInput,
  "Blocks (or unblocks) the visitor's incoming messages (`Block Incoming Messages For Conversation`).",
  conversation.block,
);
conversationMutation(
  'requestConversationTranscript',
  RequestConversationTranscriptInput,
  'Emails a transcript of the conversation.',
  conversation.requestTranscript,
);

const RemoveConversationPayload = payloadRef<{ removed?: ConversationKey }>(
  'removeConversation',
  (t) => ({
    removedConversationId: t.id({
      nullable: true,
      description:
        'The global id of the conversation removed, for a cache to evict; null when the removal failed.',
      resolve: ({ removed }) => (removed ? conversationGlobalId(removed) : null),
    }),
  }),
);

builder.mutationField('removeConversation', (t) =>
  t.field({
    type: RemoveConversationPayload,
    nullable: true,
    description: 'Deletes the conversation and its messages (`Remove A Conversation`).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: RemoveConversationInput,
        required: true,
        description: 'The conversation to delete.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ removed: await conversation.remove(ctx, input) }),
  }),
);
