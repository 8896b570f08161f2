import { z } from 'zod';
import {
  getWebsiteSettings,
  updateWebsiteSettings,
  type WebsiteSettingsPatch,
} from '../datasources/settings.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import { websiteIdOrDefault } from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { WebsiteSettings } from './settings.ts';
import {
  AUDIT_WORDS,
  CHATBOX_WORDS,
  CONTACT_WORDS,
  EMAIL_WORDS,
  INBOX_WORDS,
  WEBSITE_WORDS,
} from './settings-words.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** `updateWebsiteSettings`: its input groups mirror the settings groups, each key optional. */

const AuditSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['audit']>>('AuditSettingsInput')
  .implement({
    description: 'Audit log settings to change. Keys left out keep their value.',
    fields: (t) => ({ log: t.boolean({ description: AUDIT_WORDS.log }) }),
  });

const ContactSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['contact']>>('ContactSettingsInput')
  .implement({
    description: 'Contact channels to change. Keys left out keep their value.',
    fields: (t) => ({
      email: t.field({ type: 'EmailAddress', description: CONTACT_WORDS.email }),
      phone: t.string({ description: CONTACT_WORDS.phone }),
      messenger: t.string({ description: CONTACT_WORDS.messenger }),
      telegram: t.string({ description: CONTACT_WORDS.telegram }),
      twitter: t.string({ description: CONTACT_WORDS.twitter }),
      whatsapp: t.string({ description: CONTACT_WORDS.whatsapp }),
      instagram: t.string({ description: CONTACT_WORDS.instagram }),
    }),
  });

const InboxSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['inbox']>>('InboxSettingsInput')
  .implement({
    description: 'Inbox settings to change. Keys left out keep their value.',
    fields: (t) => ({
      lockRemoval: t.boolean({ description: INBOX_WORDS.lockRemoval }),
      forceOperatorToken: t.boolean({ description: INBOX_WORDS.forceOperatorToken }),
      locale: t.field({ type: 'Locale', description: INBOX_WORDS.locale }),
    }),
  });

const EmailSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['emails']>>('EmailSettingsInput')
  .implement({
    description: 'Email notification settings to change. Keys left out keep their value.',
    fields: (t) => ({
      rating: t.boolean({ description: EMAIL_WORDS.rating }),
      transcript: t.boolean({ description: EMAIL_WORDS.transcript }),
      trackers: t.boolean({ description: EMAIL_WORDS.trackers }),
      junkFilter: t.boolean({ description: EMAIL_WORDS.junkFilter }),
    }),
  });

const ChatboxSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['chatbox']>>('ChatboxSettingsInput')
  .implement({
    description: 'Chatbox settings to change. Keys left out keep their value.',
    fields: (t) => ({
      tile: t.string({ description: CHATBOX_WORDS.tile }),
      conversations: t.boolean({ description: CHATBOX_WORDS.conversations }),
      waitGame: t.boolean({ description: CHATBOX_WORDS.waitGame }),
      websiteLogo: t.boolean({ description: CHATBOX_WORDS.websiteLogo }),
      lastOperatorFace: t.boolean({ description: CHATBOX_WORDS.lastOperatorFace }),
      ongoingOperatorFace: t.boolean({ description: CHATBOX_WORDS.ongoingOperatorFace }),
      activityMetrics: t.boolean({ description: CHATBOX_WORDS.activityMetrics }),
      operatorPrivacy: t.boolean({ description: CHATBOX_WORDS.operatorPrivacy }),
      visitorPrivacy: t.boolean({ description: CHATBOX_WORDS.visitorPrivacy }),
      availabilityTooltip: t.boolean({ description: CHATBOX_WORDS.availabilityTooltip }),
      hideVacation: t.boolean({ description: CHATBOX_WORDS.hideVacation }),
      hideOnAway: t.boolean({ description: CHATBOX_WORDS.hideOnAway }),
      hideOnMobile: t.boolean({ description: CHATBOX_WORDS.hideOnMobile }),
      positionReverse: t.boolean({ description: CHATBOX_WORDS.positionReverse }),
      emailVisitors: t.boolean({ description: CHATBOX_WORDS.emailVisitors }),
      phoneVisitors: t.boolean({ description: CHATBOX_WORDS.phoneVisitors }),
      forceIdentify: t.boolean({ description: CHATBOX_WORDS.forceIdentify }),
      ignorePrivacy: t.boolean({ description: CHATBOX_WORDS.ignorePrivacy }),
      visitorCompose: t.boolean({ description: CHATBOX_WORDS.visitorCompose }),
      fileTransfer: t.boolean({ description: CHATBOX_WORDS.fileTransfer }),
      audioRecord: t.boolean({ description: CHATBOX_WORDS.audioRecord }),
      guardLevel: t.string({ description: CHATBOX_WORDS.guardLevel }),
      modeInitial: t.string({ description: CHATBOX_WORDS.modeInitial }),
      home: t.boolean({ description: CHATBOX_WORDS.home }),
      overlaySearch: t.boolean({ description: CHATBOX_WORDS.overlaySearch }),
      overlayMode: t.boolean({ description: CHATBOX_WORDS.overlayMode }),
      helpdeskLink: t.boolean({ description: CHATBOX_WORDS.helpdeskLink }),
      helpdeskOnly: t.boolean({ description: CHATBOX_WORDS.helpdeskOnly }),
      helpdeskNavigate: t.string({ description: CHATBOX_WORDS.helpdeskNavigate }),
      statusHealthDead: t.boolean({ description: CHATBOX_WORDS.statusHealthDead }),
      checkDomain: t.boolean({ description: CHATBOX_WORDS.checkDomain }),
      colorTheme: t.string({ description: CHATBOX_WORDS.colorTheme }),
      colorMode: t.string({ description: CHATBOX_WORDS.colorMode }),
      layoutTheme: t.string({ description: CHATBOX_WORDS.layoutTheme }),
      textTheme: t.string({ description: CHATBOX_WORDS.textTheme }),
      welcomeMessage: t.string({ description: CHATBOX_WORDS.welcomeMessage }),
      locale: t.field({ type: 'Locale', description: CHATBOX_WORDS.locale }),
      allowedPages: t.stringList({ description: CHATBOX_WORDS.allowedPages }),
      blockedPages: t.stringList({ description: CHATBOX_WORDS.blockedPages }),
      blockedCountries: t.field({
        type: ['CountryCode'],
        description: CHATBOX_WORDS.blockedCountries,
      }),
      blockedLocales: t.field({ type: ['Locale'], description: CHATBOX_WORDS.blockedLocales }),
      blockedIps: t.stringList({ description: CHATBOX_WORDS.blockedIps }),
    }),
  });

