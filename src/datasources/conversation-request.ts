import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { MessageNewModel, MessageUserRaw } from './message.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

/** Requests Crisp carries out about a conversation: purge, feedback, reminder, report, tool call. */

/** POST /website/{website_id}/conversation/{session_id}/purge — no body. */
export async function requestChatboxBindingPurgeForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<void> {
  await crisp.post(route`/website/${key.websiteId}/conversation/${key.sessionId}/purge`);
}

/** POST /website/{website_id}/conversation/{session_id}/feedback — no body. */
export async function requestUserFeedbackForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<void> {
  await crisp.post(route`/website/${key.websiteId}/conversation/${key.sessionId}/feedback`);
}

/** Catalogue body of `schedule_reminder`: `date` is an ISO 8601 date-time. */
interface ReminderRaw {
  date: string;
  note: string;
  user?: Omit<MessageUserRaw, 'user_id'>;
  origin?: string;
}

export type ReminderModel = { date: Date; note: string } & Nullable<Pick<ReminderRaw, 'origin'>> & {
    user?: MessageNewModel['user'];
  };

/** POST /website/{website_id}/conversation/{session_id}/reminder */
export async function scheduleReminderForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  { date, ...reminder }: ReminderModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/reminder`;
  await crisp.post(path, withoutNulls<ReminderRaw>({ ...reminder, date: date.toISOString() }));
}

/** POST /website/{website_id}/conversation/{session_id}/report */
export async function reportConversation(
  crisp: CrispClient,
  key: ConversationKey,
  flag: string,
): Promise<void> {
  await crisp.post(route`/website/${key.websiteId}/conversation/${key.sessionId}/report`, { flag });
}

/** Catalogue body of `request_tool_call`: the command (e.g. `list_tools`) and its payload. */
export interface ToolCallModel {
  command: string;
  /** A JSON object, as the GraphQL input types it (values are never undefined). */
  payload?: Record<string, NonNullable<unknown> | null> | null;
}

/** POST /website/{website_id}/conversation/{session_id}/tool */
export async function requestToolCallForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  call: ToolCallModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/tool`;
  await crisp.post(path, call.payload ? call : { command: call.command });
}
