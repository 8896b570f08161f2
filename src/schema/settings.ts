import {
  type ChatboxSettingsModel,
  getWebsiteSettings,
  type WebsiteSettingsModel,
} from '../datasources/settings.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { builder } from './builder.ts';
import { REMOVAL, replacedBy } from './replaced-by.ts';
import {
  AUDIT_WORDS,
  CHATBOX_WORDS,
  CONTACT_WORDS,
  EMAIL_WORDS,
  INBOX_WORDS,
  WEBSITE_WORDS,
} from './settings-words.ts';
import { Website } from './website.ts';

type Group<K extends keyof WebsiteSettingsModel> = NonNullable<WebsiteSettingsModel[K]>;

/** Crisp may leave any setting out, so every settings field is nullable. */
const o = (description: string) =>
  ({ nullable: true, description: `${description} Null when Crisp leaves it out.` }) as const;

const AuditSettings = builder.objectRef<Group<'audit'>>('AuditSettings').implement({
  description: 'Audit log settings.',
  fields: (t) => ({ log: t.exposeBoolean('log', o(AUDIT_WORDS.log)) }),
});

const ContactSettings = builder.objectRef<Group<'contact'>>('ContactSettings').implement({
  description: 'Contact channels shown to visitors.',
  fields: (t) => ({
    email: t.expose('email', { type: 'EmailAddress', ...o(CONTACT_WORDS.email) }),
    phone: t.exposeString('phone', o(CONTACT_WORDS.phone)),
    messenger: t.exposeString('messenger', o(CONTACT_WORDS.messenger)),
    telegram: t.exposeString('telegram', o(CONTACT_WORDS.telegram)),
    twitter: t.exposeString('twitter', o(CONTACT_WORDS.twitter)),
    whatsapp: t.exposeString('whatsapp', o(CONTACT_WORDS.whatsapp)),
    instagram: t.exposeString('instagram', o(CONTACT_WORDS.instagram)),
  }),
});

const InboxSettings = builder.objectRef<Group<'inbox'>>('InboxSettings').implement({
  description: 'Inbox settings.',
  fields: (t) => ({
    lockRemoval: t.exposeBoolean('lockRemoval', o(INBOX_WORDS.lockRemoval)),
    forceOperatorToken: t.exposeBoolean('forceOperatorToken', o(INBOX_WORDS.forceOperatorToken)),
    locale: t.expose('locale', { type: 'Locale', ...o(INBOX_WORDS.locale) }),
  }),
});

const EmailSettings = builder.objectRef<Group<'emails'>>('EmailSettings').implement({
  description: 'Email notification settings.',
  fields: (t) => ({
    rating: t.exposeBoolean('rating', o(EMAIL_WORDS.rating)),
    transcript: t.exposeBoolean('transcript', o(EMAIL_WORDS.transcript)),
    trackers: t.exposeBoolean('trackers', o(EMAIL_WORDS.trackers)),
    junkFilter: t.exposeBoolean('junkFilter', o(EMAIL_WORDS.junkFilter)),
    enrich: t.exposeBoolean('enrich', {
      ...o(EMAIL_WORDS.enrich),
      deprecationReason: `Removed from Crisp’s clients; may no longer be honoured. ${REMOVAL}`,
    }),
  }),
});

