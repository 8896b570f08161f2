import { z } from 'zod';
import type { ConversationParticipantModel } from '../datasources/conversation-participants.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import type { SaveParticipantsInput } from '../resolvers/conversation-participants.ts';
import * as participants from '../resolvers/conversation-participants.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { conversationInputFields } from './conversation-mutation-input.ts';
import { MessageUserInput, originSchema } from './message-input.ts';

/** The external participants of a conversation (e-mail CCs): read, and replaced as a whole. */

const participantFields = {
  type: 'The kind of participant: `email` (a CC of an e-mail conversation) is the one Crisp documents.',
  target: 'Where the participant is reached: an e-mail address for `email`.',
};

export const ConversationParticipant = builder
  .objectRef<ConversationParticipantModel>('ConversationParticipant')
  .implement({
    description: 'Someone outside the team who takes part in the conversation, e.g. an e-mail CC.',
    fields: (t) => ({
      type: t.exposeString('type', { description: participantFields.type }),
      target: t.exposeString('target', { description: participantFields.target }),
    }),
  });

builder.objectFields(Conversation, (t) => ({
  participants: t.field({
    type: [ConversationParticipant],
    nullable: true,
    description:
      'The external participants, e.g. the CCs of an e-mail conversation (`Get Conversation Participants`); null when the read fails.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (c, _, ctx) => participants.participants(ctx, c),
  }),
}));

const ConversationParticipantInput = builder
  .inputRef<ConversationParticipantModel>('ConversationParticipantInput')
  .implement({
    description: 'One external participant of a conversation.',
    fields: (t) => ({
      type: t.string({
        required: true,
        description: participantFields.type,
        validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a participant kind such as email'),
      }),
      target: t.string({
        required: true,
        description: participantFields.target,
        validate: z.string().trim().min(1).max(254),
      }),
    }),
  });

const SaveConversationParticipantsInput = builder
  .inputRef<SaveParticipantsInput>('SaveConversationParticipantsInput')
  .implement({
    description: 'The conversation and its whole new participant list.',
    fields: (t) => ({
      ...conversationInputFields(t),
      participants: t.field({
        type: [ConversationParticipantInput],
        required: true,
        description: 'Every participant; replaces the current list (an empty list removes all).',
        validate: z.array(z.unknown()).max(50),
      }),
      user: t.field({
        type: MessageUserInput,
        description: 'Who the change shows as made by in the conversation.',
      }),
      origin: t.string({
        description: 'The channel of the change: `chat`, `email` or an integration `urn:…`.',
        validate: originSchema,
      }),
    }),
  });

conversationMutation(
  'saveConversationParticipants',
  SaveConversationParticipantsInput,
  "Replaces the conversation's external participants (`Save Conversation Participants`).",
  participants.save,
);
