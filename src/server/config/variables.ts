import { z } from 'zod';
import { defaultBreakerOptions } from '../../datasources/circuit-breaker.ts';
import { DEFAULT_TIMEOUT_MS } from '../../datasources/crisp-client-options.ts';
import { websiteIdSchema } from '../../datasources/crisp-id.ts';
import { tierNames } from '../../datasources/crisp-tiers.ts';
import { DAILY_QUOTA_BY_TIER } from '../../datasources/quota.ts';
import { defaultRetryPolicy } from '../../datasources/retry.ts';
import { DEFAULT_GAP_SIGNAL_MS } from '../../rtm/backfill.ts';
import { DEFAULT_LEASE_TTL_MS } from '../../rtm/lease.ts';
import { DEFAULT_REPLY_TIMEOUT_MS } from '../../rtm/replies.ts';
import { DEFAULT_WEBHOOK_MAX_AGE_MS } from '../../rtm/webhook.ts';
import { authVariables, limitsVariables } from './client-variables.ts';
import { variable } from './variable.ts';

const int = z.coerce.number().int();
const positiveInt = int.positive();
const ms = 'must be a positive integer (milliseconds)';
const notEmpty = 'must not be empty';

/**
 * Every environment variable of the gateway, once: how it is parsed, its default, the README's
 * words for it and the error for a bad value. The keys are the settings `loadConfig` returns; the
 * order is the README's. Defaults that a module also applies on its own are imported from it.
 */
