import type { ConversationKey } from '../datasources/conversation.ts';
import type {
  ConversationEventModel,
  ConversationFileModel,
  ConversationMetaModel,
  ConversationPageModel,
  DeviceModel,
} from '../datasources/conversation-detail.ts';
import { builder } from './builder.ts';
import { itemConnection } from './item-connection.ts';
import { replacedBy } from './replaced-by.ts';

/** The value objects a conversation holds: visitor metas and device, pages, events, files. */

const DeviceGeolocation = builder
  .objectRef<NonNullable<DeviceModel['geolocation']>>('DeviceGeolocation')
  .implement({
    description: "Where the visitor's device is, as Crisp locates it from the IP address.",
    fields: (t) => ({
      country: t.exposeString('country', {
        nullable: true,
        description: 'ISO 3166-1 alpha-2 country code; null when unknown.',
      }),
      region: t.exposeString('region', {
        nullable: true,
        description: 'The region (state, province); null when unknown.',
      }),
      city: t.exposeString('city', { nullable: true, description: 'The city; null when unknown.' }),
      latitude: t.float({
        nullable: true,
        description: 'Latitude in degrees; null when unknown.',
        resolve: (g) => g.coordinates?.latitude,
      }),
      longitude: t.float({
        nullable: true,
        description: 'Longitude in degrees; null when unknown.',
        resolve: (g) => g.coordinates?.longitude,
      }),
    }),
  });

const SoftwareVersion = builder
  .objectRef<{ name?: string; version?: string; major?: string }>('SoftwareVersion')
  .implement({
    description: "A piece of software on the visitor's device (operating system, engine, browser).",
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true, description: 'Its name; null when unknown.' }),
      version: t.exposeString('version', {
        nullable: true,
        description: 'Its version; null when unknown.',
      }),
      major: t.exposeString('major', {
        nullable: true,
        description: 'Major version (browsers only); null otherwise.',
      }),
    }),
  });

const ConversationDevice = builder.objectRef<DeviceModel>('ConversationDevice').implement({
  description: "The visitor's device, as the chatbox reported it.",
  fields: (t) => ({
    capabilities: t.exposeStringList('capabilities', {
      description: 'What the chatbox can do on the device (e.g. `browsing`, `call`).',
    }),
    geolocation: t.expose('geolocation', {
      type: DeviceGeolocation,
      nullable: true,
      description: 'Where the device is; null when unknown.',
    }),
    os: t.expose('os', {
      type: SoftwareVersion,
      nullable: true,
      description: 'The operating system; null when unknown.',
    }),
    engine: t.expose('engine', {
      type: SoftwareVersion,
      nullable: true,
      description: 'The browser engine; null when unknown.',
    }),
    browser: t.expose('browser', {
      type: SoftwareVersion,
      nullable: true,
      description: 'The browser; null when unknown.',
    }),
    userAgent: t.exposeString('userAgent', {
      nullable: true,
      description: "The browser's user agent string; null when unknown.",
    }),
    timezone: t.exposeInt('timezone', {
      nullable: true,
      description: 'UTC offset in minutes; null when unknown.',
    }),
    locales: t.exposeStringList('locales', {
      description: "The browser's languages, preferred first.",
    }),
  }),
});

