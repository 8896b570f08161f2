import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { Agent } from 'undici';
import { startGatewayChild } from './gateway-child.ts';
import { firstWebsiteId } from './inbox.ts';
import type { Row } from './report.ts';
import { summarize } from './stats.ts';
import { type Subscriber, subscribeSse, subscribeWs } from './subscriber.ts';

export interface FanoutOptions {
  /** graphql-ws subscriber counts. @default [100, 1000, 5000] */
  wsSizes?: number[];
  /** SSE subscriber count; 0 skips it. @default 1000 */
  sseSize?: number;
  /** Events sent per size; every subscriber's delay for each counts. @default 5 */
  events?: number;
}

const MESSAGES = `subscription ($websiteId: ID!, $conversationId: ID!) {
  messageEvents(websiteId: $websiteId, conversationId: $conversationId) {
    name
    ... on MessageReceivedEvent { message { fingerprint } }
  }
}`;

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Opens `count` subscribers, sends `events` messages one at a time, and times each from the
 * sandbox write that emits it to each subscriber's receipt. RSS is the gateway's, after GC.
 */
async function fanOut(
  sandbox: Sandbox,
  count: number,
  events: number,
  open: (gatewayUrl: string) => Subscriber,
) {
  const websiteId = firstWebsiteId(sandbox);
  // A fresh gateway per size: what an earlier size left in its heap would blur the RSS delta.
  const gateway = await startGatewayChild(sandbox, 'websocket');
  const rssBefore = await gateway.rss();
  const subscribers: Subscriber[] = [];
  // In slices, so the handshakes do not all queue at once.
  for (let i = 0; i < count; i += 250) {
    for (let j = i; j < Math.min(count, i + 250); j++) subscribers.push(open(gateway.url));
    await until(
      `${Math.min(count, i + 250)} subscribers`,
      async () => (await gateway.subscribers(websiteId)) >= Math.min(count, i + 250),
      30_000,
    );
  }
  const rssPerSubscriber = ((await gateway.rss()) - rssBefore) / count;
  const delays: number[] = [];
  let missed = 0;
  try {
    for (let e = 1; e <= events; e++) {
      const sentAt = performance.now();
      sandbox.appendMessage(websiteId, SESSION.get(sandbox)!, {
        type: 'text',
        from: 'user',
        origin: 'chat',
        content: `bench event ${e}`,
      });
      await until(
        `event ${e} at every subscriber`,
        () => subscribers.every((s) => s.arrivals.length >= e),
        10_000,
      ).catch(() => undefined);
      for (const s of subscribers) {
        const at = s.arrivals[e - 1];
        if (at === undefined) missed++;
        else delays.push(at - sentAt);
      }
    }
  } finally {
    for (const s of subscribers) s.close();
    await gateway.stop();
  }
  return { ...summarize(delays), missed, rssPerSubscriber };
}

const SESSION = new WeakMap<Sandbox, string>();

/**
 * B4: one message event fanned out to graphql-ws subscribers, then SSE ones. The subscribers
 * live in this process with the sandbox; the gateway in its own, so its RSS is its own.
 */
export async function benchFanout(options: FanoutOptions = {}): Promise<Row[]> {
  const { wsSizes = [100, 1000, 5000], sseSize = 1000, events = 5 } = options;
  const sandbox = await createSandbox();
  const website = sandbox.seed.website(firstWebsiteId(sandbox))!;
  SESSION.set(sandbox, website.conversations.keys().next().value!);
  const sse = new Agent({ connections: null, keepAliveTimeout: 1000 });
  const variables = {
    websiteId: firstWebsiteId(sandbox),
    conversationId: SESSION.get(sandbox),
  };
  const largest = Math.max(...wsSizes);
  const rows: Row[] = [];
  try {
    const runs = [
      ...wsSizes.map((n) => ({
        label: `graphql-ws ×${n}`,
        n,
        targets: n === largest,
        open: (url: string) => subscribeWs(url, MESSAGES, variables),
      })),
      ...(sseSize > 0
        ? [
            {
              label: `SSE ×${sseSize}`,
              n: sseSize,
              targets: false,
              open: (url: string) => subscribeSse(url, MESSAGES, variables, sse),
            },
          ]
        : []),
    ];
    for (const run of runs) {
      const r = await fanOut(sandbox, run.n, events, run.open);
      rows.push(
        { bench: 'B4', measure: `${run.label}: p50 delay`, value: r.p50, unit: 'ms' },
        {
          bench: 'B4',
          measure: `${run.label}: p99 delay`,
          value: r.p99,
          unit: 'ms',
          ...(run.targets ? { target: '≤ 250 ms', met: r.p99 <= 250 } : {}),
        },
        {
          bench: 'B4',
          measure: `${run.label}: events missed`,
          value: r.missed,
          unit: '',
          target: '0',
          met: r.missed === 0,
        },
      );
      // Below a thousand subscribers the delta drowns in the heap's own breathing (a few MiB).
      if (run.n >= 1000 || run.targets) {
        const target = run.targets ? { target: '≤ 20 KB', met: r.rssPerSubscriber <= 20_000 } : {};
        rows.push({
          bench: 'B4',
          measure: `${run.label}: RSS per subscriber`,
          value: r.rssPerSubscriber / 1024,
          unit: 'KiB',
          ...target,
        });
      }
    }
    return rows;
  } finally {
    await sse.close();
    await sandbox.close();
  }
}
