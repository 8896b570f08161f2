import { pluginInstalls } from '../plugin/install.ts';
import type { PersonRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import { defaultSettings, overallAvailability } from '../website/website.ts';
import { CITIES, FIRST_NAMES, LAST_NAMES, PAGES, slug, USER_AGENTS } from './names.ts';
import { seedPeople } from './people.ts';
import type { Random } from './random.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The sandbox's websites; the first is the one examples and tests reach for. */
const SITES = [
  { name: 'Acme Support', domain: 'acme.example', people: 42, operators: 5, presence: 'online' },
  { name: 'Globex Help', domain: 'globex.example', people: 38, operators: 4, presence: 'away' },
  {
    name: 'Initech Care',
    domain: 'initech.example',
    people: 40,
    operators: 6,
    presence: 'offline',
  },
] as const;

type Presence = (typeof SITES)[number]['presence'];

function operatorItem(
  random: Random,
  userId: string,
  first: string,
  last: string,
  domain: string,
  role: string,
  availability: string,
): Raw {
  return {
    type: 'operator',
    details: {
      user_id: userId,
      email: `${slug(first)}@${domain}`,
      avatar: `https://avatars.crisp.example/${slug(`${first} ${last}`)}.png`,
      first_name: first,
      last_name: last,
      role,
      title:
        role === 'owner'
          ? 'Head of Support'
          : random.pick(['Support Agent', 'Customer Success', 'Developer Advocate']),
      availability,
      has_token: random.next() < 0.5,
    },
  };
}

/** The account owner runs every website; the rest are members, with at most one more owner. */
function seedOperators(
  random: Random,
  owner: Raw,
  domain: string,
  count: number,
  presence: Presence,
): Map<string, Raw> {
  const operators = new Map<string, Raw>();
  const ownerItem = { type: 'operator', details: { ...owner, availability: presence } };
  operators.set(owner.user_id, ownerItem);
  while (operators.size < count) {
    const first = random.pick(FIRST_NAMES);
    if ([...operators.values()].some((o) => o.details.first_name === first)) continue;
    const availability =
      presence === 'offline'
        ? 'offline'
        : random.pick(presence === 'online' ? ['online', 'away', 'offline'] : ['away', 'offline']);
    const role = operators.size === 1 ? 'owner' : 'member';
    const item = operatorItem(
      random,
      random.uuid(),
      first,
      random.pick(LAST_NAMES),
      domain,
      role,
      availability,
    );
    operators.set(item.details.user_id, item);
  }
  return operators;
}

function seedVisitors(random: Random, domain: string, people: PersonRecord[]): Raw[] {
  return Array.from({ length: random.int(10, 14) }, (_, i) => {
    const known = i < 4 ? people[i] : undefined; // a few visitors are identified contacts
    const city = random.pick(CITIES);
    const [title, path] = random.pick(PAGES);
    return {
      session_id: `session_${random.uuid()}`,
      inbox_id: null,
      nickname: known?.profile.person.nickname ?? `visitor${random.int(1000, 9999)}`,
      email: known?.profile.email ?? '',
      avatar: known?.profile.person.avatar ?? '',
      useragent: random.pick(USER_AGENTS),
      initiated: known !== undefined || random.next() < 0.3,
      active: random.next() < 0.8,
      last_page: { page_title: title, page_url: `https://${domain}${path}` },
      geolocation: {
        country: city.country,
        region: city.region,
        city: city.city,
        coordinates: { latitude: city.latitude, longitude: city.longitude },
      },
      timezone: city.timezone,
      capabilities: random.next() < 0.5 ? ['browsing', 'call'] : ['browsing'],
      locales: [city.locale],
    };
  });
}

/** Websites with their settings, operators, availability, people profiles and visitors. */
export function seedDirectory(store: SandboxStore, random: Random, epoch: number): void {
  const owner = operatorItem(
    random,
    random.uuid(),
    'Jordan',
    'Lee',
    SITES[0].domain,
    'owner',
    'online',
  ).details;
  store.plugin = { pluginId: random.uuid(), accountId: owner.user_id, installedAt: new Map() };
  const installs = pluginInstalls(store);

  SITES.forEach((site, index) => {
    const websiteId = random.uuid();
    const operators = seedOperators(random, owner, site.domain, site.operators, site.presence);
    const people = seedPeople(random, epoch, site.people);
    const visitors = seedVisitors(random, site.domain, [...people.values()]);
    const tokenOwners = visitors.filter((v) => v.email !== '').slice(0, 3);
    const record: WebsiteRecord = {
      website: {
        website_id: websiteId,
        name: site.name,
        domain: site.domain,
        logo: `https://${site.domain}/logo.png`,
        verified: index !== 2,
        institutional: false,
      },
      settings: defaultSettings(websiteId, site.name, site.domain),
      operators,
      lastActive: [...operators.values()]
        .map((o) => ({
          user_id: o.details.user_id,
          avatar: o.details.avatar,
          nickname: `${o.details.first_name} ${o.details.last_name}`,
          timestamp: epoch - random.int(1, 72 * 60) * MINUTE,
        }))
        .sort((a, b) => b.timestamp - a.timestamp),
      availability: {
        status: overallAvailability(operators.values()),
        since: epoch - random.int(5, 240) * MINUTE,
      },
      conversations: new Map(),
      people,
      visitors,
      visitorTokens: new Map(
        tokenOwners.map((v, n) => [
          `${slug(site.name.split(' ')[0]!)}-user-${1001 + n}`,
          { session_id: v.session_id },
        ]),
      ),
      inboxes: new Map(),
      teams: new Map(),
    };
    store.websites.set(websiteId, record);
    store.plugin.installedAt.set(websiteId, epoch - (90 - index * 30) * DAY);
    installs.set(websiteId, {
      token: Array.from({ length: 64 }, () => random.int(0, 15).toString(16)).join(''),
      price: index === 0 ? 0 : 9.99,
      plan: {
        id: random.uuid(),
        name: ['Essentials', 'Plus', 'Essentials'][index]!,
        trialing: index === 2,
      },
      // The last website installed the plugin but never saved its settings.
      settings:
        index < 2
          ? { notify_channel: '#support', escalate_after_minutes: 15 + index * 15 }
          : undefined,
    });
  });
}
