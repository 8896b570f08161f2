/** Word pools the directory seed draws from; every domain ends in `.example` (RFC 2606). */

export const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Chloé',
  'Daniel',
  'Emma',
  'Farid',
  'Grace',
  'Hugo',
  'Inès',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Nils',
  'Olivia',
  'Pavel',
  'Quentin',
  'Rosa',
  'Samir',
  'Tara',
  'Ugo',
  'Vera',
  'William',
  'Ximena',
  'Yusuf',
  'Zoé',
] as const;

export const LAST_NAMES = [
  'Martin',
  'Nguyen',
  'Schmidt',
  'Rossi',
  'García',
  'Kowalski',
  'Dubois',
  'Okafor',
  'Tanaka',
  'Larsen',
  'Moreau',
  'Silva',
  'Novak',
  'Haddad',
  'Fischer',
  'Brown',
  'Ivanova',
  'Costa',
] as const;

export interface CityEntry {
  country: string;
  region: string;
  city: string;
  latitude: number;
  longitude: number;
  /** UTC offset in minutes, as Crisp stores `timezone`. */
  timezone: number;
  locale: string;
}

export const CITIES: readonly CityEntry[] = [
  {
    country: 'FR',
    region: 'IDF',
    city: 'Paris',
    latitude: 48.8566,
    longitude: 2.3522,
    timezone: 60,
    locale: 'fr',
  },
  {
    country: 'FR',
    region: 'ARA',
    city: 'Lyon',
    latitude: 45.764,
    longitude: 4.8357,
    timezone: 60,
    locale: 'fr',
  },
  {
    country: 'DE',
    region: 'BE',
    city: 'Berlin',
    latitude: 52.52,
    longitude: 13.405,
    timezone: 60,
    locale: 'de',
  },
  {
    country: 'GB',
    region: 'ENG',
    city: 'London',
    latitude: 51.5072,
    longitude: -0.1276,
    timezone: 0,
    locale: 'en',
  },
  {
    country: 'US',
    region: 'NY',
    city: 'New York',
    latitude: 40.7128,
    longitude: -74.006,
    timezone: -300,
    locale: 'en',
  },
  {
    country: 'US',
    region: 'CA',
    city: 'San Francisco',
    latitude: 37.7749,
    longitude: -122.4194,
    timezone: -480,
    locale: 'en',
  },
  {
    country: 'ES',
    region: 'MD',
    city: 'Madrid',
    latitude: 40.4168,
    longitude: -3.7038,
    timezone: 60,
    locale: 'es',
  },
  {
    country: 'JP',
    region: '13',
    city: 'Tokyo',
    latitude: 35.6762,
    longitude: 139.6503,
    timezone: 540,
    locale: 'ja',
  },
  {
    country: 'IN',
    region: 'KA',
    city: 'Bengaluru',
    latitude: 12.9716,
    longitude: 77.5946,
    timezone: 330,
    locale: 'en',
  },
  {
    country: 'BR',
    region: 'SP',
    city: 'São Paulo',
    latitude: -23.5505,
    longitude: -46.6333,
    timezone: -180,
    locale: 'pt',
  },
];

export interface CompanyEntry {
  name: string;
  legal: string;
  domain: string;
  industry: string;
  employees: number;
}

export const COMPANIES: readonly CompanyEntry[] = [
  {
    name: 'Northwind',
    legal: 'Northwind Traders Ltd',
    domain: 'northwind.example',
    industry: 'retail',
    employees: 240,
  },
  {
    name: 'Umbrella',
    legal: 'Umbrella Corporation SA',
    domain: 'umbrella.example',
    industry: 'biotech',
    employees: 5200,
  },
  {
    name: 'Hooli',
    legal: 'Hooli Inc.',
    domain: 'hooli.example',
    industry: 'software',
    employees: 12000,
  },
  {
    name: 'Vandelay',
    legal: 'Vandelay Industries LLC',
    domain: 'vandelay.example',
    industry: 'import-export',
    employees: 35,
  },
  {
    name: 'Stark Tools',
    legal: 'Stark Tools GmbH',
    domain: 'starktools.example',
    industry: 'manufacturing',
    employees: 880,
  },
  {
    name: 'Pied Piper',
    legal: 'Pied Piper Inc.',
    domain: 'piedpiper.example',
    industry: 'software',
    employees: 60,
  },
  {
    name: 'Oceanic',
    legal: 'Oceanic Airlines plc',
    domain: 'oceanic.example',
    industry: 'travel',
    employees: 3100,
  },
  {
    name: 'Soylent',
    legal: 'Soylent Foods SAS',
    domain: 'soylent.example',
    industry: 'food',
    employees: 410,
  },
];

export const TITLES = [
  ['CTO', 'engineering', 'executive'],
  ['Support Lead', 'customer_service', 'manager'],
  ['Product Manager', 'product', 'senior'],
  ['Developer', 'engineering', 'junior'],
  ['Head of Sales', 'sales', 'director'],
  ['Marketing Specialist', 'marketing', 'senior'],
  ['Founder', 'leadership', 'executive'],
] as const;

export const SEGMENTS = [
  'customer',
  'lead',
  'vip',
  'trial',
  'enterprise',
  'beta',
  'churn-risk',
  'newsletter',
] as const;

export const EVENT_KINDS = [
  { text: 'Signed up', color: 'green' },
  { text: 'Upgraded plan', color: 'blue' },
  { text: 'Opened invoice', color: 'grey' },
  { text: 'Invited a teammate', color: 'purple' },
  { text: 'Payment failed', color: 'red' },
  { text: 'Exported a report', color: 'orange' },
] as const;

export const PAGES = [
  ['Pricing', '/pricing'],
  ['Home', '/'],
  ['Documentation', '/docs/getting-started'],
  ['Checkout', '/checkout'],
  ['Blog: Release notes', '/blog/release-notes'],
  ['Contact us', '/contact'],
] as const;

export const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
] as const;

/** `Chloé García` → `chloe.garcia` */
export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
