import { createSandbox } from './sandbox.ts';
import type { Tier } from './store.ts';

// A separate entry point from the gateway, so it reads its few settings itself.
const env = process.env;
const tiers: readonly Tier[] = ['plugin', 'website', 'user'];
const tier = (env.SANDBOX_TIER ?? 'plugin') as Tier;
if (!tiers.includes(tier)) throw new Error(`SANDBOX_TIER must be one of ${tiers.join(', ')}`);
const port = Number(env.SANDBOX_PORT ?? 4010);
const activityMs = Number(env.SANDBOX_ACTIVITY_MS ?? 0);
if (!Number.isInteger(port) || port < 0) throw new Error('SANDBOX_PORT must be a port number');
if (!Number.isFinite(activityMs) || activityMs < 0) {
  throw new Error('SANDBOX_ACTIVITY_MS must be a number of milliseconds, 0 for off');
}

const sandbox = await createSandbox({
  port,
  host: env.SANDBOX_HOST ?? '127.0.0.1',
  identifier: env.SANDBOX_IDENTIFIER ?? 'sandbox-identifier',
  key: env.SANDBOX_KEY ?? 'sandbox-key',
  tier,
  activityMs,
  hooks: env.SANDBOX_HOOK_URL
    ? [{ url: env.SANDBOX_HOOK_URL, secret: env.SANDBOX_HOOK_SECRET }]
    : [],
});

// The key is never printed: it may be a real-looking secret someone set in their shell.
console.log(`Crisp sandbox REST  ${sandbox.url}`);
console.log(`Crisp sandbox RTM   ${sandbox.rtmUrl}`);
console.log(`Crisp sandbox token ${sandbox.token.identifier} (tier ${sandbox.token.tier})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
}
