import { INBOX as Inbox } from '../bench/inbox.ts';
import { test as base, expect } from './support/fixtures.ts';

// The call counts below are the query's own: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE: 'off' } });

const countBy = (ids: string[]) => {
  const counts: Record<string, number> = {};
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
};

test('the inbox query makes the lower bound of REST calls', async ({ gateway, sandbox }) => {
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const data = await gateway.executeOk(Inbox, { websiteId });

  const nodes = data.website.conversations.edges.map((e: { node: { crispId: string } }) => e.node);
  expect(nodes).toHaveLength(20);
  // The people behind the 20 listed conversations, from the seed: one profile read per person.
  const peopleIds = nodes.map(
    (n: { crispId: string }) =>
      website.conversations.get(n.crispId)!.conversation.people_id as string | undefined,
  );
  const distinctPeople = new Set(peopleIds.filter(Boolean)).size;
  expect(distinctPeople).toBeGreaterThan(0);

  const breakdown = countBy(sandbox.calls.map((c) => c.id));
  console.info(
    'inbox REST calls by catalogue id:',
    breakdown,
    `(${distinctPeople} distinct people)`,
  );
  expect(breakdown).toEqual({
    // One page of 20: `first: 20` fits Crisp's default page size.
    'website.conversation.list': 1,
    // One history batch per conversation: Crisp's latest batch holds up to 20 messages, and a
    // shorter conversation comes back with 200 (not 206), so nothing older is asked for.
    'website.conversation.get_messages': 20,
    // One profile read per distinct person: the person loader de-duplicates.
    'website.people.get_profile': distinctPeople,
    // Every assignee is looked up in one operator list per website.
    'website.operator.list': 1,
  });
  // 1 list + 20 histories + distinct people + 1 operator list; the website itself is never read
  // (no field of its own is selected) and none of the listed conversations is read again.
  expect(sandbox.calls).toHaveLength(22 + distinctPeople);

  const messageCalls = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
  expect(
    messageCalls.every((c) => c.method === 'GET' && c.query.timestamp_before === undefined),
  ).toBe(true);
  expect(new Set(messageCalls.map((c) => c.path)).size).toBe(20);
  const list = sandbox.calls.find((c) => c.id === 'website.conversation.list')!;
  expect(list.path).toBe(`/website/${websiteId}/conversations/1`);
  expect(list.query.per_page).toBe('20');

  // The data matches the seed: each conversation's last 10 messages, oldest first.
  for (const node of data.website.conversations.edges.map((e: { node: unknown }) => e.node) as {
    id: string;
    crispId: string;
    person: { email: string } | null;
    messages: {
      edges: { node: { id: string; crispId: string } }[];
      pageInfo: { hasPreviousPage: boolean };
    };
    assignee: { userId: string } | null;
  }[]) {
    const record = website.conversations.get(node.crispId)!;
    expect(node.id).toBe(`Conversation:${websiteId}:${node.crispId}`);
    const expected = record.messages.slice(-10).map((m) => String(m.fingerprint));
    expect(node.messages.edges.map((e) => e.node.crispId)).toEqual(expected);
    expect(node.messages.edges.map((e) => e.node.id)).toEqual(
      expected.map((f) => `Message:${websiteId}:${node.crispId}:${f}`),
    );
    expect(node.messages.pageInfo.hasPreviousPage).toBe(record.messages.length > 10);
    expect(node.assignee?.userId ?? null).toBe(record.conversation.assigned?.user_id ?? null);
    if (record.conversation.people_id)
      expect(node.person?.email).toBe(
        website.people.get(record.conversation.people_id)!.profile.email,
      );
    else expect(node.person).toBeNull();
  }
  expect(data.website.conversations.pageInfo.hasNextPage).toBe(true);
  expect(sandbox.violations).toEqual([]);
});

test('history reads go out in one wave, at most READS_IN_FLIGHT (24) at once', async ({
  gateway,
  sandbox,
}) => {
  // The first seeded website has 30 conversations: an inbox of 20, then one of 30, over the cap.
  const websiteId = sandbox.seed.websiteIds[0]!;
  sandbox.setLatency(30, 'GET /website/:website_id/conversation/:session_id/messages');
  let inFlight = 0;
  let peak = 0;
  const { crisp } = gateway.gateway;
  // onCall fires when a call ends; a wrapped send sees it start.
  const send = crisp.send.bind(crisp);
  crisp.send = async (req) => {
    const counted = String(req.path).endsWith('/messages');
    if (counted) peak = Math.max(peak, ++inFlight);
    try {
      return await send(req);
    } finally {
      if (counted) inFlight -= 1;
    }
  };
  try {
    await gateway.executeOk(Inbox, { websiteId });
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toHaveLength(
      20,
    );
    expect(peak).toBe(20);
    sandbox.resetCalls();
    peak = 0;
    await gateway.executeOk(Inbox.replace('first: 20', 'first: 30'), { websiteId });
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toHaveLength(
      30,
    );
    expect(peak).toBe(24);
  } finally {
    crisp.send = send;
  }
});
