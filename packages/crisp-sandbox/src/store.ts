import { EventEmitter } from 'node:events';

/** A Crisp payload as it travels on the wire (snake_case, validated against the catalogue). */
// biome-ignore lint/suspicious/noExplicitAny: records follow the catalogue's JSON Schemas, not TS types.
export type Raw = Record<string, any>;

export type Tier = 'plugin' | 'website' | 'user';

/** A REST / RTM token the sandbox accepts. */
export interface Token {
  identifier: string;
  key: string;
  tier: Tier;
  /** Websites this token may reach (plugin: the websites that installed the plugin). */
  websiteIds: Set<string>;
}

export interface ConversationRecord {
  conversation: Raw; // Conversation
  messages: Raw[]; // ConversationMessage, oldest first
  pages: Raw[]; // ConversationPage
  events: Raw[]; // ConversationEvent
  files: Raw[]; // ConversationFile
  blocked: boolean;
}

export interface PersonRecord {
  profile: Raw; // PeopleProfile
  data: Record<string, string | number | boolean>;
  events: Raw[]; // PeopleEvent
  subscribed: boolean;
}

export interface WebsiteRecord {
  website: Raw; // Website
  settings: Raw; // WebsiteSettings
  operators: Map<string, Raw>; // user_id → Operator (OperatorListItem shape)
  lastActive: Raw[]; // OperatorLastActive
  availability: Raw; // WebsiteAvailabilityStatus
  conversations: Map<string, ConversationRecord>; // session_id → record
  people: Map<string, PersonRecord>; // people_id → record
  visitors: Raw[]; // Visitor
  visitorTokens: Map<string, Raw>; // token_id → VisitorToken
  inboxes: Map<string, Raw>; // inbox_id → Inbox (`team_operators` kept in step with the teams)
  teams: Map<string, Raw>; // team_id → Team
  /** Set when a deletion is scheduled (`DELETE /website/{id}`). */
  deletionScheduledAt?: number;
}

/** What every write emits: one RTM event, also sent to web hook targets. */
export interface EmittedEvent {
  website_id: string;
  event: string;
  data: Raw;
  timestamp: number;
}

/**
 * The sandbox's whole state. Route handlers read and write it, and call `emit` for each event
 * Crisp would send after the write; the RTM relay and the hook sender listen on `events`.
 */
export class SandboxStore {
  readonly websites = new Map<string, WebsiteRecord>();
  readonly tokens = new Map<string, Token>();
  readonly events = new EventEmitter<{ event: [EmittedEvent] }>();
  /** Plugin-level data (`plugin.connect.*`). */
  plugin = { pluginId: '', accountId: '', installedAt: new Map<string, number>() };
  /** The RTM relay URL that `connect/endpoints` advertises (`socket.app`). */
  relayUrl = '';
  /** The sandbox's own origin (`http://127.0.0.1:4010`), where signed upload URLs point. */
  origin = '';
  private lastTimestamp = 0;

  /** Milliseconds since the epoch, strictly increasing so every write has its own timestamp. */
  now(): number {
    this.lastTimestamp = Math.max(Date.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }

  emit(websiteId: string, event: string, data: Raw): void {
    this.events.emit('event', { website_id: websiteId, event, data, timestamp: this.now() });
  }
}
