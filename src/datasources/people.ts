import DataLoader from 'dataloader';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Geolocation as Crisp sends it on people, companies and visitors. */
export interface GeolocationRaw {
  country?: string;
  region?: string;
  city?: string;
  coordinates?: { latitude?: number; longitude?: number };
}

export interface SocialProfileRaw {
  type?: string;
  handle?: string;
  url?: string;
}

export interface EmploymentRaw {
  name?: string;
  domain?: string;
  title?: string;
  role?: string;
  seniority?: string;
}

export interface PersonCardRaw {
  nickname?: string;
  avatar?: string;
  gender?: string;
  phone?: string;
  address?: string;
  description?: string;
  website?: string;
  timezone?: number;
  profiles?: SocialProfileRaw[];
  employment?: EmploymentRaw;
  geolocation?: GeolocationRaw;
  locales?: string[];
}

export interface CompanyRaw {
  name?: string;
  legal_name?: string;
  domain?: string;
  url?: string;
  description?: string;
  timezone?: number;
  phones?: string[];
  emails?: string[];
  geolocation?: GeolocationRaw;
  metrics?: { employees?: number; market_cap?: number; raised?: number; arr?: number };
  tags?: string[];
}

/** Catalogue `PeopleProfile`. */
export interface PeopleProfileRaw {
  people_id: string;
  email?: string;
  person?: PersonCardRaw;
  company?: CompanyRaw;
  segments?: string[];
  notepad?: string;
  active?: { now?: boolean; last?: number };
  score?: number;
  created_at?: number;
  updated_at?: number;
}

export interface GeolocationModel {
  country?: string;
  region?: string;
  city?: string;
  coordinates?: { latitude?: number; longitude?: number };
}

export interface CompanyModel {
  name?: string;
  legalName?: string;
  domain?: string;
  url?: string;
  description?: string;
  timezone?: number;
  phones: string[];
  emails: string[];
  geolocation?: GeolocationModel;
  metrics?: { employees?: number; marketCap?: number; raised?: number; arr?: number };
  tags: string[];
}

export interface PersonModel {
  websiteId: string;
  peopleId: string;
  email?: string;
  nickname?: string;
  avatar?: string;
  gender?: string;
  phone?: string;
  address?: string;
  description?: string;
  /** The contact's own website (Crisp `person.website`). */
  websiteUrl?: string;
  timezone?: number;
  profiles: SocialProfileRaw[];
  employment?: EmploymentRaw;
  geolocation?: GeolocationModel;
  locales: string[];
  company?: CompanyModel;
  segments: string[];
  notepad?: string;
  active?: { now?: boolean; last?: Date };
  score?: number;
  createdAt?: Date;
  updatedAt?: Date;
}

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : undefined);

export const toGeolocation = (raw: GeolocationRaw | undefined): GeolocationModel | undefined =>
  raw && { country: raw.country, region: raw.region, city: raw.city, coordinates: raw.coordinates };

const toCompany = (raw: CompanyRaw | undefined): CompanyModel | undefined =>
  raw && {
    name: raw.name,
    legalName: raw.legal_name,
    domain: raw.domain,
    url: raw.url,
    description: raw.description,
    timezone: raw.timezone,
    phones: raw.phones ?? [],
    emails: raw.emails ?? [],
    geolocation: toGeolocation(raw.geolocation),
    metrics: raw.metrics && {
      employees: raw.metrics.employees,
      marketCap: raw.metrics.market_cap,
      raised: raw.metrics.raised,
      arr: raw.metrics.arr,
    },
    tags: raw.tags ?? [],
  };

export function toPerson(websiteId: string, raw: PeopleProfileRaw): PersonModel {
  const p = raw.person ?? {};
  return {
    websiteId,
    peopleId: raw.people_id,
    email: raw.email,
    nickname: p.nickname,
    avatar: p.avatar,
    gender: p.gender,
    phone: p.phone,
    address: p.address,
    description: p.description,
    websiteUrl: p.website,
    timezone: p.timezone,
    profiles: p.profiles ?? [],
    employment: p.employment,
    geolocation: toGeolocation(p.geolocation),
    locales: p.locales ?? [],
    company: toCompany(raw.company),
    segments: raw.segments ?? [],
    notepad: raw.notepad,
    active: raw.active && { now: raw.active.now, last: date(raw.active.last) },
    score: raw.score,
    createdAt: date(raw.created_at),
    updatedAt: date(raw.updated_at),
  };
}

