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
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

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
  CRISP_RTM_LEASE_TTL_MS: optional(z.coerce.number().int().min(1000)).transform((v) => v ?? 3000),
  CRISP_RTM_GAP_SIGNAL_MS: optional(z.coerce.number().int().min(1000)).transform((v) => v ?? 60_000),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  REDIS_KEY_PREFIX: optional(z.string().min(1)).transform((v) => v ?? 'crisp-gateway:'),
  // Upstream resilience, logs and shutdown (src/datasources/{rate-limit,retry,circuit-breaker}.ts).
  CRISP_RATE_PER_SECOND: optional(z.coerce.number().min(0)).transform((v) => v ?? 20),
  CRISP_RATE_BURST: optional(z.coerce.number().int().positive()).transform((v) => v ?? 40),
  CRISP_RATE_MAX_WAIT_MS: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 10_000),
  CRISP_RETRY_ATTEMPTS: optional(z.coerce.number().int().min(1).max(10)).transform((v) => v ?? 3),
  CRISP_RETRY_AFTER_MAX_MS: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 5000),
  CRISP_BREAKER_THRESHOLD: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 5),
  CRISP_BREAKER_COOLDOWN_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 10_000),
  CRISP_DAILY_QUOTA: optional(z.coerce.number().int().positive()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform((v) => v ?? 'info'),
  SHUTDOWN_TIMEOUT_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 10_000),
  SANDBOX_LATENCY_MS: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 0),
  // Client access and operation limits (src/server/auth.ts, access.ts, limits.ts).
  GATEWAY_AUTH: optional(z.enum(['none'])),
  GATEWAY_JWT_SECRET: optional(z.string().min(32)),
  GATEWAY_JWKS_URL: optional(z.url({ protocol: /^https?$/ })),
  GATEWAY_JWT_ISSUER: optional(z.string().min(1)),
  GATEWAY_JWT_AUDIENCE: optional(z.string().min(1)),
  GATEWAY_API_KEYS: optional(z.string().min(1)),
  GATEWAY_INTROSPECTION: optional(flag),
  GATEWAY_GRAPHIQL: optional(flag),
  GATEWAY_CORS_ORIGINS: optional(z.string().min(1)),
  GATEWAY_CSRF: optional(flag).transform((v) => v ?? true),
  GATEWAY_MAX_BODY_BYTES: optional(positiveInt).transform((v) => v ?? 100_000),
  GATEWAY_MAX_DEPTH: optional(positiveInt).transform((v) => v ?? 12),
  GATEWAY_MAX_ALIASES: optional(positiveInt).transform((v) => v ?? 15),
  GATEWAY_MAX_TOKENS: optional(positiveInt).transform((v) => v ?? 2000),
  GATEWAY_MAX_DIRECTIVES: optional(positiveInt).transform((v) => v ?? 20),
  GATEWAY_MAX_COST: optional(positiveInt).transform((v) => v ?? 20_000),
  GATEWAY_MAX_CRISP_CALLS: optional(positiveInt).transform((v) => v ?? 100),
  GATEWAY_PERSISTED_OPERATIONS: optional(z.string().min(1)),
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
  CRISP_RTM_GAP_SIGNAL_MS: 'must be an integer >= 1000 (milliseconds)',
  REDIS_URL: 'must be a redis:// or rediss:// URL',
  REDIS_KEY_PREFIX: 'must not be empty',
  CRISP_RATE_PER_SECOND: 'must be a number >= 0 (calls a second; 0 turns the bucket off)',
  CRISP_RATE_BURST: 'must be a positive integer',
  CRISP_RATE_MAX_WAIT_MS: 'must be an integer >= 0 (milliseconds)',
  CRISP_RETRY_ATTEMPTS: 'must be an integer from 1 to 10 (attempts in all; 1 turns retries off)',
  CRISP_RETRY_AFTER_MAX_MS: 'must be an integer >= 0 (milliseconds)',
  CRISP_BREAKER_THRESHOLD: 'must be an integer >= 0 (0 turns the circuit breaker off)',
  CRISP_BREAKER_COOLDOWN_MS: 'must be a positive integer (milliseconds)',
  CRISP_DAILY_QUOTA: 'must be a positive integer (calls a day)',
  LOG_LEVEL: 'must be one of fatal, error, warn, info, debug, trace, silent',
  SHUTDOWN_TIMEOUT_MS: 'must be a positive integer (milliseconds)',
  SANDBOX_LATENCY_MS: 'must be an integer >= 0 (milliseconds)',
  GATEWAY_AUTH: 'must be none (or unset)',
  GATEWAY_JWT_SECRET: 'must be at least 32 characters',
  GATEWAY_JWKS_URL: 'must be an http(s) URL',
  GATEWAY_JWT_ISSUER: 'must not be empty',
  GATEWAY_JWT_AUDIENCE: 'must not be empty',
  GATEWAY_API_KEYS: 'must be a JSON array or a list of key:websites:r|rw entries (see README)',
  GATEWAY_INTROSPECTION: 'must be true or false',
  GATEWAY_GRAPHIQL: 'must be true or false',
  GATEWAY_CORS_ORIGINS: 'must be * or a comma-separated list of origins',
  GATEWAY_CSRF: 'must be true or false',
  GATEWAY_MAX_BODY_BYTES: 'must be a positive integer (bytes)',
  GATEWAY_MAX_DEPTH: 'must be a positive integer',
  GATEWAY_MAX_ALIASES: 'must be a positive integer',
  GATEWAY_MAX_TOKENS: 'must be a positive integer',
  GATEWAY_MAX_DIRECTIVES: 'must be a positive integer',
  GATEWAY_MAX_COST: 'must be a positive integer',
  GATEWAY_MAX_CRISP_CALLS: 'must be a positive integer (Crisp calls one operation may make)',
  GATEWAY_PERSISTED_OPERATIONS: 'must be the path of a JSON file',
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
  /** Messages missed while the socket was down and still not backfilled after this long are signalled to their subscribers. */
  rtmGapSignalMs: number;
  /** Shares events and the socket lease between replicas; absent: one process, in memory. */
  redisUrl?: string;
  redisKeyPrefix: string;
  /** Token bucket, retries, circuit breaker and daily quota toward Crisp. */
  upstream: UpstreamConfig;
  /** pino level; `silent` writes nothing. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** On SIGTERM, in-flight operations get this long to finish before connections are cut. */
  shutdownTimeoutMs: number;
  /** Latency the built-in sandbox adds to every answer (`npm start` without a token; demos, tests). */
  sandboxLatencyMs: number;
  /**
   * True when the Crisp API is the built-in sandbox (set by main.ts and the tests' fixtures, never
   * from the environment): the gateway may then stay open, with GraphiQL and introspection on.
   */
  sandbox?: boolean;
  /** Who may call the gateway; see src/server/auth.ts. */
  auth: AuthConfig;
  /** Operation limits and HTTP switches; see src/server/limits.ts. */
  limits: LimitsConfig;
}

