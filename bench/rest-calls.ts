import { createLoaders, type LoaderFactory, type Loaders } from '../src/datasources/loaders.ts';
import { startInProcess } from './in-process.ts';
import { firstWebsiteId, INBOX, type InboxData, inboxLowerBound } from './inbox.ts';
import type { Row } from './report.ts';

/**
 * The gateway as it would run without dataloader: a fresh set of loaders on every access, so no
 * load is batched with another, primed or answered from a cache.
 */
const unsharedLoaders: LoaderFactory = (crisp) =>
  new Proxy({} as Loaders, { get: (_, name) => createLoaders(crisp)[name as keyof Loaders] });

/**
 * REST calls the canonical inbox query makes, with and without loaders. The read cache is off: it
 * would share the identical reads of unshared loaders, which is what this measures.
 */
async function countCalls(loaders: LoaderFactory) {
  const env = await startInProcess({ createLoaders: loaders }, { GATEWAY_CACHE: 'off' });
  try {
    const websiteId = firstWebsiteId(env.sandbox);
    env.sandbox.resetCalls();
    const data = await env.execute<InboxData>(INBOX, { websiteId });
    return {
      calls: env.sandbox.calls.length,
      lowerBound: inboxLowerBound(env.sandbox, websiteId, data),
    };
  } finally {
    await env.close();
  }
}

/** B1: the gateway against the same query with loaders off and against the lower bound. */
export async function benchRestCalls(): Promise<Row[]> {
  const on = await countCalls(createLoaders);
  const off = await countCalls(unsharedLoaders);
  const unit = 'calls';
  return [
    {
      bench: 'B1',
      measure: 'inbox REST calls, gateway',
      value: on.calls,
      unit,
      target: `= lower bound (${on.lowerBound})`,
      met: on.calls <= on.lowerBound,
    },
    { bench: 'B1', measure: 'inbox REST calls, loaders off', value: off.calls, unit },
    { bench: 'B1', measure: 'inbox REST calls, lower bound', value: on.lowerBound, unit },
  ];
}
