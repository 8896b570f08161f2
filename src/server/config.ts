import { z } from 'zod';

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

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const port = z.coerce.number().int().min(0).max(65_535);

const EnvSchema = z.object({
  PORT: optional(port).transform((v) => v ?? 4000),
  // Loopback by default: the gateway holds a Crisp token, so reaching it from the network is an
  // explicit choice (HOST=0.0.0.0, e.g. in a container).
  HOST: optional(z.string().min(1)).transform((v) => v ?? '127.0.0.1'),
  CRISP_IDENTIFIER: optional(z.string().min(1)),
  CRISP_KEY: optional(z.string().min(1)),
  CRISP_TIER: optional(z.enum(['plugin', 'website', 'user'])).transform((v) => v ?? 'plugin'),
  CRISP_API_URL: optional(z.url({ protocol: /^https?$/ })).transform((v) => (v ?? 'https://api.crisp.chat/v1').replace(/\/$/, '')),
  // Any UUID-shaped id, in either case (Crisp's are lower-case v4).
  CRISP_WEBSITE_ID: optional(z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)).transform((v) => v?.toLowerCase()),
  CRISP_TIMEOUT_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 10_000),
  SANDBOX_ACTIVITY_MS: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 4000),
  CRISP_RTM_MODE: optional(z.enum(['websocket', 'webhooks', 'off'])).transform((v) => v ?? 'websocket'),
  CRISP_WEBHOOK_SECRET: optional(z.string().min(1)),
  CRISP_WEBHOOK_MAX_AGE_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 300_000),
  CRISP_RTM_LEASE_TTL_MS: optional(z.coerce.number().int().min(1000)).transform((v) => v ?? 15_000),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  REDIS_KEY_PREFIX: optional(z.string().min(1)).transform((v) => v ?? 'crisp-gateway:'),
});

// Messages name the variable and the expectation; zod's own messages for strings could quote input.
const expectations: Record<string, string> = {
  PORT: 'must be an integer from 0 to 65535',
  HOST: 'must not be empty',
  CRISP_TIER: 'must be one of plugin, website, user',
  CRISP_API_URL: 'must be an http(s) URL, e.g. https://api.crisp.chat/v1',
  CRISP_WEBSITE_ID: 'must be a website UUID',
  CRISP_TIMEOUT_MS: 'must be a positive integer (milliseconds)',
  SANDBOX_ACTIVITY_MS: 'must be an integer >= 0 (milliseconds; 0 turns activity off)',
  CRISP_RTM_MODE: 'must be one of websocket, webhooks, off',
  CRISP_WEBHOOK_SECRET: 'must not be empty',
  CRISP_WEBHOOK_MAX_AGE_MS: 'must be a positive integer (milliseconds)',
  CRISP_RTM_LEASE_TTL_MS: 'must be an integer >= 1000 (milliseconds)',
  REDIS_URL: 'must be a redis:// or rediss:// URL',
  REDIS_KEY_PREFIX: 'must not be empty',
};

export interface Config {
  port: number;
  host: string;
  /** Absent: no Crisp token, so `npm start` serves the built-in sandbox. */
  crisp?: { identifier: string; key: string; tier: 'plugin' | 'website' | 'user' };
  /** REST base including `/v1`. */
  crispApiUrl: string;
  /** The website used when a field takes no explicit id. */
  defaultWebsiteId?: string;
  crispTimeoutMs: number;
  /** Simulated visitor activity interval of the sandbox started when no token is set; 0 is off. */
  sandboxActivityMs: number;
  /** How Crisp events reach subscriptions: the RTM socket, web hooks only, or not at all. */
  rtmMode: 'websocket' | 'webhooks' | 'off';
  /** Plugin Hooks signing secret; turns on `POST /webhooks/crisp`. */
  webhookSecret?: string;
  /** Web hooks whose timestamp is further from now than this are refused. */
  webhookMaxAgeMs: number;
  /** A replica that stops renewing the RTM socket lease loses it after this long. */
  rtmLeaseTtlMs: number;
  /** Shares events and the socket lease between replicas; absent: one process, in memory. */
  redisUrl?: string;
  redisKeyPrefix: string;
}

/** Parses the environment. The only reader of `process.env` in the gateway. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0] ?? 'environment');
    if (!problems.has(name)) problems.set(name, `${name} ${expectations[name] ?? 'is not valid'}`);
  }
  // Checked on the raw values, so they are reported alongside any malformed variable.
  const set = (name: string) => blankToUndefined(env[name]) !== undefined;
  if (set('CRISP_IDENTIFIER') && !set('CRISP_KEY')) problems.set('CRISP_KEY', 'CRISP_KEY is required when CRISP_IDENTIFIER is set');
  if (set('CRISP_KEY') && !set('CRISP_IDENTIFIER')) problems.set('CRISP_IDENTIFIER', 'CRISP_IDENTIFIER is required when CRISP_KEY is set');
  // A website token covers exactly one website, which the gateway has to be told.
  if (set('CRISP_IDENTIFIER') && env.CRISP_TIER === 'website' && !set('CRISP_WEBSITE_ID')) {
    problems.set('CRISP_WEBSITE_ID', 'CRISP_WEBSITE_ID is required with CRISP_TIER=website');
  }
  if (env.CRISP_RTM_MODE === 'webhooks' && !set('CRISP_WEBHOOK_SECRET')) {
    problems.set('CRISP_WEBHOOK_SECRET', 'CRISP_WEBHOOK_SECRET is required with CRISP_RTM_MODE=webhooks');
  }
  if (!parsed.success || problems.size > 0) throw new ConfigError([...problems.values()]);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    crisp: e.CRISP_IDENTIFIER && e.CRISP_KEY ? { identifier: e.CRISP_IDENTIFIER, key: e.CRISP_KEY, tier: e.CRISP_TIER } : undefined,
    crispApiUrl: e.CRISP_API_URL,
    defaultWebsiteId: e.CRISP_WEBSITE_ID,
    crispTimeoutMs: e.CRISP_TIMEOUT_MS,
    sandboxActivityMs: e.SANDBOX_ACTIVITY_MS,
    rtmMode: e.CRISP_RTM_MODE,
    webhookSecret: e.CRISP_WEBHOOK_SECRET,
    webhookMaxAgeMs: e.CRISP_WEBHOOK_MAX_AGE_MS,
    rtmLeaseTtlMs: e.CRISP_RTM_LEASE_TTL_MS,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
  };
}
