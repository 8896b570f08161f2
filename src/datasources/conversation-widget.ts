// Actions on a plugin's widget, run from a conversation: a button click, a data fetch or edit.
import type { ConversationKey } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

export interface WidgetTarget extends ConversationKey {
  pluginId: string;
  sectionId: string;
  itemId: string;
}

/** Catalogue `WidgetAction`: the plugin answers later, by `widget:action:processed`. */
interface WidgetActionRaw {
  correlation_id?: string;
  strategy?: { attempts?: number; exhaustion?: number };
}

export interface WidgetActionModel {
  correlationId?: string;
  attempts?: number;
  exhaustion?: number;
}

const toWidgetAction = (raw: WidgetActionRaw): WidgetActionModel => ({
  correlationId: raw.correlation_id,
  attempts: raw.strategy?.attempts,
  exhaustion: raw.strategy?.exhaustion,
});

const ids = (t: WidgetTarget) => ({ section_id: t.sectionId, item_id: t.itemId });

/** POST /website/{website_id}/conversation/{session_id}/widget/{plugin_id}/button */
export async function deliverWidgetButtonActionForConversation(
  crisp: CrispClient,
  t: WidgetTarget,
  data: Record<string, unknown>,
  value?: string | null,
): Promise<WidgetActionModel> {
  const body = { ...ids(t), data, ...(value == null ? {} : { value }) };
  return toWidgetAction(
    await crisp.post<WidgetActionRaw>(
      route`/website/${t.websiteId}/conversation/${t.sessionId}/widget/${t.pluginId}/button`,
      body,
    ),
  );
}

/**
 * POST /website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data: one route for the
 * data fetch and the data edit actions, told apart by the body (`data` fetches, `value` edits).
 */
export async function deliverWidgetDataAction(
  crisp: CrispClient,
  t: WidgetTarget,
  body: { data: Record<string, unknown> } | { value: string },
): Promise<WidgetActionModel> {
  return toWidgetAction(
    await crisp.post<WidgetActionRaw>(
      route`/website/${t.websiteId}/conversation/${t.sessionId}/widget/${t.pluginId}/data`,
      { ...ids(t), ...body },
    ),
  );
}
