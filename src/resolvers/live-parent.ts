import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import {
  getWebsiteAvailabilityStatus,
  type WebsiteAvailabilityModel,
} from '../datasources/availability.ts';
import {
  type ConversationKey,
  type ConversationModel,
  type ConversationParent,
  conversationKey,
  getConversation,
} from '../datasources/conversation.ts';
import { getMessageInConversation, type MessageModel } from '../datasources/message.ts';
import { getWebsiteOperator, type OperatorModel } from '../datasources/operator.ts';
import { getPeopleProfile, type PersonModel, personKey } from '../datasources/people.ts';
import { countVisitors, type VisitorCountModel } from '../datasources/visitor.ts';
import type { WebsiteNews, WebsiteRef } from '../datasources/website.ts';
import type { GatewayContext } from '../request/context.ts';
import type { ConversationChange, ReadEventModel } from '../rtm/event-models.ts';
import type { PersonParent } from './people.ts';

/**
 * The nodes a live event carries. What the event itself says (a new message, a new state) is set
 * on the node; any other field a subscriber selects comes from one read of the node per event
 * and replica, started by the first subscriber that needs it and shared by the others (the
 * event's model is shared, see `live.ts`). A subscriber that selects only what the event says
 * costs no call at all. When that read fails, the parent falls back to the bare key: the fields
 * it would have served are null, each with the read's error at its path.
 */

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Fields a parent holds without a read: `true`, or the sub-fields it holds of an object field. */
export interface Known {
  readonly [field: string]: true | Known;
}

function covered(info: Selection, set: SelectionSetNode | undefined, known: Known): boolean {
  return (set?.selections ?? []).every((s) => {
    if (s.kind === Kind.INLINE_FRAGMENT) return covered(info, s.selectionSet, known);
    // Validation has refused fragment cycles before any resolver runs.
    if (s.kind === Kind.FRAGMENT_SPREAD)
      return covered(info, info.fragments[s.name.value]?.selectionSet, known);
    if (s.name.value === '__typename') return true;
    const k = Object.hasOwn(known, s.name.value) ? known[s.name.value] : undefined;
    return k === true || (k !== undefined && covered(info, s.selectionSet, k));
  });
}

/** Whether this field's selection asks only for what `known` holds (`@skip` is not evaluated). */
export const asksOnly = (info: Selection, known: Known): boolean =>
  info.fieldNodes.every((f) => covered(info, f.selectionSet, known));

const reads = new WeakMap<object, Map<string, Promise<unknown>>>();

/** One read per event and replica: the first caller starts it, later callers share it. */
function once<T>(event: object, what: string, read: () => Promise<T>): Promise<T> {
  const started = reads.get(event) ?? new Map<string, Promise<unknown>>();
  reads.set(event, started);
  let promise = started.get(what) as Promise<T> | undefined;
  if (!promise) {
    promise = read();
    promise.catch(() => undefined); // each caller handles the failure it awaits
    started.set(what, promise);
  }
  return promise;
}

/** What every node holds from its key alone. */
const KEY: Known = { id: true, crispId: true, website: true, websiteId: true };
const INBOX_KEY: Known = { id: true, crispId: true, website: true };

/** What a conversation event says of its conversation, as model fields and as schema fields. */
export interface ConversationNews {
  model: Omit<Partial<ConversationModel>, 'metas'> & Pick<ConversationChange, 'metas'>;
  known: Known;
}

/** The schema fields a change sets (`metas` only with the metas it names). */
export function newsOf(change: ConversationChange): ConversationNews {
  const known: Record<string, true | Known> = {};
  if (change.state) known.state = true;
  if (change.isBlocked !== undefined) known.isBlocked = true;
  // The assignee's details come from the website's operator list, not from the conversation.
  if (change.assignedUserId !== undefined) known.assignedUserId = known.assignedOperator = true;
  // The inbox's own fields come from its read; its id is in the event.
  if (change.inboxId !== undefined) {
    known.inboxId = true;
    known.inbox = INBOX_KEY;
  }
  if (change.metas)
    known.metas = Object.fromEntries(Object.keys(change.metas).map((k) => [k, true as const]));
  const { assignedUserId, inboxId, ...rest } = change;
  return {
    model: { ...rest, assignedUserId: assignedUserId ?? undefined, inboxId: inboxId ?? undefined },
    known,
  };
}

/** The conversation an event names, with what the event says of it. */
export async function conversationOf(
  ctx: GatewayContext,
  info: Selection,
  event: ConversationKey & object,
  news: ConversationNews = { model: {}, known: {} },
): Promise<ConversationParent> {
  const key = { websiteId: event.websiteId, sessionId: event.sessionId };
  if (asksOnly(info, { ...KEY, sessionId: true, ...news.known })) {
    if (Object.keys(news.known).length === 0) return key;
    // Only what the event says is selected, so the fields left out are never read.
    return { loaded: true, ...key, ...news.model } as ConversationModel;
  }
  try {
    const read = await once(event, 'conversation', () => getConversation(ctx.crisp, key));
    return { ...read, ...news.model, metas: { ...read.metas, ...news.model.metas } };
  } catch (err) {
    const k = conversationKey(key);
    ctx.loaders.conversation.clear(k).prime(k, err as Error);
    return key;
  }
}

