import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { MessageNewModel, MessageUserRaw } from './message.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

/** The external participants of a conversation (e-mail CCs), read and replaced as a whole. */

/** Catalogue `ConversationParticipant`. */
interface ConversationParticipantRaw {
  type?: string;
  target?: string;
}

/** A participant: its kind (`email`) and its address. */
export interface ConversationParticipantModel {
  type: string;
  target: string;
}

/** Participants Crisp lists without a kind or an address have nothing to show; they are left out. */
export const toConversationParticipants = (raw: ConversationParticipantRaw[] = []) =>
  raw.flatMap((p) => (p.type && p.target ? [{ type: p.type, target: p.target }] : []));

/** GET /website/{website_id}/conversation/{session_id}/participants */
export async function getConversationParticipants(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationParticipantModel[]> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/participants`;
  const raw = await crisp.get<{ participants?: ConversationParticipantRaw[] }>(path);
  return toConversationParticipants(raw.participants);
}

/** Catalogue body of `website.conversation.save_participants`. */
interface ParticipantsSaveRaw {
  participants: ConversationParticipantModel[];
  user?: Omit<MessageUserRaw, 'user_id'>;
  origin?: string;
}

/** The participant list to save, as a client writes it; null means not given. */
export type ParticipantsSaveModel = Pick<ParticipantsSaveRaw, 'participants'> &
  Nullable<Pick<ParticipantsSaveRaw, 'origin'>> & {
    user?: MessageNewModel['user'];
  };

/** PUT /website/{website_id}/conversation/{session_id}/participants — replaces the whole list. */
export async function saveConversationParticipants(
  crisp: CrispClient,
  key: ConversationKey,
  save: ParticipantsSaveModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/participants`;
  await crisp.put(path, withoutNulls<ParticipantsSaveRaw>(save));
}
