import type { WidgetActionModel, WidgetTarget } from '../datasources/conversation-widget.ts';
import * as datasource from '../datasources/conversation-widget.ts';
import type { GatewayContext } from '../request/context.ts';
import { type ConversationInput, keyOf } from './conversation-mutation.ts';

/** Actions on a plugin's widget, run from a conversation; the plugin answers over RTM later. */

export interface WidgetInput extends ConversationInput {
  pluginId: string;
  sectionId: string;
  itemId: string;
}

/** The widget item an input names, within its conversation (write access to the website). */
const targetOf = (ctx: GatewayContext, input: WidgetInput): WidgetTarget => ({
  ...keyOf(ctx, input),
  pluginId: input.pluginId.toLowerCase(),
  sectionId: input.sectionId,
  itemId: input.itemId,
});

/** The payload: Crisp's acknowledgement, and the conversation the action ran in. */
const answered = (t: WidgetTarget, action: WidgetActionModel) => ({
  action,
  conversation: { websiteId: t.websiteId, sessionId: t.sessionId },
});

export async function button(
  ctx: GatewayContext,
  input: WidgetInput & { data: Record<string, unknown>; value?: string | null },
) {
  const target = targetOf(ctx, input);
  const action = await datasource.deliverWidgetButtonActionForConversation(
    ctx.crisp,
    target,
    input.data,
    input.value,
  );
  return answered(target, action);
}

export async function dataFetch(
  ctx: GatewayContext,
  input: WidgetInput & { data: Record<string, unknown> },
) {
  const target = targetOf(ctx, input);
  const action = await datasource.deliverWidgetDataAction(ctx.crisp, target, { data: input.data });
  return answered(target, action);
}

export async function dataEdit(ctx: GatewayContext, input: WidgetInput & { value: string }) {
  const target = targetOf(ctx, input);
  const action = await datasource.deliverWidgetDataAction(ctx.crisp, target, {
    value: input.value,
  });
  return answered(target, action);
}
