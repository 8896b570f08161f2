import type { Sandbox } from 'crisp-sandbox';
import type { FormattedExecutionResult } from 'graphql';
import { afterEach } from 'vitest';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import {
  closeClients,
  connected,
  NEW_MESSAGE,
  type NewMessageEvent,
  type Stream,
  subscribed,
  subscribeWs,
} from './support/live.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const GET_MESSAGES = 'website.conversation.get_messages';

const CONVERSATION = `subscription ($w: ID!, $s: ID!) { messageEvents(websiteId: $w, conversationId: $s) { ${NEW_MESSAGE} } }`;
const WEBSITE = `subscription ($w: ID!) { messageEvents(websiteId: $w) { ${NEW_MESSAGE} } }`;

type Result = FormattedExecutionResult<Record<string, NewMessageEvent>>;

afterEach(closeClients);

let running: Gateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/**
 * A gateway whose socket stays down 0.75 to 1.5 s after each drop (long enough to write into the
 * gap) and whose backfill retries quickly; `env` adds variables.
 */
async function start(sandbox: Sandbox, env: Record<string, string> = {}): Promise<Gateway> {
  running = buildGateway(testConfig(sandbox, env), {
    logger: quiet,
    rtm: { reconnect: { minMs: 1500, maxMs: 1500 }, backfillRetry: { minMs: 200, maxMs: 1000 } },
  });
  await running.start();
  await connected(running);
  return running;
}

/** Writes a visitor message straight to the sandbox's REST, as the chat box would. */
function visitor(sandbox: Sandbox, websiteId: string) {
  const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
  return async (sessionId: string, text: string): Promise<number> => {
    const res = await fetch(
      `${sandbox.url}/website/${websiteId}/conversation/${sessionId}/message`,
      {
        method: 'POST',
        headers: {
          authorization: auth,
          'x-crisp-tier': sandbox.token.tier,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ type: 'text', from: 'user', origin: 'chat', content: text }),
      },
    );
    return ((await res.json()) as { data: { fingerprint: number } }).data.fingerprint;
  };
}

const fingerprints = (s: Stream<Result['data']>) =>
  s.results.flatMap((r) =>
    Object.values(r.data ?? {}).flatMap((v) => (v?.message ? [v.message.fingerprint] : [])),
  );
const gapErrors = (s: Stream<Result['data']>) =>
  s.results.flatMap((r) => r.errors ?? []).filter((e) => e.extensions?.code === 'LIVE_EVENTS_GAP');

/** Each expected fingerprint's deliveries: none is lost, none comes twice. */
function tally(name: string, s: Stream<Result['data']>, expected: number[]) {
  const got = fingerprints(s);
  const lost = expected.filter((f) => !got.includes(f)).length;
  const duplicated = got.length - new Set(got).size;
  console.log(
    `${name}: ${expected.length} sent, ${got.length} delivered, lost ${lost}, duplicated ${duplicated}`,
  );
  return { lost, duplicated, unexpected: got.filter((f) => !expected.includes(f)).length };
}

/**
 * Waits until both streams hold every expected message (or 10 s) and backfill has settled, then
 * checks each message came exactly once on each.
 */
async function expectEachOnce(
  gateway: Gateway,
  { conversation, all }: Record<'conversation' | 'all', Stream<Result['data']>>,
  expected: number[],
) {
  await waitFor(
    () =>
      fingerprints(conversation).length >= expected.length &&
      fingerprints(all).length >= expected.length,
    { timeout: 10_000 },
  ).catch(() => undefined);
  await gateway.live!.settled();
  for (const [name, s] of [
    ['messageEvents of the conversation', conversation],
    ['messageEvents of the website', all],
  ] as const) {
    expect(tally(name, s, expected)).toEqual({ lost: 0, duplicated: 0, unexpected: 0 });
  }
}

/**
 * Subscribes to one conversation and to the whole website, drops the socket, writes `gap`
 * visitor messages while it is down, waits for the reconnection and writes `after` more.
 */
async function dropAndWrite(
  gateway: Gateway,
  sandbox: Sandbox,
  { gap, after }: { gap: number; after: number },
) {
  const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
  const sessionId = [...website.conversations.keys()][0]!;
  const conversation = subscribeWs<Result['data']>(gateway.url, CONVERSATION, {
    w: websiteId,
    s: sessionId,
  });
  const all = subscribeWs<Result['data']>(gateway.url, WEBSITE, { w: websiteId });
  await subscribed(gateway, websiteId, 2);
  const send = visitor(sandbox, websiteId);

  const before = await send(sessionId, 'before the drop');
  await waitFor(() => fingerprints(conversation).length === 1 && fingerprints(all).length === 1);
  const droppedAt = Date.now();
  sandbox.dropRtmConnections();
  await waitFor(() => gateway.live!.state !== 'connected');
  const inGap: number[] = [];
  let writtenWhileDown = 0;
  for (let i = 0; i < gap; i++) {
    inGap.push(await send(sessionId, `during the gap ${i}`));
    if (gateway.live!.state !== 'connected') writtenWhileDown++;
  }
  const gapWrittenAt = Date.now();
  // The messages have to be missed by the socket, or the test proves nothing.
  expect(writtenWhileDown).toBe(gap);
  await connected(gateway);
  const live: number[] = [];
  for (let i = 0; i < after; i++) live.push(await send(sessionId, `after the reconnection ${i}`));
  return {
    websiteId,
    sessionId,
    conversation,
    all,
    droppedAt,
    gapWrittenAt,
    expected: [before, ...inGap, ...live],
  };
}