export const variables = {
  port: variable('PORT', int.min(0).max(65_535), {
    default: 4000,
    expect: 'must be an integer from 0 to 65535',
    doc: 'Port to listen on (`0`: any free port)',
  }),
  host: variable('HOST', z.string().min(1), {
    default: '127.0.0.1',
    expect: notEmpty,
    doc: 'Address to listen on. Loopback by default, because the gateway acts with your Crisp token; set `0.0.0.0` to expose it (e.g. in a container)',
  }),
  /** Becomes `Config.crisp` when both identifier and key are set. */
  token: {
    identifier: variable('CRISP_IDENTIFIER', z.string().min(1), {
      expect: notEmpty,
      doc: 'Crisp token identifier. Not set: `npm start` serves the built-in sandbox',
    }),
    key: variable('CRISP_KEY', z.string().min(1), {
      expect: notEmpty,
      doc: 'Crisp token key; required with `CRISP_IDENTIFIER` (and the reverse)',
    }),
    tier: variable('CRISP_TIER', z.enum(tierNames), {
      default: 'plugin',
      expect: 'must be one of plugin, website, user',
      doc: 'Token tier: `plugin`, `website` or `user`',
    }),
  },
  crispApiUrl: variable(
    'CRISP_API_URL',
    z.url({ protocol: /^https?$/ }).transform((v) => v.replace(/\/$/, '')),
    {
      default: 'https://api.crisp.chat/v1',
      expect: 'must be an http(s) URL, e.g. https://api.crisp.chat/v1',
      doc: 'REST base, including `/v1`',
    },
  ),
  // Any UUID-shaped id, in either case, kept lower-cased (Crisp's own form).
  defaultWebsiteId: variable('CRISP_WEBSITE_ID', websiteIdSchema, {
    expect: 'must be a website UUID',
    doc: 'Default website for fields without a `websiteId`; required with `CRISP_TIER=website`. `Query.websites` lists it for website and user tokens',
  }),
  crispTimeoutMs: variable('CRISP_TIMEOUT_MS', positiveInt, {
    default: DEFAULT_TIMEOUT_MS,
    expect: ms,
    doc: 'Timeout of each Crisp call: to connect, for the headers, and for each silence in the body (as the official client)',
  }),
  rtmMode: variable('CRISP_RTM_MODE', z.enum(['websocket', 'webhooks', 'off']), {
    default: 'websocket',
    expect: 'must be one of websocket, webhooks, off',
    doc: 'How live events arrive: the Crisp RTM socket, `webhooks` only, or `off`',
  }),
  webhookSecret: variable('CRISP_WEBHOOK_SECRET', z.string().min(1), {
    expect: notEmpty,
    doc: 'Crisp Web Hooks signing secret; turns on `POST /webhooks/crisp`. Required with `CRISP_RTM_MODE=webhooks`',
  }),
  webhookMaxAgeMs: variable('CRISP_WEBHOOK_MAX_AGE_MS', positiveInt, {
    default: DEFAULT_WEBHOOK_MAX_AGE_MS,
    expect: ms,
    doc: 'Web Hooks older (or newer) than this are refused',
  }),
  rtmLeaseTtlMs: variable('CRISP_RTM_LEASE_TTL_MS', int.min(1000), {
    default: DEFAULT_LEASE_TTL_MS,
    expect: 'must be an integer >= 1000 (milliseconds)',
    doc: 'With several replicas, one holds the RTM socket under a lease renewed every third of this; a holder that dies loses it after this, and a standby (trying every twelfth of it) takes over: failover in about 2.5 to 3.5 s at the default',
  }),
  rtmGapSignalMs: variable('CRISP_RTM_GAP_SIGNAL_MS', int.min(1000), {
    default: DEFAULT_GAP_SIGNAL_MS,
    expect: 'must be an integer >= 1000 (milliseconds)',
    doc: 'Messages missed while the RTM socket was down and still not read back from REST this long after it came back: their subscribers get a `LIVE_EVENTS_GAP` error naming the window (the stream goes on, and the messages follow once Crisp answers)',
  }),
  rtmReplyTimeoutMs: variable('CRISP_RTM_REPLY_TIMEOUT_MS', positiveInt, {
    default: DEFAULT_REPLY_TIMEOUT_MS,
    expect: ms,
    doc: 'How long `generateBucketUrl` and `animations` wait for the answer Crisp sends over RTM (or a Web Hook) before failing with `UPSTREAM_UNAVAILABLE`; the request is not sent again',
  }),
  redisUrl: variable('REDIS_URL', z.url({ protocol: /^rediss?$/ }), {
    expect: 'must be a redis:// or rediss:// URL',
    doc: '`redis://` or `rediss://`: share live events and the RTM lease between replicas. Not set: one process, in memory',
  }),
  redisKeyPrefix: variable('REDIS_KEY_PREFIX', z.string().min(1), {
    default: 'crisp-gateway:',
    expect: notEmpty,
    doc: 'Prefix of every Redis key',
  }),
  sandboxActivityMs: variable('SANDBOX_ACTIVITY_MS', int.min(0), {
    default: 4000,
    expect: 'must be an integer >= 0 (milliseconds; 0 turns activity off)',
    doc: 'In `npm start` sandbox mode: simulated visitor activity every this many ms (`0`: off)',
  }),
  sandboxLatencyMs: variable('SANDBOX_LATENCY_MS', int.min(0), {
    default: 0,
    expect: 'must be an integer >= 0 (milliseconds)',
    doc: 'In `npm start` sandbox mode: delay added to every sandbox answer (a slow Crisp, for demos and the shutdown test)',
  }),
  /** Token bucket, retries, circuit breaker and daily quota toward Crisp (src/server/upstream.ts). */
  upstream: {
    ratePerSecond: variable('CRISP_RATE_PER_SECOND', z.coerce.number().min(0), {
      default: 20,
      expect: 'must be a number >= 0 (calls a second; 0 turns the bucket off)',
      doc: 'Token bucket toward Crisp, per token: calls a second (`0`: no bucket). Shared by replicas through Redis when `REDIS_URL` is set; callers take turns for its tokens (see [Operations](#operations))',
    }),
    rateBurst: variable('CRISP_RATE_BURST', positiveInt, {
      default: 40,
      expect: 'must be a positive integer',
      doc: "Calls allowed at once after a quiet spell (the bucket's size)",
    }),
    rateMaxWaitMs: variable('CRISP_RATE_MAX_WAIT_MS', int.min(0), {
      default: 10_000,
      expect: 'must be an integer >= 0 (milliseconds)',
      doc: 'A call that would queue longer for a token (the calls served before it, at the sustained rate) fails at once with `RATE_LIMITED`',
    }),
    retryAttempts: variable('CRISP_RETRY_ATTEMPTS', int.min(1).max(10), {
      default: defaultRetryPolicy.attempts,
      expect: 'must be an integer from 1 to 10 (attempts in all; 1 turns retries off)',
      doc: 'Attempts in all for reads and `sendMessage` (`1`: no retry)',
    }),
    retryAfterMaxMs: variable('CRISP_RETRY_AFTER_MAX_MS', int.min(0), {
      default: defaultRetryPolicy.maxRetryAfterMs,
      expect: 'must be an integer >= 0 (milliseconds)',
      doc: 'Longest `Retry-After` waited for; Crisp asking for more is answered with `RATE_LIMITED` at once',
    }),
    breakerThreshold: variable('CRISP_BREAKER_THRESHOLD', int.min(0), {
      default: defaultBreakerOptions.threshold,
      expect: 'must be an integer >= 0 (0 turns the circuit breaker off)',
      doc: "Consecutive failures (timeout, network, bad body, 5xx) that open a route's circuit (`0`: no breaker)",
    }),
    breakerCooldownMs: variable('CRISP_BREAKER_COOLDOWN_MS', positiveInt, {
      default: defaultBreakerOptions.cooldownMs,
      expect: ms,
      doc: 'How long an open circuit fails fast before one probe call is let through',
    }),
    /** Unset: `DAILY_QUOTA_BY_TIER`, applied by `loadConfig`. */
    dailyQuota: variable('CRISP_DAILY_QUOTA', positiveInt, {
      shown: 'by tier',
      expect: 'must be a positive integer (calls a day)',
      doc: `The token's daily quota, shown next to the count in \`/ready\` and \`/metrics\` (default ${DAILY_QUOTA_BY_TIER.plugin} for plugin, ${DAILY_QUOTA_BY_TIER.website} for website tokens, none for user)`,
    }),
  },
  /** The shared cache of Crisp reads (src/datasources/read-cache.ts). */
  cache: {
    enabled: variable('GATEWAY_CACHE', z.enum(['on', 'off']), {
      default: 'on',
      expect: 'must be on or off',
      doc: "Share Crisp reads between requests and clients, kept exact by the event stream and the gateway's own writes (see [Read cache](#read-cache)). In Redis when `REDIS_URL` is set, else in this process",
    }),
    maxEntries: variable('GATEWAY_CACHE_MAX_ENTRIES', positiveInt, {
      default: 20_000,
      expect: 'must be a positive integer',
      doc: 'In-process cache: Crisp answers kept at most, least recently used out first',
    }),
    maxBytes: variable('GATEWAY_CACHE_MAX_BYTES', positiveInt, {
      default: 64 * 1024 * 1024,
      expect: 'must be a positive integer (bytes)',
      doc: 'In-process cache: size of the answers kept at most (JSON text), least recently used out first',
    }),
    maxAgeMs: variable('GATEWAY_CACHE_MAX_AGE_MS', positiveInt, {
      default: 300_000,
      expect: ms,
      doc: 'The oldest a cached answer is ever served, events or not',
    }),
    streamDownMs: variable('GATEWAY_CACHE_STREAM_DOWN_MS', int.min(0), {
      default: 2000,
      expect: 'must be an integer >= 0 (milliseconds)',
      doc: 'While the RTM socket is down or reconnecting, or when only web hooks (or nothing) bring events: how long a cached answer is served after it was last known exact, that is after the socket went down or after its read if later (`0`: not at all)',
    }),
    reconnect: variable('GATEWAY_CACHE_RECONNECT', z.enum(['rows', 'all']), {
      default: 'rows',
      expect: 'must be rows or all',
      doc: "What the cache keeps when the RTM socket is back: `rows` keeps the conversations the first two pages of Crisp's list show unchanged and the contacts one search lists unchanged (three calls per website; a delivery mark or an edit of an earlier message made meanwhile then shows within `GATEWAY_CACHE_MAX_AGE_MS`), `all` keeps nothing (see [Read cache](#read-cache))",
    }),
    staleNearQuota: variable('GATEWAY_CACHE_STALE_NEAR_QUOTA', int.min(0), {
      default: 0,
      expect: 'must be an integer >= 0 (calls)',
      doc: "When this many Crisp calls or fewer remain in the day's quota (`CRISP_DAILY_QUOTA`), a read whose cached answer is out of date is answered with it instead of calling Crisp, and the response lists it in `extensions.staleReads` (`0`: never)",
    }),
  },
  logLevel: variable(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    {
      default: 'info',
      expect: 'must be one of fatal, error, warn, info, debug, trace, silent',
      doc: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. Tests build gateways with a silent logger',
    },
  ),
  shutdownTimeoutMs: variable('SHUTDOWN_TIMEOUT_MS', positiveInt, {
    default: 10_000,
    expect: ms,
    doc: 'On SIGTERM/SIGINT, how long operations in flight get to finish before connections are cut',
  }),
  auth: authVariables,
  limits: limitsVariables,
};
