import type { EventModel } from './event-models.ts';
import type { RtmEvent } from './topics.ts';

/** `campaign:*` events → the models `campaignEvents` resolves (rtm-events.json payloads). */

const campaignTypes = {
  'campaign:progress': 'CampaignProgressEvent',
  'campaign:dispatched': 'CampaignDispatchedEvent',
  'campaign:running': 'CampaignRunningEvent',
} as const;
export const campaignEventNames = Object.keys(campaignTypes);

export interface CampaignEventModel extends EventModel {
  campaignId: string;
  /** `campaign:progress`: percent sent. */
  progress?: number;
  /** `campaign:running`: whether it is sending now. */
  isRunning?: boolean;
}

export function toCampaignEvent(e: RtmEvent): CampaignEventModel | undefined {
  const typename = campaignTypes[e.name as keyof typeof campaignTypes];
  const campaignId = typeof e.data.campaign_id === 'string' ? e.data.campaign_id.toLowerCase() : '';
  if (!typename || !campaignId) return undefined;
  const model: CampaignEventModel = {
    typename,
    name: e.name,
    source: e.source,
    occurredAt: e.timestamp === null ? null : new Date(e.timestamp),
    websiteId: e.websiteId,
    campaignId,
  };
  if (e.name === 'campaign:progress') {
    if (typeof e.data.progress !== 'number') return undefined;
    model.progress = e.data.progress;
  }
  if (e.name === 'campaign:running') {
    if (typeof e.data.running !== 'boolean') return undefined;
    model.isRunning = e.data.running;
  }
  return model;
}
