import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';
import { test } from './support/rest.ts';

const Page = /* GraphQL */ `
  query Page($w: ID, $s: ID!, $last: Int, $before: String, $first: Int, $after: String) {
    website(id: $w) { conversation(id: $s) {
      messages(last: $last, before: $before, first: $first, after: $after) {
        edges { cursor node { crispId timestamp } }
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      }
    } }
  }
`;

interface Connection {
  edges: { cursor: string; node: { crispId: string; timestamp: string } }[];
  pageInfo: {
    hasPreviousPage: boolean;
    hasNextPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * Appends 45 messages to the longest conversation, one every 10 ms, except two runs that share
 * one millisecond each: six straddling the end of Crisp's latest batch of 20, and four whose
 * fingerprints run against the order Crisp stored them in. Returns every message of the
 * conversation in the connection's order, `(timestamp, fingerprint)`.
 */
function withSharedMilliseconds(sandbox: Sandbox) {
  const { websiteId, sessionId, long } = acme(sandbox);
  const start = long.messages.at(-1)!.timestamp + 1_000;
  const at = (i: number) => {
    if (i >= 22 && i <= 27) return start + 220; // positions 17 to 22 from the newest
    if (i >= 5 && i <= 8) return start + 50;
    return start + i * 10;
  };
  for (let i = 0; i < 45; i++) {
    sandbox.appendMessage(websiteId, sessionId, {
      type: 'text',
      from: i % 2 ? 'operator' : 'user',
      origin: 'chat',
      content: `message ${i}`,
      timestamp: at(i),
      // The second run is stored in the reverse of its fingerprint order.
      fingerprint: 7_000_000_000_000 + (i >= 5 && i <= 8 ? 20 - i : i),
    });
  }
  const ordered = [...long.messages]
    .sort((a, b) => a.timestamp - b.timestamp || a.fingerprint - b.fingerprint)
    .map((m) => String(m.fingerprint));
  return { websiteId, sessionId, ordered };
}

const reads = (sandbox: Sandbox) =>
  sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages').length;

describe('walking a history', () => {
  test('last/before walks a history with messages sharing a millisecond back to its start, every message exactly once in order', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, ordered } = withSharedMilliseconds(sandbox);
    sandbox.resetCalls();
    const seen: string[] = [];
    const sizes: number[] = [];
    let before: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data = await gateway.executeOk(Page, { w: websiteId, s: sessionId, last: 7, before });
      const { edges, pageInfo } = data.website.conversation.messages as Connection;
      seen.unshift(...edges.map((e) => e.node.crispId));
      sizes.push(edges.length);
      expect(pageInfo.hasNextPage).toBe(before !== null);
      if (!pageInfo.hasPreviousPage) break;
      before = pageInfo.startCursor;
    }
    console.info(
      `backward walk: ${ordered.length} messages in ${sizes.length} pages of ${sizes.join(', ')}, ${reads(sandbox)} Crisp reads`,
    );
    expect(seen).toEqual(ordered);
    expect(sizes.every((n) => n > 0 && n <= 7)).toBe(true);
  });

  test('first/after walks the same history forwards from its start, every message exactly once in order', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, ordered } = withSharedMilliseconds(sandbox);
    sandbox.resetCalls();
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data = await gateway.executeOk(Page, { w: websiteId, s: sessionId, first: 9, after });
      const { edges, pageInfo } = data.website.conversation.messages as Connection;
      seen.push(...edges.map((e) => e.node.crispId));
      sizes.push(edges.length);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    console.info(
      `forward walk: ${ordered.length} messages in ${sizes.length} pages of ${sizes.join(', ')}, ${reads(sandbox)} Crisp reads`,
    );
    expect(seen).toEqual(ordered);
    const afters = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
    expect(afters.every((c) => c.query.timestamp_after !== undefined)).toBe(true);
  });

  test('walking back past a page, a message sent meanwhile is neither repeated nor does it shift the walk', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, ordered } = withSharedMilliseconds(sandbox);
    const first = await gateway.executeOk(Page, { w: websiteId, s: sessionId, last: 10 });
    const page1 = first.website.conversation.messages as Connection;
    sandbox.appendMessage(websiteId, sessionId, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'a new message',
    });
    const second = await gateway.executeOk(Page, {
      w: websiteId,
      s: sessionId,
      last: 10,
      before: page1.pageInfo.startCursor,
    });
    const page2 = second.website.conversation.messages as Connection;
    const walked = [...page2.edges, ...page1.edges].map((e) => e.node.crispId);
    expect(walked).toEqual(ordered.slice(-walked.length));
    expect(walked.length).toBeGreaterThan(10);
  });
});
