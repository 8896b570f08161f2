import { createRandom } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';

// Background RTM traffic would blur the one assertion that matters: no call reaches Crisp.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

/** The sandbox's seeded generator, so a failure replays exactly; `int(n)` draws from 0 to n − 1. */
function generator(seed: number) {
  const random = createRandom(seed);
  const int = (n: number) => random.int(0, n - 1);
  const chars = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
  return { next: random.next, int, pick: random.pick, chars };
}

type Rng = ReturnType<typeof generator>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PUNCTUATION = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '@',
  '...',
  '=',
  '|',
  '&',
  '"',
  '"""',
  '#',
  ',',
];
const NAMES = [
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'website',
  'websites',
  'conversations',
  'edges',
  'node',
  'id',
  'sessionId',
  'true',
  'null',
  '__schema',
  '__typename',
  'sendMessage',
  'input',
  'first',
];

/** Valid operations, each cut or bent by the generators below; none may reach Crisp once broken. */
const VALID = [
  '{ websites { id name } }',
  'query W($id: ID) { website(id: $id) { id name conversations(first: 5) { edges { node { sessionId state } } } } }',
  'mutation S($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }',
  'query N($id: ID!) { node(id: $id) { id ... on Conversation { sessionId } } }',
  'query C($input: CrispRequestInput!) { crispRequest(input: $input) { status } }',
];

/** A string that is certainly not a website UUID. */
function badWebsiteId(r: Rng): string {
  const candidates = [
    () => r.chars('0123456789abcdef-', r.int(40)),
    () => `${r.chars('0123456789abcdef', 8)}-${r.chars('xyz', 4)}`,
    () => '00000000-0000-0000-0000-00000000000g',
    () => ' '.repeat(r.int(5)),
    () => '../'.repeat(r.int(4) + 1),
    () => `'; DROP TABLE websites; --`,
    () => '\u0000\uffff\ud800',
    () => 'x'.repeat(r.int(5000)),
  ];
  let id = r.pick(candidates)();
  while (UUID.test(id)) id = `${id}x`;
  return id;
}

const badEmail = (r: Rng) =>
  r.pick([
    'plainaddress',
    '@no-local.example',
    'a@',
    'a@@b.c',
    'a b@c.d',
    `${'a'.repeat(300)}@`,
    'a@b..c',
    '',
    '"quoted"@',
    '\u0000@x',
  ]);

const wrongValue = (r: Rng): unknown =>
  r.pick<() => unknown>([
    () => r.int(1e9),
    () => -r.next(),
    () => true,
    () => [],
    () => [1, 'a', null],
    () => ({}),
    () => ({ nested: { deeper: [{}] } }),
    () => 'x'.repeat(r.int(30_000)),
    () => Number.MAX_SAFE_INTEGER,
  ])();

