import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitForOptions {
  /** @default 5000 */
  timeout?: number;
  /** @default 20 */
  interval?: number;
}

/**
 * Polls `fn` until it returns without throwing and with a value other than `false`/`undefined`,
 * then resolves with that value. On timeout, rethrows the last failure so the test shows why.
 */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  { timeout = 5000, interval = 20 }: WaitForOptions = {},
): Promise<Exclude<T, false | undefined>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== false && value !== undefined) return value as Exclude<T, false | undefined>;
      last = new Error(`waitFor: condition still ${String(value)}`);
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      if (last instanceof Error)
        last.message = `waitFor timed out after ${timeout} ms: ${last.message}`;
      throw last;
    }
    await sleep(interval);
  }
}
