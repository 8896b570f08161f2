import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as datasource from '../datasources/people.ts';
import {
  type PeopleFilterModel,
  type PeopleListQuery,
  type PersonModel,
  personKey,
} from '../datasources/people.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import * as detail from '../datasources/people-detail.ts';
import type { GatewayContext } from '../request/context.ts';
import { personRef } from '../request/node-id.ts';
import {
  type Connection,
  type KeyedOrder,
  pageConnection,
  websitePages,
} from './page-connection.ts';

/** One contact of a website, as a lookup names it: by people_id or by email. */
export function person(
  ctx: GatewayContext,
  websiteId: string,
  by: { id?: string | null; email?: string | null },
): Promise<PersonModel> {
  const peopleId = by.id ? personRef.fromInput(by.id, 'id', [websiteId])[1] : by.email!;
  return ctx.loaders.person.load(personKey(websiteId, peopleId));
}

export function personExists(
  ctx: GatewayContext,
  websiteId: string,
  idOrEmail: string,
): Promise<boolean> {
  return datasource.checkPeopleProfileExists(ctx.crisp, websiteId, idOrEmail);
}

export interface PeopleSearch {
  search?: string | null;
  sortField?: string | null;
  sortOrder?: 'ascending' | 'descending' | null;
  searchOperator?: 'and' | 'or' | null;
  filter?: PeopleFilterModel[] | null;
}

/** Sort fields the gateway reads off a listed contact, to key its cursors on. */
const SORT_VALUES: Record<string, (p: PersonModel) => Date | undefined> = {
  updated_at: (p) => p.updatedAt,
  created_at: (p) => p.createdAt,
};

/**
 * The people list's order when its sort value is readable: Crisp sorts by `updated_at`, newest
 * first, unless told a field (ascending unless told otherwise). Another field: id cursors only.
 */
function peopleOrder({ sortField, sortOrder }: PeopleSearch): KeyedOrder<PersonModel> | undefined {
  const sortedOn = SORT_VALUES[sortField || 'updated_at'];
  if (!sortedOn) return undefined;
  return {
    valueOf: (p) => sortedOn(p)?.getTime() ?? null,
    descending: sortOrder ? sortOrder === 'descending' : !sortField,
  };
}

/** A page of `Website.people`, with what its `totalCount` needs. */
export interface PeoplePage extends Connection<PersonModel> {
  websiteId: string;
  /** Whether a search text or filter narrows the list: Crisp's total then does not apply. */
  narrowed: boolean;
}

/** The number of contacts (Crisp's people statistics), when the list is not narrowed. */
export async function totalCount(ctx: GatewayContext, page: PeoplePage) {
  return page.narrowed ? null : (await statistics(ctx, page.websiteId)).total;
}

export async function people(
  ctx: GatewayContext,
  websiteId: string,
  args: PeopleSearch & DefaultConnectionArguments,
): Promise<PeoplePage> {
  const query: PeopleListQuery = {
    searchText: args.search,
    sortField: args.sortField,
    sortOrder: args.sortOrder,
    searchOperator: args.searchOperator,
    searchFilter: args.filter,
  };
  const connection = await pageConnection(
    args,
    async (page) => {
      const list = await datasource.listPeopleProfiles(ctx.crisp, websiteId, page, query);
      // A later `person` read of the same contact, by id, costs nothing.
      for (const p of list) ctx.loaders.person.prime(personKey(websiteId, p.peopleId), p);
      return list;
    },
    {
      name: 'Website.people',
      parentId: websiteId,
      idOf: (p) => p.peopleId,
      order: peopleOrder(args),
    },
  );
  return { ...connection, websiteId, narrowed: Boolean(args.search || args.filter?.length) };
}

export const statistics = (ctx: GatewayContext, websiteId: string) =>
  detail.getPeopleStatistics(ctx.crisp, websiteId);

export const suggestedSegments = websitePages(
  'Website.suggestedPeopleSegments',
  detail.listSuggestedPeopleSegments,
  (s) => s.segment,
);

/** The contact a route names: its people_id, or its email when only that is known. */
export const routeId = (p: PersonParent) => (p.peopleId ?? p.email)!;

export const events = (ctx: GatewayContext, p: PersonParent, args: DefaultConnectionArguments) =>
  pageConnection(
    args,
    (page) => detail.listPeopleEvents(ctx.crisp, p.websiteId, routeId(p), page),
    {
      name: 'Person.events',
      parentId: personKey(p.websiteId, routeId(p)),
      // Events have no id of their own: their time and text tell them apart.
      idOf: (e) => `${e.timestamp?.getTime() ?? ''}:${e.text}`,
    },
  );

export const data = (ctx: GatewayContext, p: PersonParent) =>
  'written' in p && p.data ? p.data : detail.getPeopleData(ctx.crisp, p.websiteId, routeId(p));

export const subscription = (ctx: GatewayContext, p: PersonParent) =>
  'written' in p && p.subscription
    ? p.subscription
    : detail.getPeopleSubscriptionStatus(ctx.crisp, p.websiteId, routeId(p));

/** Crisp answers bare session ids; the Conversation type loads each one only if asked. */
export const conversations = (
  ctx: GatewayContext,
  p: PersonParent,
  args: DefaultConnectionArguments,
) =>
  pageConnection(
    args,
    async (page) => {
      const sessionIds = await detail.listPeopleConversations(
        ctx.crisp,
        p.websiteId,
        routeId(p),
        page,
      );
      return sessionIds.map((sessionId) => ({ websiteId: p.websiteId, sessionId }));
    },
    {
      name: 'Person.conversations',
      parentId: personKey(p.websiteId, routeId(p)),
      idOf: (c) => c.sessionId,
    },
  );

/**
 * A contact a write acted on, built from the input and Crisp's answer: the fields the write set
 * are in `known`; any other is read only when selected, once per request (docs/schema-design.md
 * §4), so a failed read loses those fields and never the write's result.
 */
export interface WrittenPerson {
  websiteId: string;
  /** Known when the input named the contact by id, or Crisp answered it (a creation). */
  peopleId?: string;
  /** The email that finds the contact when its people_id is not known. */
  email?: string;
  known: Partial<PersonModel>;
  /** The custom data, when the write replaced all of it. */
  data?: Record<string, PeopleDataValue>;
  subscription?: { email: boolean };
  written: true;
}

/** What a Person field resolves from: the profile as read, or a contact a write acted on. */
export type PersonParent = PersonModel | WrittenPerson;

/** The profile behind a Person: read once per request when only a key is known. */
export function loaded(ctx: GatewayContext, p: PersonParent): PersonModel | Promise<PersonModel> {
  return 'written' in p ? ctx.loaders.person.load(personKey(p.websiteId, routeId(p))) : p;
}

/** A profile field: what the parent holds or the write set, else one read of the contact. */
export function profileField<K extends keyof PersonModel>(
  ctx: GatewayContext,
  p: PersonParent,
  key: K,
): PersonModel[K] | Promise<PersonModel[K]> {
  if (!('written' in p)) return p[key];
  if (key in p.known) return p.known[key] as PersonModel[K];
  return Promise.resolve(loaded(ctx, p)).then((m) => m[key]);
}

/** The contact's people_id: at hand, except for a write by email, which reads the profile. */
export function peopleIdOf(ctx: GatewayContext, p: PersonParent): string | Promise<string> {
  return p.peopleId ?? Promise.resolve(loaded(ctx, p)).then((m) => m.peopleId);
}
