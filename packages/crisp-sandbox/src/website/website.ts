import { randomUUID } from 'node:crypto';
import { slug } from '../seed/names.ts';
import type { Raw, SandboxStore, WebsiteRecord } from '../store.ts';

/** WebsiteSettings with every group filled, as the dashboard would save them. */
export function defaultSettings(websiteId: string, name: string, domain: string): Raw {
  return {
    website_id: websiteId,
    name,
    domain,
    domain_alternates: [`www.${domain}`],
    logo: `https://${domain}/logo.png`,
    audit: { log: true },
    contact: {
      email: `support@${domain}`,
      phone: '+1 555 0100',
      messenger: '',
      telegram: '',
      twitter: slug(name).replace('.', ''),
      whatsapp: '',
      instagram: '',
    },
    inbox: { lock_removal: false, force_operator_token: false, locale: 'en' },
    emails: { rating: true, transcript: true, trackers: true, junk_filter: true },
    chatbox: {
      tile: 'default',
      conversations: true,
      wait_game: false,
      website_logo: true,
      last_operator_face: false,
      ongoing_operator_face: true,
      activity_metrics: true,
      operator_privacy: false,
      visitor_privacy: false,
      availability_tooltip: true,
      hide_vacation: false,
      hide_on_away: false,
      hide_on_mobile: false,
      position_reverse: false,
      email_visitors: true,
      phone_visitors: false,
      force_identify: false,
      ignore_privacy: false,
      visitor_compose: true,
      file_transfer: true,
      audio_record: true,
      guard_level: 'default',
      mode_initial: 'chat',
      home: true,
      overlay_search: true,
      overlay_mode: false,
      helpdesk_link: true,
      helpdesk_only: false,
      helpdesk_navigate: 'same',
      status_health_dead: true,
      check_domain: false,
      color_theme: 'blue',
      color_mode: 'light',
      layout_theme: 'default',
      text_theme: 'default',
      welcome_message: 'default',
      locale: 'en',
      allowed_pages: [],
      blocked_pages: ['/admin/*'],
      blocked_countries: [],
      blocked_locales: [],
      blocked_ips: ['192.0.2.0/24'],
    },
  };
}

/** `online` if anyone is online, else `away` if anyone is away, else `offline`. */
export function overallAvailability(operators: Iterable<Raw>): string {
  const seen = new Set([...operators].map((o) => o.details.availability as string));
  return seen.has('online') ? 'online' : seen.has('away') ? 'away' : 'offline';
}

/** The sandbox has one human account (the plugin's account owner); it owns what it creates. */
function accountOwner(store: SandboxStore): Raw | undefined {
  for (const w of store.websites.values()) {
    const item = w.operators.get(store.plugin.accountId);
    if (item) return { type: 'operator', details: { ...item.details, role: 'owner' } };
  }
  return undefined;
}

/** A website as `POST /website` creates it: default settings, its creator as owner, no contacts yet. */
export function newWebsite(store: SandboxStore, name: string, domain: string): WebsiteRecord {
  const websiteId = randomUUID();
  const owner = accountOwner(store);
  const operators = new Map<string, Raw>(owner ? [[owner.details.user_id, owner]] : []);
  return {
    website: {
      website_id: websiteId,
      name,
      domain,
      logo: '',
      verified: false,
      institutional: false,
    },
    settings: { ...defaultSettings(websiteId, name, domain), logo: '' },
    operators,
    lastActive: [],
    availability: { status: overallAvailability(operators.values()), since: store.now() },
    conversations: new Map(),
    people: new Map(),
    visitors: [],
    visitorTokens: new Map(),
    inboxes: new Map(),
    teams: new Map(),
  };
}
