import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import * as detail from '../datasources/people-detail.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import * as datasource from '../datasources/people.ts';
import {
  personKey,
  type BatchPeopleSelectorRaw,
  type CompanyRaw,
  type PeopleFilterRaw,
  type PeopleListQuery,
  type PeopleProfileUpdateRaw,
  type PersonCardRaw,
  type PersonModel,
} from '../datasources/people.ts';
import type { GatewayContext } from '../server/context.ts';
import { pageConnection } from './page-connection.ts';
import { websiteIdOrDefault } from './website.ts';

/** Optional input fields arrive as null or undefined; Crisp wants them left out. */
type Nullable<T> = { [K in keyof T]?: T[K] | null };
function compact<T extends object>(value: Nullable<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export interface GeolocationInput {
  country?: string | null;
  region?: string | null;
  city?: string | null;
  coordinates?: { latitude: number; longitude: number } | null;
}

export interface PersonCardInput extends Nullable<Omit<PersonCardRaw, 'geolocation' | 'employment' | 'profiles'>> {
  profiles?: { type: string; handle?: string | null; url?: string | null }[] | null;
  employment?: Nullable<NonNullable<PersonCardRaw['employment']>> | null;
  geolocation?: GeolocationInput | null;
}

export interface CompanyInput {
  name?: string | null;
  legalName?: string | null;
  domain?: string | null;
  url?: string | null;
  description?: string | null;
  timezone?: number | null;
  phones?: string[] | null;
  emails?: string[] | null;
  geolocation?: GeolocationInput | null;
  metrics?: { employees?: number | null; marketCap?: number | null; raised?: number | null; arr?: number | null } | null;
  tags?: string[] | null;
}

/** The profile card a client writes (create, update, save). */
export interface ProfileInput {
  email?: string | null;
  person?: PersonCardInput | null;
  company?: CompanyInput | null;
  segments?: string[] | null;
  notepad?: string | null;
  active?: Date | null;
}

const geolocationBody = (g: GeolocationInput | null | undefined) => (g ? compact(g) : undefined);

function companyBody(c: CompanyInput): CompanyRaw {
  return compact<CompanyRaw>({
    name: c.name,
    legal_name: c.legalName,
    domain: c.domain,
    url: c.url,
    description: c.description,
    timezone: c.timezone,
    phones: c.phones,
    emails: c.emails,
    geolocation: geolocationBody(c.geolocation),
    metrics: c.metrics
      ? compact({ employees: c.metrics.employees, market_cap: c.metrics.marketCap, raised: c.metrics.raised, arr: c.metrics.arr })
      : undefined,
    tags: c.tags,
  });
}

/** camelCase input → Crisp's `PeopleProfileUpdate` body, leaving out what the client left out. */
export function profileBody(input: ProfileInput): PeopleProfileUpdateRaw {
  const p = input.person;
  return compact<PeopleProfileUpdateRaw>({
    email: input.email,
    person: p
      ? compact<PersonCardRaw>({
          ...p,
          profiles: p.profiles?.map((s) => compact(s)),
          employment: p.employment ? compact(p.employment) : undefined,
          geolocation: geolocationBody(p.geolocation),
        })
      : undefined,
    company: input.company ? companyBody(input.company) : undefined,
    segments: input.segments,
    notepad: input.notepad,
    active: input.active?.getTime(),
  });
}

/** Which contact a field or mutation acts on: a website plus a people_id or an email. */
export interface PersonTarget {
  websiteId?: string | null;
  peopleId?: string | null;
  email?: string | null;
}

/** Every people route takes the email in place of the people_id (REST.md §10). */
function target(ctx: GatewayContext, t: PersonTarget): { websiteId: string; peopleId: string } {
  return { websiteId: websiteIdOrDefault(ctx, t.websiteId, 'write'), peopleId: (t.peopleId ?? t.email)! };
}

export function person(ctx: GatewayContext, websiteId: string, t: PersonTarget): Promise<PersonModel> {
  return ctx.loaders.person.load(personKey(websiteId, (t.peopleId ?? t.email)!));
}

export function personExists(ctx: GatewayContext, websiteId: string, idOrEmail: string): Promise<boolean> {
  return datasource.checkPeopleProfileExists(ctx.crisp, websiteId, idOrEmail);
}

export interface PeopleSearch {
  search?: string | null;
  sortField?: string | null;
  sortOrder?: 'ascending' | 'descending' | null;
  searchOperator?: 'and' | 'or' | null;
  filter?: PeopleFilterRaw[] | null;
}

export function people(ctx: GatewayContext, websiteId: string, args: PeopleSearch & DefaultConnectionArguments) {
  const query: PeopleListQuery = {
    searchText: args.search,
    sortField: args.sortField,
    sortOrder: args.sortOrder,
    searchOperator: args.searchOperator,
    searchFilter: args.filter,
  };
  return pageConnection(args, async (page) => {
    const list = await datasource.listPeopleProfiles(ctx.crisp, websiteId, page, query);
    // A later `person` read of the same contact, by id, costs nothing.
    for (const p of list) ctx.loaders.person.prime(personKey(websiteId, p.peopleId), p);
    return list;
  });
}

export const statistics = (ctx: GatewayContext, websiteId: string) => detail.getPeopleStatistics(ctx.crisp, websiteId);

export const suggestedSegments = (ctx: GatewayContext, websiteId: string, args: DefaultConnectionArguments) =>
  pageConnection(args, (page) => detail.listSuggestedPeopleSegments(ctx.crisp, websiteId, page));

export const events = (ctx: GatewayContext, p: PersonModel, args: DefaultConnectionArguments) =>
  pageConnection(args, (page) => detail.listPeopleEvents(ctx.crisp, p.websiteId, p.peopleId, page));

export const data = (ctx: GatewayContext, p: PersonModel) => detail.getPeopleData(ctx.crisp, p.websiteId, p.peopleId);

export const subscription = (ctx: GatewayContext, p: PersonModel) =>
  detail.getPeopleSubscriptionStatus(ctx.crisp, p.websiteId, p.peopleId);

/** Crisp answers bare session ids; the Conversation type loads each one only if asked. */
export const conversations = (ctx: GatewayContext, p: PersonModel, args: DefaultConnectionArguments) =>
  pageConnection(args, async (page) => {
    const sessionIds = await detail.listPeopleConversations(ctx.crisp, p.websiteId, p.peopleId, page);
    return sessionIds.map((sessionId) => ({ websiteId: p.websiteId, sessionId }));
  });

/** Reads the contact again after a write, past this request's cached copy. */
function reload(ctx: GatewayContext, websiteId: string, peopleId: string): Promise<PersonModel> {
  const key = personKey(websiteId, peopleId);
  ctx.loaders.person.clear(key);
  return ctx.loaders.person.load(key);
}

export async function createPerson(ctx: GatewayContext, input: ProfileInput & { websiteId?: string | null }) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const peopleId = await datasource.addNewPeopleProfile(ctx.crisp, websiteId, profileBody(input));
  return reload(ctx, websiteId, peopleId);
}

