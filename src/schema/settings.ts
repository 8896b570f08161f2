import { z } from 'zod';
import {
  type ChatboxSettingsModel,
  getWebsiteSettings,
  updateWebsiteSettings,
  type WebsiteSettingsModel,
  type WebsiteSettingsPatch,
} from '../datasources/settings.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import { websiteIdOrDefault } from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

type Group<K extends keyof WebsiteSettingsModel> = NonNullable<WebsiteSettingsModel[K]>;

/** Crisp may leave any setting out, so every settings field is nullable. */
const opt = { nullable: true } as const;

const AuditSettings = builder.objectRef<Group<'audit'>>('AuditSettings').implement({
  fields: (t) => ({ log: t.exposeBoolean('log', opt) }),
});

const ContactSettings = builder.objectRef<Group<'contact'>>('ContactSettings').implement({
  description: 'Contact channels shown to visitors.',
  fields: (t) => ({
    email: t.exposeString('email', opt),
    phone: t.exposeString('phone', opt),
    messenger: t.exposeString('messenger', opt),
    telegram: t.exposeString('telegram', opt),
    twitter: t.exposeString('twitter', opt),
    whatsapp: t.exposeString('whatsapp', opt),
    instagram: t.exposeString('instagram', opt),
  }),
});

const InboxSettings = builder.objectRef<Group<'inbox'>>('InboxSettings').implement({
  fields: (t) => ({
    lockRemoval: t.exposeBoolean('lockRemoval', opt),
    forceOperatorToken: t.exposeBoolean('forceOperatorToken', opt),
    locale: t.exposeString('locale', opt),
  }),
});

const EmailSettings = builder.objectRef<Group<'emails'>>('EmailSettings').implement({
  fields: (t) => ({
    rating: t.exposeBoolean('rating', opt),
    transcript: t.exposeBoolean('transcript', opt),
    trackers: t.exposeBoolean('trackers', opt),
    junkFilter: t.exposeBoolean('junkFilter', opt),
    enrich: t.exposeBoolean('enrich', {
      ...opt,
      deprecationReason: 'Removed from Crisp’s clients; may no longer be honoured.',
    }),
  }),
});

const ChatboxSettings = builder.objectRef<ChatboxSettingsModel>('ChatboxSettings').implement({
  description: 'How the chatbox looks and behaves on the website.',
  fields: (t) => ({
    tile: t.exposeString('tile', opt),
    conversations: t.exposeBoolean('conversations', opt),
    waitGame: t.exposeBoolean('waitGame', opt),
    websiteLogo: t.exposeBoolean('websiteLogo', opt),
    lastOperatorFace: t.exposeBoolean('lastOperatorFace', opt),
    ongoingOperatorFace: t.exposeBoolean('ongoingOperatorFace', opt),
    activityMetrics: t.exposeBoolean('activityMetrics', opt),
    operatorPrivacy: t.exposeBoolean('operatorPrivacy', opt),
    visitorPrivacy: t.exposeBoolean('visitorPrivacy', opt),
    availabilityTooltip: t.exposeBoolean('availabilityTooltip', opt),
    hideVacation: t.exposeBoolean('hideVacation', opt),
    hideOnAway: t.exposeBoolean('hideOnAway', opt),
    hideOnMobile: t.exposeBoolean('hideOnMobile', opt),
    positionReverse: t.exposeBoolean('positionReverse', opt),
    emailVisitors: t.exposeBoolean('emailVisitors', opt),
    phoneVisitors: t.exposeBoolean('phoneVisitors', opt),
    forceIdentify: t.exposeBoolean('forceIdentify', opt),
    ignorePrivacy: t.exposeBoolean('ignorePrivacy', opt),
    visitorCompose: t.exposeBoolean('visitorCompose', opt),
    fileTransfer: t.exposeBoolean('fileTransfer', opt),
    audioRecord: t.exposeBoolean('audioRecord', opt),
    guardLevel: t.exposeString('guardLevel', opt),
    modeInitial: t.exposeString('modeInitial', opt),
    home: t.exposeBoolean('home', opt),
    overlaySearch: t.exposeBoolean('overlaySearch', opt),
    overlayMode: t.exposeBoolean('overlayMode', opt),
    helpdeskLink: t.exposeBoolean('helpdeskLink', opt),
    helpdeskOnly: t.exposeBoolean('helpdeskOnly', opt),
    helpdeskNavigate: t.exposeString('helpdeskNavigate', opt),
    statusHealthDead: t.exposeBoolean('statusHealthDead', opt),
    checkDomain: t.exposeBoolean('checkDomain', opt),
    colorTheme: t.exposeString('colorTheme', opt),
    colorMode: t.exposeString('colorMode', opt),
    layoutTheme: t.exposeString('layoutTheme', opt),
    textTheme: t.exposeString('textTheme', opt),
    welcomeMessage: t.exposeString('welcomeMessage', opt),
    locale: t.expose('locale', { type: 'Locale', nullable: true }),
    allowedPages: t.exposeStringList('allowedPages', opt),
    blockedPages: t.exposeStringList('blockedPages', opt),
    blockedCountries: t.expose('blockedCountries', { type: ['CountryCode'], nullable: true }),
    blockedLocales: t.expose('blockedLocales', { type: ['Locale'], nullable: true }),
    blockedIps: t.exposeStringList('blockedIps', opt),
  }),
});