const ChatboxSettings = builder.objectRef<ChatboxSettingsModel>('ChatboxSettings').implement({
  description: 'How the chatbox looks and behaves on the website.',
  fields: (t) => ({
    tile: t.exposeString('tile', o(CHATBOX_WORDS.tile)),
    conversations: t.exposeBoolean('conversations', o(CHATBOX_WORDS.conversations)),
    waitGame: t.exposeBoolean('waitGame', o(CHATBOX_WORDS.waitGame)),
    websiteLogo: t.exposeBoolean('websiteLogo', o(CHATBOX_WORDS.websiteLogo)),
    lastOperatorFace: t.exposeBoolean('lastOperatorFace', o(CHATBOX_WORDS.lastOperatorFace)),
    ongoingOperatorFace: t.exposeBoolean(
      'ongoingOperatorFace',
      o(CHATBOX_WORDS.ongoingOperatorFace),
    ),
    activityMetrics: t.exposeBoolean('activityMetrics', o(CHATBOX_WORDS.activityMetrics)),
    operatorPrivacy: t.exposeBoolean('operatorPrivacy', o(CHATBOX_WORDS.operatorPrivacy)),
    visitorPrivacy: t.exposeBoolean('visitorPrivacy', o(CHATBOX_WORDS.visitorPrivacy)),
    availabilityTooltip: t.exposeBoolean(
      'availabilityTooltip',
      o(CHATBOX_WORDS.availabilityTooltip),
    ),
    hideVacation: t.exposeBoolean('hideVacation', o(CHATBOX_WORDS.hideVacation)),
    hideOnAway: t.exposeBoolean('hideOnAway', o(CHATBOX_WORDS.hideOnAway)),
    hideOnMobile: t.exposeBoolean('hideOnMobile', o(CHATBOX_WORDS.hideOnMobile)),
    positionReverse: t.exposeBoolean('positionReverse', o(CHATBOX_WORDS.positionReverse)),
    emailVisitors: t.exposeBoolean('emailVisitors', o(CHATBOX_WORDS.emailVisitors)),
    phoneVisitors: t.exposeBoolean('phoneVisitors', o(CHATBOX_WORDS.phoneVisitors)),
    forceIdentify: t.exposeBoolean('forceIdentify', o(CHATBOX_WORDS.forceIdentify)),
    ignorePrivacy: t.exposeBoolean('ignorePrivacy', o(CHATBOX_WORDS.ignorePrivacy)),
    visitorCompose: t.exposeBoolean('visitorCompose', o(CHATBOX_WORDS.visitorCompose)),
    fileTransfer: t.exposeBoolean('fileTransfer', o(CHATBOX_WORDS.fileTransfer)),
    audioRecord: t.exposeBoolean('audioRecord', o(CHATBOX_WORDS.audioRecord)),
    guardLevel: t.exposeString('guardLevel', o(CHATBOX_WORDS.guardLevel)),
    modeInitial: t.exposeString('modeInitial', o(CHATBOX_WORDS.modeInitial)),
    home: t.exposeBoolean('home', o(CHATBOX_WORDS.home)),
    overlaySearch: t.exposeBoolean('overlaySearch', o(CHATBOX_WORDS.overlaySearch)),
    overlayMode: t.exposeBoolean('overlayMode', o(CHATBOX_WORDS.overlayMode)),
    helpdeskLink: t.exposeBoolean('helpdeskLink', o(CHATBOX_WORDS.helpdeskLink)),
    helpdeskOnly: t.exposeBoolean('helpdeskOnly', o(CHATBOX_WORDS.helpdeskOnly)),
    helpdeskNavigate: t.exposeString('helpdeskNavigate', o(CHATBOX_WORDS.helpdeskNavigate)),
    statusHealthDead: t.exposeBoolean('statusHealthDead', o(CHATBOX_WORDS.statusHealthDead)),
    checkDomain: t.exposeBoolean('checkDomain', o(CHATBOX_WORDS.checkDomain)),
    colorTheme: t.exposeString('colorTheme', o(CHATBOX_WORDS.colorTheme)),
    colorMode: t.exposeString('colorMode', o(CHATBOX_WORDS.colorMode)),
    layoutTheme: t.exposeString('layoutTheme', o(CHATBOX_WORDS.layoutTheme)),
    textTheme: t.exposeString('textTheme', o(CHATBOX_WORDS.textTheme)),
    welcomeMessage: t.exposeString('welcomeMessage', o(CHATBOX_WORDS.welcomeMessage)),
    locale: t.expose('locale', { type: 'Locale', ...o(CHATBOX_WORDS.locale) }),
    allowedPages: t.exposeStringList('allowedPages', o(CHATBOX_WORDS.allowedPages)),
    blockedPages: t.exposeStringList('blockedPages', o(CHATBOX_WORDS.blockedPages)),
    blockedCountries: t.expose('blockedCountries', {
      type: ['CountryCode'],
      ...o(CHATBOX_WORDS.blockedCountries),
    }),
    blockedLocales: t.expose('blockedLocales', {
      type: ['Locale'],
      ...o(CHATBOX_WORDS.blockedLocales),
    }),
    blockedIps: t.exposeStringList('blockedIps', o(CHATBOX_WORDS.blockedIps)),
  }),
});

export const WebsiteSettings = builder
  .objectRef<WebsiteSettingsModel>('WebsiteSettings')
  .implement({
    description: 'A website’s settings, as `GET /website/{website_id}/settings` reads them.',
    fields: (t) => ({
      websiteId: t.exposeID('websiteId', {
        nullable: true,
        description: "Crisp's website_id of the website.",
        deprecationReason: replacedBy('the `crispId` of the parent `Website`'),
      }),
      name: t.exposeString('name', o(WEBSITE_WORDS.name)),
      domain: t.exposeString('domain', o(WEBSITE_WORDS.domain)),
      domainAlternates: t.exposeStringList('domainAlternates', o(WEBSITE_WORDS.domainAlternates)),
      logo: t.expose('logo', { type: 'URL', ...o(WEBSITE_WORDS.logo) }),
      audit: t.expose('audit', { type: AuditSettings, ...o(WEBSITE_WORDS.audit) }),
      contact: t.expose('contact', { type: ContactSettings, ...o(WEBSITE_WORDS.contact) }),
      inbox: t.expose('inbox', { type: InboxSettings, ...o(WEBSITE_WORDS.inbox) }),
      emails: t.expose('emails', { type: EmailSettings, ...o(WEBSITE_WORDS.emails) }),
      chatbox: t.expose('chatbox', { type: ChatboxSettings, ...o(WEBSITE_WORDS.chatbox) }),
    }),
  });

builder.objectField(Website, 'settings', (t) =>
  t.field({
    nullable: true,
    type: WebsiteSettings,
    description: 'The website’s settings (its own Crisp call).',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => getWebsiteSettings(ctx.crisp, w.id),
  }),
);
