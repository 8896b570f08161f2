import {
  type ConversationParticipantModel,
  toConversationParticipants,
} from '../datasources/conversation-participants.ts';
import type { ConversationVerifyModel } from '../datasources/conversation-verify.ts';
import { type ConversationEventModel, inSession, isData } from './event-models.ts';
import type { RtmEvent } from './topics.ts';

/**
 * The `conversationEvents` that say what the team does around a conversation rather than what
 * changed on it: participants saved, the visitor's verification, an operator opening or closing
 * the conversation. Each carries what its payload holds; the conversation itself stays a key.
 */

const activityTypes: Record<string, string> = {
  'session:set_participants': 'ConversationParticipantsChangedEvent',
  'session:update_verify': 'ConversationVerificationChangedEvent',
  'session:set_opened': 'ConversationOpenedEvent',
  'session:set_closed': 'ConversationClosedEvent',
};
export const conversationActivityEventNames = Object.keys(activityTypes);

export interface ConversationActivityEventModel extends ConversationEventModel {
  /** `session:set_participants`: the whole new list. */
  participants?: ConversationParticipantModel[];
  /** `session:update_verify`: the status and its proofs. */
  verification?: ConversationVerifyModel;
  /** `session:set_opened` / `set_closed`: the operator's user_id. */
  operatorUserId?: string;
}

type Said = Omit<ConversationActivityEventModel, keyof ConversationEventModel>;

/** What the payload says, or undefined when it lacks what its event always carries. */
function saidOf(e: RtmEvent): Said | undefined {
  const d = e.data;
  switch (e.name) {
    case 'session:set_participants':
      return Array.isArray(d.participants)
        ? { participants: toConversationParticipants(d.participants.filter(isData)) }
        : undefined;
    case 'session:update_verify':
      return typeof d.is_verified === 'boolean' && Array.isArray(d.verifications)
        ? {
            verification: {
              isVerified: d.is_verified,
              verifications: d.verifications.filter(isData),
            },
          }
        : undefined;
  }
  const userId = isData(d.operator) ? d.operator.user_id : undefined;
  return typeof userId === 'string' && userId !== ''
    ? { operatorUserId: userId.toLowerCase() }
    : undefined;
}

export function toConversationActivityEvent(
  e: RtmEvent,
): ConversationActivityEventModel | undefined {
  const typename = activityTypes[e.name];
  const scoped = typename && inSession(e, typename);
  const said = scoped && saidOf(e);
  return scoped && said ? { ...scoped, change: {}, ...said } : undefined;
}
