import type { GraphQLError } from 'graphql';
import { INBOX as Inbox } from '../bench/inbox.ts';
import { test as base, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';

// One fault is one failed call: no retry hides it, no open breaker fails the calls after it, and
// the live feed reads none of the routes counted here.
const test = base.extend({
  gatewayEnv: {
    CRISP_RTM_MODE: 'off',
    GATEWAY_CACHE: 'off',
    CRISP_RETRY_ATTEMPTS: '1',
    CRISP_BREAKER_THRESHOLD: '0',
  },
});

type Path = readonly (string | number)[];

/** A copy of `data` with the value at each path replaced by null. */
function withNulls(data: unknown, paths: Path[]): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const path of paths) {
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = null;
  }
  return copy;
}

test('one failed Crisp call in the inbox loses the field it serves and nothing else', async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websites[0]!.website.website_id as string;
  const clean = await gateway.executeOk(Inbox, { websiteId });
  const routes = [...new Set(sandbox.calls.map((c) => c.id))].sort();
  expect(routes.length).toBeGreaterThanOrEqual(4);

  for (const route of routes) {
    for (const status of [503, 404]) {
      sandbox.resetCalls();
      sandbox.failNext(route, { status, reason: status === 404 ? 'not_found' : 'error' });
      const result = await gateway.execute(Inbox, { websiteId });
      sandbox.resetFaults();
      // The fault was spent on this run, not left for a later one.
      expect(sandbox.calls.some((c) => c.id === route && c.status === status)).toBe(true);

      const errors = (result.errors ?? []) as GraphQLError[];
      const paths = errors.map((e) => e.path as Path);
      console.info(
        `${route} ${status}: ${errors.length} field(s) lost at`,
        paths.map((p) => p.join('.')),
      );
      expect(result.data?.website, `${route} ${status}`).not.toBeNull();
      expect(errors.length, `${route} ${status}`).toBeGreaterThan(0);
      expect(paths.every((p) => Array.isArray(p) && p.length > 1)).toBe(true);
      expect(result.data).toEqual(withNulls(clean, paths));
    }
  }
});

test("a transport fault on one conversation's history nulls that history alone, with its path", async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websites[0]!.website.website_id as string;
  const clean = await gateway.executeOk(Inbox, { websiteId });
  sandbox.resetCalls();
  sandbox.faultNext('website.conversation.get_messages', { kind: 'reset' });
  const result = await gateway.execute(Inbox, { websiteId });

  const edges = result.data.website.conversations.edges as { node: { messages: unknown } }[];
  const lost = edges.flatMap((e, i) => (e.node.messages === null ? [i] : []));
  console.info(`history fault: ${lost.length} of ${edges.length} histories lost, at`, lost);
  expect(lost).toHaveLength(1);
  const path = ['website', 'conversations', 'edges', lost[0]!, 'node', 'messages'];
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]).toMatchObject({ path, extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  expect(result.data).toEqual(withNulls(clean, [path]));
  expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toHaveLength(
    20,
  );
});

test('a sent message whose later field read fails still returns its message and fingerprint', async ({
  gateway,
  sandbox,
}) => {
  const { websiteId, sessionId } = acme(sandbox);
  const Send = /* GraphQL */ `
    mutation Send($i: SendMessageInput!) {
      sendMessage(input: $i) {
        message { id crispId text from }
        conversation { id state }
        userErrors { code }
      }
    }
  `;
  const i = {
    websiteId,
    conversationId: sessionId,
    from: 'OPERATOR',
    content: { text: 'Sent once' },
  };
  sandbox.failNext('website.conversation.get_state', { status: 503, reason: 'error' });
  const result = await gateway.execute(Send, { i });

  const sent = sandbox.calls.filter((c) => c.id === 'website.conversation.send_message');
  expect(sent).toHaveLength(1);
  const fingerprint = (sent[0]!.body as { fingerprint: number }).fingerprint;
  const failed = sandbox.calls.filter((c) => c.status === 503);
  console.info(
    'later reads that failed:',
    failed.map((c) => c.id),
  );
  expect(failed).toHaveLength(1);
  // The message comes from the input and Crisp's answer: no read of it at all.
  expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_message')).toEqual([]);
  expect(result.data?.sendMessage).toEqual({
    message: {
      id: `Message:${websiteId}:${sessionId}:${fingerprint}`,
      crispId: String(fingerprint),
      text: 'Sent once',
      from: 'OPERATOR',
    },
    conversation: { id: `Conversation:${websiteId}:${sessionId}`, state: null },
    userErrors: [],
  });
  expect(result.errors?.map((e) => e.path)).toEqual([['sendMessage', 'conversation', 'state']]);
});

test('a created contact whose read of other fields fails still returns its people_id and what it wrote', async ({
  gateway,
  sandbox,
}) => {
  const websiteId = sandbox.seed.websites[0]!.website.website_id as string;
  const Create = /* GraphQL */ `
    mutation Create($i: CreatePersonInput!) {
      createPerson(input: $i) {
        person { crispId email notepad createdAt updatedAt }
        userErrors { code }
      }
    }
  `;
  sandbox.failNext('website.people.get_profile', { status: 503, reason: 'error' });
  const i = {
    websiteId,
    email: 'read.back@example.com',
    person: { nickname: 'Read Back' },
    notepad: 'Met at the fair',
  };
  const result = await gateway.execute(Create, { i });

  const created = sandbox.calls.filter((c) => c.id === 'website.people.add_profile');
  expect(created).toHaveLength(1);
  expect(sandbox.calls.filter((c) => c.id === 'website.people.get_profile')).toHaveLength(1);
  // The contact as Crisp now holds it, read once the fault is spent.
  const stored = await gateway.executeOk(
    `query ($w: ID, $e: EmailAddress) { website(id: $w) { person(email: $e) { crispId } } }`,
    { w: websiteId, e: i.email },
  );
  const crispId = stored.website.person.crispId;
  expect(crispId).toBeTruthy();
  // What the write set comes from the input; the rest needs the read that failed.
  expect(result.data?.createPerson).toEqual({
    person: { crispId, email: i.email, notepad: i.notepad, createdAt: null, updatedAt: null },
    userErrors: [],
  });
  // One read for both fields, and each names its own path.
  expect(result.errors?.map((e) => e.path)).toEqual([
    ['createPerson', 'person', 'createdAt'],
    ['createPerson', 'person', 'updatedAt'],
  ]);
});
