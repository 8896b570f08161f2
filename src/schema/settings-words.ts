import type { ChatboxSettingsModel, WebsiteSettingsModel } from '../datasources/settings.ts';

/**
 * What each website setting means, in the words of Crisp's settings (`GET /website/{website_id}/
 * settings`): one text per setting, shared by the output field and the input field that writes it.
 * Crisp does not close the sets of its string settings (themes, modes, levels), so they stay
 * strings, sent as Crisp holds them.
 */

type Group<K extends keyof WebsiteSettingsModel> = Record<
  keyof NonNullable<WebsiteSettingsModel[K]>,
  string
>;

const AS_CRISP = 'A Crisp value, sent as Crisp holds it (Crisp does not close the set).';

export const WEBSITE_WORDS: Record<
  | 'name'
  | 'domain'
  | 'domainAlternates'
  | 'logo'
  | 'audit'
  | 'contact'
  | 'inbox'
  | 'emails'
  | 'chatbox',
  string
> = {
  name: 'The website name.',
  domain: 'The website domain.',
  domainAlternates: 'Other domains the chatbox runs on.',
  logo: 'The logo image URL.',
  audit: 'Audit log settings.',
  contact: 'Contact channels shown to visitors.',
  inbox: 'Inbox settings.',
  emails: 'Email notification settings.',
  chatbox: 'How the chatbox looks and behaves.',
};

export const AUDIT_WORDS: Group<'audit'> = {
  log: 'Whether the audit log records team actions.',
};

export const CONTACT_WORDS: Group<'contact'> = {
  email: 'The contact email shown to visitors.',
  phone: 'The contact phone number shown to visitors.',
  messenger: 'The Messenger account shown to visitors.',
  telegram: 'The Telegram account shown to visitors.',
  twitter: 'The Twitter (X) account shown to visitors.',
  whatsapp: 'The WhatsApp number shown to visitors.',
  instagram: 'The Instagram account shown to visitors.',
};

export const INBOX_WORDS: Group<'inbox'> = {
  lockRemoval: 'Whether only owners may remove conversations.',
  forceOperatorToken: 'Whether operators must have an API token to use the inbox.',
  locale: 'The inbox language.',
};

export const EMAIL_WORDS: Group<'emails'> = {
  rating: 'Whether visitors are asked by email to rate the conversation.',
  transcript: 'Whether visitors get the conversation transcript by email.',
  trackers: 'Whether emails carry open trackers.',
  junkFilter: 'Whether the junk filter sorts incoming emails.',
  enrich: 'Whether contacts are enriched from their email.',
};

export const CHATBOX_WORDS: Record<keyof ChatboxSettingsModel, string> = {
  tile: `The chatbox background tile. ${AS_CRISP}`,
  conversations: 'Whether visitors see their past conversations.',
  waitGame: 'Whether visitors may play a game while they wait for a reply.',
  websiteLogo: 'Whether the chatbox shows the website logo.',
  lastOperatorFace: 'Whether the chatbox shows the last active operator.',
  ongoingOperatorFace: 'Whether the chatbox shows the operator of the ongoing conversation.',
  activityMetrics: 'Whether the chatbox shows the team’s response time.',
  operatorPrivacy: 'Whether operator names are hidden from visitors.',
  visitorPrivacy: 'Whether visitor data (IP, location) is not collected.',
  availabilityTooltip: 'Whether the chatbox shows a tooltip with the team’s availability.',
  hideVacation: 'Whether the chatbox is hidden while the team is on vacation.',
  hideOnAway: 'Whether the chatbox is hidden while no operator is online.',
  hideOnMobile: 'Whether the chatbox is hidden on mobile devices.',
  positionReverse: 'Whether the chatbox sits on the left instead of the right.',
  emailVisitors: 'Whether visitors are asked for their email.',
  phoneVisitors: 'Whether visitors are asked for their phone number.',
  forceIdentify: 'Whether visitors must give their email before they can write.',
  ignorePrivacy: 'Whether the chatbox ignores the browser’s Do Not Track setting.',
  visitorCompose: 'Whether operators see what visitors type before they send it.',
  fileTransfer: 'Whether visitors may send files.',
  audioRecord: 'Whether visitors may send audio recordings.',
  guardLevel: `The spam guard level. ${AS_CRISP}`,
  modeInitial: `The mode the chatbox opens in. ${AS_CRISP}`,
  home: 'Whether the chatbox opens on its home screen.',
  overlaySearch: 'Whether the chatbox offers a helpdesk search.',
  overlayMode: 'Whether the chatbox opens as an overlay over the page.',
  helpdeskLink: 'Whether the chatbox links to the helpdesk.',
  helpdeskOnly: 'Whether the chatbox shows the helpdesk only, with no chat.',
  helpdeskNavigate: `How helpdesk articles open from the chatbox. ${AS_CRISP}`,
  statusHealthDead: 'Whether the chatbox warns visitors of an outage on the status page.',
  checkDomain: 'Whether the chatbox runs only on the website’s domains.',
  colorTheme: `The chatbox colour theme. ${AS_CRISP}`,
  colorMode: `The chatbox colour mode. ${AS_CRISP}`,
  layoutTheme: `The chatbox layout theme. ${AS_CRISP}`,
  textTheme: `The chatbox text theme (wording of its messages). ${AS_CRISP}`,
  welcomeMessage: 'The welcome message the chatbox shows.',
  locale: 'The chatbox language; absent: the visitor’s.',
  allowedPages: 'Pages the chatbox shows on (URL patterns); empty: every page.',
  blockedPages: 'Pages the chatbox does not show on (URL patterns).',
  blockedCountries: 'Countries whose visitors do not see the chatbox.',
  blockedLocales: 'Browser locales whose visitors do not see the chatbox.',
  blockedIps: 'IP addresses whose visitors do not see the chatbox.',
};
