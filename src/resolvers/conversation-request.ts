import type { ConversationKey } from '../datasources/conversation.ts';
import type { ReminderModel, ToolCallModel } from '../datasources/conversation-request.ts';
import * as datasource from '../datasources/conversation-request.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, keyOf } from './conversation-mutation.ts';

/** Requests Crisp carries out about a conversation; none changes what the gateway has read. */

export async function purgeBinding(
  ctx: GatewayContext,
  input: ConversationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.requestChatboxBindingPurgeForConversation(ctx.crisp, key);
  return key;
}

export async function requestFeedback(
  ctx: GatewayContext,
  input: ConversationInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.requestUserFeedbackForConversation(ctx.crisp, key);
  return key;
}

export type ReminderInput = ConversationInput & ReminderModel;

/** A reminder fires in the future: a date already past is refused before any call. */
export async function scheduleReminder(
  ctx: GatewayContext,
  input: ReminderInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  if (input.date.getTime() <= Date.now()) throw badInput('input.date', 'must be in the future');
  const { date, note, user, origin } = input;
  await datasource.scheduleReminderForConversation(ctx.crisp, key, { date, note, user, origin });
  return key;
}

export type ReportInput = ConversationInput & { flag: string };

export async function report(ctx: GatewayContext, input: ReportInput): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.reportConversation(ctx.crisp, key, input.flag);
  return key;
}

export type ToolCallInput = ConversationInput & ToolCallModel;

export async function requestToolCall(
  ctx: GatewayContext,
  input: ToolCallInput,
): Promise<ConversationKey> {
  const key = keyOf(ctx, input);
  await datasource.requestToolCallForConversation(ctx.crisp, key, {
    command: input.command,
    payload: input.payload,
  });
  return key;
}