const UpdateWebsiteSettingsInput = builder
  .inputRef<WebsiteSettingsPatch & { websiteId?: string | null }>('UpdateWebsiteSettingsInput')
  .implement({
    description: 'Only the settings given change; groups merge key by key.',
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website: its global id or its raw UUID. Default: CRISP_WEBSITE_ID.',
        validate: websiteIdInputSchema.nullish(),
      }),
      name: t.string({
        description: `${WEBSITE_WORDS.name} 1 to 200 characters.`,
        validate: z.string().trim().min(1).max(200).nullish(),
      }),
      domain: t.string({ description: WEBSITE_WORDS.domain }),
      domainAlternates: t.stringList({ description: WEBSITE_WORDS.domainAlternates }),
      logo: t.field({ type: 'URL', description: WEBSITE_WORDS.logo }),
      audit: t.field({ type: AuditSettingsInput, description: WEBSITE_WORDS.audit }),
      contact: t.field({ type: ContactSettingsInput, description: WEBSITE_WORDS.contact }),
      inbox: t.field({ type: InboxSettingsInput, description: WEBSITE_WORDS.inbox }),
      emails: t.field({ type: EmailSettingsInput, description: WEBSITE_WORDS.emails }),
      chatbox: t.field({ type: ChatboxSettingsInput, description: WEBSITE_WORDS.chatbox }),
    }),
  });

const UpdateWebsiteSettingsPayload = payloadRef<{ websiteId?: string }>(
  'updateWebsiteSettings',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website whose settings changed; null when the write failed.',
      resolve: (p) => (p.websiteId ? { id: p.websiteId } : null),
    }),
    settings: t.field({
      type: WebsiteSettings,
      nullable: true,
      description:
        'The settings as Crisp now holds them: its own read, made only when selected; null when ' +
        'the write or that read failed.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (p, _, ctx) => (p.websiteId ? getWebsiteSettings(ctx.crisp, p.websiteId) : null),
    }),
  }),
);

builder.mutationField('updateWebsiteSettings', (t) =>
  t.field({
    type: UpdateWebsiteSettingsPayload,
    nullable: true,
    description: 'Changes website settings: only the settings given, groups merged key by key.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: UpdateWebsiteSettingsInput,
        required: true,
        description: 'The settings to change; only the fields given change.',
      }),
    },
    resolve: async (_, { input: { websiteId, ...patch } }, ctx) => {
      const id = websiteIdOrDefault(ctx, websiteId, 'write');
      await updateWebsiteSettings(ctx.crisp, id, patch);
      return { websiteId: id };
    },
  }),
);