export interface UpstreamConfig {
  /** Calls a second per token; 0: no bucket. @default 20 */
  ratePerSecond: number;
  /** @default 40 */
  rateBurst: number;
  /** A call that would queue longer is refused with RATE_LIMITED. @default 10000 */
  rateMaxWaitMs: number;
  /** Attempts in all for GET/HEAD and sendMessage; 1: no retry. @default 3 */
  retryAttempts: number;
  /** Longest `Retry-After` waited for. @default 5000 */
  retryAfterMaxMs: number;
  /** Consecutive failures that open a route's circuit; 0: no breaker. @default 5 */
  breakerThreshold: number;
  /** @default 10000 */
  breakerCooldownMs: number;
  /** The token's daily quota, shown next to the count; unset: by tier (plugin 5000, website 10000). */
  dailyQuota?: number;
}

export interface ApiKeyConfig {
  /** Shown in logs instead of the key. */
  name: string;
  key: string;
  /** Website ids (lower case) the key may use, or `*` for every website the Crisp token reaches. */
  websites: string[] | '*';
  write: boolean;
}

export interface AuthConfig {
  /** `none`: no client authentication even with real Crisp credentials (logged as a warning). */
  mode?: 'none';
  /** HS256 shared secret for bearer JWTs. */
  jwtSecret?: string;
  /** JWKS URL for bearer JWTs signed with asymmetric keys. */
  jwksUrl?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  apiKeys: ApiKeyConfig[];
}

export interface LimitsConfig {
  /** Unset: on in sandbox mode, off with real Crisp credentials. */
  introspection?: boolean;
  /** Unset: on in sandbox mode, off with real Crisp credentials. */
  graphiql?: boolean;
  /** Unset: any origin in sandbox mode, none (same origin only) with real credentials. */
  corsOrigins?: string[] | '*';
  /** @default true */
  csrf: boolean;
  /** @default 100000 */
  maxBodyBytes: number;
  /** @default 12 */
  maxDepth: number;
  /** @default 15 */
  maxAliases: number;
  /** @default 2000 */
  maxTokens: number;
  /** @default 20 */
  maxDirectives: number;
  /** Cost of the fields (objects 2, scalars 1, ×1.5 per level, × page sizes, variables included). @default 20000 */
  maxCost: number;
  /** Crisp calls one operation may be estimated to make before it runs (src/server/crisp-budget.ts). @default 100 */
  maxCrispCalls: number;
  /** Path of a JSON map `hash → document`; set: only these operations run. */
  persistedOperationsPath?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z0-9_~+/=-]{16,}$/;

const apiKeysJson = z.array(
  z.object({
    key: z.string().regex(KEY),
    name: z.string().min(1).optional(),
    websites: z.union([z.literal('*'), z.array(z.string().regex(UUID))]),
    write: z.boolean().optional(),
  }),
);

/**
 * GATEWAY_API_KEYS: a JSON array (`[{ "key", "name"?, "websites": [...] | "*", "write"? }]`) or
 * entries `key:websites:r|rw` separated by spaces, newlines or `;`, websites being `*` or ids
 * joined by commas. Undefined when malformed; the message never quotes the value.
 */
