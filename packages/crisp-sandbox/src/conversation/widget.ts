import { randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import type { Raw } from '../store.ts';
import { emitSession, requireConversation } from './model.ts';

/**
 * Widget actions: the sandbox plays the plugin too, and answers each action at once with
 * `widget:action:processed` (outcome `success`), correlated by the `correlation_id` the route
 * returns. The result echoes what the action carried.
 */

/** Crisp's delivery strategy for plugin actions, as its acknowledgement states it. */
const STRATEGY = { attempts: 3, exhaustion: 30 };

function deliver(ctx: RouteContext, result: Raw): Raw {
  const record = requireConversation(ctx.website, ctx.params.session_id!);
  const correlationId = randomUUID();
  emitSession(ctx.store, record, 'widget:action:processed', {
    plugin_id: ctx.params.plugin_id,
    correlation_id: correlationId,
    outcome: 'success',
    result: { section_id: ctx.body.section_id, item_id: ctx.body.item_id, ...result },
  });
  return { correlation_id: correlationId, strategy: STRATEGY };
}

export const widgetRoutes: Routes = {
  'website.conversation.deliver_widget_button_action': (ctx) =>
    deliver(
      ctx,
      ctx.body.value === undefined ? { data: ctx.body.data } : { value: ctx.body.value },
    ),

  'website.conversation.deliver_widget_data_fetch_action': (ctx) =>
    deliver(ctx, { data: ctx.body.data }),

  'website.conversation.deliver_widget_data_edit_action': (ctx) =>
    deliver(ctx, { value: ctx.body.value }),
};
