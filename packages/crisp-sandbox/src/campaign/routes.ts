import { randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';
import { type CampaignRecord, campaignBook, newCampaign, pick } from './store.ts';
import { templateRoutes } from './template-routes.ts';

/** The keys of WebsiteCampaignExcerpt: what list rows carry. */
const EXCERPT = [
  'campaign_id',
  'type',
  'format',
  'name',
  'subject',
  'tag',
  'ready',
  'dispatched',
  'running',
  'progress',
  'targets',
  'reached',
  'created_at',
  'updated_at',
  'dispatched_at',
];
/** What save (PUT) and update (PATCH) may write; counters and dates are Crisp's own. */
const WRITABLE = [
  'type',
  'format',
  'name',
  'subject',
  'tag',
  'sender',
  'recipients',
  'flow',
  'message',
  'options',
];

/** The contacts a campaign targets: every one, a segment's, or those listed. */
export function recipientsOf(website: WebsiteRecord, campaign: Raw): Raw[] {
  const selection = (campaign.recipients ?? {}) as Raw;
  const people = [...website.people.values()];
  const chosen =
    selection.type === 'segment'
      ? people.filter((p) =>
          (p.profile.segments as string[] | undefined)?.some((s) =>
            (selection.segments as string[] | undefined)?.includes(s),
          ),
        )
      : selection.type === 'people'
        ? people.filter((p) =>
            (selection.people as string[] | undefined)?.includes(p.profile.people_id),
          )
        : people;
  return chosen.map((p) => ({
    people_id: p.profile.people_id,
    email: p.profile.email,
    person: { nickname: p.profile.person?.nickname, avatar: p.profile.person?.avatar },
    subscribed: p.subscribed,
  }));
}

/** A campaign is ready once it has a subject and a message (what Crisp's editor asks for). */
function refresh(ctx: RouteContext, record: CampaignRecord): void {
  const c = record.campaign;
  c.ready = Boolean(c.subject && c.message);
  c.targets = recipientsOf(ctx.website, c).length;
  c.updated_at = ctx.store.now();
}

function recordOf(ctx: RouteContext): CampaignRecord {
  const record = campaignBook(ctx.store, ctx.params.website_id!).campaigns.get(
    ctx.params.campaign_id!,
  );
  if (!record) throw notFound('campaign');
  return record;
}

/** `campaign:running` with the new flag, once the flag is set. */
function setRunning(ctx: RouteContext, record: CampaignRecord, running: boolean): void {
  record.campaign.running = running;
  record.campaign.updated_at = ctx.store.now();
  ctx.store.emit(ctx.params.website_id!, 'campaign:running', {
    website_id: ctx.params.website_id,
    campaign_id: record.campaign.campaign_id,
    running,
  });
}

export const campaignRoutes: Routes = {
  ...templateRoutes,

  'website.campaign.list': ({ store, params, page: n }) =>
    page(
      [...campaignBook(store, params.website_id!).campaigns.values()]
        .map((r) => pick(r.campaign, EXCERPT))
        .reverse(),
      n,
    ),

  'website.campaign.tags.list': ({ store, params }) => [
    ...new Set(
      [...campaignBook(store, params.website_id!).campaigns.values()].flatMap((r) =>
        typeof r.campaign.tag === 'string' && r.campaign.tag !== '' ? [r.campaign.tag] : [],
      ),
    ),
  ],

  'website.campaign.create': (ctx) => {
    const campaignId = randomUUID();
    const record: CampaignRecord = {
      campaign: newCampaign(campaignId, ctx.body.type, ctx.body.name, ctx.store.now()),
      statistics: [],
      tests: 0,
    };
    refresh(ctx, record);
    campaignBook(ctx.store, ctx.params.website_id!).campaigns.set(campaignId, record);
    return { campaign_id: campaignId };
  },

  'website.campaign.check': ({ store, params }) =>
    campaignBook(store, params.website_id!).campaigns.has(params.campaign_id!),

  'website.campaign.get': (ctx) => recordOf(ctx).campaign,

  'website.campaign.save': (ctx) => {
    const record = recordOf(ctx);
    const kept = pick(
      record.campaign,
      EXCERPT.filter((k) => !WRITABLE.includes(k)),
    );
    record.campaign = {
      ...kept,
      statistics: record.campaign.statistics,
      ...pick(ctx.body, WRITABLE),
    };
    refresh(ctx, record);
    return {};
  },

  'website.campaign.update': (ctx) => {
    const record = recordOf(ctx);
    Object.assign(record.campaign, pick(ctx.body, WRITABLE));
    refresh(ctx, record);
    return {};
  },

  'website.campaign.remove': (ctx) => {
    recordOf(ctx);
    campaignBook(ctx.store, ctx.params.website_id!).campaigns.delete(ctx.params.campaign_id!);
    return {};
  },

  // The sandbox sends at once: running, progress to 100, dispatched, then no longer running.
  'website.campaign.dispatch': (ctx) => {
    const record = recordOf(ctx);
    const c = record.campaign;
    const websiteId = ctx.params.website_id!;
    setRunning(ctx, record, true);
    c.progress = 100;
    c.reached = c.targets;
    c.dispatched = true;
    c.dispatched_at = ctx.store.now();
    const ids = { website_id: websiteId, campaign_id: c.campaign_id };
    ctx.store.emit(websiteId, 'campaign:progress', { ...ids, progress: 100 });
    ctx.store.emit(websiteId, 'campaign:dispatched', ids);
    setRunning(ctx, record, false);
    return {};
  },

  'website.campaign.pause': (ctx) => {
    setRunning(ctx, recordOf(ctx), false);
    return {};
  },

  'website.campaign.resume': (ctx) => {
    setRunning(ctx, recordOf(ctx), true);
    return {};
  },

  'website.campaign.test': (ctx) => {
    recordOf(ctx).tests += 1;
    return {};
  },

  'website.campaign.recipients.list': (ctx) =>
    page(recipientsOf(ctx.website, recordOf(ctx).campaign), ctx.page),

  'website.campaign.statistics.list': (ctx) =>
    page(
      recordOf(ctx).statistics.filter((s) => s.type === ctx.params.action),
      ctx.page,
    ),
};