const WebsiteSettings = builder.objectRef<WebsiteSettingsModel>('WebsiteSettings').implement({
  fields: (t) => ({
    websiteId: t.exposeID('websiteId', opt),
    name: t.exposeString('name', opt),
    domain: t.exposeString('domain', opt),
    domainAlternates: t.exposeStringList('domainAlternates', opt),
    logo: t.exposeString('logo', opt),
    audit: t.expose('audit', { type: AuditSettings, ...opt }),
    contact: t.expose('contact', { type: ContactSettings, ...opt }),
    inbox: t.expose('inbox', { type: InboxSettings, ...opt }),
    emails: t.expose('emails', { type: EmailSettings, ...opt }),
    chatbox: t.expose('chatbox', { type: ChatboxSettings, ...opt }),
  }),
});

builder.objectField(Website, 'settings', (t) =>
  t.field({
    nullable: true,
    type: WebsiteSettings,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => getWebsiteSettings(ctx.crisp, w.id),
  }),
);

const AuditSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['audit']>>('AuditSettingsInput')
  .implement({
    fields: (t) => ({ log: t.boolean() }),
  });

const ContactSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['contact']>>('ContactSettingsInput')
  .implement({
    fields: (t) => ({
      email: t.field({ type: 'Email' }),
      phone: t.string(),
      messenger: t.string(),
      telegram: t.string(),
      twitter: t.string(),
      whatsapp: t.string(),
      instagram: t.string(),
    }),
  });

const InboxSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['inbox']>>('InboxSettingsInput')
  .implement({
    fields: (t) => ({
      lockRemoval: t.boolean(),
      forceOperatorToken: t.boolean(),
      locale: t.field({ type: 'Locale' }),
    }),
  });

const EmailSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['emails']>>('EmailSettingsInput')
  .implement({
    fields: (t) => ({
      rating: t.boolean(),
      transcript: t.boolean(),
      trackers: t.boolean(),
      junkFilter: t.boolean(),
    }),
  });

const ChatboxSettingsInput = builder
  .inputRef<NonNullable<WebsiteSettingsPatch['chatbox']>>('ChatboxSettingsInput')
  .implement({
    fields: (t) => ({
      tile: t.string(),
      conversations: t.boolean(),
      waitGame: t.boolean(),
      websiteLogo: t.boolean(),
      lastOperatorFace: t.boolean(),
      ongoingOperatorFace: t.boolean(),
      activityMetrics: t.boolean(),
      operatorPrivacy: t.boolean(),
      visitorPrivacy: t.boolean(),
      availabilityTooltip: t.boolean(),
      hideVacation: t.boolean(),
      hideOnAway: t.boolean(),
      hideOnMobile: t.boolean(),
      positionReverse: t.boolean(),
      emailVisitors: t.boolean(),
      phoneVisitors: t.boolean(),
      forceIdentify: t.boolean(),
      ignorePrivacy: t.boolean(),
      visitorCompose: t.boolean(),
      fileTransfer: t.boolean(),
      audioRecord: t.boolean(),
      guardLevel: t.string(),
      modeInitial: t.string(),
      home: t.boolean(),
      overlaySearch: t.boolean(),
      overlayMode: t.boolean(),
      helpdeskLink: t.boolean(),
      helpdeskOnly: t.boolean(),
      helpdeskNavigate: t.string(),
      statusHealthDead: t.boolean(),
      checkDomain: t.boolean(),
      colorTheme: t.string(),
      colorMode: t.string(),
      layoutTheme: t.string(),
      textTheme: t.string(),
      welcomeMessage: t.string(),
      locale: t.field({ type: 'Locale' }),
      allowedPages: t.stringList(),
      blockedPages: t.stringList(),
      blockedCountries: t.field({ type: ['CountryCode'] }),
      blockedLocales: t.field({ type: ['Locale'] }),
      blockedIps: t.stringList(),
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
      name: t.string({ validate: z.string().trim().min(1).max(200).nullish() }),
      domain: t.string(),
      domainAlternates: t.stringList(),
      logo: t.field({ type: 'URL' }),
      audit: t.field({ type: AuditSettingsInput }),
      contact: t.field({ type: ContactSettingsInput }),
      inbox: t.field({ type: InboxSettingsInput }),
      emails: t.field({ type: EmailSettingsInput }),
      chatbox: t.field({ type: ChatboxSettingsInput }),
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
    args: { input: t.arg({ type: UpdateWebsiteSettingsInput, required: true }) },
    resolve: async (_, { input: { websiteId, ...patch } }, ctx) => {
      const id = websiteIdOrDefault(ctx, websiteId, 'write');
      await updateWebsiteSettings(ctx.crisp, id, patch);
      return { websiteId: id };
    },
  }),
);
