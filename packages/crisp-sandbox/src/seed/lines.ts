import type { Raw } from '../store.ts';
import type { Random } from './random.ts';

/** Word pools and message contents the conversation seed draws from (hosts end in `.example`). */

export const VISITOR_LINES = [
  'Hi, is anyone there?',
  'I cannot find the invoice for last month.',
  'How do I change the email on my account?',
  'The checkout page keeps loading forever.',
  'Can I upgrade my plan mid-cycle?',
  'Do you ship to Canada?',
  'My order arrived damaged, what should I do?',
  'Is there an API to export my contacts?',
  'I was charged twice this month.',
  'Thanks, that worked!',
  'Can you reset my two-factor authentication?',
  'Where can I download the desktop app?',
  'Great, have a nice day.',
  'Never mind, I found it.',
] as const;

export const OPERATOR_LINES = [
  'Hello! Happy to help, give me a second to look into it.',
  'I have just sent the invoice to your email address.',
  'You can change it from Settings > Account.',
  'Could you tell me which browser you are using?',
  'Yes, you can upgrade at any time; we prorate the difference.',
  'We ship to Canada within 5 business days.',
  'Sorry about that! I have issued a refund for the duplicate charge.',
  'Our REST API has an export endpoint, here is the guide.',
  'I have reset it, please log in again.',
  'Is there anything else I can help you with?',
  'Glad it works now!',
] as const;

export const NOTE_LINES = [
  'Long-time customer, be extra nice.',
  'Asked about refunds twice already; check billing history.',
  'Possible bug in checkout, escalating to engineering.',
  'Renewal due next month, mention the annual discount.',
] as const;

export const SUBJECTS = [
  'Invoice question',
  'Problem with my order',
  'Account access',
  'Partnership enquiry',
  'Feature request',
] as const;
export const TOPICS = ['billing', 'shipping', 'account', 'bug', 'sales'] as const;
export const PLANS = ['free', 'starter', 'pro', 'enterprise'] as const;
export const ISPS = [
  { isp: 'Orange S.A.', asn: 'AS3215' },
  { isp: 'Deutsche Telekom AG', asn: 'AS3320' },
  { isp: 'Comcast Cable', asn: 'AS7922' },
  { isp: 'BT Public Internet Service', asn: 'AS2856' },
] as const;
export const BROWSERS = [
  {
    os: { name: 'Mac OS', version: '14.5' },
    engine: { name: 'WebKit', version: '605.1.15' },
    browser: { name: 'Safari', version: '17.5', major: '17' },
  },
  {
    os: { name: 'Windows', version: '10' },
    engine: { name: 'Blink', version: '126.0' },
    browser: { name: 'Chrome', version: '126.0', major: '126' },
  },
  {
    os: { name: 'Linux', version: 'x86_64' },
    engine: { name: 'Gecko', version: '128.0' },
    browser: { name: 'Firefox', version: '128.0', major: '128' },
  },
] as const;

/** Team-side message kinds a bot sends: marked `automated`. */
export const AUTOMATED = new Set(['picker', 'field', 'carousel']);

/** The content of one message of `type`, drawn from the pools. */
export function contentFor(
  random: Random,
  type: string,
  from: 'user' | 'operator',
  host: string,
  email?: string,
): unknown {
  const files = `https://files.crisp.example/${host}`;
  const slug = (title: string) => title.toLowerCase().replace(/\W+/g, '-');
  switch (type) {
    case 'text':
      return random.pick(from === 'user' ? VISITOR_LINES : OPERATOR_LINES);
    case 'note':
      return random.pick(NOTE_LINES);
    case 'file':
      if (from === 'user') {
        return {
          name: 'screenshot.png',
          url: `${files}/shot-${random.int(100, 999)}.png`,
          type: 'image/png',
        };
      }
      return {
        name: 'invoice.pdf',
        url: `${files}/invoice-${random.int(1000, 9999)}.pdf`,
        type: 'application/pdf',
      };
    case 'animation': {
      const gif = random.pick(['thumbs-up', 'party', 'thank-you']);
      return { url: `https://media.crisp.example/gifs/${gif}.gif`, type: 'image/gif' };
    }
    case 'audio': {
      const url = `${files}/voice-${random.int(100, 999)}.webm`;
      return { url, type: 'audio/webm', duration: random.int(3, 45) };
    }
    case 'picker': {
      const answered = random.next() < 0.5;
      return {
        id: 'satisfaction',
        text: 'How would you rate this conversation?',
        required: true,
        choices: [
          { value: 'great', label: 'Great', selected: answered },
          { value: 'okay', label: 'Okay', selected: false },
          { value: 'bad', label: 'Bad', selected: false },
          {
            value: 'help',
            label: 'Read the help center',
            selected: false,
            action: { type: 'link', target: `https://${host}/help` },
          },
        ],
      };
    }
    case 'field':
      return {
        id: 'email',
        text: 'What is your email?',
        explain: 'Enter your email address',
        required: true,
        ...(email ? { value: email } : {}),
      };
    case 'carousel':
      return {
        text: 'These articles may help:',
        targets: ['Getting started', 'Billing FAQ'].map((title) => ({
          title,
          description: `${title} in five minutes.`,
          image: `https://media.crisp.example/covers/${slug(title)}.png`,
          actions: [{ label: 'Read', url: `https://${host}/help/${slug(title)}` }],
        })),
      };
    default:
      return random.pick([
        { namespace: 'state:resolved', text: 'Conversation marked as resolved' },
        { namespace: 'user:blocked', text: 'Visitor was unblocked' },
        { namespace: 'routing:assigned', text: 'Conversation assigned' },
      ]);
  }
}

/** Cumulative odds of each message type, per side. */
const VISITOR_ODDS = [
  ['text', 0.82],
  ['file', 0.9],
  ['audio', 0.95],
  ['animation', 1],
] as const;
const TEAM_ODDS = [
  ['text', 0.64],
  ['note', 0.74],
  ['file', 0.79],
  ['animation', 0.83],
  ['picker', 0.88],
  ['field', 0.92],
  ['carousel', 0.96],
  ['event', 1],
] as const;

/** A message type for one turn; the team side also writes notes, bot widgets and system events. */
export function typeFor(random: Random, from: 'user' | 'operator'): string {
  const r = random.next();
  const odds = from === 'user' ? VISITOR_ODDS : TEAM_ODDS;
  return odds.find(([, upTo]) => r < upTo)?.[0] ?? 'text';
}

/** The fixed opening of each website's first conversation, so every message type is present. */
export const SHOWCASE: readonly ['user' | 'operator', string][] = [
  ['user', 'text'],
  ['operator', 'text'],
  ['operator', 'note'],
  ['user', 'file'],
  ['operator', 'animation'],
  ['user', 'audio'],
  ['operator', 'picker'],
  ['user', 'text'],
  ['operator', 'field'],
  ['user', 'text'],
  ['operator', 'carousel'],
  ['operator', 'event'],
  ['user', 'text'],
  ['operator', 'text'],
];

type PagePool = readonly (readonly [string, string])[];

export function pageFor(random: Random, host: string, pages: PagePool, timestamp: number): Raw {
  const [title, path] = random.pick(pages);
  const page: Raw = { page_title: title, page_url: `https://${host}${path}`, timestamp };
  const referrers = ['https://www.google.com/', 'https://news.example/', `https://${host}/`];
  if (random.next() < 0.4) page.page_referrer = random.pick(referrers);
  return page;
}
