import { DAILY_QUOTA_BY_TIER } from '../datasources/quota.ts';
import { isSet, readGroup, type Settings } from './config/variable.ts';
import { variables } from './config/variables.ts';

export { type ApiKeyConfig, parseApiKeys } from './config/lists.ts';

/** Raised for an unusable environment; `main.ts` prints the message and exits 1, without a stack. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_ERROR';
  constructor(
    /** Each bad variable with what is wrong with it (never its value). */
    readonly problems: string[],
  ) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Variables = Settings<typeof variables>;

/** The settings of src/server/config/variables.ts, with the Crisp token whole or absent. */
export type Config = Omit<Variables, 'token'> & {
  /** Absent: no Crisp token, so `npm start` serves the built-in sandbox. */
  crisp?: { identifier: string; key: string; tier: Variables['token']['tier'] };
  /**
   * True when the Crisp API is the built-in sandbox (set by main.ts and the tests' fixtures, never
   * from the environment): the gateway may then stay open, with GraphiQL and introspection on.
   */
  sandbox?: boolean;
};
export type UpstreamConfig = Config['upstream'];
export type AuthConfig = Config['auth'];
export type LimitsConfig = Config['limits'];

/** Problems no single variable shows: variables that need one another, or exclude one another. */
function crossChecks(env: Record<string, string | undefined>, problems: Map<string, string>): void {
  const set = (name: string) => isSet(env, name);
  if (set('CRISP_IDENTIFIER') && !set('CRISP_KEY'))
    problems.set('CRISP_KEY', 'CRISP_KEY is required when CRISP_IDENTIFIER is set');
  if (set('CRISP_KEY') && !set('CRISP_IDENTIFIER'))
    problems.set('CRISP_IDENTIFIER', 'CRISP_IDENTIFIER is required when CRISP_KEY is set');
  // A website token covers exactly one website, which the gateway has to be told.
  if (set('CRISP_IDENTIFIER') && env.CRISP_TIER === 'website' && !set('CRISP_WEBSITE_ID')) {
    problems.set('CRISP_WEBSITE_ID', 'CRISP_WEBSITE_ID is required with CRISP_TIER=website');
  }
  if (env.CRISP_RTM_MODE === 'webhooks' && !set('CRISP_WEBHOOK_SECRET')) {
    problems.set(
      'CRISP_WEBHOOK_SECRET',
      'CRISP_WEBHOOK_SECRET is required with CRISP_RTM_MODE=webhooks',
    );
  }
  if (
    env.GATEWAY_AUTH === 'none' &&
    ['GATEWAY_JWT_SECRET', 'GATEWAY_JWKS_URL', 'GATEWAY_API_KEYS'].some(set)
  ) {
    problems.set(
      'GATEWAY_AUTH',
      'GATEWAY_AUTH=none cannot be combined with GATEWAY_JWT_SECRET, GATEWAY_JWKS_URL or GATEWAY_API_KEYS',
    );
  }
}

/** Parses the environment. The only reader of `process.env` in the gateway. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems = new Map<string, string>();
  const { token, ...settings } = readGroup(variables, env, problems);
  crossChecks(env, problems);
  if (problems.size > 0) throw new ConfigError([...problems.values()]);
  return {
    ...settings,
    crisp:
      token.identifier && token.key
        ? { identifier: token.identifier, key: token.key, tier: token.tier }
        : undefined,
    upstream: {
      ...settings.upstream,
      dailyQuota: settings.upstream.dailyQuota ?? DAILY_QUOTA_BY_TIER[token.tier],
    },
  };
}
