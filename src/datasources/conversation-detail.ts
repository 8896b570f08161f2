import type { ConversationKey, ConversationState, MessageFrom } from './conversation.ts';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { type GeolocationModel, type GeolocationRaw, toGeolocation } from './people.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

/**
 * The parts of a conversation Crisp serves on their own routes: metas, state, routing, block,
 * transcript, and the page-numbered pages, events and files.
 */

type ScalarMap = Record<string, string | number | boolean>;

/** Catalogue `DeviceInfo`. */
export interface DeviceRaw {
  capabilities?: string[];
  geolocation?: GeolocationRaw;
  system?: {
    os?: { name?: string; version?: string };
    engine?: { name?: string; version?: string };
    browser?: { name?: string; version?: string; major?: string };
    useragent?: string;
  };
  timezone?: number;
  locales?: string[];
}

/** Catalogue `ConversationMeta`. */
export interface ConversationMetaRaw {
  nickname?: string;
  email?: string;
  phone?: string;
  ip?: string;
  avatar?: string;
  address?: string;
  subject?: string;
  origin?: string;
  data?: ScalarMap;
  connection?: { isp?: string; asn?: string };
  device?: DeviceRaw;
  segments?: string[];
}

export interface DeviceModel {
  capabilities: string[];
  geolocation?: GeolocationModel;
  os?: { name?: string; version?: string };
  engine?: { name?: string; version?: string };
  browser?: { name?: string; version?: string; major?: string };
  userAgent?: string;
  timezone?: number;
  locales: string[];
}

export interface ConversationMetaModel {
  nickname?: string;
  email?: string;
  phone?: string;
  ip?: string;
  avatar?: string;
  address?: string;
  subject?: string;
  origin?: string;
  data: ScalarMap;
  isp?: string;
  asn?: string;
  device?: DeviceModel;
  segments: string[];
}

export function toConversationMeta(raw: ConversationMetaRaw = {}): ConversationMetaModel {
  const d = raw.device;
  return {
    nickname: raw.nickname,
    email: raw.email,
    phone: raw.phone,
    ip: raw.ip,
    avatar: raw.avatar,
    address: raw.address,
    subject: raw.subject,
    origin: raw.origin,
    data: raw.data ?? {},
    isp: raw.connection?.isp,
    asn: raw.connection?.asn,
    device: d && {
      capabilities: d.capabilities ?? [],
      geolocation: toGeolocation(d.geolocation),
      os: d.system?.os,
      engine: d.system?.engine,
      browser: d.system?.browser,
      userAgent: d.system?.useragent,
      timezone: d.timezone,
      locales: d.locales ?? [],
    },
    segments: raw.segments ?? [],
  };
}

/** Catalogue `ConversationMetaUpdate`: only the keys present change. */
interface ConversationMetaUpdateRaw {
  nickname?: string;
  email?: string;
  phone?: string;
  ip?: string;
  avatar?: string;
  address?: string;
  subject?: string;
  origin?: string;
  segments?: string[];
  data?: ScalarMap;
}

/** A metas update as a client writes it (the wire's keys); null means not given. */
export type ConversationMetaUpdateModel = Nullable<ConversationMetaUpdateRaw>;

/** GET /website/{website_id}/conversation/{session_id}/meta */
export async function getConversationMetas(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationMetaModel> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/meta`;
  return toConversationMeta(await crisp.get<ConversationMetaRaw>(path));
}

/** PATCH /website/{website_id}/conversation/{session_id}/meta */
export async function updateConversationMetas(
  crisp: CrispClient,
  key: ConversationKey,
  metas: ConversationMetaUpdateModel,
): Promise<void> {
  // Crisp merges what is sent: only the fields the client gave go out.
  const body = withoutNulls<ConversationMetaUpdateRaw>(metas);
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/meta`, body);
}

/** GET /website/{website_id}/conversation/{session_id}/state */
export async function getConversationState(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<ConversationState> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/state`;
  return (await crisp.get<{ state: ConversationState }>(path)).state;
}

/** PATCH /website/{website_id}/conversation/{session_id}/state */
export async function changeConversationState(
  crisp: CrispClient,
  key: ConversationKey,
  state: ConversationState,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/state`;
  await crisp.patch(path, { state });
}

