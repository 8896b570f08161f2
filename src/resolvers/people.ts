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
import {
  addNewPeopleProfile,
  type ProfileUpdateModel,
  savePeopleProfile,
  updatePeopleProfile,
} from '../datasources/people-profile.ts';
import { withoutNulls } from '../datasources/without-nulls.ts';
import type { GatewayContext } from '../request/context.ts';
import { type KeyedOrder, pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

/** Which contact a field or mutation acts on: a website plus a people_id or an email. */
export interface PersonTarget {
  websiteId?: string | null;
  peopleId?: string | null;
  email?: string | null;
}

/** Every people route takes the email in place of the people_id (docs/crisp/REST.md §10). */
function target(ctx: GatewayContext, t: PersonTarget): { websiteId: string; peopleId: string } {
  return {
    websiteId: websiteIdOrDefault(ctx, t.websiteId, 'write'),
    peopleId: (t.peopleId ?? t.email)!,
  };
}

export function person(
  ctx: GatewayContext,
  websiteId: string,
  t: PersonTarget,
): Promise<PersonModel> {
  return ctx.loaders.person.load(personKey(websiteId, (t.peopleId ?? t.email)!));
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

export function people(
  ctx: GatewayContext,
  websiteId: string,
  args: PeopleSearch & DefaultConnectionArguments,
) {
  const query: PeopleListQuery = {
    searchText: args.search,
    sortField: args.sortField,
    sortOrder: args.sortOrder,
    searchOperator: args.searchOperator,
    searchFilter: args.filter,
  };
  return pageConnection(
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
}

export const statistics = (ctx: GatewayContext, websiteId: string) =>
  detail.getPeopleStatistics(ctx.crisp, websiteId);

export const suggestedSegments = (
  ctx: GatewayContext,
  websiteId: string,
  args: DefaultConnectionArguments,
) =>
  pageConnection(args, (page) => detail.listSuggestedPeopleSegments(ctx.crisp, websiteId, page), {
    name: 'Website.suggestedPeopleSegments',
    parentId: websiteId,
    idOf: (s) => s.segment,
  });

export const events = (ctx: GatewayContext, p: PersonParent, args: DefaultConnectionArguments) =>
  pageConnection(
    args,
    (page) => detail.listPeopleEvents(ctx.crisp, p.websiteId, p.peopleId, page),
    {
      name: 'Person.events',
      parentId: personKey(p.websiteId, p.peopleId),
      // Events have no id of their own: their time and text tell them apart.
      idOf: (e) => `${e.timestamp?.getTime() ?? ''}:${e.text}`,
    },
  );

export const data = (ctx: GatewayContext, p: PersonParent) =>
  detail.getPeopleData(ctx.crisp, p.websiteId, p.peopleId);

export const subscription = (ctx: GatewayContext, p: PersonParent) =>
  detail.getPeopleSubscriptionStatus(ctx.crisp, p.websiteId, p.peopleId);

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
        p.peopleId,
        page,
      );
      return sessionIds.map((sessionId) => ({ websiteId: p.websiteId, sessionId }));
    },
    {
      name: 'Person.conversations',
      parentId: personKey(p.websiteId, p.peopleId),
      idOf: (c) => c.sessionId,
    },
  );

/**
 * A contact a write named by its people_id: its profile is read only when a field of it is
 * selected, so a failed read loses those fields and never the write's result.
 */
export interface WrittenPerson {
  websiteId: string;
  peopleId: string;
  written: true;
}

/** What a Person field resolves from: the profile as read, or the key a write returned. */
export type PersonParent = PersonModel | WrittenPerson;

/** The profile behind a Person: read once per request when only the key is known. */
export function loaded(ctx: GatewayContext, p: PersonParent): PersonModel | Promise<PersonModel> {
  return 'written' in p ? ctx.loaders.person.load(personKey(p.websiteId, p.peopleId)) : p;
}

/** Forgets this request's copy of the contact, so a field read after the write sees it. */
function written(
  ctx: GatewayContext,
  websiteId: string,
  peopleId: string,
  email?: string | null,
): WrittenPerson {
  ctx.loaders.person.clear(personKey(websiteId, peopleId));
  if (email) ctx.loaders.person.clear(personKey(websiteId, email));
  return { websiteId, peopleId, written: true };
}

export type CreatePersonInput = ProfileUpdateModel & { websiteId?: string | null };

export async function createPerson(
  ctx: GatewayContext,
  input: CreatePersonInput,
): Promise<PersonParent> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const peopleId = await addNewPeopleProfile(ctx.crisp, websiteId, input);
  return written(ctx, websiteId, peopleId, input.email);
}

type ProfileWrite = typeof updatePeopleProfile;

/**
 * A profile write by people_id returns the key; one by email reads the contact back to learn its
 * people_id (by the new email, when the write changed it), so there the read is part of the write.
 */
async function writeProfile(
  ctx: GatewayContext,
  t: PersonTarget,
  profile: ProfileUpdateModel,
  write: ProfileWrite,
): Promise<PersonParent> {
  const { websiteId, peopleId } = target(ctx, t);
  await write(ctx.crisp, websiteId, peopleId, profile);
  const person = written(ctx, websiteId, peopleId, profile.email);
  if (t.peopleId) return person;
  return ctx.loaders.person.load(personKey(websiteId, profile.email ?? peopleId));
}

export const updatePerson = (ctx: GatewayContext, t: PersonTarget, profile: ProfileUpdateModel) =>
  writeProfile(ctx, t, profile, updatePeopleProfile);

export const savePerson = (ctx: GatewayContext, t: PersonTarget, profile: ProfileUpdateModel) =>
  writeProfile(ctx, t, profile, savePeopleProfile);

export async function removePerson(ctx: GatewayContext, t: PersonTarget): Promise<boolean> {
  const { websiteId, peopleId } = target(ctx, t);
  await datasource.removePeopleProfile(ctx.crisp, websiteId, peopleId);
  return true;
}

/** A timeline event as a client writes it; null means not given. */
export interface PersonEventInput {
  text: string;
  data?: Record<string, PeopleDataValue> | null;
  color?: string | null;
}

export async function addPersonEvent(
  ctx: GatewayContext,
  t: PersonTarget,
  event: PersonEventInput,
): Promise<boolean> {
  const { websiteId, peopleId } = target(ctx, t);
  await detail.addPeopleEvent(
    ctx.crisp,
    websiteId,
    peopleId,
    withoutNulls<Parameters<typeof detail.addPeopleEvent>[3]>(event),
  );
  return true;
}

export async function writePersonData(
  ctx: GatewayContext,
  t: PersonTarget,
  values: Record<string, PeopleDataValue>,
  mode: 'save' | 'update',
) {
  const { websiteId, peopleId } = target(ctx, t);
  const write = mode === 'save' ? detail.savePeopleData : detail.updatePeopleData;
  await write(ctx.crisp, websiteId, peopleId, values);
  return detail.getPeopleData(ctx.crisp, websiteId, peopleId);
}

export async function updateSubscription(ctx: GatewayContext, t: PersonTarget, email: boolean) {
  const { websiteId, peopleId } = target(ctx, t);
  await detail.updatePeopleSubscriptionStatus(ctx.crisp, websiteId, peopleId, email);
  return { email };
}
