import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmittedEvent, SandboxStore } from '../store.ts';

export interface HookTarget {
  url: string;
  /** Signs each delivery (`X-Crisp-Signature`); unsigned when absent, like Website Hooks. */
  secret?: string;
  /**
   * Pause before each retry, in ms; a delivery gets one attempt more than there are entries.
   * Crisp does not publish its schedule (docs/crisp/RTM.md §7). @default [1000, 5000]
   */
  retryDelays?: number[];
  /** Deliveries waiting for this target; past it the oldest is dropped. @default 1000 */
  maxQueue?: number;
}

const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Lower-case hex HMAC-SHA256 over `[timestamp;body]`, as Plugin Hooks sign (docs/crisp/RTM.md §7).
 */
function signHook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`[${timestamp};${body}]`).digest('hex');
}

/** POSTs one body until a 2xx or the attempt limit; true when it was accepted. */
async function deliver(target: HookTarget, body: string, signal: AbortSignal): Promise<boolean> {
  const delays = target.retryDelays ?? [1000, 5000];
  const limit = delays.length + 1;
  for (let attempt = 1; attempt <= limit && !signal.aborted; attempt++) {
    // Each attempt is signed afresh, so the timestamp header is the time of that request.
    const timestamp = String(Date.now());
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Crisp-Request-Timestamp': timestamp,
      'X-Delivery-Attempt-Count': String(attempt),
      'X-Delivery-Attempt-Limit': String(limit),
    };
    if (target.secret) headers['X-Crisp-Signature'] = signHook(target.secret, timestamp, body);
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      await res.body?.cancel(); // frees the connection; the answer's body means nothing to Crisp
      if (res.ok) return true;
    } catch {
      // A refused connection or a timeout counts as a failed attempt, like a non-2xx answer.
    }
    const delay = delays[attempt - 1];
    if (delay !== undefined) await sleep(delay, undefined, { signal }).catch(() => undefined);
  }
  return false;
}

/** One target's deliveries, sent one at a time so a retry never lets a later event overtake. */
function createQueue(target: HookTarget, signal: AbortSignal) {
  const pending: EmittedEvent[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    for (let next = pending.shift(); next && !signal.aborted; next = pending.shift()) {
      const { website_id, event, data, timestamp } = next;
      // An event without a website leaves out `website_id`, which Crisp's typings mark optional.
      const envelope = website_id
        ? { website_id, event, data, timestamp }
        : { event, data, timestamp };
      const sent = await deliver(target, JSON.stringify(envelope), signal);
      if (!sent && !signal.aborted) {
        // The origin only: a Website Hook URL may carry its secret in the query string.
        const { origin } = new URL(target.url);
        console.warn('sandbox: hook delivery given up', { event, target: origin });
      }
    }
    running = false;
  }

  return {
    push(e: EmittedEvent): void {
      pending.push(e);
      // A dead target must not grow the sandbox's memory without end; Crisp drops too, eventually.
      if (pending.length > (target.maxQueue ?? 1000)) pending.shift();
      if (!running) void drain();
    },
  };
}

/**
 * Sends every event of the store as a POST to each target, off the REST request path: a write
 * only queues the event, and each target's queue retries with back-off on non-2xx or network error.
 */
export function startHookSender(store: SandboxStore, targets: HookTarget[]) {
  const controller = new AbortController();
  const queues = targets.map((t) => createQueue(t, controller.signal));
  const onEvent = (e: EmittedEvent) => {
    for (const q of queues) q.push(e);
  };
  store.events.on('event', onEvent);
  return {
    add: (t: HookTarget) => void queues.push(createQueue(t, controller.signal)),
    /** Cancels pending retries and queued deliveries. */
    stop(): void {
      store.events.off('event', onEvent);
      controller.abort();
    },
  };
}
