import { recipientsOf } from '../campaign/routes.ts';
import { campaignBook, newCampaign } from '../campaign/store.ts';
import { recordPersonCampaign } from '../people/campaign.ts';
import type { SandboxStore } from '../store.ts';
import type { Random } from './random.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The first website's campaigns and template: one dispatched newsletter (with its opened and
 * clicked statistics) and one draft. Drawn after every other seed, so nothing before changes.
 */
export function seedCampaigns(store: SandboxStore, random: Random, epoch: number): void {
  const [websiteId, website] = [...store.websites][0]!;
  const book = campaignBook(store, websiteId);
  const owner = [...website.operators.values()].find((o) => o.details.role === 'owner')!;
  const templateId = random.uuid();
  book.templates.set(templateId, {
    template_id: templateId,
    type: 'custom',
    name: 'Monthly newsletter',
    format: 'markdown',
    content: '# {{title}}\n\n{{body}}',
    created_at: epoch - 40 * DAY,
    updated_at: epoch - 35 * DAY,
  });

  const sentId = random.uuid();
  const sent = {
    campaign_id: sentId,
    type: 'one-shot',
    format: 'markdown',
    name: 'January newsletter',
    subject: 'What is new this month',
    tag: 'newsletter',
    ready: true,
    dispatched: true,
    running: false,
    progress: 100,
    targets: 0,
    reached: 0,
    created_at: epoch - 20 * DAY,
    updated_at: epoch - 14 * DAY,
    dispatched_at: epoch - 14 * DAY,
    sender: { user_id: owner.details.user_id },
    recipients: { type: 'all' },
    message: 'Hello {{nickname}}, here is what changed this month.',
    options: { deliver_to_chatbox: false, deliver_to_email: true, tracking: true },
    statistics: { opened: 0, clicked: 0, unsubscribed: 0 },
  };
  const recipients = recipientsOf(website, sent);
  sent.targets = recipients.length;
  sent.reached = recipients.length;
  const statistics = recipients.flatMap((r, index) => {
    const at = epoch - 14 * DAY + (index + 1) * 60 * 60 * 1000;
    const row = (type: string, offset: number) => ({
      type,
      profile: { people_id: r.people_id, email: r.email, person: r.person },
      data: {},
      created_at: at + offset,
      updated_at: at + offset,
    });
    const opened = random.next() < 0.6;
    const clicked = opened && random.next() < 0.4;
    return [...(opened ? [row('opened', 0)] : []), ...(clicked ? [row('clicked', 60_000)] : [])];
  });
  sent.statistics = {
    opened: statistics.filter((s) => s.type === 'opened').length,
    clicked: statistics.filter((s) => s.type === 'clicked').length,
    unsubscribed: 0,
  };
  book.campaigns.set(sentId, { campaign: sent, statistics, tests: 1 });
  // Each recipient's own record of it (`website.people.list_campaigns`), with what they did.
  for (const r of recipients) {
    const mine = statistics.filter((s) => s.profile.people_id === r.people_id);
    recordPersonCampaign(website.people.get(r.people_id as string)!, {
      campaign_id: sentId,
      type: sent.type,
      name: sent.name,
      created_at: sent.created_at,
      updated_at: sent.updated_at,
      dispatched_at: sent.dispatched_at,
      ...(mine.length ? { occurred_at: mine.at(-1)!.created_at } : {}),
      statistics: ['delivered', ...mine.map((s) => s.type)],
    });
  }

  const draftId = random.uuid();
  book.campaigns.set(draftId, {
    campaign: {
      ...newCampaign(draftId, 'automated', 'Welcome series', epoch - 3 * DAY),
      tag: 'onboarding',
      updated_at: epoch - 2 * DAY,
      recipients: { type: 'segment', segments: ['trial'] },
      flow: { launch_event: 'signup', deliver_once: true, deliver_delay: 3600 },
    },
    statistics: [],
    tests: 0,
  });
}
