import { type SpamModel, type SpamRaw, toSpam } from '../datasources/conversation-spam.ts';
import {
  base,
  type EventModel,
  inSession,
  isData,
  type SessionEventModel,
  str,
} from './event-models.ts';
import type { RtmEvent } from './topics.ts';

/**
 * Crisp event → subscription model for the conversation tools: spam, co-browsing, calls and
 * widget actions (docs/schema-design.md §8). Payloads of another shape map to undefined.
 */

// ---- spamEvents ---------------------------------------------------------------------------

export const spamEventNames = ['spam:message', 'spam:decision'];

export interface SpamHeldEventModel extends EventModel {
  spam: SpamModel;
}

export interface SpamDecidedEventModel extends EventModel {
  /** Crisp's Node typing alone names the item (rtm-events.json): null when absent. */
  spamId: string | null;
  action: string;
}

export function toSpamEvent(e: RtmEvent): SpamHeldEventModel | SpamDecidedEventModel | undefined {
  const spamId = str(e.data.spam_id)?.toLowerCase();
  if (e.name === 'spam:message') {
    if (!spamId) return undefined;
    const raw = { ...(e.data as unknown as SpamRaw), spam_id: spamId, content: undefined };
    return { ...base(e, 'SpamHeldEvent'), spam: toSpam(e.websiteId, raw) };
  }
  const action = str(e.data.action);
  if (e.name !== 'spam:decision' || !action) return undefined;
  return { ...base(e, 'SpamDecidedEvent'), spamId: spamId ?? null, action };
}

// ---- browsingEvents -----------------------------------------------------------------------

export const browsingEventNames = ['browsing:request:initiated', 'browsing:request:rejected'];

export interface BrowsingEventModel extends SessionEventModel {
  /** The session opened, with its token (`browsing:request:initiated`); null on a refusal. */
  browsing: { browsingId: string; token: string } | null;
}

export function toBrowsingEvent(e: RtmEvent): BrowsingEventModel | undefined {
  if (e.name === 'browsing:request:rejected') {
    const scoped = inSession(e, 'BrowsingRequestRejectedEvent');
    return scoped && { ...scoped, browsing: null };
  }
  const browsingId = str(e.data.browsing_id)?.toLowerCase();
  const token = str(e.data.browsing_token);
  const scoped =
    e.name === 'browsing:request:initiated' && inSession(e, 'BrowsingSessionStartedEvent');
  return scoped && browsingId && token ? { ...scoped, browsing: { browsingId, token } } : undefined;
}

// ---- callEvents ---------------------------------------------------------------------------

const callTypes: Record<string, string> = {
  'call:request:initiated': 'CallStartedEvent',
  'call:request:rejected': 'CallRejectedEvent',
};
export const callEventNames = Object.keys(callTypes);

export interface CallEventModel extends SessionEventModel {
  callId: string;
}

export function toCallEvent(e: RtmEvent): CallEventModel | undefined {
  const typename = callTypes[e.name];
  const callId = str(e.data.call_id)?.toLowerCase();
  const scoped = typename && inSession(e, typename);
  return scoped && callId ? { ...scoped, callId } : undefined;
}

// ---- widgetActionEvents -------------------------------------------------------------------

export const widgetActionEventNames = ['widget:action:processed'];

export interface WidgetActionEventModel extends SessionEventModel {
  pluginId: string;
  correlationId: string;
  outcome: 'success' | 'failure';
  result: Record<string, unknown> | null;
}

export function toWidgetActionEvent(e: RtmEvent): WidgetActionEventModel | undefined {
  const { plugin_id, correlation_id, outcome, result } = e.data;
  const pluginId = str(plugin_id)?.toLowerCase();
  const correlationId = str(correlation_id);
  const scoped = e.name === 'widget:action:processed' && inSession(e, 'WidgetActionProcessedEvent');
  if (!scoped || !pluginId || !correlationId) return undefined;
  if (outcome !== 'success' && outcome !== 'failure') return undefined;
  return { ...scoped, pluginId, correlationId, outcome, result: isData(result) ? result : null };
}
