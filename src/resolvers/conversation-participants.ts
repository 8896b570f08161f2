import type { ConversationKey } from '../datasources/conversation.ts';
import {
  type ConversationParticipantModel,
  getConversationParticipants,
  type ParticipantsSaveModel,
  saveConversationParticipants,
} from '../datasources/conversation-participants.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, forget, keyOf } from './conversation-mutation.ts';

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
export async function save(
  ctx: GatewayContext,
  input: SaveParticipantsInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  input.participants.forEach((p, i) => {
    if (p.type === 'email' && !EMAIL.test(p.target)) {
      throw badInput(
        `input.participants.${i}.target`,
        'an email participant needs an email address',
      );
    }
  });
  const { participants: list, user, origin } = input;
  await saveConversationParticipants(ctx.crisp, key, { participants: list, user, origin });
  return forget(ctx, key);
}