/** GET /website/{website_id}/conversation/{session_id}/routing — the assignee's user_id, if any. */
export async function getConversationRoutingAssign(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<string | null> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/routing`;
  const raw = await crisp.get<{ assigned?: { user_id?: string } | null }>(path);
  return raw.assigned?.user_id ?? null;
}

/** PATCH /website/{website_id}/conversation/{session_id}/routing — `null` unassigns. */
export async function assignConversationRouting(
  crisp: CrispClient,
  key: ConversationKey,
  userId: string | null,
  silent?: boolean | null,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/routing`;
  await crisp.patch(path, {
    assigned: userId ? { user_id: userId } : null,
    silent: silent ?? undefined,
  });
}

/** GET /website/{website_id}/conversation/{session_id}/block */
export async function getBlockStatusForConversation(
  crisp: CrispClient,
  key: ConversationKey,
): Promise<boolean> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/block`;
  return (await crisp.get<{ blocked?: boolean }>(path)).blocked ?? false;
}

/** PATCH /website/{website_id}/conversation/{session_id}/block */
export async function blockIncomingMessagesForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  blocked: boolean,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/block`;
  await crisp.patch(path, { blocked });
}

/** Catalogue `ConversationTranscript`: `to` is the side that receives it; null means not given. */
export interface TranscriptRequestModel {
  to: MessageFrom;
  email?: string | null;
}

/** POST /website/{website_id}/conversation/{session_id}/transcript */
export async function requestEmailTranscriptForConversation(
  crisp: CrispClient,
  key: ConversationKey,
  request: TranscriptRequestModel,
): Promise<void> {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/transcript`;
  await crisp.post(path, withoutNulls(request));
}

export interface ConversationPageModel {
  title?: string;
  url?: string;
  referrer?: string;
  timestamp?: Date;
}

export interface ConversationEventModel {
  text?: string;
  data: Record<string, unknown>;
  color?: string;
  timestamp?: Date;
}

export interface ConversationFileModel {
  name?: string;
  mimeType?: string;
  url?: string;
  fingerprint?: number;
  timestamp?: Date;
}

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : undefined);

/** GET /website/{website_id}/conversation/{session_id}/pages/{page_number} */
export async function listConversationPages(
  crisp: CrispClient,
  key: ConversationKey,
  pageNumber: number,
): Promise<ConversationPageModel[]> {
  type Raw = { page_title?: string; page_url?: string; page_referrer?: string; timestamp?: number };
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/pages/${pageNumber}`;
  const raw = await crisp.get<Raw[]>(path);
  return raw.map((p) => ({
    title: p.page_title,
    url: p.page_url,
    referrer: p.page_referrer,
    timestamp: date(p.timestamp),
  }));
}

/** GET /website/{website_id}/conversation/{session_id}/events/{page_number} */
export async function listConversationEvents(
  crisp: CrispClient,
  key: ConversationKey,
  pageNumber: number,
): Promise<ConversationEventModel[]> {
  type Raw = { text?: string; data?: Record<string, unknown>; color?: string; timestamp?: number };
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/events/${pageNumber}`;
  const raw = await crisp.get<Raw[]>(path);
  return raw.map((e) => ({
    text: e.text,
    data: e.data ?? {},
    color: e.color,
    timestamp: date(e.timestamp),
  }));
}

/** GET /website/{website_id}/conversation/{session_id}/files/{page_number} */
export async function listConversationFiles(
  crisp: CrispClient,
  key: ConversationKey,
  pageNumber: number,
): Promise<ConversationFileModel[]> {
  type Raw = {
    name?: string;
    type?: string;
    url?: string;
    fingerprint?: number;
    timestamp?: number;
  };
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/files/${pageNumber}`;
  const raw = await crisp.get<Raw[]>(path);
  return raw.map((f) => ({
    name: f.name,
    mimeType: f.type,
    url: f.url,
    fingerprint: f.fingerprint,
    timestamp: date(f.timestamp),
  }));
}
