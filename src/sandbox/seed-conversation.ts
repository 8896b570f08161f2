import { createConversation, refreshDerived, statusOf, storeMessage, type ConversationState } from './conversation-model.ts';
import {
  AUTOMATED,
  BROWSERS,
  ISPS,
  PLANS,
  SHOWCASE,
  SUBJECTS,
  TOPICS,
  contentFor,
  pageFor,
  typeFor,
} from './conversation-pools.ts';
import { CITIES, EVENT_KINDS, PAGES, SEGMENTS, USER_AGENTS } from './directory-pools.ts';
import type { Random } from './random.ts';
import type { ConversationRecord, Raw, SandboxStore, WebsiteRecord } from './store.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

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

function counterpart(random: Random, website: WebsiteRecord, visitor: Raw | undefined, people: Raw[]): Counterpart {
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
  const browser = random.pick(BROWSERS);
  const meta: Raw = {
    nickname: who.nickname,
    ip: `203.0.113.${random.int(1, 254)}`,
    origin,
    segments: who.segments,
    data: { plan: random.pick(PLANS), orders: random.int(0, 40), newsletter: random.next() < 0.5 },
    connection: { ...random.pick(ISPS) },
    device: {
      capabilities: random.next() < 0.5 ? ['browsing', 'call'] : ['browsing'],
      geolocation: { country: city.country, region: city.region, city: city.city, coordinates: { latitude: city.latitude, longitude: city.longitude } },
      system: { ...browser, useragent: random.pick(USER_AGENTS) },
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
  const user: Raw = { type: 'website', user_id: d.user_id, nickname: [d.first_name, d.last_name].filter(Boolean).join(' ') || 'Operator' };
  if (typeof d.avatar === 'string' && d.avatar.startsWith('http')) user.avatar = d.avatar;
  return user;
}

/**
 * Message timestamps for one conversation, oldest first, all before `lastAt`. Gaps run from
 * seconds to a few hours, like a live chat that pauses.
 */
function timeline(random: Random, count: number, lastAt: number): number[] {
  const times = [lastAt];
  while (times.length < count) times.push(times.at(-1)! - random.int(20 * SECOND, 3 * 60 * MINUTE));
  return times.reverse();
}

/** Most fingerprints are time-based and well beyond 32 bits; a few are small, as older ones were. */
function fingerprintFor(random: Random, at: number, used: Set<number>): number {
  let f = random.next() < 0.1 ? random.int(1, 2 ** 31 - 1) : at * 100 + random.int(0, 99);
  while (used.has(f)) f += 1;
  used.add(f);
  return f;
}

function seedMessages(random: Random, website: WebsiteRecord, record: ConversationRecord, who: Counterpart, script: ['user' | 'operator', string][], lastAt: number, operators: Raw[], assignee: Raw | undefined): void {
  const host = website.website.domain ?? 'sandbox.example';
  const origin = record.conversation.meta.origin as string;
  const bot = { type: 'website', user_id: website.website.website_id, nickname: `${website.website.name ?? 'Crisp'} Bot` };
  const used = new Set<number>();
  const times = timeline(random, script.length, lastAt);
  script.forEach(([from, type], k) => {
    const timestamp = times[k]!;
    const author = from === 'user' ? undefined : AUTOMATED.has(type) || type === 'event' ? bot : operatorUser(assignee ?? random.pick(operators));
    const input: Raw = {
      type,
      from,
      origin: type === 'note' ? 'chat' : origin,
      content: contentFor(random, type, from, host, who.email),
      fingerprint: fingerprintFor(random, timestamp, used),
      automated: AUTOMATED.has(type) || type === 'event',
      user: author ?? { type: 'participant', user_id: who.sessionId, nickname: who.nickname },
    };
    if (type === 'note' && operators.length > 0 && random.next() < 0.7) input.mentions = [operatorUser(random.pick(operators)).user_id];
    if (origin === 'email' && from === 'user' && type === 'text') {
      input.original = { type: 'text/html', content: `<html><body><p>${input.content as string}</p><p>-- <br>${who.nickname}</p></body></html>` };
    }
    storeMessage(website, record, input as Parameters<typeof storeMessage>[2], timestamp);
  });
}

/**
 * Read receipts: everything has been delivered and read on its channel, except that in an open
 * conversation the visitor's latest messages (after the team's last reply) are often still unread.
 */
function seedReceipts(random: Random, record: ConversationRecord): void {
  const messages = record.messages;
  const lastReply = messages.findLastIndex((m) => m.from === 'operator' && m.type !== 'note' && m.type !== 'event');
  const unreadTail = record.conversation.state !== 'resolved' && random.next() < 0.7;
  messages.forEach((m, k) => {
    m.delivered = m.origin;
    if (!(unreadTail && k > lastReply && m.from === 'user')) m.read = m.origin;
  });
}

function seedConversation(random: Random, epoch: number, website: WebsiteRecord, index: number, visitor: Raw | undefined, people: Raw[], operators: Raw[], big: boolean): void {
  const who = counterpart(random, website, visitor, people);
  const r = random.next();
  const origin = index === 0 ? 'chat' : r < 0.15 ? 'email' : r < 0.25 ? 'urn:crisp.im:whatsapp:0' : 'chat';
  // The first conversations of the first website are the freshest, so an inbox demo opens on them.
  const lastAt = epoch - (big && index < 5 ? random.int(2 * MINUTE, 90 * MINUTE) : random.int(30 * MINUTE, 45 * DAY));
  const empty = !big && index % 11 === 10;
  const waiting = index % 10 === 7;
  const script: ['user' | 'operator', string][] = empty
    ? []
    : index === 0
      ? [...SHOWCASE]
      : Array.from({ length: big ? random.int(12, 22) : random.int(3, 16) }, (_, k) => {
          const from = k === 0 || random.next() < 0.45 ? 'user' : 'operator';
          // Still waiting for a first reply: the team side has only left notes.
          if (waiting && from === 'operator') return ['operator', 'note'];
          return [from, typeFor(random, from)];
        });
  const createdAt = (script.length > 0 ? lastAt - script.length * 3 * 60 * MINUTE : lastAt) - random.int(10 * SECOND, 10 * MINUTE);
  const record = createConversation(website, { sessionId: who.sessionId, at: createdAt, meta: metaFor(random, who, origin) });
  const c = record.conversation;
  if (who.peopleId) c.people_id = who.peopleId;
  const assignee = operators.length > 0 && random.next() < 0.75 ? random.pick(operators) : undefined;
  if (assignee) c.assigned = { user_id: operatorUser(assignee).user_id };
  seedMessages(random, website, record, who, script, lastAt, operators, assignee);
  c.created_at = Math.min(createdAt, record.messages[0]?.timestamp ?? createdAt);

  const hasReply = record.messages.some((m) => m.from === 'operator' && m.type !== 'note' && m.type !== 'event');
  const state: ConversationState = !hasReply ? 'pending' : random.next() < 0.45 ? 'resolved' : 'unresolved';
  Object.assign(c, { state, status: statusOf[state] });
  seedReceipts(random, record);

  const recent = epoch - lastAt < 20 * MINUTE;
  c.availability = recent ? 'online' : 'offline';
  c.active = { now: recent, last: lastAt };
  if (random.next() < 0.4) c.topic = random.pick(TOPICS);
  if (who.peopleId && random.next() < 0.3) {
    Object.assign(c, { is_verified: true, verifications: [{ identity: 'email', method: 'signature', annotation: 'Signed by the website backend' }] });
  }
  if (origin === 'email' && random.next() < 0.5) c.participants = [{ type: 'email', target: `cc${random.int(10, 99)}@mail.example` }];
  if (index % 9 === 4) {
    record.blocked = true;
    c.is_blocked = true;
  }

  const host = website.website.domain ?? 'sandbox.example';
  const pageTimes = Array.from({ length: random.int(1, 6) }, () => c.created_at - random.int(MINUTE, 2 * DAY)).sort((a, b) => a - b);
  record.pages = pageTimes.map((t) => pageFor(random, host, PAGES, t));
  record.events = Array.from({ length: random.int(0, 4) }, () => {
    const kind = random.pick(EVENT_KINDS);
    return { text: kind.text, data: { source: random.pick(['app', 'billing', 'api']) }, color: kind.color, timestamp: random.int(c.created_at - 30 * DAY, lastAt) };
  }).sort((a, b) => a.timestamp - b.timestamp);
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
    const big = siteIndex === 0;
    const people = [...website.people.values()].map((p) => p.profile);
    const operators = [...website.operators.values()];
    const visitors = website.visitors.filter((v) => v.initiated);
    const count = big ? 30 : random.int(20, 26);
    for (let index = 0; index < count; index++) {
      seedConversation(random, epoch, website, index, visitors[index], people, operators, big);
    }
  });
}
