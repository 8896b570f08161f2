import type { CampaignFilterRaw, CampaignRaw } from './campaign.ts';
import { bool, num, strings, text } from './crisp-values.ts';

/** What only a read of a campaign holds: its audience, flow, delivery options and counts. */

export interface CampaignFilterModel {
  model: string | null;
  criterion: string | null;
  operator: string | null;
  query: Record<string, unknown> | null;
}

/** Who a campaign goes to. */
export interface CampaignAudienceModel {
  websiteId: string;
  type: string | null;
  segments: string[];
  peopleIds: string[];
  filter: CampaignFilterModel[];
}

/** When an automated campaign goes out. */
export interface CampaignFlowModel {
  launchEvent: string | null;
  assertFilter: CampaignFilterModel[];
  assertDelay: number | null;
  isDeliveredOnce: boolean | null;
  deliverDelay: number | null;
}

export interface CampaignOptionsModel {
  deliverToChatbox: boolean | null;
  deliverToEmail: boolean | null;
  senderNameWebsite: boolean | null;
  senderEmailReply: boolean | null;
  tracking: boolean | null;
}

export interface CampaignCountsModel {
  opened: number | null;
  clicked: number | null;
  unsubscribed: number | null;
}

/** What only a read of the campaign holds. */
export interface CampaignDetailModel {
  senderUserId: string | null;
  audience: CampaignAudienceModel | null;
  flow: CampaignFlowModel | null;
  message: string | null;
  options: CampaignOptionsModel | null;
  statistics: CampaignCountsModel | null;
}

const toFilters = (list: CampaignFilterRaw[] | undefined): CampaignFilterModel[] =>
  (Array.isArray(list) ? list : []).map((f) => ({
    model: text(f.model),
    criterion: text(f.criterion),
    operator: text(f.operator),
    query: f.query && typeof f.query === 'object' ? f.query : null,
  }));

export function toDetail(websiteId: string, raw: CampaignRaw): CampaignDetailModel {
  const { recipients: r, flow: f, options: o, statistics: s } = raw;
  return {
    senderUserId: text(raw.sender?.user_id)?.toLowerCase() ?? null,
    audience: r
      ? {
          websiteId,
          type: text(r.type),
          segments: strings(r.segments),
          peopleIds: strings(r.people).map((p) => p.toLowerCase()),
          filter: toFilters(r.filter),
        }
      : null,
    flow: f
      ? {
          launchEvent: text(f.launch_event),
          assertFilter: toFilters(f.assert_filter),
          assertDelay: num(f.assert_delay),
          isDeliveredOnce: bool(f.deliver_once),
          deliverDelay: num(f.deliver_delay),
        }
      : null,
    message: text(raw.message),
    options: o
      ? {
          deliverToChatbox: bool(o.deliver_to_chatbox),
          deliverToEmail: bool(o.deliver_to_email),
          senderNameWebsite: bool(o.sender_name_website),
          senderEmailReply: bool(o.sender_email_reply),
          tracking: bool(o.tracking),
        }
      : null,
    statistics: s
      ? { opened: num(s.opened), clicked: num(s.clicked), unsubscribed: num(s.unsubscribed) }
      : null,
  };
}
