import type { ConversationKey } from '../datasources/conversation.ts';
import {
  type ConversationParticipantModel,
  getConversationParticipants,
  type ParticipantsSaveModel,
  saveConversationParticipants,
} from '../datasources/conversation-participants.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, conversationWrite } from './conversation-mutation.ts';

/** `Conversation.participants`: the external participants (e-mail CCs). */
export function participants(
  ctx: GatewayContext,
  c: ConversationKey,
): Promise<ConversationParticipantModel[]> {
  return getConversationParticipants(ctx.crisp, c);
}

export type SaveParticipantsInput = ConversationInput & ParticipantsSaveModel;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Replaces the participant list; an `email` participant must have an e-mail address. */
export const save = conversationWrite<SaveParticipantsInput>((crisp, key, input) => {
  input.participants.forEach((p, i) => {
    if (p.type === 'email' && !EMAIL.test(p.target)) {
      throw badInput(
        `input.participants.${i}.target`,
        'an email participant needs an email address',
      );
    }
  });
  const { participants: list, user, origin } = input;
  return saveConversationParticipants(crisp, key, { participants: list, user, origin });
});
