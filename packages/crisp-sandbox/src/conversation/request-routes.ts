import type { RouteContext, Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import type { Raw } from '../store.ts';
import { requireConversation } from './model.ts';

/**
 * Requests about a conversation that Crisp carries out on its side: chatbox binding purge,
 * feedback, reminders, reports, tool calls. Crisp documents no route that reads them back and no
 * RTM event for them, so the sandbox checks the conversation and the body, and answers.
 */

const accept = (check?: (body: Raw) => void) => (ctx: RouteContext) => {
  requireConversation(ctx.website, ctx.params.session_id!);
  check?.(ctx.body ?? {});
  return {};
};

export const requestRoutes: Routes = {
  'website.conversation.request_binding_purge': accept(),
  'website.conversation.request_feedback': accept(),
  'website.conversation.schedule_reminder': accept((body) => {
    // The catalogue types `date` as a plain string; a reminder needs a moment to fire at.
    if (Number.isNaN(Date.parse(body.date))) throw invalidData('date must be an ISO 8601 date');
  }),
  'website.conversation.report': accept(),
  'website.conversation.request_tool_call': accept(),
};
