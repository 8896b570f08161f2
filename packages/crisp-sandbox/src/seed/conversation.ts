import {
  type ConversationState,
  createConversation,
  type MessageFrom,
  statusOf,
} from '../conversation/model.ts';
import { type MessageInput, storeMessage } from '../conversation/send.ts';
import { isChat, refreshDerived } from '../conversation/summary.ts';
import type { ConversationRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import {
  AUTOMATED,
  BROWSERS,
  contentFor,
  ISPS,
  PLANS,
  pageFor,
  SHOWCASE,
  SUBJECTS,
  TOPICS,
  typeFor,
} from './lines.ts';
import { CITIES, EVENT_KINDS, PAGES, SEGMENTS, USER_AGENTS } from './names.ts';
import type { Random } from './random.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** What every conversation of one website is drawn from. */
interface Site {
  random: Random;
  epoch: number;
  website: WebsiteRecord;
  host: string;
  /** `PeopleProfile`s of the website's contacts. */
  people: Raw[];
  /** `OperatorListItem`s of the website's team. */
  operators: Raw[];
  /** The first website: more, fuller and fresher conversations. */
  big: boolean;
}

/** Who a seeded conversation is with: a contact, a known visitor session, or an anonymous guest. */
interface Counterpart {
  sessionId: string;
  peopleId?: string;
  nickname: string;
  email?: string;
  phone?: string;
  avatar?: string;
  segments: string[];
}

type Turn = [MessageFrom, string];

/** A human answer from the team (notes and system events are not replies). */
const isReply = (m: Raw) => m.from === 'operator' && isChat(m);

function counterpart({ random, people }: Site, visitor: Raw | undefined): Counterpart {
  const sessionId = visitor?.session_id ?? `session_${random.uuid()}`;
  const person = visitor?.email
    ? people.find((p) => p.email === visitor.email)
    : random.next() < 0.6 && people.length > 0
      ? random.pick(people)
      : undefined;
  if (person) {
    return {
      sessionId,
      peopleId: person.people_id,
      nickname: person.person?.nickname ?? person.email,
      email: person.email,
      phone: random.next() < 0.5 ? person.person?.phone : undefined,
      avatar: person.person?.avatar,
      segments: [...(person.segments ?? [])],
    };
  }
  const n = random.int(1000, 9999);
  return {
    sessionId,
    nickname: visitor?.nickname || `visitor${n}`,
    email: random.next() < 0.4 ? `guest${n}@mail.example` : undefined,
    segments: random.next() < 0.5 ? [random.pick(SEGMENTS)] : [],
  };
}

function metaFor(random: Random, who: Counterpart, origin: string): Raw {
  const city = random.pick(CITIES);
  const { latitude, longitude } = city;
  const meta: Raw = {
    nickname: who.nickname,
    ip: `203.0.113.${random.int(1, 254)}`,
    origin,
    segments: who.segments,
    data: { plan: random.pick(PLANS), orders: random.int(0, 40), newsletter: random.next() < 0.5 },
    connection: { ...random.pick(ISPS) },
    device: {
      capabilities: random.next() < 0.5 ? ['browsing', 'call'] : ['browsing'],
      geolocation: {
        country: city.country,
        region: city.region,
        city: city.city,
        coordinates: { latitude, longitude },
      },
      system: { ...random.pick(BROWSERS), useragent: random.pick(USER_AGENTS) },
      timezone: city.timezone,
      locales: [city.locale],
    },
  };
  if (who.email) meta.email = who.email;
  if (who.phone) meta.phone = who.phone;
  if (who.avatar) meta.avatar = who.avatar;
  if (origin === 'email') meta.subject = random.pick(SUBJECTS);
  return meta;
}

/** An operator's author card, from an `OperatorListItem`. */
function operatorUser(entry: Raw): Raw {
  const d = entry.details ?? entry;
  const nickname = [d.first_name, d.last_name].filter(Boolean).join(' ') || 'Operator';
  const user: Raw = { type: 'website', user_id: d.user_id, nickname };
  if (typeof d.avatar === 'string' && d.avatar.startsWith('http')) user.avatar = d.avatar;
  return user;
}

/** Timestamps oldest first, ending at `lastAt`, seconds to hours apart like a live chat. */
function timeline(random: Random, count: number, lastAt: number): number[] {
  const times = [lastAt];
  while (times.length < count) times.push(times.at(-1)! - random.int(20 * SECOND, 3 * 60 * MINUTE));
  return times.reverse();
}

/** Most fingerprints are time-based, well beyond 32 bits; a few are small, as older ones were. */
function fingerprintFor(random: Random, at: number, used: Set<number>): number {
  let f = random.next() < 0.1 ? random.int(1, 2 ** 31 - 1) : at * 100 + random.int(0, 99);
  while (used.has(f)) f += 1;
  used.add(f);
  return f;
}

/** The turns of one conversation: a fixed showcase first, then random chats. */
function scriptFor({ random, big }: Site, index: number): Turn[] {
  if (!big && index % 11 === 10) return []; // a few empty sessions, listed only with include_empty
  if (index === 0) return [...SHOWCASE];
  const waiting = index % 10 === 7;
  return Array.from({ length: big ? random.int(12, 22) : random.int(3, 16) }, (_, k): Turn => {
    const from: MessageFrom = k === 0 || random.next() < 0.45 ? 'user' : 'operator';
    // Still waiting for a first reply: the team side has only left notes.
    if (waiting && from === 'operator') return ['operator', 'note'];
    return [from, typeFor(random, from)];
  });
}

function seedMessages(
  site: Site,
  record: ConversationRecord,
  who: Counterpart,
  script: Turn[],
  lastAt: number,
  assignee?: Raw,
): void {
  const { random, website, operators, host } = site;
  const origin = record.conversation.meta.origin as string;
  const { website_id: websiteId, name } = website.website;
  const bot = { type: 'website', user_id: websiteId, nickname: `${name ?? 'Crisp'} Bot` };
  const visitor = { type: 'participant', user_id: who.sessionId, nickname: who.nickname };
  const used = new Set<number>();
  const times = timeline(random, script.length, lastAt);
  script.forEach(([from, type], k) => {
    const timestamp = times[k]!;
    const automated = AUTOMATED.has(type) || type === 'event';
    const human = () => operatorUser(assignee ?? random.pick(operators));
    const user = from === 'user' ? visitor : automated || operators.length === 0 ? bot : human();
    const input: MessageInput = {
      type,
      from,
      origin: type === 'note' ? 'chat' : origin,
      content: contentFor(random, type, from, host, who.email),
      fingerprint: fingerprintFor(random, timestamp, used),
      automated,
      user,
    };
    if (type === 'note' && operators.length > 0 && random.next() < 0.7) {
      input.mentions = [operatorUser(random.pick(operators)).user_id];
    }
    if (origin === 'email' && from === 'user' && type === 'text') {
      const html = `<p>${input.content as string}</p><p>-- <br>${who.nickname}</p>`;
      input.original = { type: 'text/html', content: `<html><body>${html}</body></html>` };
    }
    storeMessage(website, record, input, timestamp);
  });
}

/**
 * Read receipts: everything has been delivered and read on its channel, except that in an open
 * conversation the visitor's latest messages (after the team's last reply) are often still unread.
 */
function seedReceipts(random: Random, record: ConversationRecord): void {
  const messages = record.messages;
  const lastReply = messages.findLastIndex(isReply);
  const unreadTail = record.conversation.state !== 'resolved' && random.next() < 0.7;
  messages.forEach((m, k) => {
    m.delivered = m.origin;
    if (!(unreadTail && k > lastReply && m.from === 'user')) m.read = m.origin;
  });
}

/** Browsing history before the chat, and custom events around it. */
function seedActivity(site: Site, record: ConversationRecord, lastAt: number): void {
  const { random, host } = site;
  const createdAt = record.conversation.created_at as number;
  const pages = random.int(1, 6);
  const browsed = Array.from({ length: pages }, () => createdAt - random.int(MINUTE, 2 * DAY));
  record.pages = browsed.sort((a, b) => a - b).map((t) => pageFor(random, host, PAGES, t));
  record.events = Array.from({ length: random.int(0, 4) }, () => {
    const kind = random.pick(EVENT_KINDS);
    const data = { source: random.pick(['app', 'billing', 'api']) };
    const timestamp = random.int(createdAt - 30 * DAY, lastAt);
    return { text: kind.text, data, color: kind.color, timestamp };
  }).sort((a, b) => a.timestamp - b.timestamp);
}

function seedConversation(site: Site, index: number, visitorSession: Raw | undefined): void {
  const { random, epoch, website, operators, big } = site;
  const who = counterpart(site, visitorSession);
  const r = random.next();
  const channel = r < 0.15 ? 'email' : r < 0.25 ? 'urn:crisp.im:whatsapp:0' : 'chat';
  const origin = index === 0 ? 'chat' : channel;
  // The first conversations of the first website are the freshest, so an inbox demo opens on them.
  const fresh = big && index < 5;
  const age = fresh ? random.int(2 * MINUTE, 90 * MINUTE) : random.int(30 * MINUTE, 45 * DAY);
  const lastAt = epoch - age;
  const script = scriptFor(site, index);
  const createdAt = lastAt - script.length * 3 * 60 * MINUTE - random.int(10 * SECOND, 10 * MINUTE);
  const meta = metaFor(random, who, origin);
  const record = createConversation(website, { sessionId: who.sessionId, at: createdAt, meta });
  const c = record.conversation;
  if (who.peopleId) c.people_id = who.peopleId;
  const assigned = operators.length > 0 && random.next() < 0.75;
  const assignee = assigned ? random.pick(operators) : undefined;
  if (assignee) c.assigned = { user_id: operatorUser(assignee).user_id };
  seedMessages(site, record, who, script, lastAt, assignee);

  const replied = record.messages.some(isReply);
  const closed = random.next() < 0.45;
  const state: ConversationState = !replied ? 'pending' : closed ? 'resolved' : 'unresolved';
  Object.assign(c, { state, status: statusOf[state] });
  seedReceipts(random, record);

  const recent = epoch - lastAt < 20 * MINUTE;
  c.availability = recent ? 'online' : 'offline';
  c.active = { now: recent, last: lastAt };
  if (random.next() < 0.4) c.topic = random.pick(TOPICS);
  if (who.peopleId && random.next() < 0.3) {
    c.is_verified = true;
    c.verifications = [{ identity: 'email', method: 'signature', annotation: 'Signed' }];
  }
  if (origin === 'email' && random.next() < 0.5) {
    c.participants = [{ type: 'email', target: `cc${random.int(10, 99)}@mail.example` }];
  }
  if (index % 9 === 4) {
    record.blocked = true;
    c.is_blocked = true;
  }
  seedActivity(site, record, lastAt);
  refreshDerived(record);
}

/**
 * Conversations on every website: visitors the directory marked as having started a chat get
 * theirs (same session_id), the rest are new sessions; most are linked to a contact, most are
 * assigned to a seeded operator. The first website gets 30 conversations of 12 messages or more.
 * It writes through `storeMessage`, which emits nothing: no one listens before the sandbox starts.
 */
export function seedConversations(store: SandboxStore, random: Random, epoch: number): void {
  [...store.websites.values()].forEach((website, siteIndex) => {
    const site: Site = {
      random,
      epoch,
      website,
      host: website.website.domain ?? 'sandbox.example',
      people: [...website.people.values()].map((p) => p.profile),
      operators: [...website.operators.values()],
      big: siteIndex === 0,
    };
    const visitors = website.visitors.filter((v) => v.initiated);
    const count = site.big ? 30 : random.int(20, 26);
    for (let index = 0; index < count; index++) seedConversation(site, index, visitors[index]);
  });
}