export function parseApiKeys(value: string): ApiKeyConfig[] | undefined {
  const keys: ApiKeyConfig[] = [];
  if (value.trim().startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      return undefined;
    }
    const parsed = apiKeysJson.safeParse(json);
    if (!parsed.success) return undefined;
    for (const [i, k] of parsed.data.entries()) {
      keys.push({ name: k.name ?? `key-${i + 1}`, key: k.key, websites: k.websites === '*' ? '*' : k.websites.map((w) => w.toLowerCase()), write: k.write ?? false });
    }
  } else {
    const entries = value.split(/[\s;]+/).filter(Boolean);
    for (const [i, entry] of entries.entries()) {
      const [key, websites, mode, ...rest] = entry.split(':');
      if (rest.length > 0 || !key || !KEY.test(key) || !websites || (mode !== 'r' && mode !== 'rw')) return undefined;
      const ids = websites === '*' ? '*' : websites.split(',');
      if (ids !== '*' && !ids.every((id) => UUID.test(id))) return undefined;
      keys.push({ name: `key-${i + 1}`, key, websites: ids === '*' ? '*' : ids.map((w) => w.toLowerCase()), write: mode === 'rw' });
    }
  }
  if (keys.length === 0 || new Set(keys.map((k) => k.key)).size !== keys.length) return undefined;
  return keys;
}

function parseOrigins(value: string | undefined): string[] | '*' | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '*') return '*';
  const origins = value.split(',').map((o) => o.trim()).filter(Boolean);
  const valid = origins.every((o) => {
    try {
      return new URL(o).origin === o.replace(/\/$/, '');
    } catch {
      return false;
    }
  });
  return valid && origins.length > 0 ? origins.map((o) => o.replace(/\/$/, '')) : undefined;
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
  const apiKeys = set('GATEWAY_API_KEYS') ? parseApiKeys(env.GATEWAY_API_KEYS!) : [];
  if (!apiKeys) problems.set('GATEWAY_API_KEYS', `GATEWAY_API_KEYS ${expectations.GATEWAY_API_KEYS}`);
  const corsOrigins = parseOrigins(blankToUndefined(env.GATEWAY_CORS_ORIGINS) as string | undefined);
  if (set('GATEWAY_CORS_ORIGINS') && !corsOrigins) problems.set('GATEWAY_CORS_ORIGINS', `GATEWAY_CORS_ORIGINS ${expectations.GATEWAY_CORS_ORIGINS}`);
  const clientAuth = ['GATEWAY_JWT_SECRET', 'GATEWAY_JWKS_URL', 'GATEWAY_API_KEYS'].some(set);
  if (env.GATEWAY_AUTH === 'none' && clientAuth) {
    problems.set('GATEWAY_AUTH', 'GATEWAY_AUTH=none cannot be combined with GATEWAY_JWT_SECRET, GATEWAY_JWKS_URL or GATEWAY_API_KEYS');
  }
  if (!parsed.success || problems.size > 0 || !apiKeys) throw new ConfigError([...problems.values()]);
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
    rtmGapSignalMs: e.CRISP_RTM_GAP_SIGNAL_MS,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    upstream: {
      ratePerSecond: e.CRISP_RATE_PER_SECOND,
      rateBurst: e.CRISP_RATE_BURST,
      rateMaxWaitMs: e.CRISP_RATE_MAX_WAIT_MS,
      retryAttempts: e.CRISP_RETRY_ATTEMPTS,
      retryAfterMaxMs: e.CRISP_RETRY_AFTER_MAX_MS,
      breakerThreshold: e.CRISP_BREAKER_THRESHOLD,
      breakerCooldownMs: e.CRISP_BREAKER_COOLDOWN_MS,
      dailyQuota: e.CRISP_DAILY_QUOTA ?? (e.CRISP_TIER === 'plugin' ? 5000 : e.CRISP_TIER === 'website' ? 10_000 : undefined),
    },
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    sandboxLatencyMs: e.SANDBOX_LATENCY_MS,
    auth: {
      mode: e.GATEWAY_AUTH,
      jwtSecret: e.GATEWAY_JWT_SECRET,
      jwksUrl: e.GATEWAY_JWKS_URL,
      jwtIssuer: e.GATEWAY_JWT_ISSUER,
      jwtAudience: e.GATEWAY_JWT_AUDIENCE,
      apiKeys,
    },
    limits: {
      introspection: e.GATEWAY_INTROSPECTION,
      graphiql: e.GATEWAY_GRAPHIQL,
      corsOrigins,
      csrf: e.GATEWAY_CSRF,
      maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
      maxDepth: e.GATEWAY_MAX_DEPTH,
      maxAliases: e.GATEWAY_MAX_ALIASES,
      maxTokens: e.GATEWAY_MAX_TOKENS,
      maxDirectives: e.GATEWAY_MAX_DIRECTIVES,
      maxCost: e.GATEWAY_MAX_COST,
      maxCrispCalls: e.GATEWAY_MAX_CRISP_CALLS,
      persistedOperationsPath: e.GATEWAY_PERSISTED_OPERATIONS,
    },
  };
}