/** The loader key and the global id payload: Crisp people ids are only unique within a website. */
export const personKey = (websiteId: string, peopleId: string) => `${websiteId}/${peopleId}`;

export function parsePersonKey(key: string): { websiteId: string; peopleId: string } {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) throw new Error('Malformed person key.');
  return { websiteId: key.slice(0, slash), peopleId: key.slice(slash + 1) };
}

/** GET /website/{website_id}/people/profile/{people_id} — people_id may be an email. */
export async function getPeopleProfile(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
): Promise<PersonModel> {
  const raw = await crisp.get<PeopleProfileRaw>(
    route`/website/${websiteId}/people/profile/${peopleId}`,
  );
  return toPerson(websiteId, raw);
}

/** Catalogue `PeopleFilter`: one `search_filter` clause (the wire's keys). */
export interface PeopleFilterModel {
  model: string;
  criterion: string;
  operator: string;
  query: (string | number | boolean)[];
}

export interface PeopleListQuery {
  sortField?: string | null;
  sortOrder?: 'ascending' | 'descending' | null;
  searchOperator?: 'and' | 'or' | null;
  searchFilter?: PeopleFilterModel[] | null;
  searchText?: string | null;
}

/** GET /website/{website_id}/people/profiles/{page_number} */
export async function listPeopleProfiles(
  crisp: CrispClient,
  websiteId: string,
  page: number,
  q: PeopleListQuery = {},
): Promise<PersonModel[]> {
  const raw = await crisp.get<PeopleProfileRaw[]>(
    route`/website/${websiteId}/people/profiles/${page}`,
    {
      sort_field: q.sortField,
      sort_order: q.sortOrder,
      search_operator: q.searchOperator,
      // An empty filter would narrow nothing; Crisp's clients leave the parameter out.
      search_filter: q.searchFilter?.length ? q.searchFilter : undefined,
      search_text: q.searchText || undefined,
    },
  );
  return raw.map((r) => toPerson(websiteId, r));
}

/** DELETE /website/{website_id}/people/profile/{people_id} */
export async function removePeopleProfile(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/people/profile/${peopleId}`);
}

/** HEAD /website/{website_id}/people/profile/{people_id} */
export function checkPeopleProfileExists(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
): Promise<boolean> {
  return crisp.head(route`/website/${websiteId}/people/profile/${peopleId}`);
}

/** Catalogue `BatchPeopleSelector`: explicit ids, or a search (Go's `{filter, operator}` shape). */
export type BatchPeopleSelectorRaw =
  | { profiles: string[] }
  | { search: { filter: PeopleFilterModel[]; operator: 'and' | 'or' } };

/** Contacts by people_id, or every contact a search matches. */
export type BatchPeopleSelection =
  | string[]
  | { filter: PeopleFilterModel[]; operator: 'and' | 'or' };

export const peopleSelector = (selection: BatchPeopleSelection): BatchPeopleSelectorRaw =>
  Array.isArray(selection) ? { profiles: selection } : { search: selection };

/** PATCH /website/{website_id}/batch/remove with a `people` body (a `sessions` body removes conversations). */
export async function batchRemovePeople(
  crisp: CrispClient,
  websiteId: string,
  selection: BatchPeopleSelection,
): Promise<void> {
  const people = peopleSelector(selection);
  await crisp.patch(route`/website/${websiteId}/batch/remove`, { people });
}

export function createPeopleLoaders(crisp: CrispClient) {
  // Crisp has no batch read for profiles: the loader de-duplicates within a request.
  const person: DataLoader<string, PersonModel> = new DataLoader((keys) =>
    Promise.all(
      keys.map(async (key) => {
        const { websiteId, peopleId } = parsePersonKey(key);
        try {
          const found = await getPeopleProfile(crisp, websiteId, peopleId);
          // A read by email also answers later reads by people_id.
          person.prime(personKey(websiteId, found.peopleId), found);
          return found;
        } catch (e) {
          return e as Error;
        }
      }),
    ),
  );
  return { person };
}