/** One request body (or raw text) that must fail before execution reaches any Crisp route. */
function invalidRequest(r: Rng, websiteId: string): { body: string; contentType?: string } {
  const json = (query: unknown, variables?: unknown) => ({
    body: JSON.stringify({ query, variables }),
  });
  switch (r.int(11)) {
    case 0: // random tokens
      return json(
        Array.from({ length: r.int(60) + 1 }, () =>
          r.next() < 0.5 ? r.pick(PUNCTUATION) : r.pick(NAMES),
        ).join(' '),
      );
    case 1: {
      // broken syntax: a valid operation cut short or with a brace dropped
      const q = r.pick(VALID);
      const cut = r.int(q.length - 2) + 1;
      return json(r.next() < 0.5 ? q.slice(0, cut) : q.replace(/}(?![^}]*})/, ''));
    }
    case 2: // unknown fields, arguments and types
      return json(
        r.pick([
          `{ websites { id ${r.chars('abcdefghij', 8)} } }`,
          `{ ${r.chars('klmnopqrst', 10)} }`,
          `{ website(${r.chars('abc', 4)}: 1) { id } }`,
          `query ($x: ${r.chars('ABCD', 6)}) { websites { id } }`,
          `mutation { ${r.chars('uvwxyz', 7)}(input: {}) { __typename } }`,
          `{ websites { ... on ${r.chars('XYZ', 5)} { id } } }`,
        ]),
      );
    case 3: // wrong variable types for a valid operation
      return json(
        r.pick(VALID.slice(1)),
        r.pick([
          { id: wrongValue(r), i: wrongValue(r), input: wrongValue(r) },
          { i: { websiteId: wrongValue(r), conversationId: null } },
          wrongValue(r),
        ]),
      );
    case 4: // required variables missing or null
      return json(
        'mutation S($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }',
        r.pick([undefined, {}, { i: null }]),
      );
    case 5: // huge strings
      return json(`{ website(id: "${'w'.repeat(r.int(80_000))}") { id } }`);
    case 6: {
      // deep nesting, far beyond the depth limit
      const depth = 15 + r.int(200);
      return json(`{ ${'websites { '.repeat(depth)}id${' }'.repeat(depth)} }`);
    }
    case 7: // bad website ids, session ids and global ids
      return r.pick([
        () => json('query ($id: ID) { website(id: $id) { id name } }', { id: badWebsiteId(r) }),
        () =>
          json('query ($id: ID!) { node(id: $id) { id } }', {
            id: r.pick([
              badWebsiteId(r),
              `Conversation:${badWebsiteId(r)}`,
              `Person:${websiteId}:${badWebsiteId(r)}`,
              `${r.chars('ABC', 4)}:x`,
              `:${websiteId}`,
            ]),
          }),
        () =>
          json('query ($s: String!) { website { conversation(sessionId: $s) { state } } }', {
            s: r.pick(['session_', `session_${badWebsiteId(r)}`, badWebsiteId(r)]),
          }),
        () =>
          json('query ($input: CrispRequestInput!) { crispRequest(input: $input) { status } }', {
            input: {
              path: r.pick([
                `/website/${badWebsiteId(r)}`,
                '/user/account',
                `/website/${websiteId}/../plugin`,
                'https://evil.example/',
                `/website/${websiteId}?x=1`,
              ]),
            },
          }),
        () =>
          json('mutation ($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }', {
            i: {
              websiteId: badWebsiteId(r),
              conversationId: r.pick(['session_x', `Conversation:${badWebsiteId(r)}:session_x`]),
              from: 'OPERATOR',
              content: { text: 'x' },
            },
          }),
      ])();
    case 8: // bad emails
      return json(
        `query ($e: EmailAddress) { website(id: "${websiteId}") { person(email: $e) { email } } }`,
        { e: badEmail(r) },
      );
    case 9: // too many aliases, directives or tokens
      return json(
        r.pick([
          `{ ${Array.from({ length: 16 + r.int(50) }, (_, i) => `a${i}: websites { id }`).join(' ')} }`,
          `{ websites @include(if: true) { id ${'@skip(if: false) '.repeat(21 + r.int(30))} } }`,
          `{ websites { ${'id '.repeat(2001 + r.int(500))} } }`,
        ]),
      );
    default: // not a GraphQL request at all
      return r.pick([
        () => ({ body: r.chars('{}[]",:0123456789abc', r.int(200)) }),
        () => ({
          body: JSON.stringify(
            r.pick([
              null,
              1,
              'x',
              [],
              [{}],
              { query: 1 },
              { query: null },
              { query: '{ websites { id } }', variables: 'x' },
              { query: '{ websites { id } }', extensions: 1 },
            ]),
          ),
        }),
        () => ({
          body: '{"query":"{ websites { id } }"}',
          contentType: r.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
          ]),
        }),
        () => ({
          body: JSON.stringify({ query: '{ websites { id } }', operationName: r.chars('abc', 5) }),
        }),
      ])();
  }
}

describe('fuzzing', () => {
  test('2,400 invalid operations: no 5xx, no unhandled rejection, no call to Crisp', {
    timeout: 60_000,
  }, async ({ gateway, sandbox }) => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const r = generator(0x5eed);
    const websiteId = sandbox.seed.websiteIds[0]!;
    const requests = Array.from({ length: 2400 }, () => invalidRequest(r, websiteId));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    try {
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const index = next++;
          const { body, contentType } = requests[index]!;
          const res = await fetch(gateway.url, {
            method: 'POST',
            headers: {
              'content-type': contentType ?? 'application/json',
              accept: 'application/graphql-response+json',
            },
            body,
          });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || text.includes('INTERNAL_SERVER_ERROR'))
            failures.push(`#${index} ${res.status} ${body.slice(0, 200)} → ${text.slice(0, 300)}`);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      // A tick for late rejections to surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(failures).toEqual([]);
    expect(rejections).toEqual([]);
    expect(sandbox.calls).toEqual([]);
    // The run covered more than one way of failing.
    expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThan(1);
  });
});
