import { crispCalls } from '../request/crisp-cost.ts';
import { conversationOf, operatorOf } from '../resolvers/live-parent.ts';
import type { ConversationActivityEventModel } from '../rtm/conversation-activity-events.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { Conversation } from './conversation.ts';
import { ConversationChangeEvent } from './conversation-event.ts';
import { ConversationParticipant } from './conversation-participants.ts';
import { ConversationVerification } from './conversation-verify.ts';
import { Operator } from './operator.ts';

/**
 * `conversationEvents` about what the team does around a conversation: participants saved, the
 * visitor's verification, an operator opening or closing it. What the event carries is a field of
 * the event; the conversation is its node, read only for the fields a subscriber selects.
 */

type Fields = PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, ConversationActivityEventModel>;

const conversation = (t: Fields) =>
  t.field({
    type: Conversation,
    description:
      'The conversation, as its node. Any field selected beyond `id` is read once per event for every subscriber of this gateway; when that read fails, those fields are null with its error.',
    resolve: (e, _, ctx, info) => conversationOf(ctx, info, e),
  });

const event = (name: string, description: string, fields: (t: Fields) => object) =>
  builder.objectRef<ConversationActivityEventModel>(name).implement({
    description,
    interfaces: [ConversationChangeEvent],
    fields: (t) => ({ conversation: conversation(t), ...fields(t) }),
  });

event(
  'ConversationParticipantsChangedEvent',
  '`session:set_participants`: the external participants (e.g. e-mail CCs) of the conversation changed.',
  (t) => ({
    participants: t.field({
      type: [ConversationParticipant],
      description: 'The whole new participant list.',
      resolve: (e) => e.participants ?? [],
    }),
  }),
);

event(
  'ConversationVerificationChangedEvent',
  "`session:update_verify`: the verification status of the conversation's visitor changed.",
  (t) => ({
    verification: t.field({
      type: ConversationVerification,
      description: 'The verification status and proofs, as the event gives them.',
      resolve: (e) => e.verification ?? { isVerified: false, verifications: [] },
    }),
  }),
);

const viewer = (t: Fields) =>
  t.field({
    type: Operator,
    nullable: true,
    description:
      "The operator, with the `userId` the event names; other fields are the operator's own read (once per event), null with its error when it fails.",
    extensions: crispCalls({ calls: 1 }),
    resolve: (e, _, ctx, info) =>
      e.operatorUserId ? operatorOf(ctx, info, e, { userId: e.operatorUserId }) : null,
  });

event(
  'ConversationOpenedEvent',
  '`session:set_opened`: an operator opened the conversation in a Crisp app.',
  (t) => ({ operator: viewer(t) }),
);
event(
  'ConversationClosedEvent',
  '`session:set_closed`: an operator closed the conversation view in a Crisp app.',
  (t) => ({ operator: viewer(t) }),
);
