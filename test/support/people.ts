import type { Sandbox } from 'crisp-sandbox';

/** The first seeded website, its contacts, and the first contact's profile. */
export function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const people = [...website.people.values()];
  return {
    website,
    websiteId: website.website.website_id as string,
    people,
    person: people[0]!.profile,
  };
}

/** Every field of a Person, nested objects included. */
export const PERSON_FIELDS = `
  id crispId website { id } email nickname avatar gender phone address description websiteUrl timezone
  profiles { type handle url }
  employment { name domain title role seniority }
  geolocation { country region city coordinates { latitude longitude } }
  locales
  company {
    name legalName domain url description timezone phones emails tags
    metrics { employees marketCap raised arr }
    geolocation { country region city coordinates { latitude longitude } }
  }
  segments notepad score active { isOnline last } createdAt updatedAt
`;