export async function updatePerson(ctx: GatewayContext, t: PersonTarget, profile: ProfileInput) {
  const { websiteId, peopleId } = target(ctx, t);
  await datasource.updatePeopleProfile(ctx.crisp, websiteId, peopleId, profileBody(profile));
  // The profile's email may just have changed: read it back by the id that did not.
  return reload(ctx, websiteId, t.peopleId ?? profile.email ?? peopleId);
}

export async function savePerson(ctx: GatewayContext, t: PersonTarget, profile: ProfileInput) {
  const { websiteId, peopleId } = target(ctx, t);
  await datasource.savePeopleProfile(ctx.crisp, websiteId, peopleId, profileBody(profile));
  return reload(ctx, websiteId, t.peopleId ?? profile.email ?? peopleId);
}

export async function removePerson(ctx: GatewayContext, t: PersonTarget): Promise<boolean> {
  const { websiteId, peopleId } = target(ctx, t);
  await datasource.removePeopleProfile(ctx.crisp, websiteId, peopleId);
  return true;
}

export async function addPersonEvent(
  ctx: GatewayContext,
  t: PersonTarget,
  event: { text: string; data?: Record<string, PeopleDataValue> | null; color?: string | null },
): Promise<boolean> {
  const { websiteId, peopleId } = target(ctx, t);
  await detail.addPeopleEvent(ctx.crisp, websiteId, peopleId, compact(event));
  return true;
}

export async function writePersonData(ctx: GatewayContext, t: PersonTarget, values: Record<string, PeopleDataValue>, mode: 'save' | 'update') {
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

export async function batchRemovePeople(
  ctx: GatewayContext,
  input: { websiteId?: string | null; peopleIds?: string[] | null; filter?: PeopleFilterRaw[] | null; searchOperator?: 'and' | 'or' | null },
): Promise<boolean> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const people: BatchPeopleSelectorRaw = input.peopleIds
    ? { profiles: input.peopleIds }
    : { search: { filter: input.filter ?? [], operator: input.searchOperator ?? 'and' } };
  await datasource.batchRemovePeople(ctx.crisp, websiteId, people);
  return true;
}
