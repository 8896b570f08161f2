import type { ReminderModel, ToolCallModel } from '../datasources/conversation-request.ts';
import * as datasource from '../datasources/conversation-request.ts';
import { badInput } from '../request/bad-input.ts';
import { type ConversationInput, conversationWrite } from './conversation-mutation.ts';

/** Requests Crisp carries out about a conversation; none changes what the gateway has read. */

const keepsReads = { keepsReads: true };

export const purgeBinding = conversationWrite<ConversationInput>(
  datasource.requestChatboxBindingPurgeForConversation,
  keepsReads,
);

export const requestFeedback = conversationWrite<ConversationInput>(
  datasource.requestUserFeedbackForConversation,
  keepsReads,
);

export type ReminderInput = ConversationInput & ReminderModel;

/** A reminder fires in the future: a date already past is refused before any call. */
export const scheduleReminder = conversationWrite<ReminderInput>((crisp, key, input) => {
  if (input.date.getTime() <= Date.now()) throw badInput('input.date', 'must be in the future');
  const { date, note, user, origin } = input;
  return datasource.scheduleReminderForConversation(crisp, key, { date, note, user, origin });
}, keepsReads);

export type ReportInput = ConversationInput & { flag: string };

export const report = conversationWrite<ReportInput>(
  (crisp, key, input) => datasource.reportConversation(crisp, key, input.flag),
  keepsReads,
);

export type ToolCallInput = ConversationInput & ToolCallModel;

export const requestToolCall = conversationWrite<ToolCallInput>(
  (crisp, key, { command, payload }) =>
    datasource.requestToolCallForConversation(crisp, key, { command, payload }),
  keepsReads,
);
