import type { PersonRecord, Raw } from '../store.ts';
import {
  CITIES,
  COMPANIES,
  EVENT_KINDS,
  FIRST_NAMES,
  LAST_NAMES,
  SEGMENTS,
  slug,
  TITLES,
} from './names.ts';
import type { Random } from './random.ts';

const DAY = 86_400_000;

function pickSome<T>(random: Random, list: readonly T[], min: number, max: number): T[] {
  const left = [...list];
  return Array.from(
    { length: random.int(min, max) },
    () => left.splice(random.int(0, left.length - 1), 1)[0]!,
  );
}

function company(random: Random): Raw {
  const c = random.pick(COMPANIES);
  const city = random.pick(CITIES);
  return {
    name: c.name,
    legal_name: c.legal,
    domain: c.domain,
    url: `https://www.${c.domain}/`,
    description: `${c.name} is a ${c.industry} company.`,
    timezone: city.timezone,
    phones: [`+1 555 01${random.int(10, 99)}`],
    emails: [`hello@${c.domain}`],
    metrics: {
      employees: c.employees,
      market_cap: c.employees * random.int(80_000, 400_000),
      raised: c.employees * random.int(5_000, 50_000),
      arr: c.employees * random.int(20_000, 120_000),
    },
    geolocation: {
      country: city.country,
      region: city.region,
      city: city.city,
      coordinates: { latitude: city.latitude, longitude: city.longitude },
    },
    tags: [c.industry, random.pick(['b2b', 'b2c', 'smb', 'mid-market'])],
  };
}

/** One contact with every profile card field filled, plus its data, events and subscription. */
function person(random: Random, epoch: number, taken: Set<string>): PersonRecord {
  const nickname = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const city = random.pick(CITIES);
  const org = company(random);
  let email = `${slug(nickname)}@${org.domain}`;
  for (let n = 2; taken.has(email); n++) email = `${slug(nickname)}${n}@${org.domain}`;
  taken.add(email);
  const [title, role, seniority] = random.pick(TITLES);
  const handle = slug(nickname).replace('.', '');
  const createdAt = epoch - random.int(30, 700) * DAY - random.int(0, DAY);
  const lastActive = epoch - random.int(0, 25) * DAY - random.int(60_000, DAY);
  const profile: Raw = {
    people_id: random.uuid(),
    email,
    person: {
      nickname,
      avatar: `https://avatars.crisp.example/${handle}.png`,
      gender: random.pick(['female', 'male', 'other']),
      phone: `+${random.int(1, 49)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      address: `${random.int(1, 180)} ${random.pick(['Market Street', 'Rue de Rivoli', 'Hauptstraße', 'King Road'])}, ${city.city}`,
      description: `${title} at ${org.name}.`,
      website: `https://${handle}.blog.example/`,
      timezone: city.timezone,
      profiles: [
        { type: 'linkedin', handle, url: `https://www.linkedin.com/in/${handle}` },
        { type: 'twitter', handle, url: `https://twitter.com/${handle}` },
      ],
      employment: { name: org.name, domain: org.domain, title, role, seniority },
      geolocation: {
        country: city.country,
        region: city.region,
        city: city.city,
        coordinates: { latitude: city.latitude, longitude: city.longitude },
      },
      locales: city.locale === 'en' ? ['en'] : [city.locale, 'en'],
    },
    company: org,
    segments: pickSome(random, SEGMENTS, 1, 3),
    notepad: random.pick([
      '',
      'Prefers email over chat.',
      'Renewal due next quarter.',
      'Asked about SSO.',
    ]),
    active: { now: epoch - lastActive < DAY / 24, last: lastActive },
    score: random.int(0, 100),
    created_at: createdAt,
    updated_at: Math.max(createdAt, lastActive - random.int(0, 5) * DAY),
  };
  const events = Array.from({ length: random.int(0, 5) }, () => {
    const kind = random.pick(EVENT_KINDS);
    return {
      text: kind.text,
      data: { source: random.pick(['app', 'billing', 'api']) },
      color: kind.color,
      timestamp: random.int(createdAt, epoch - 1),
    };
  }).sort((a, b) => b.timestamp - a.timestamp);
  return {
    profile,
    data: {
      plan: random.pick(['free', 'starter', 'pro', 'enterprise']),
      seats: random.int(1, 50),
      verified_account: random.next() < 0.7,
    },
    events,
    subscribed: random.next() < 0.85,
  };
}

/** `count` contacts with unique emails, keyed by people_id. */
export function seedPeople(
  random: Random,
  epoch: number,
  count: number,
): Map<string, PersonRecord> {
  const people = new Map<string, PersonRecord>();
  const taken = new Set<string>();
  while (people.size < count) {
    const record = person(random, epoch, taken);
    people.set(record.profile.people_id, record);
  }
  return people;
}