describe('backfill after an RTM reconnection', () => {
  test('messages written while the socket was down arrive exactly once though the backfill read fails three times with 503', async ({
    sandbox,
  }) => {
    const gateway = await start(sandbox);
    // One whole read (three attempts, the client's retries included) fails.
    sandbox.failNext(GET_MESSAGES, { status: 503, reason: 'error' }, 3);
    const { conversation, all, expected } = await dropAndWrite(gateway, sandbox, {
      gap: 5,
      after: 5,
    });

    await expectEachOnce(gateway, { conversation, all }, expected);
    for (const stream of [conversation, all]) {
      expect(stream.results.every((r) => !r.errors)).toBe(true);
    }
    // The armed failures were consumed by the backfill, which then read again and succeeded.
    const reads = sandbox.calls.filter((c) => c.id === GET_MESSAGES);
    expect(reads.filter((c) => c.status === 503)).toHaveLength(3);
    expect(reads.some((c) => c.status === 200)).toBe(true);
    expect(gateway.live!.stats.backfill).toBeGreaterThanOrEqual(5);
  });

  test('messages written while the socket was down arrive exactly once though the backfill meets an open circuit breaker', async ({
    sandbox,
  }) => {
    const gateway = await start(sandbox, {
      CRISP_BREAKER_THRESHOLD: '5',
      CRISP_BREAKER_COOLDOWN_MS: '3000',
    });
    const states: string[] = [];
    gateway.crisp.breakers!.onChange(
      (route, state) => route.includes('messages') && states.push(state),
    );
    // Another client's reads of the route fail five times in a row, which opens its circuit:
    // the backfill after the reconnection is refused without a call until the cool-down ends.
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const sessionId = [...website.conversations.keys()][0]!;
    sandbox.failNext(GET_MESSAGES, { status: 503, reason: 'error' }, 5);
    const read = `query ($w: ID!, $s: String!) { website(id: $w) { conversation(sessionId: $s) { messages { edges { cursor } } } } }`;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: read, variables: { w: websiteId, s: sessionId } }),
      });
      await res.text();
    }
    expect(states).toEqual(['open']);
    const { conversation, all, expected } = await dropAndWrite(gateway, sandbox, {
      gap: 5,
      after: 5,
    });
    expect(gateway.crisp.breakers!.notClosed().map((c) => c.state)).toContain('open');

    await expectEachOnce(gateway, { conversation, all }, expected);
    expect(states.at(-1)).toBe('closed');
  });

  test('a gap still unread past CRISP_RTM_GAP_SIGNAL_MS is signalled with its window, the stream goes on, and its messages follow once the read succeeds', async ({
    sandbox,
  }) => {
    const gateway = await start(sandbox, {
      CRISP_RTM_GAP_SIGNAL_MS: '1000',
      CRISP_BREAKER_COOLDOWN_MS: '1000',
    });
    // Every read of the conversation's messages fails until the faults are cleared.
    sandbox.failNext(GET_MESSAGES, { status: 503, reason: 'error' }, 10_000);
    const { websiteId, sessionId, conversation, all, droppedAt, gapWrittenAt, expected } =
      await dropAndWrite(gateway, sandbox, { gap: 3, after: 1 });

    for (const s of [conversation, all]) {
      const [gap] = await waitFor(() => gapErrors(s).length > 0 && gapErrors(s), { timeout: 5000 });
      const window = gap!.extensions!.gap as {
        websiteId: string;
        sessionId: string;
        from: string;
        to: string;
      };
      console.log(
        `gap signalled ${Date.now() - droppedAt} ms after the drop: ${JSON.stringify(window)}`,
      );
      expect(window).toMatchObject({ websiteId, sessionId });
      // The window covers the messages written while the socket was down.
      expect(Date.parse(window.from)).toBeLessThanOrEqual(droppedAt);
      expect(Date.parse(window.to)).toBeGreaterThanOrEqual(gapWrittenAt);
      expect(gapErrors(s)).toHaveLength(1);
    }
    // The stream goes on: the message written after the reconnection came live, the gap's did not yet.
    const [before, ...rest] = expected;
    const liveOnes = rest.slice(-1);
    for (const s of [conversation, all]) expect(fingerprints(s)).toEqual([before, ...liveOnes]);

    sandbox.resetFaults();
    await expectEachOnce(gateway, { conversation, all }, expected);
    // A later message still comes live, on the same stream.
    const next = await visitor(sandbox, websiteId)(sessionId, 'after the recovery');
    await waitFor(
      () => fingerprints(conversation).includes(next) && fingerprints(all).includes(next),
    );
  });
});