/** The contact an event names; its profile is read (once per event) only when selected. */
export async function personOf(
  ctx: GatewayContext,
  info: Selection,
  event: { websiteId: string; peopleId: string },
): Promise<PersonParent> {
  const key = {
    websiteId: event.websiteId,
    peopleId: event.peopleId,
    known: {},
    written: true as const,
  };
  const k = personKey(key.websiteId, key.peopleId);
  if (asksOnly(info, { ...KEY, peopleId: true })) return key;
  try {
    return await once<PersonModel>(event, 'person', () =>
      getPeopleProfile(ctx.crisp, key.websiteId, key.peopleId),
    );
  } catch (err) {
    ctx.loaders.person.clear(k).prime(k, err as Error);
    return key;
  }
}

/**
 * The operator an event names, with what the event says (its new availability); the rest of the
 * operator is read (once per event) only when selected. A failed read nulls the field, with the
 * read's error.
 */
export async function operatorOf(
  ctx: GatewayContext,
  info: Selection,
  event: { websiteId: string },
  said: { userId: string; availability?: string },
): Promise<OperatorModel> {
  const { websiteId } = event;
  const known: Known = { ...KEY, userId: true, ...(said.availability && { availability: true }) };
  if (asksOnly(info, known)) return { websiteId, ...said };
  const read = await once(event, 'operator', () =>
    getWebsiteOperator(ctx.crisp, websiteId, said.userId),
  );
  return { ...read, ...said };
}

/** A message an event names, as it is now: read once per event. */
export const messageOf = (
  ctx: GatewayContext,
  event: ConversationKey & object,
  fingerprint: number,
): Promise<MessageModel> =>
  once(event, `message:${fingerprint}`, () =>
    getMessageInConversation(
      ctx.crisp,
      { websiteId: event.websiteId, sessionId: event.sessionId },
      fingerprint,
    ),
  );

/** What an acknowledgement says of each message it names: its new read or delivery channel. */
function receiptOf(e: ReadEventModel): Pick<MessageModel, 'read' | 'delivered'> | undefined {
  if (e.typename === 'MessagesUnreadEvent') return { read: undefined };
  if (e.via === null) return undefined;
  if (e.typename === 'MessagesReadEvent') return { read: e.via };
  if (e.typename === 'MessagesDeliveredEvent') return { delivered: e.via };
  return undefined;
}

/** What every message holds from its key alone. */
const MESSAGE_KEY: Known = { ...KEY, fingerprint: true, sessionId: true, conversation: true };

/**
 * The messages an acknowledgement names, with their new read (or delivery) state. A subscriber
 * that selects more than the event says gets each message read once per event; one failed read
 * nulls the list, with its error.
 */
export async function acknowledgedMessagesOf(
  ctx: GatewayContext,
  info: Selection,
  e: ReadEventModel,
): Promise<MessageModel[]> {
  const receipt = receiptOf(e);
  const keys = e.fingerprints.map((fingerprint) => ({
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    fingerprint,
  }));
  const known = Object.fromEntries(Object.keys(receipt ?? {}).map((k) => [k, true as const]));
  if (asksOnly(info, { ...MESSAGE_KEY, ...known }))
    // Only the key and the receipt are selected, so the fields left out are never read.
    return keys.map((k) => ({ ...k, ...receipt }) as MessageModel);
  const read = await Promise.all(keys.map((k) => messageOf(ctx, e, k.fingerprint)));
  return read.map((m) => ({ ...m, ...receipt }));
}

/** The website a website event names, carrying what the event says of it. */
export const websiteOf = (
  event: { websiteId: string },
  news: Omit<WebsiteNews, 'event'> = {},
): WebsiteRef => ({ id: event.websiteId, news: { event, ...news } });

const liveNewsOf = (w: WebsiteRef): WebsiteNews | undefined => ('news' in w ? w.news : undefined);

/**
 * The website's visitor count: on a live website, the event's count, with the rest of the count
 * read once per event only when selected; otherwise its own call.
 */
export async function visitorsCountOf(
  ctx: GatewayContext,
  info: Selection,
  w: WebsiteRef,
): Promise<VisitorCountModel> {
  const news = liveNewsOf(w);
  if (!news) return countVisitors(ctx.crisp, w.id);
  const count = news.visitorsCount;
  if (count !== undefined && asksOnly(info, { count: true })) return { count } as VisitorCountModel;
  const read = await once(news.event, 'visitorsCount', () => countVisitors(ctx.crisp, w.id));
  return count === undefined ? read : { ...read, count };
}

/** The team's availability: read once per event on a live website, otherwise its own call. */
export const availabilityOf = (
  ctx: GatewayContext,
  w: WebsiteRef,
): Promise<WebsiteAvailabilityModel> => {
  const news = liveNewsOf(w);
  const read = () => getWebsiteAvailabilityStatus(ctx.crisp, w.id);
  return news ? once(news.event, 'availability', read) : read();
};
