import type { Sandbox } from './sandbox.ts';

/**
 * The environment that points a gateway at a sandbox, as `loadConfig` reads it: the sandbox's
 * token and REST base, and a free loopback port. Tests and benchmarks add their own settings.
 */
export function sandboxEnv(sandbox: Pick<Sandbox, 'token' | 'url'>): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    CRISP_IDENTIFIER: sandbox.token.identifier,
    CRISP_KEY: sandbox.token.key,
    CRISP_TIER: sandbox.token.tier,
    CRISP_API_URL: sandbox.url,
  };
}
