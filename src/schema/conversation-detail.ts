import type {
  ConversationEventModel,
  ConversationFileModel,
  ConversationMetaModel,
  ConversationPageModel,
  DeviceModel,
} from '../datasources/conversation-detail.ts';
import { builder } from './builder.ts';

/** The value objects a conversation holds: visitor metas and device, pages, events, files. */

const DeviceGeolocation = builder
  .objectRef<NonNullable<DeviceModel['geolocation']>>('DeviceGeolocation')
  .implement({
    fields: (t) => ({
      country: t.exposeString('country', {
        nullable: true,
        description: 'ISO 3166-1 alpha-2 country code.',
      }),
      region: t.exposeString('region', { nullable: true }),
      city: t.exposeString('city', { nullable: true }),
      latitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.latitude }),
      longitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.longitude }),
    }),
  });

const SoftwareVersion = builder
  .objectRef<{ name?: string; version?: string; major?: string }>('SoftwareVersion')
  .implement({
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true }),
      version: t.exposeString('version', { nullable: true }),
      major: t.exposeString('major', {
        nullable: true,
        description: 'Major version (browsers only).',
      }),
    }),
  });

const ConversationDevice = builder.objectRef<DeviceModel>('ConversationDevice').implement({
  description: "The visitor's device, as the chatbox reported it.",
  fields: (t) => ({
    capabilities: t.exposeStringList('capabilities'),
    geolocation: t.expose('geolocation', { type: DeviceGeolocation, nullable: true }),
    os: t.expose('os', { type: SoftwareVersion, nullable: true }),
    engine: t.expose('engine', { type: SoftwareVersion, nullable: true }),
    browser: t.expose('browser', { type: SoftwareVersion, nullable: true }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    timezone: t.exposeInt('timezone', { nullable: true, description: 'UTC offset in minutes.' }),
    locales: t.exposeStringList('locales'),
  }),
});

export const ConversationMetas = builder
  .objectRef<ConversationMetaModel>('ConversationMetas')
  .implement({
    description: 'What the conversation knows about the visitor.',
    fields: (t) => ({
      nickname: t.exposeString('nickname', { nullable: true }),
      // Crisp stores whatever the chatbox sent: plain strings, so a malformed value still reads.
      email: t.exposeString('email', { nullable: true }),
      phone: t.exposeString('phone', { nullable: true }),
      address: t.exposeString('address', { nullable: true }),
      subject: t.exposeString('subject', { nullable: true }),
      ip: t.exposeString('ip', { nullable: true }),
      avatar: t.exposeString('avatar', { nullable: true }),
      origin: t.exposeString('origin', { nullable: true }),
      data: t.expose('data', {
        type: 'JSON',
        description: 'Custom data: a map of strings, numbers and booleans.',
      }),
      segments: t.exposeStringList('segments'),
      isp: t.exposeString('isp', { nullable: true }),
      asn: t.exposeString('asn', { nullable: true }),
      device: t.expose('device', { type: ConversationDevice, nullable: true }),
    }),
  });

export const ConversationPage = builder
  .objectRef<ConversationPageModel>('ConversationPage')
  .implement({
    description: 'A page the visitor browsed.',
    fields: (t) => ({
      title: t.exposeString('title', { nullable: true }),
      url: t.exposeString('url', { nullable: true }),
      referrer: t.exposeString('referrer', { nullable: true }),
      timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
    }),
  });

export const ConversationEvent = builder
  .objectRef<ConversationEventModel>('ConversationEvent')
  .implement({
    description: 'A custom event pushed for the session.',
    fields: (t) => ({
      text: t.exposeString('text', { nullable: true }),
      data: t.expose('data', { type: 'JSON' }),
      color: t.exposeString('color', { nullable: true }),
      timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
    }),
  });

export const ConversationFile = builder
  .objectRef<ConversationFileModel>('ConversationFile')
  .implement({
    description: 'A file shared in the conversation.',
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true }),
      mimeType: t.exposeString('mimeType', { nullable: true }),
      url: t.exposeString('url', { nullable: true }),
      fingerprint: t.expose('fingerprint', {
        type: 'Fingerprint',
        nullable: true,
        description: 'The message that carried the file.',
      }),
      timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
    }),
  });
