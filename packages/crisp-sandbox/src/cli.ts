import { readCliEnv } from './cli-env.ts';
import { createSandbox } from './sandbox.ts';

// A separate entry point from the gateway, so it reads its few settings itself.
const env = readCliEnv(process.env);

const sandbox = await createSandbox({
  port: env.port,
  host: env.host,
  identifier: env.identifier,
  key: env.key,
  tier: env.tier,
  activityMs: env.activityMs,
  hooks: env.hookUrl ? [{ url: env.hookUrl, secret: env.hookSecret }] : [],
});

// The key is never printed: it may be a real-looking secret someone set in their shell.
console.log(`Crisp sandbox REST  ${sandbox.url}`);
console.log(`Crisp sandbox RTM   ${sandbox.rtmUrl}`);
console.log(`Crisp sandbox token ${sandbox.token.identifier} (tier ${sandbox.token.tier})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
}