export const ConversationMetas = builder
  .objectRef<ConversationMetaModel>('ConversationMetas')
  .implement({
    description: 'What the conversation knows about the visitor.',
    fields: (t) => ({
      nickname: t.exposeString('nickname', {
        nullable: true,
        description: "The visitor's name; null when never given.",
      }),
      // Crisp stores whatever the chatbox sent: plain strings, so a malformed value still reads.
      email: t.exposeString('email', {
        nullable: true,
        description:
          "The visitor's email, as the chatbox sent it (unchecked); null when never given.",
      }),
      phone: t.exposeString('phone', {
        nullable: true,
        description: "The visitor's phone number, as sent (unchecked); null when never given.",
      }),
      address: t.exposeString('address', {
        nullable: true,
        description: "The visitor's postal address; null when never given.",
      }),
      subject: t.exposeString('subject', {
        nullable: true,
        description: 'The subject of the conversation; null when none is set.',
      }),
      ip: t.exposeString('ip', {
        nullable: true,
        description: "The visitor's IP address; null when unknown.",
      }),
      avatar: t.exposeString('avatar', {
        nullable: true,
        description: "The visitor's avatar URL, as sent (unchecked); null when none.",
      }),
      origin: t.exposeString('origin', {
        nullable: true,
        description:
          'Where the conversation started (`chat`, `email` or an integration `urn:…`); null when unknown.',
      }),
      data: t.expose('data', {
        type: 'JSONObject',
        description: 'Custom data: a map of strings, numbers and booleans.',
      }),
      segments: t.exposeStringList('segments', {
        description: 'The segments (tags) the conversation carries.',
      }),
      isp: t.exposeString('isp', {
        nullable: true,
        description: "The visitor's internet service provider; null when unknown.",
      }),
      asn: t.exposeString('asn', {
        nullable: true,
        description: "The visitor's autonomous system number; null when unknown.",
      }),
      device: t.expose('device', {
        type: ConversationDevice,
        nullable: true,
        description: "The visitor's device; null when the chatbox reported none.",
      }),
    }),
  });

export const ConversationPage = builder
  .objectRef<ConversationPageModel>('ConversationPage')
  .implement({
    description: 'A page the visitor browsed.',
    fields: (t) => ({
      title: t.exposeString('title', {
        nullable: true,
        description: 'The title of the page; null when unknown.',
      }),
      url: t.exposeString('url', {
        nullable: true,
        description: 'The URL of the page; null when unknown.',
      }),
      referrer: t.exposeString('referrer', {
        nullable: true,
        description: 'The page the visitor came from; null when none.',
      }),
      timestamp: t.expose('timestamp', {
        type: 'DateTime',
        nullable: true,
        description: 'When the visitor opened the page; null when unknown.',
      }),
    }),
  });

export const ConversationEvent = builder
  .objectRef<ConversationEventModel>('ConversationEvent')
  .implement({
    description: 'A custom event pushed for the session.',
    fields: (t) => ({
      text: t.exposeString('text', {
        nullable: true,
        description: 'The name of the event; null when absent.',
      }),
      data: t.expose('data', {
        type: 'JSONObject',
        description: 'Custom data pushed with the event: free-form, as the sender wrote it.',
      }),
      color: t.exposeString('color', {
        nullable: true,
        description: 'The color name the event shows with (e.g. `blue`); null when none.',
      }),
      timestamp: t.expose('timestamp', {
        type: 'DateTime',
        nullable: true,
        description: 'When the event was pushed; null when unknown.',
      }),
    }),
  });

export const ConversationFile = builder
  .objectRef<ConversationFileModel & ConversationKey>('ConversationFile')
  .implement({
    description: 'A file shared in the conversation.',
    fields: (t) => ({
      name: t.exposeString('name', {
        nullable: true,
        description: 'The file name; null when unknown.',
      }),
      mimeType: t.exposeString('mimeType', {
        nullable: true,
        description: 'The MIME type of the file; null when unknown.',
      }),
      url: t.exposeString('url', {
        nullable: true,
        description: 'The URL the file is served from; null when unknown.',
      }),
      fingerprint: t.expose('fingerprint', {
        type: 'Fingerprint',
        nullable: true,
        description: 'The fingerprint of the message that carried the file.',
        deprecationReason: replacedBy('`message { crispId }`'),
      }),
      timestamp: t.expose('timestamp', {
        type: 'DateTime',
        nullable: true,
        description: 'When the file was shared; null when unknown.',
      }),
    }),
  });

/** One connection per item type (docs/schema-design.md §5): a conversation's numbered lists. */
export const ConversationPageConnection = itemConnection(ConversationPage, {
  item: 'a page browsed',
  items: 'pages browsed',
  order: 'newest first',
});
export const ConversationEventConnection = itemConnection(ConversationEvent, {
  item: 'an event',
  items: 'events',
  order: 'newest first',
});
export const ConversationFileConnection = itemConnection(ConversationFile, {
  item: 'a file',
  items: 'files',
  order: 'newest first',
});
