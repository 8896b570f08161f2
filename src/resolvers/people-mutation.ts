import { type PersonModel, personKey, removePeopleProfile } from '../datasources/people.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import * as detail from '../datasources/people-detail.ts';
import {
  addNewPeopleProfile,
  type CompanyUpdateModel,
  type ProfileUpdateModel,
  savePeopleProfile,
  updatePeopleProfile,
} from '../datasources/people-profile.ts';
import { withoutNulls } from '../datasources/without-nulls.ts';
import { assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { personRef } from '../request/node-id.ts';
import type { WrittenPerson } from './people.ts';
import { websiteIdOrDefault } from './website.ts';

/**
 * The writes on one contact. Each returns the contact built from its input and Crisp's answer,
 * with no read-back (docs/schema-design.md §4).
 */

/** Which contact a mutation acts on: its global or raw id, or its email (exactly one). */
export interface PersonTarget {
  websiteId?: string | null;
  personId?: string | null;
  email?: string | null;
}

/** The website (write access checked) and the contact's people_id, or its email alone. */
function target(ctx: GatewayContext, t: PersonTarget) {
  if (t.personId) {
    const [websiteId, peopleId] = personRef.fromInput(
      t.personId,
      'input.personId',
      [t.websiteId],
      [ctx.defaultWebsiteId],
    );
    return { websiteId: assertWebsite(ctx, websiteId, 'write'), peopleId, routeId: peopleId };
  }
  const websiteId = websiteIdOrDefault(ctx, t.websiteId, 'write');
  return { websiteId, peopleId: undefined, email: t.email!, routeId: t.email! };
}

/** Forgets this request's copies of the contact, so a field read after the write sees it. */
function forget(ctx: GatewayContext, websiteId: string, ...ids: (string | null | undefined)[]) {
  for (const id of ids) if (id) ctx.loaders.person.clear(personKey(websiteId, id));
}

/**
 * How a write applies the card: a creation or a PUT gives whole values; a PATCH merges nested
 * objects (company, employment, geolocation) into what Crisp holds, so only its scalars and
 * lists (which replace) are known afterwards.
 */
type WriteMode = 'whole' | 'merge';

const company = (c: CompanyUpdateModel): PersonModel['company'] => {
  const { geolocation, metrics, ...rest } =
    withoutNulls<Omit<NonNullable<PersonModel['company']>, 'phones' | 'emails' | 'tags'>>(c);
  return {
    ...rest,
    geolocation,
    metrics,
    phones: c.phones ?? [],
    emails: c.emails ?? [],
    tags: c.tags ?? [],
  };
};

/** The profile fields a write set, as a Person holds them; absent keys are read when selected. */
export function knownFields(profile: ProfileUpdateModel, mode: WriteMode): Partial<PersonModel> {
  const { person: card, ...rest } = profile;
  const whole = mode === 'whole';
  return withoutNulls<Partial<PersonModel>>({
    email: rest.email,
    segments: rest.segments,
    notepad: rest.notepad,
    company: whole && rest.company ? company(rest.company) : undefined,
    ...(card && {
      nickname: card.nickname,
      avatar: card.avatar,
      gender: card.gender,
      phone: card.phone,
      address: card.address,
      description: card.description,
      websiteUrl: card.websiteUrl,
      timezone: card.timezone,
      profiles: card.profiles,
      locales: card.locales,
      employment: whole ? card.employment : undefined,
      geolocation: whole ? card.geolocation : undefined,
    }),
  });
}

/** The contact a write acted on; named by email, it is known to have that email. */
const written = (
  websiteId: string,
  who: { peopleId?: string; email?: string },
  { known, ...extra }: Partial<WrittenPerson> = {},
): WrittenPerson => ({
  websiteId,
  ...who,
  known: { ...(who.email && { email: who.email }), ...known },
  ...extra,
  written: true,
});

export type CreatePersonInput = ProfileUpdateModel & { websiteId?: string | null };

export async function createPerson(ctx: GatewayContext, input: CreatePersonInput) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const peopleId = await addNewPeopleProfile(ctx.crisp, websiteId, input);
  forget(ctx, websiteId, input.email);
  return { person: written(websiteId, { peopleId }, { known: knownFields(input, 'whole') }) };
}

/**
 * A profile write. By email, the contact keeps being found by email (the new one, when the
 * write changed it): Crisp's answer carries no people_id, so only `id` and `crispId` read it.
 */
async function writeProfile(
  ctx: GatewayContext,
  t: PersonTarget,
  profile: ProfileUpdateModel,
  mode: WriteMode,
) {
  const { websiteId, peopleId, email, routeId } = target(ctx, t);
  const write = mode === 'whole' ? savePeopleProfile : updatePeopleProfile;
  await write(ctx.crisp, websiteId, routeId, profile);
  forget(ctx, websiteId, routeId, profile.email);
  // Named by email, the contact is found by it still, or by the new one the write set.
  const who = peopleId ? { peopleId } : { email: profile.email ?? email };
  return { person: written(websiteId, who, { known: knownFields(profile, mode) }) };
}

export const updatePerson = (ctx: GatewayContext, t: PersonTarget, profile: ProfileUpdateModel) =>
  writeProfile(ctx, t, profile, 'merge');

export const savePerson = (ctx: GatewayContext, t: PersonTarget, profile: ProfileUpdateModel) =>
  writeProfile(ctx, t, profile, 'whole');

/**
 * Removes the contact. Named by email, it is read first for the people_id that its global id
 * (`removedPersonId`) holds; a contact that does not exist is then NOT_FOUND with no removal.
 */
export async function removePerson(ctx: GatewayContext, t: PersonTarget) {
  const who = target(ctx, t);
  const { websiteId } = who;
  const peopleId =
    who.peopleId ?? (await ctx.loaders.person.load(personKey(websiteId, who.routeId))).peopleId;
  await removePeopleProfile(ctx.crisp, websiteId, peopleId);
  forget(ctx, websiteId, peopleId, t.email);
  return {
    removedPersonId: personRef.globalId(websiteId, peopleId),
  };
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
) {
  const { websiteId, peopleId, email, routeId } = target(ctx, t);
  await detail.addPeopleEvent(
    ctx.crisp,
    websiteId,
    routeId,
    withoutNulls<Parameters<typeof detail.addPeopleEvent>[3]>(event),
  );
  return { person: written(websiteId, { peopleId, email }) };
}

/**
 * Writes custom data: a save (PUT) replaces every key, so the contact's data is the input; an
 * update (PATCH) merges, so `data` is read when selected.
 */
export async function writePersonData(
  ctx: GatewayContext,
  t: PersonTarget,
  values: Record<string, PeopleDataValue>,
  mode: 'save' | 'update',
) {
  const { websiteId, peopleId, email, routeId } = target(ctx, t);
  const write = mode === 'save' ? detail.savePeopleData : detail.updatePeopleData;
  await write(ctx.crisp, websiteId, routeId, values);
  const data = mode === 'save' ? values : undefined;
  return { person: written(websiteId, { peopleId, email }, { data }) };
}

export async function updateSubscription(ctx: GatewayContext, t: PersonTarget, email: boolean) {
  const who = target(ctx, t);
  await detail.updatePeopleSubscriptionStatus(ctx.crisp, who.websiteId, who.routeId, email);
  const person = written(who.websiteId, { peopleId: who.peopleId, email: who.email });
  return { person: { ...person, subscription: { email } } };
}
