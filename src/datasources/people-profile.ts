import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { CompanyRaw, PersonCardRaw } from './people.ts';
import { type Nullable, withoutNulls } from './without-nulls.ts';

/** Writing a contact's profile card: the camelCase card a client writes, and the three routes. */

export interface GeolocationUpdateModel {
  country?: string | null;
  region?: string | null;
  city?: string | null;
  coordinates?: { latitude: number; longitude: number } | null;
}

export interface PersonCardUpdateModel
  extends Nullable<Omit<PersonCardRaw, 'geolocation' | 'employment' | 'profiles' | 'website'>> {
  /** The contact's own website (Crisp `person.website`). */
  websiteUrl?: string | null;
  profiles?: { type: string; handle?: string | null; url?: string | null }[] | null;
  employment?: Nullable<NonNullable<PersonCardRaw['employment']>> | null;
  geolocation?: GeolocationUpdateModel | null;
}

export interface CompanyUpdateModel {
  name?: string | null;
  legalName?: string | null;
  domain?: string | null;
  url?: string | null;
  description?: string | null;
  timezone?: number | null;
  phones?: string[] | null;
  emails?: string[] | null;
  geolocation?: GeolocationUpdateModel | null;
  metrics?: {
    employees?: number | null;
    marketCap?: number | null;
    raised?: number | null;
    arr?: number | null;
  } | null;
  tags?: string[] | null;
}

/** The profile card as a client writes it (create, update, save); null means not given. */
export interface ProfileUpdateModel {
  email?: string | null;
  person?: PersonCardUpdateModel | null;
  company?: CompanyUpdateModel | null;
  segments?: string[] | null;
  notepad?: string | null;
  active?: Date | null;
}

/** The card's keys are the wire's own, but for the contact's website. */
function personCardBody({ websiteUrl, ...card }: PersonCardUpdateModel): PersonCardRaw {
  return withoutNulls<PersonCardRaw>({ ...card, website: websiteUrl });
}

function companyBody(c: CompanyUpdateModel): CompanyRaw {
  return withoutNulls<CompanyRaw>({
    name: c.name,
    legal_name: c.legalName,
    domain: c.domain,
    url: c.url,
    description: c.description,
    timezone: c.timezone,
    phones: c.phones,
    emails: c.emails,
    geolocation: c.geolocation,
    metrics: c.metrics && {
      employees: c.metrics.employees,
      market_cap: c.metrics.marketCap,
      raised: c.metrics.raised,
      arr: c.metrics.arr,
    },
    tags: c.tags,
  });
}

/** camelCase input → Crisp's `PeopleProfileUpdate` body, leaving out what the client left out. */
function toProfileUpdateRaw(input: ProfileUpdateModel): PeopleProfileUpdateRaw {
  return withoutNulls<PeopleProfileUpdateRaw>({
    email: input.email,
    person: input.person && personCardBody(input.person),
    company: input.company && companyBody(input.company),
    segments: input.segments,
    notepad: input.notepad,
    active: input.active?.getTime(),
  });
}

/** Catalogue `PeopleProfileUpdate`: the writable card sent by add, save and update. */
interface PeopleProfileUpdateRaw {
  email?: string;
  person?: PersonCardRaw;
  company?: CompanyRaw;
  segments?: string[];
  notepad?: string;
  active?: number;
}

/** POST /website/{website_id}/people/profile → the new people_id. */
export async function addNewPeopleProfile(
  crisp: CrispClient,
  websiteId: string,
  profile: ProfileUpdateModel,
): Promise<string> {
  const created = await crisp.post<{ people_id: string }>(
    route`/website/${websiteId}/people/profile`,
    toProfileUpdateRaw(profile),
  );
  return created.people_id;
}

/** PUT /website/{website_id}/people/profile/{people_id} — a full overwrite: left-out fields are cleared. */
export async function savePeopleProfile(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  profile: ProfileUpdateModel,
): Promise<void> {
  await crisp.put(
    route`/website/${websiteId}/people/profile/${peopleId}`,
    toProfileUpdateRaw(profile),
  );
}

/** PATCH /website/{website_id}/people/profile/{people_id} — only the fields sent change. */
export async function updatePeopleProfile(
  crisp: CrispClient,
  websiteId: string,
  peopleId: string,
  profile: ProfileUpdateModel,
): Promise<void> {
  await crisp.patch(
    route`/website/${websiteId}/people/profile/${peopleId}`,
    toProfileUpdateRaw(profile),
  );
}
