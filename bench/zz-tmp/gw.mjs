// src/server/config.ts
import { z } from "zod";
var ConfigError = class extends Error {
  constructor(problems) {
    super(`Invalid configuration:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
  code = "CONFIG_ERROR";
};
var blankToUndefined = (v) => typeof v === "string" && v.trim() === "" ? void 0 : v;
var optional = (schema2) => z.preprocess(blankToUndefined, schema2.optional());
var port = z.coerce.number().int().min(0).max(65535);
var positiveInt = z.coerce.number().int().positive();
var flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
var EnvSchema = z.object({
  PORT: optional(port).transform((v) => v ?? 4e3),
  // Loopback by default: the gateway holds a Crisp token, so reaching it from the network is an
  // explicit choice (HOST=0.0.0.0, e.g. in a container).
  HOST: optional(z.string().min(1)).transform((v) => v ?? "127.0.0.1"),
  CRISP_IDENTIFIER: optional(z.string().min(1)),
  CRISP_KEY: optional(z.string().min(1)),
  CRISP_TIER: optional(z.enum(["plugin", "website", "user"])).transform((v) => v ?? "plugin"),
  CRISP_API_URL: optional(z.url({ protocol: /^https?$/ })).transform((v) => (v ?? "https://api.crisp.chat/v1").replace(/\/$/, "")),
  // Any UUID-shaped id, in either case (Crisp's are lower-case v4).
  CRISP_WEBSITE_ID: optional(z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)).transform((v) => v?.toLowerCase()),
  CRISP_TIMEOUT_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 1e4),
  SANDBOX_ACTIVITY_MS: optional(z.coerce.number().int().min(0)).transform((v) => v ?? 4e3),
  CRISP_RTM_MODE: optional(z.enum(["websocket", "webhooks", "off"])).transform((v) => v ?? "websocket"),
  CRISP_WEBHOOK_SECRET: optional(z.string().min(1)),
  CRISP_WEBHOOK_MAX_AGE_MS: optional(z.coerce.number().int().positive()).transform((v) => v ?? 3e5),
  CRISP_RTM_LEASE_TTL_MS: optional(z.coerce.number().int().min(1e3)).transform((v) => v ?? 15e3),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  REDIS_KEY_PREFIX: optional(z.string().min(1)).transform((v) => v ?? "crisp-gateway:"),
  // Client access and operation limits (src/server/auth.ts, access.ts, limits.ts).
  GATEWAY_AUTH: optional(z.enum(["none"])),
  GATEWAY_JWT_SECRET: optional(z.string().min(32)),
  GATEWAY_JWKS_URL: optional(z.url({ protocol: /^https?$/ })),
  GATEWAY_JWT_ISSUER: optional(z.string().min(1)),
  GATEWAY_JWT_AUDIENCE: optional(z.string().min(1)),
  GATEWAY_API_KEYS: optional(z.string().min(1)),
  GATEWAY_INTROSPECTION: optional(flag),
  GATEWAY_GRAPHIQL: optional(flag),
  GATEWAY_CORS_ORIGINS: optional(z.string().min(1)),
  GATEWAY_CSRF: optional(flag).transform((v) => v ?? true),
  GATEWAY_MAX_BODY_BYTES: optional(positiveInt).transform((v) => v ?? 1e5),
  GATEWAY_MAX_DEPTH: optional(positiveInt).transform((v) => v ?? 12),
  GATEWAY_MAX_ALIASES: optional(positiveInt).transform((v) => v ?? 15),
  GATEWAY_MAX_TOKENS: optional(positiveInt).transform((v) => v ?? 2e3),
  GATEWAY_MAX_DIRECTIVES: optional(positiveInt).transform((v) => v ?? 20),
  GATEWAY_MAX_COST: optional(positiveInt).transform((v) => v ?? 5e3),
  GATEWAY_PERSISTED_OPERATIONS: optional(z.string().min(1))
});
var expectations = {
  PORT: "must be an integer from 0 to 65535",
  HOST: "must not be empty",
  CRISP_TIER: "must be one of plugin, website, user",
  CRISP_API_URL: "must be an http(s) URL, e.g. https://api.crisp.chat/v1",
  CRISP_WEBSITE_ID: "must be a website UUID",
  CRISP_TIMEOUT_MS: "must be a positive integer (milliseconds)",
  SANDBOX_ACTIVITY_MS: "must be an integer >= 0 (milliseconds; 0 turns activity off)",
  CRISP_RTM_MODE: "must be one of websocket, webhooks, off",
  CRISP_WEBHOOK_SECRET: "must not be empty",
  CRISP_WEBHOOK_MAX_AGE_MS: "must be a positive integer (milliseconds)",
  CRISP_RTM_LEASE_TTL_MS: "must be an integer >= 1000 (milliseconds)",
  REDIS_URL: "must be a redis:// or rediss:// URL",
  REDIS_KEY_PREFIX: "must not be empty",
  GATEWAY_AUTH: "must be none (or unset)",
  GATEWAY_JWT_SECRET: "must be at least 32 characters",
  GATEWAY_JWKS_URL: "must be an http(s) URL",
  GATEWAY_JWT_ISSUER: "must not be empty",
  GATEWAY_JWT_AUDIENCE: "must not be empty",
  GATEWAY_API_KEYS: "must be a JSON array or a list of key:websites:r|rw entries (see README)",
  GATEWAY_INTROSPECTION: "must be true or false",
  GATEWAY_GRAPHIQL: "must be true or false",
  GATEWAY_CORS_ORIGINS: "must be * or a comma-separated list of origins",
  GATEWAY_CSRF: "must be true or false",
  GATEWAY_MAX_BODY_BYTES: "must be a positive integer (bytes)",
  GATEWAY_MAX_DEPTH: "must be a positive integer",
  GATEWAY_MAX_ALIASES: "must be a positive integer",
  GATEWAY_MAX_TOKENS: "must be a positive integer",
  GATEWAY_MAX_DIRECTIVES: "must be a positive integer",
  GATEWAY_MAX_COST: "must be a positive integer",
  GATEWAY_PERSISTED_OPERATIONS: "must be the path of a JSON file"
};
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var KEY = /^[A-Za-z0-9_~+/=-]{16,}$/;
var apiKeysJson = z.array(
  z.object({
    key: z.string().regex(KEY),
    name: z.string().min(1).optional(),
    websites: z.union([z.literal("*"), z.array(z.string().regex(UUID))]),
    write: z.boolean().optional()
  })
);
function parseApiKeys(value) {
  const keys = [];
  if (value.trim().startsWith("[")) {
    let json;
    try {
      json = JSON.parse(value);
    } catch {
      return void 0;
    }
    const parsed = apiKeysJson.safeParse(json);
    if (!parsed.success) return void 0;
    parsed.data.forEach(
      (k, i) => keys.push({ name: k.name ?? `key-${i + 1}`, key: k.key, websites: k.websites === "*" ? "*" : k.websites.map((w) => w.toLowerCase()), write: k.write ?? false })
    );
  } else {
    const entries = value.split(/[\s;]+/).filter(Boolean);
    for (const [i, entry] of entries.entries()) {
      const [key, websites2, mode, ...rest] = entry.split(":");
      if (rest.length > 0 || !key || !KEY.test(key) || !websites2 || mode !== "r" && mode !== "rw") return void 0;
      const ids = websites2 === "*" ? "*" : websites2.split(",");
      if (ids !== "*" && !ids.every((id) => UUID.test(id))) return void 0;
      keys.push({ name: `key-${i + 1}`, key, websites: ids === "*" ? "*" : ids.map((w) => w.toLowerCase()), write: mode === "rw" });
    }
  }
  if (keys.length === 0 || new Set(keys.map((k) => k.key)).size !== keys.length) return void 0;
  return keys;
}
function parseOrigins(value) {
  if (value === void 0) return void 0;
  if (value.trim() === "*") return "*";
  const origins = value.split(",").map((o) => o.trim()).filter(Boolean);
  const valid = origins.every((o) => {
    try {
      return new URL(o).origin === o.replace(/\/$/, "");
    } catch {
      return false;
    }
  });
  return valid && origins.length > 0 ? origins.map((o) => o.replace(/\/$/, "")) : void 0;
}
function loadConfig(env = process.env) {
  const parsed = EnvSchema.safeParse(env);
  const problems = /* @__PURE__ */ new Map();
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0] ?? "environment");
    if (!problems.has(name)) problems.set(name, `${name} ${expectations[name] ?? "is not valid"}`);
  }
  const set = (name) => blankToUndefined(env[name]) !== void 0;
  if (set("CRISP_IDENTIFIER") && !set("CRISP_KEY")) problems.set("CRISP_KEY", "CRISP_KEY is required when CRISP_IDENTIFIER is set");
  if (set("CRISP_KEY") && !set("CRISP_IDENTIFIER")) problems.set("CRISP_IDENTIFIER", "CRISP_IDENTIFIER is required when CRISP_KEY is set");
  if (set("CRISP_IDENTIFIER") && env.CRISP_TIER === "website" && !set("CRISP_WEBSITE_ID")) {
    problems.set("CRISP_WEBSITE_ID", "CRISP_WEBSITE_ID is required with CRISP_TIER=website");
  }
  if (env.CRISP_RTM_MODE === "webhooks" && !set("CRISP_WEBHOOK_SECRET")) {
    problems.set("CRISP_WEBHOOK_SECRET", "CRISP_WEBHOOK_SECRET is required with CRISP_RTM_MODE=webhooks");
  }
  const apiKeys = set("GATEWAY_API_KEYS") ? parseApiKeys(env.GATEWAY_API_KEYS) : [];
  if (!apiKeys) problems.set("GATEWAY_API_KEYS", `GATEWAY_API_KEYS ${expectations.GATEWAY_API_KEYS}`);
  const corsOrigins = parseOrigins(blankToUndefined(env.GATEWAY_CORS_ORIGINS));
  if (set("GATEWAY_CORS_ORIGINS") && !corsOrigins) problems.set("GATEWAY_CORS_ORIGINS", `GATEWAY_CORS_ORIGINS ${expectations.GATEWAY_CORS_ORIGINS}`);
  const clientAuth = ["GATEWAY_JWT_SECRET", "GATEWAY_JWKS_URL", "GATEWAY_API_KEYS"].some(set);
  if (env.GATEWAY_AUTH === "none" && clientAuth) {
    problems.set("GATEWAY_AUTH", "GATEWAY_AUTH=none cannot be combined with GATEWAY_JWT_SECRET, GATEWAY_JWKS_URL or GATEWAY_API_KEYS");
  }
  if (!parsed.success || problems.size > 0 || !apiKeys) throw new ConfigError([...problems.values()]);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    crisp: e.CRISP_IDENTIFIER && e.CRISP_KEY ? { identifier: e.CRISP_IDENTIFIER, key: e.CRISP_KEY, tier: e.CRISP_TIER } : void 0,
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
    auth: {
      mode: e.GATEWAY_AUTH,
      jwtSecret: e.GATEWAY_JWT_SECRET,
      jwksUrl: e.GATEWAY_JWKS_URL,
      jwtIssuer: e.GATEWAY_JWT_ISSUER,
      jwtAudience: e.GATEWAY_JWT_AUDIENCE,
      apiKeys
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
      persistedOperationsPath: e.GATEWAY_PERSISTED_OPERATIONS
    }
  };
}

// src/server/gateway.ts
import { createServer } from "node:http";
import { GraphQLError as GraphQLError14 } from "graphql";
import { createYoga } from "graphql-yoga";

// src/datasources/crisp-client.ts
import { setTimeout as sleep2 } from "node:timers/promises";
import { Pool, errors as undiciErrors } from "undici";

// src/datasources/circuit-breaker.ts
var defaultBreakerOptions = { threshold: 5, cooldownMs: 1e4 };
var MAX_ROUTES = 1e3;
var CircuitBreakers = class {
  constructor(options = defaultBreakerOptions, now = Date.now) {
    this.options = options;
    this.now = now;
  }
  options;
  now;
  circuits = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Set();
  /** Called on every state change (metrics, logs). */
  onChange(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Whether a call of `route` may go out now; a `true` must be followed by `success`/`failure`/`release`. */
  allow(route2) {
    const c = this.circuits.get(route2);
    if (!c || c.state === "closed") return true;
    if (c.state === "open") {
      if (this.now() - c.openedAt < this.options.cooldownMs) return false;
      this.set(route2, c, "half_open");
    }
    if (c.probing) return false;
    c.probing = true;
    return true;
  }
  success(route2) {
    const c = this.circuits.get(route2);
    if (!c) return;
    c.failures = 0;
    c.probing = false;
    if (c.state !== "closed") this.set(route2, c, "closed");
  }
  failure(route2) {
    const c = this.circuits.get(route2) ?? this.create(route2);
    c.failures += 1;
    c.probing = false;
    if (c.state === "half_open" || c.state === "closed" && c.failures >= this.options.threshold) {
      c.openedAt = this.now();
      this.set(route2, c, "open");
    }
  }
  /** The call ended without telling anything about the route (the caller gave up). */
  release(route2) {
    const c = this.circuits.get(route2);
    if (c) c.probing = false;
  }
  state(route2) {
    return this.circuits.get(route2)?.state ?? "closed";
  }
  /** Routes whose circuit is not closed. */
  notClosed() {
    return [...this.circuits].filter(([, c]) => c.state !== "closed").map(([route2, c]) => ({ route: route2, state: c.state }));
  }
  create(route2) {
    if (this.circuits.size >= MAX_ROUTES) {
      for (const [r, c2] of this.circuits) {
        if (c2.state === "closed") {
          this.circuits.delete(r);
          break;
        }
      }
    }
    const c = { state: "closed", failures: 0, openedAt: 0, probing: false };
    this.circuits.set(route2, c);
    return c;
  }
  set(route2, c, state2) {
    c.state = state2;
    for (const l of this.listeners) l(route2, state2);
  }
};

// src/datasources/crisp-errors.ts
import { GraphQLError } from "graphql";
var CrispError = class extends GraphQLError {
  constructor(message, reason, route2, status2) {
    super(message);
    this.reason = reason;
    this.route = route2;
    this.status = status2;
  }
  reason;
  route;
  status;
  withCode(code) {
    Object.assign(this.extensions, { code });
    return this;
  }
};
var NotFoundError = class extends CrispError {
  code = "NOT_FOUND";
  constructor(reason, route2, status2) {
    super("The requested Crisp resource does not exist.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var ForbiddenError = class extends CrispError {
  code = "FORBIDDEN";
  constructor(reason, route2, status2) {
    super("Crisp does not allow this operation with the configured token.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var UnauthenticatedError = class extends CrispError {
  code = "UNAUTHENTICATED";
  constructor(reason, route2, status2) {
    super("Crisp rejected the configured credentials.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var RateLimitedError = class extends CrispError {
  constructor(reason, route2, status2, retryAfter) {
    super("Crisp rate limit or quota reached; try again later.", reason, route2, status2);
    this.retryAfter = retryAfter;
    this.withCode(this.code);
  }
  retryAfter;
  code = "RATE_LIMITED";
};
var InvalidDataError = class extends CrispError {
  code = "UPSTREAM_INVALID_DATA";
  constructor(reason, route2, status2) {
    super("Crisp refused the data sent.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var UpstreamUnavailableError = class extends CrispError {
  code = "UPSTREAM_UNAVAILABLE";
  constructor(reason, route2, status2 = 0) {
    super("Crisp is unavailable right now.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var UpstreamError = class extends CrispError {
  code = "UPSTREAM_ERROR";
  constructor(reason, route2, status2) {
    super("Crisp answered with an error.", reason, route2, status2);
    this.withCode(this.code);
  }
};
var errorByReason = {
  not_found: NotFoundError,
  not_subscribed: NotFoundError,
  unauthorized: UnauthenticatedError,
  invalid_session: UnauthenticatedError,
  not_allowed: ForbiddenError,
  restricted_route_tier: ForbiddenError,
  invalid_data: InvalidDataError,
  rate_limited: RateLimitedError,
  quota_limit_exceeded: RateLimitedError
};
function classByStatus(status2) {
  if (status2 === 401) return UnauthenticatedError;
  if (status2 === 403) return ForbiddenError;
  if (status2 === 404) return NotFoundError;
  if (status2 === 420 || status2 === 422 || status2 === 429) return RateLimitedError;
  if (status2 === 400) return InvalidDataError;
  return UpstreamError;
}
function errorFromResponse(status2, reason, route2, retryAfter) {
  const Class = reason && errorByReason[reason] || classByStatus(status2);
  if (Class === RateLimitedError) return new RateLimitedError(reason ?? "http_error", route2, status2, retryAfter);
  return new Class(reason ?? "http_error", route2, status2);
}

// src/datasources/rate-limit.ts
import { setTimeout as sleep } from "node:timers/promises";
async function waitFor(reservation, signal) {
  if (reservation.waitMs > 0) await sleep(reservation.waitMs, void 0, { signal });
}

// src/datasources/retry.ts
var defaultRetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2e3, maxRetryAfterMs: 5e3 };
function isRetryableStatus(status2) {
  return status2 === 429 || status2 === 420 || status2 === 422 || status2 >= 500;
}
var FINAL_REASONS = /* @__PURE__ */ new Set(["quota_limit_exceeded"]);
function isRetryableError(err) {
  return err instanceof UpstreamUnavailableError && ["timeout", "network", "invalid_body"].includes(err.reason);
}
function retryDelay(policy, attempt, outcome, random = Math.random) {
  if (attempt >= policy.attempts) return void 0;
  if (outcome.reason && FINAL_REASONS.has(outcome.reason)) return void 0;
  if (outcome.retryAfterS !== void 0) {
    const ms = outcome.retryAfterS * 1e3;
    if (ms > policy.maxRetryAfterMs) return void 0;
    return ms + Math.floor(random() * 100);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
function retryReason(outcome) {
  if (outcome.err instanceof CrispError) return outcome.err.reason === "invalid_body" ? "invalid_body" : outcome.err.reason === "timeout" ? "timeout" : "network";
  const s = outcome.status ?? 0;
  return s >= 500 ? "5xx" : String(s);
}

// src/datasources/crisp-client.ts
var USER_AGENT = "crisp-graphql-gateway/0.1";
var CrispPath = class {
  constructor(path, template2) {
    this.path = path;
    this.template = template2;
  }
  path;
  template;
  toString() {
    return this.path;
  }
};
function route(strings, ...values2) {
  const join = (fill) => strings.reduce((acc, s, i) => acc + s + (i < values2.length ? fill(values2[i]) : ""), "");
  return new CrispPath(join((v) => encodeURIComponent(String(v))), join(() => ":id"));
}
var template = (method, path) => `${method} ${path instanceof CrispPath ? path.template : path.replace(/\/[^/]*[^a-z_/][^/]*/g, "/:id")}`;
function encodeQuery(query) {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === void 0) continue;
    params.set(k, typeof v === "boolean" ? v ? "1" : "0" : typeof v === "object" ? JSON.stringify(v) : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
var isAbort = (err, signal) => signal?.aborted === true && !(err instanceof UpstreamUnavailableError);
var CrispClient = class {
  constructor(options) {
    this.options = options;
    const base = new URL(options.baseUrl);
    const timeout = this.timeoutMs = options.timeoutMs ?? 1e4;
    this.pool = new Pool(base.origin, {
      connections: options.connections ?? 64,
      connectTimeout: timeout,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      keepAliveTimeout: 3e4
    });
    this.basePath = base.pathname.replace(/\/$/, "");
    this.headers = {
      authorization: `Basic ${Buffer.from(`${options.identifier}:${options.key}`).toString("base64")}`,
      "x-crisp-tier": options.tier,
      "user-agent": USER_AGENT,
      accept: "application/json"
    };
    this.retry = options.retry === false ? { ...defaultRetryPolicy, attempts: 1 } : { ...defaultRetryPolicy, ...options.retry };
    if (options.breaker !== false) this.breakers = new CircuitBreakers({ ...defaultBreakerOptions, ...options.breaker });
  }
  options;
  pool;
  basePath;
  headers;
  timeoutMs;
  retry;
  breakers;
  listeners = /* @__PURE__ */ new Set();
  eventListeners = /* @__PURE__ */ new Set();
  /** Called after every upstream call, retries included (metrics, tests). Returns an unsubscribe function. */
  onCall(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Retries, rate-limit waits and refusals (metrics, logs). Returns an unsubscribe function. */
  onEvent(listener) {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }
  get(path, query) {
    return this.request({ method: "GET", path, query });
  }
  post(path, body = {}) {
    return this.request({ method: "POST", path, body });
  }
  put(path, body = {}) {
    return this.request({ method: "PUT", path, body });
  }
  patch(path, body = {}) {
    return this.request({ method: "PATCH", path, body });
  }
  delete(path, body) {
    return this.request({ method: "DELETE", path, body });
  }
  /** HEAD check routes: 200 → true, 404 → false, anything else → typed error. */
  async head(path, query) {
    const res = await this.send({ method: "HEAD", path, query });
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw errorFromResponse(res.status, void 0, template("HEAD", path), res.retryAfter);
  }
  /** Decodes the envelope: returns `data`, or throws the typed error for Crisp's reason. */
  async request(req) {
    const res = await this.send(req);
    const envelope = res.body;
    if (res.status >= 400 || envelope?.error) {
      throw errorFromResponse(res.status, envelope?.reason, template(req.method, req.path), res.retryAfter);
    }
    if (!envelope || typeof envelope !== "object") {
      throw new UpstreamUnavailableError("invalid_body", template(req.method, req.path), res.status);
    }
    return envelope.data;
  }
  /**
   * Sends a request, with the retries its method allows, and returns the last status with the
   * parsed JSON body (null when empty). Error statuses come back as answers; only transport
   * failures, an open circuit and a refused rate-limit reservation throw.
   */
  async send(req) {
    const name = template(req.method, req.path);
    const route2 = name.slice(req.method.length + 1);
    const retryable = req.method === "GET" || req.method === "HEAD" || req.idempotent === true;
    for (let attempt = 1; ; attempt++) {
      await this.admit(req, name, route2);
      let res;
      try {
        res = await this.attempt(req, name, route2, attempt);
      } catch (err) {
        if (isAbort(err, req.signal)) {
          this.breakers?.release(name);
          throw err;
        }
        if (isRetryableError(err)) this.breakers?.failure(name);
        else this.breakers?.release(name);
        const delay2 = retryable && isRetryableError(err) ? retryDelay(this.retry, attempt, {}) : void 0;
        if (delay2 === void 0) throw err;
        await this.backOff(req, route2, attempt, retryReason({ err }), delay2);
        continue;
      }
      if (res.status >= 500) this.breakers?.failure(name);
      else this.breakers?.success(name);
      const reason = res.body?.reason;
      if ((res.status === 429 || res.status === 420) && res.retryAfter) this.options.rateLimiter?.pause(res.retryAfter * 1e3);
      if (!retryable || !isRetryableStatus(res.status)) return res;
      const delay = retryDelay(this.retry, attempt, { reason: typeof reason === "string" ? reason : void 0, retryAfterS: res.retryAfter });
      if (delay === void 0) return res;
      await this.backOff(req, route2, attempt, retryReason({ status: res.status }), delay);
    }
  }
  /** The circuit breaker and the token bucket, before each attempt. */
  async admit(req, name, route2) {
    if (this.breakers && !this.breakers.allow(name)) {
      this.emit({ kind: "refused", method: req.method, route: route2, reason: "circuit_open" });
      throw new UpstreamUnavailableError("circuit_open", name);
    }
    const limiter = this.options.rateLimiter;
    if (!limiter) return;
    const reservation = await limiter.reserve();
    if (!reservation.ok) {
      this.breakers?.release(name);
      this.emit({ kind: "refused", method: req.method, route: route2, reason: "local_rate_limit" });
      throw new RateLimitedError("local_rate_limit", name, 0, Math.ceil(reservation.waitMs / 1e3));
    }
    if (reservation.waitMs > 0) {
      this.emit({ kind: "wait", method: req.method, route: route2, ms: reservation.waitMs });
      try {
        await waitFor(reservation, req.signal);
      } catch (err) {
        this.breakers?.release(name);
        throw err;
      }
    }
  }
  async backOff(req, route2, attempt, reason, delayMs) {
    this.emit({ kind: "retry", method: req.method, route: route2, attempt, reason, delayMs });
    await sleep2(delayMs, void 0, { signal: req.signal });
  }
  /** One HTTP exchange under its own timeout (connect, headers and the whole body). */
  async attempt(req, name, route2, attempt) {
    const started = performance.now();
    const hasBody = req.body !== void 0 && req.method !== "GET" && req.method !== "HEAD";
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    let status2 = 0;
    let error;
    this.options.quota?.count();
    try {
      const res = await this.pool.request({
        method: req.method,
        path: `${this.basePath}${String(req.path)}${encodeQuery(req.query)}`,
        headers: {
          ...req.headers,
          ...this.headers,
          ...hasBody ? { "content-type": "application/json" } : {}
        },
        body: hasBody ? JSON.stringify(req.body) : void 0,
        signal
      });
      status2 = res.statusCode;
      const text2 = await res.body.text();
      const retryAfter = Number(res.headers["retry-after"]) || void 0;
      if (!text2) return { status: status2, body: null, retryAfter };
      try {
        return { status: status2, body: JSON.parse(text2), retryAfter };
      } catch {
        error = "invalid_body";
        throw new UpstreamUnavailableError("invalid_body", name, status2);
      }
    } catch (err) {
      if (timeout.aborted && !req.signal?.aborted) {
        error = "timeout";
        throw new UpstreamUnavailableError("timeout", name, status2);
      }
      const e = toTransportError(err, name, status2);
      if (e instanceof UpstreamUnavailableError) error = e.reason;
      throw e;
    } finally {
      const call = { method: req.method, route: route2, status: status2, ms: performance.now() - started, attempt, ...error ? { error } : {} };
      for (const l of this.listeners) l(call);
    }
  }
  emit(event) {
    for (const l of this.eventListeners) l(event);
  }
  close() {
    return this.pool.close();
  }
  /** Ends every connection now, in-flight calls included (after the shutdown deadline). */
  destroy() {
    return this.pool.destroy();
  }
};
function toTransportError(err, route2, status2) {
  if (err instanceof UpstreamUnavailableError) return err;
  if (err instanceof Error && err.name === "AbortError") return err;
  const timeout = err instanceof undiciErrors.ConnectTimeoutError || err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError;
  return new UpstreamUnavailableError(timeout ? "timeout" : "network", route2, status2);
}

// src/datasources/website.ts
import DataLoader from "dataloader";
var toWebsite = (raw) => ({
  id: raw.website_id,
  name: raw.name,
  domain: raw.domain,
  // Crisp sends an empty string for "no logo".
  logo: raw.logo || void 0,
  verified: raw.verified,
  institutional: raw.institutional
});
async function getWebsite(crisp, websiteId) {
  return toWebsite(await crisp.get(route`/website/${websiteId}`));
}
function checkWebsiteExists(crisp, domain) {
  return crisp.head(route`/website`, { domain });
}
async function createWebsite(crisp, input) {
  return toWebsite(await crisp.post(route`/website`, { name: input.name, domain: input.domain }));
}
async function deleteWebsite(crisp, websiteId, password) {
  await crisp.delete(route`/website/${websiteId}`, { verify: { method: "password", secret: password } });
}
var MAX_CONNECT_PAGES = 50;
async function listAllConnectWebsites(crisp) {
  const ids = [];
  for (let page = 1; page <= MAX_CONNECT_PAGES; page += 1) {
    const rows = await crisp.get(route`/plugin/connect/websites/all/${page}`, {
      filter_configured: false,
      include_plan: false
    });
    if (!Array.isArray(rows) || rows.length === 0) break;
    ids.push(...rows.map((r) => r.website_id));
  }
  return ids;
}
function createWebsiteLoaders(crisp) {
  return {
    // Crisp has no batch read for websites: the loader de-duplicates within a request.
    website: new DataLoader(
      (ids) => Promise.all(ids.map((id) => getWebsite(crisp, id).catch((e) => e)))
    ),
    /** The plugin's installs, walked once per request whoever asks first (one key: `all`). */
    connectWebsiteIds: new DataLoader(
      (keys) => listAllConnectWebsites(crisp).then(
        (ids) => keys.map(() => ids),
        (e) => keys.map(() => e)
      )
    )
  };
}

// src/datasources/people.ts
import DataLoader2 from "dataloader";
var date = (ms) => typeof ms === "number" ? new Date(ms) : void 0;
var toGeolocation = (raw) => raw && { country: raw.country, region: raw.region, city: raw.city, coordinates: raw.coordinates };
var toCompany = (raw) => raw && {
  name: raw.name,
  legalName: raw.legal_name,
  domain: raw.domain,
  url: raw.url,
  description: raw.description,
  timezone: raw.timezone,
  phones: raw.phones ?? [],
  emails: raw.emails ?? [],
  geolocation: toGeolocation(raw.geolocation),
  metrics: raw.metrics && {
    employees: raw.metrics.employees,
    marketCap: raw.metrics.market_cap,
    raised: raw.metrics.raised,
    arr: raw.metrics.arr
  },
  tags: raw.tags ?? []
};
function toPerson(websiteId, raw) {
  const p = raw.person ?? {};
  return {
    websiteId,
    peopleId: raw.people_id,
    email: raw.email,
    nickname: p.nickname,
    avatar: p.avatar,
    gender: p.gender,
    phone: p.phone,
    address: p.address,
    description: p.description,
    website: p.website,
    timezone: p.timezone,
    profiles: p.profiles ?? [],
    employment: p.employment,
    geolocation: toGeolocation(p.geolocation),
    locales: p.locales ?? [],
    company: toCompany(raw.company),
    segments: raw.segments ?? [],
    notepad: raw.notepad,
    active: raw.active && { now: raw.active.now, last: date(raw.active.last) },
    score: raw.score,
    createdAt: date(raw.created_at),
    updatedAt: date(raw.updated_at)
  };
}
var personKey = (websiteId, peopleId) => `${websiteId}/${peopleId}`;
function parsePersonKey(key) {
  const slash = key.indexOf("/");
  if (slash <= 0 || slash === key.length - 1) throw new Error("Malformed person key.");
  return { websiteId: key.slice(0, slash), peopleId: key.slice(slash + 1) };
}
async function getPeopleProfile(crisp, websiteId, peopleId) {
  const raw = await crisp.get(route`/website/${websiteId}/people/profile/${peopleId}`);
  return toPerson(websiteId, raw);
}
var PAGE_SIZE = 20;
async function listPeopleProfiles(crisp, websiteId, page, q = {}) {
  const raw = await crisp.get(route`/website/${websiteId}/people/profiles/${page}`, {
    sort_field: q.sortField,
    sort_order: q.sortOrder,
    search_operator: q.searchOperator,
    // An empty filter would narrow nothing; Crisp's clients leave the parameter out.
    search_filter: q.searchFilter?.length ? q.searchFilter : void 0,
    search_text: q.searchText || void 0
  });
  return raw.map((r) => toPerson(websiteId, r));
}
async function addNewPeopleProfile(crisp, websiteId, body) {
  const created = await crisp.post(route`/website/${websiteId}/people/profile`, body);
  return created.people_id;
}
async function savePeopleProfile(crisp, websiteId, peopleId, body) {
  await crisp.put(route`/website/${websiteId}/people/profile/${peopleId}`, body);
}
async function updatePeopleProfile(crisp, websiteId, peopleId, body) {
  await crisp.patch(route`/website/${websiteId}/people/profile/${peopleId}`, body);
}
async function removePeopleProfile(crisp, websiteId, peopleId) {
  await crisp.delete(route`/website/${websiteId}/people/profile/${peopleId}`);
}
function checkPeopleProfileExists(crisp, websiteId, peopleId) {
  return crisp.head(route`/website/${websiteId}/people/profile/${peopleId}`);
}
async function batchRemovePeople(crisp, websiteId, people2) {
  await crisp.patch(route`/website/${websiteId}/batch/remove`, { people: people2 });
}
function createPeopleLoaders(crisp) {
  const person3 = new DataLoader2(
    (keys) => Promise.all(
      keys.map(async (key) => {
        const { websiteId, peopleId } = parsePersonKey(key);
        try {
          const found = await getPeopleProfile(crisp, websiteId, peopleId);
          person3.prime(personKey(websiteId, found.peopleId), found);
          return found;
        } catch (e) {
          return e;
        }
      })
    )
  );
  return { person: person3 };
}

// src/datasources/operator.ts
import DataLoader3 from "dataloader";
var toOperator = (websiteId, raw) => ({
  websiteId,
  userId: raw.user_id,
  email: raw.email,
  avatar: raw.avatar,
  firstName: raw.first_name,
  lastName: raw.last_name,
  role: raw.role,
  title: raw.title,
  availability: raw.availability,
  hasToken: raw.has_token
});
var operatorKey = (websiteId, userId) => `${websiteId}/${userId}`;
async function listWebsiteOperators(crisp, websiteId) {
  const items = await crisp.get(route`/website/${websiteId}/operators/list`);
  const list2 = { operators: [], invites: [] };
  for (const { details: details2 } of items) {
    const { user_id: userId } = details2;
    if (userId) list2.operators.push(toOperator(websiteId, { ...details2, user_id: userId }));
    else list2.invites.push({ websiteId, email: details2.email, role: details2.role });
  }
  return list2;
}
async function getWebsiteOperator(crisp, websiteId, userId) {
  const raw = await crisp.get(route`/website/${websiteId}/operator/${userId}`);
  return toOperator(websiteId, { ...raw, user_id: raw.user_id ?? userId });
}
async function listLastActiveWebsiteOperators(crisp, websiteId) {
  const raw = await crisp.get(
    route`/website/${websiteId}/operators/active`
  );
  return raw.map((a) => ({
    websiteId,
    userId: a.user_id,
    avatar: a.avatar,
    nickname: a.nickname,
    lastActiveAt: typeof a.timestamp === "number" ? new Date(a.timestamp) : void 0
  }));
}
async function inviteWebsiteOperator(crisp, websiteId, invite) {
  await crisp.post(route`/website/${websiteId}/operator`, invite);
}
async function changeOperatorMembership(crisp, websiteId, userId, membership) {
  await crisp.patch(route`/website/${websiteId}/operator/${userId}`, membership);
}
async function unlinkOperatorFromWebsite(crisp, websiteId, userId) {
  await crisp.delete(route`/website/${websiteId}/operator/${userId}`);
}
function createOperatorLoaders(crisp) {
  const operator2 = new DataLoader3(
    (keys) => Promise.all(
      keys.map((key) => {
        const slash = key.indexOf("/");
        return getWebsiteOperator(crisp, key.slice(0, slash), key.slice(slash + 1)).catch((e) => e);
      })
    )
  );
  const operatorList = new DataLoader3(
    (websiteIds) => Promise.all(
      websiteIds.map(
        (websiteId) => listWebsiteOperators(crisp, websiteId).then(
          (list2) => {
            for (const op of list2.operators) operator2.prime(operatorKey(websiteId, op.userId), op);
            return list2;
          },
          (e) => e
        )
      )
    )
  );
  const operators2 = new DataLoader3(
    async (websiteIds) => (await operatorList.loadMany(websiteIds)).map((list2) => list2 instanceof Error ? list2 : list2.operators)
  );
  return { operator: operator2, operators: operators2, operatorList };
}

// src/datasources/conversation.ts
import DataLoader4 from "dataloader";

// src/datasources/conversation-detail.ts
function toConversationMeta(raw = {}) {
  const d = raw.device;
  return {
    nickname: raw.nickname,
    email: raw.email,
    phone: raw.phone,
    ip: raw.ip,
    avatar: raw.avatar,
    address: raw.address,
    subject: raw.subject,
    origin: raw.origin,
    data: raw.data ?? {},
    isp: raw.connection?.isp,
    asn: raw.connection?.asn,
    device: d && {
      capabilities: d.capabilities ?? [],
      geolocation: toGeolocation(d.geolocation),
      os: d.system?.os,
      engine: d.system?.engine,
      browser: d.system?.browser,
      userAgent: d.system?.useragent,
      timezone: d.timezone,
      locales: d.locales ?? []
    },
    segments: raw.segments ?? []
  };
}
async function getConversationMetas(crisp, key) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/meta`;
  return toConversationMeta(await crisp.get(path));
}
async function updateConversationMetas(crisp, key, metas2) {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/meta`, metas2);
}
async function getConversationState(crisp, key) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/state`;
  return (await crisp.get(path)).state;
}
async function changeConversationState(crisp, key, state2) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/state`;
  await crisp.patch(path, { state: state2 });
}
async function getConversationRoutingAssign(crisp, key) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/routing`;
  const raw = await crisp.get(path);
  return raw.assigned?.user_id ?? null;
}
async function assignConversationRouting(crisp, key, userId, silent) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/routing`;
  await crisp.patch(path, { assigned: userId ? { user_id: userId } : null, silent });
}
async function getBlockStatusForConversation(crisp, key) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/block`;
  return (await crisp.get(path)).blocked ?? false;
}
async function blockIncomingMessagesForConversation(crisp, key, blocked) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/block`;
  await crisp.patch(path, { blocked });
}
async function requestEmailTranscriptForConversation(crisp, key, request) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/transcript`;
  await crisp.post(path, request);
}
var date2 = (ms) => typeof ms === "number" ? new Date(ms) : void 0;
async function listConversationPages(crisp, key, pageNumber) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/pages/${pageNumber}`;
  const raw = await crisp.get(path);
  return raw.map((p) => ({ title: p.page_title, url: p.page_url, referrer: p.page_referrer, timestamp: date2(p.timestamp) }));
}
async function listConversationEvents(crisp, key, pageNumber) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/events/${pageNumber}`;
  const raw = await crisp.get(path);
  return raw.map((e) => ({ text: e.text, data: e.data ?? {}, color: e.color, timestamp: date2(e.timestamp) }));
}
async function listConversationFiles(crisp, key, pageNumber) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/files/${pageNumber}`;
  const raw = await crisp.get(path);
  return raw.map((f) => ({ name: f.name, mimeType: f.type, url: f.url, fingerprint: f.fingerprint, timestamp: date2(f.timestamp) }));
}

// src/datasources/conversation.ts
var isLoaded = (c) => "loaded" in c;
var date3 = (ms) => typeof ms === "number" ? new Date(ms) : void 0;
function toConversation(raw) {
  return {
    loaded: true,
    websiteId: raw.website_id,
    sessionId: raw.session_id,
    inboxId: raw.inbox_id ?? void 0,
    peopleId: raw.people_id,
    state: raw.state ?? "pending",
    status: raw.status,
    isVerified: raw.is_verified ?? false,
    isBlocked: raw.is_blocked ?? false,
    availability: raw.availability,
    activeNow: raw.active?.now,
    lastActiveAt: date3(raw.active?.last),
    lastMessage: raw.last_message,
    preview: raw.preview_message,
    topic: raw.topic,
    mentions: raw.mentions ?? [],
    unreadOperator: raw.unread?.operator ?? 0,
    unreadVisitor: raw.unread?.visitor ?? 0,
    assignedUserId: raw.assigned?.user_id,
    metas: toConversationMeta(raw.meta),
    createdAt: date3(raw.created_at),
    updatedAt: date3(raw.updated_at),
    waitingSince: date3(raw.waiting_since)
  };
}
var conversationKey = (c) => `${c.websiteId}/${c.sessionId}`;
function parseConversationKey(key) {
  const slash = key.indexOf("/");
  if (slash <= 0 || slash === key.length - 1) throw new Error("Malformed conversation key.");
  return { websiteId: key.slice(0, slash), sessionId: key.slice(slash + 1) };
}
async function listConversations(crisp, websiteId, pageNumber, query) {
  const path = route`/website/${websiteId}/conversations/${pageNumber}`;
  const raw = await crisp.get(path, { ...query });
  return raw.map(toConversation);
}
async function getConversation(crisp, key) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}`;
  return toConversation(await crisp.get(path));
}
function checkConversationExists(crisp, key) {
  return crisp.head(route`/website/${key.websiteId}/conversation/${key.sessionId}`);
}
async function createNewConversation(crisp, websiteId) {
  const path = route`/website/${websiteId}/conversation`;
  const { session_id } = await crisp.post(path);
  return { websiteId, sessionId: session_id };
}
async function initiateConversationWithExistingSession(crisp, key) {
  await crisp.post(route`/website/${key.websiteId}/conversation/${key.sessionId}/initiate`);
}
async function removeConversation(crisp, key) {
  await crisp.delete(route`/website/${key.websiteId}/conversation/${key.sessionId}`);
}
var READS_IN_FLIGHT = 8;
function createLimiter(max) {
  let active = 0;
  const waiting = [];
  return async function limit(task) {
    if (active < max) active += 1;
    else await new Promise((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
function limitedLoader(limit, read) {
  return new DataLoader4(
    (keys) => Promise.all(keys.map((key) => limit(() => read(key)).catch((e) => e)))
  );
}
function createConversationLoaders(crisp) {
  const limit = createLimiter(READS_IN_FLIGHT);
  const read = (fn) => limitedLoader(limit, (key) => fn(crisp, parseConversationKey(key)));
  return {
    /** Keyed by conversationKey; listing primes it. */
    conversation: read(getConversation),
    conversationState: read(getConversationState),
    conversationMetas: read(getConversationMetas),
    conversationRouting: read(getConversationRoutingAssign),
    conversationBlock: read(getBlockStatusForConversation)
  };
}

// src/datasources/message-content.ts
function toMessageContent(type, raw) {
  if (type === "text" || type === "note") return { kind: type, text: typeof raw === "string" ? raw : "" };
  const { type: mimeType2, ...rest } = typeof raw === "object" && raw || {};
  const fields = mimeType2 === void 0 ? rest : { ...rest, mimeType: mimeType2 };
  return { kind: type, ...fields };
}
function toMessageContentRaw(content) {
  if (content.kind === "text" || content.kind === "note") return { type: content.kind, content: content.text };
  const { kind, ...fields } = content;
  if ("mimeType" in fields) {
    const { mimeType: mimeType2, ...rest } = fields;
    return { type: kind, content: { ...rest, type: mimeType2 } };
  }
  return { type: kind, content: fields };
}
function textOf(content) {
  if ("text" in content) return content.text;
  if (content.kind === "file") return content.name;
  return void 0;
}

// src/datasources/message.ts
function toMessage(raw) {
  return {
    websiteId: raw.website_id,
    sessionId: raw.session_id,
    fingerprint: raw.fingerprint,
    type: raw.type,
    from: raw.from,
    origin: raw.origin,
    content: toMessageContent(raw.type, raw.content),
    mentions: raw.mentions ?? [],
    read: raw.read,
    delivered: raw.delivered,
    edited: raw.edited ?? false,
    translated: raw.translated ?? false,
    automated: raw.automated ?? false,
    stamped: raw.stamped ?? false,
    timestamp: new Date(raw.timestamp),
    user: raw.user && {
      type: raw.user.type,
      userId: raw.user.user_id,
      nickname: raw.user.nickname,
      avatar: raw.user.avatar
    },
    originalId: raw.original?.original_id
  };
}
async function getMessagesInConversation(crisp, key, timestampBefore) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/messages`;
  const res = await crisp.send({ method: "GET", path, query: { timestamp_before: timestampBefore } });
  const envelope = res.body;
  if (res.status >= 400 || envelope?.error || !Array.isArray(envelope?.data)) {
    throw errorFromResponse(res.status, envelope?.reason, `GET ${path.template}`, res.retryAfter);
  }
  return { messages: envelope.data.map(toMessage), more: res.status === 206 };
}
async function getMessageInConversation(crisp, key, fingerprint) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message/${fingerprint}`;
  return toMessage(await crisp.get(path));
}
async function sendMessageInConversation(crisp, key, message) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message`;
  const { fingerprint } = await crisp.request({ method: "POST", path, body: message, idempotent: true });
  return fingerprint ?? message.fingerprint;
}
async function updateMessageInConversation(crisp, key, fingerprint, content) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/message/${fingerprint}`;
  await crisp.patch(path, { content });
}
async function composeMessageInConversation(crisp, key, compose2) {
  const path = route`/website/${key.websiteId}/conversation/${key.sessionId}/compose`;
  await crisp.patch(path, compose2);
}
async function markMessagesReadInConversation(crisp, key, mark2) {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/read`, mark2);
}
async function markMessagesDeliveredInConversation(crisp, key, mark2) {
  await crisp.patch(route`/website/${key.websiteId}/conversation/${key.sessionId}/delivered`, mark2);
}
var messageBatchKey = (c, before) => `${c.websiteId}/${c.sessionId}@${before ?? "latest"}`;
var messageKey = (c, fingerprint) => `${c.websiteId}/${c.sessionId}#${fingerprint}`;
function parseMessageBatchKey(key) {
  const [websiteId = "", rest = ""] = splitOnce(key, "/");
  const [sessionId = "", before = ""] = splitOnce(rest, "@");
  return [{ websiteId, sessionId }, before === "latest" ? void 0 : Number(before)];
}
function parseMessageKey(key) {
  const [websiteId = "", rest = ""] = splitOnce(key, "/");
  const [sessionId = "", fingerprint = ""] = splitOnce(rest, "#");
  return [{ websiteId, sessionId }, Number(fingerprint)];
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
function createMessageLoaders(crisp) {
  const limit = createLimiter(READS_IN_FLIGHT);
  const message = limitedLoader(limit, (key) => getMessageInConversation(crisp, ...parseMessageKey(key)));
  const messageBatch = limitedLoader(limit, async (key) => {
    const batch = await getMessagesInConversation(crisp, ...parseMessageBatchKey(key));
    for (const m of batch.messages) message.prime(messageKey(m, m.fingerprint), m);
    return batch;
  });
  return { message, messageBatch };
}

// src/datasources/loaders.ts
function createEveryLoader(crisp) {
  return {
    ...createWebsiteLoaders(crisp),
    ...createPeopleLoaders(crisp),
    ...createOperatorLoaders(crisp),
    ...createConversationLoaders(crisp),
    ...createMessageLoaders(crisp)
  };
}
function createLoaders(crisp, mode = "on") {
  if (mode === "on") return createEveryLoader(crisp);
  return new Proxy({}, { get: (_, name) => createEveryLoader(crisp)[name] });
}

// src/rtm/backfill.ts
var MESSAGE_BATCH = 20;
var MAX_PAGES = 10;
function eventNameOf(m) {
  return m.from === "user" && m.type !== "note" && m.type !== "event" ? "message:send" : "message:received";
}
async function messagesAfter(crisp, websiteId, sessionId, after) {
  const events3 = [];
  let cursor = after;
  for (let page = 0; page < MAX_PAGES; page++) {
    const path = route`/website/${websiteId}/conversation/${sessionId}/messages`;
    const batch = await crisp.get(path, { timestamp_after: Math.floor(cursor) });
    if (!Array.isArray(batch) || batch.length === 0) break;
    const sorted = [...batch].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
    for (const m of sorted) {
      const { preview: _p, read: _r, delivered: _d, ignored: _i, ...data2 } = m;
      events3.push({
        name: eventNameOf(m),
        websiteId,
        sessionId,
        timestamp: typeof m.timestamp === "number" ? m.timestamp : null,
        data: { ...data2, website_id: websiteId, session_id: sessionId },
        source: "backfill",
        attempt: 1
      });
    }
    const last = Number(sorted.at(-1)?.timestamp);
    if (batch.length < MESSAGE_BATCH || !(last > cursor)) break;
    cursor = last;
  }
  return events3;
}
async function sessionsActiveSince(crisp, websiteId, since) {
  const sessions = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list2 = await crisp.get(route`/website/${websiteId}/conversations/${page}`, { per_page: 50 });
    if (!Array.isArray(list2) || list2.length === 0) break;
    let older = false;
    for (const c of list2) {
      if (typeof c.session_id !== "string") continue;
      if (typeof c.updated_at === "number" && c.updated_at < since) older = true;
      else sessions.push(c.session_id);
    }
    if (older || list2.length < 50) break;
  }
  return sessions;
}
var earliest = (m, key, at) => m.set(key, Math.min(m.get(key) ?? at, at));
function createBackfill(options) {
  const marginMs = options.marginMs ?? 2e3;
  const lastSeen = /* @__PURE__ */ new Map();
  let running = Promise.resolve();
  async function session(websiteId, sessionId, since, subscribedAt) {
    const seen = lastSeen.get(`${websiteId}|${sessionId}`);
    const after = Math.max(Math.min(seen ?? Infinity, since - marginMs), subscribedAt);
    for (const e of await messagesAfter(options.crisp, websiteId, sessionId, after)) await options.publish(e);
  }
  async function run(since, targets) {
    const sessions = new Map(targets.sessions);
    for (const [websiteId, subscribedAt] of targets.websites) {
      try {
        const active = await sessionsActiveSince(options.crisp, websiteId, Math.max(since - marginMs, subscribedAt));
        for (const sessionId of active) earliest(sessions, `${websiteId}|${sessionId}`, subscribedAt);
      } catch (err) {
        options.logger.warn("rtm: backfill could not list conversations", { websiteId, error: err.name });
      }
    }
    for (const [key, subscribedAt] of sessions) {
      const [websiteId, sessionId] = key.split("|");
      try {
        await session(websiteId, sessionId, since, subscribedAt);
      } catch (err) {
        options.logger.warn("rtm: backfill failed", { websiteId, sessionId, error: err.name });
      }
    }
  }
  return {
    /** Called with every accepted event; keeps the newest message timestamp per conversation. */
    observe(e) {
      if (!e.sessionId || e.timestamp === null || e.name !== "message:send" && e.name !== "message:received") return;
      const key = `${e.websiteId}|${e.sessionId}`;
      const newest = Math.max(lastSeen.get(key) ?? 0, e.timestamp);
      lastSeen.delete(key);
      lastSeen.set(key, newest);
      if (lastSeen.size > 1e4) lastSeen.delete(lastSeen.keys().next().value);
    },
    /** Queues a backfill from `since`; targets are read when it starts, not when it is queued. */
    schedule(since, targets) {
      running = running.then(() => run(since, targets()));
    },
    /** Resolves once every backfill queued so far has run. */
    settled: () => running
  };
}

// src/rtm/events.ts
import { readFileSync } from "node:fs";
var file = new URL("../../catalogue/rtm-events.json", import.meta.url);
var catalogue = JSON.parse(readFileSync(file, "utf8"));
var rtmEvents = catalogue.events.filter((e) => !e.legacy).map((e) => ({
  name: e.name,
  group: e.group,
  tiers: e.tiers ?? []
}));
var rtmEventByName = new Map(rtmEvents.map((e) => [e.name, e]));
function eventsForTier(tier) {
  const as = tier === "website" ? "plugin" : tier;
  return rtmEvents.filter((e) => e.tiers.includes(as)).map((e) => e.name);
}

// src/rtm/bridge.ts
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var isData = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function toRtmEvent(name, data2, meta) {
  if (!isData(data2)) return void 0;
  const websiteId = str(data2.website_id) ?? meta.websiteId;
  if (!websiteId) return void 0;
  return {
    name,
    websiteId,
    sessionId: str(data2.session_id) ?? null,
    timestamp: num(data2.timestamp) ?? meta.timestamp ?? null,
    data: data2,
    source: meta.source,
    attempt: meta.attempt ?? 1
  };
}
function createBridge(pubsub) {
  return {
    async ingest(name, data2, meta) {
      if (!rtmEventByName.has(name)) return false;
      const event = toRtmEvent(name, data2, meta);
      if (!event) return false;
      if (name === "plugin:subscription:updated") await pubsub.publish("control", "all", { kind: "rebind" });
      await pubsub.publish("website", event.websiteId, event);
      return true;
    }
  };
}
var messageEventNames = ["message:send", "message:received", "message:updated", "message:removed"];
function toMessageEvent(e) {
  const fingerprint = num(e.data.fingerprint);
  if (!e.sessionId || fingerprint === void 0) return void 0;
  const kind = e.name.slice("message:".length);
  if (!messageEventNames.includes(e.name)) return void 0;
  const full = kind === "send" || kind === "received";
  return {
    kind,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    fingerprint,
    timestamp: e.timestamp,
    // The RTM payload of a new message has the REST message's shape (rtm-events.json).
    message: full ? toMessage(e.data) : null,
    content: kind === "updated" ? e.data.content : null
  };
}
var composingEventNames = ["message:compose:send", "message:compose:receive"];
function toComposing(e) {
  const type = e.data.type;
  if (!e.sessionId || type !== "start" && type !== "stop") return void 0;
  if (!composingEventNames.includes(e.name)) return void 0;
  return {
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    side: e.name === "message:compose:send" ? "visitor" : "operator",
    typing: type === "start",
    excerpt: str(e.data.excerpt) ?? null,
    timestamp: e.timestamp
  };
}
var acknowledgementKinds = {
  "message:acknowledge:read:send": "read_send",
  "message:acknowledge:read:received": "read_received",
  "message:acknowledge:unread:send": "unread_send",
  "message:acknowledge:delivered": "delivered",
  "message:acknowledge:ignored": "ignored"
};
var acknowledgementEventNames = Object.keys(acknowledgementKinds);
function toAcknowledgement(e) {
  const kind = acknowledgementKinds[e.name];
  const list2 = e.data.fingerprints;
  if (!kind || !e.sessionId || !Array.isArray(list2)) return void 0;
  return {
    kind,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    origin: str(e.data.origin) ?? null,
    fingerprints: list2.filter((f) => typeof f === "number")
  };
}
var conversationKinds = {
  "session:set_state": "state",
  "session:set_block": "block",
  "session:set_routing": "routing",
  "session:set_inbox": "inbox",
  "session:removed": "removed",
  "session:set_email": "meta",
  "session:set_phone": "meta",
  "session:set_address": "meta",
  "session:set_subject": "meta",
  "session:set_avatar": "meta",
  "session:set_nickname": "meta",
  "session:set_origin": "meta",
  "session:set_data": "meta",
  "session:set_segments": "meta"
};
var conversationEventNames = Object.keys(conversationKinds);
function toConversationChange(e) {
  const kind = conversationKinds[e.name];
  if (!kind || !e.sessionId) return void 0;
  const { website_id: _w, session_id: _s, inbox_id: _i, ...changes } = e.data;
  const state2 = e.data.state;
  return {
    kind,
    name: e.name,
    websiteId: e.websiteId,
    sessionId: e.sessionId,
    state: state2 === "pending" || state2 === "unresolved" || state2 === "resolved" ? state2 : null,
    blocked: typeof e.data.is_blocked === "boolean" ? e.data.is_blocked : null,
    routingId: str(e.data.routing_id) ?? null,
    changes
  };
}
var peopleEventNames = ["people:profile:created", "people:profile:updated", "people:profile:removed"];
function toPeopleProfileEvent(e) {
  const peopleId = str(e.data.people_id);
  if (!peopleId || !peopleEventNames.includes(e.name)) return void 0;
  return {
    kind: e.name.slice("people:profile:".length),
    websiteId: e.websiteId,
    peopleId,
    email: str(e.data.email) ?? null
  };
}
function toVisitorsCount(e) {
  const count2 = num(e.data.visitors_count);
  if (e.name !== "website:update_visitors_count" || count2 === void 0) return void 0;
  return { websiteId: e.websiteId, count: count2 };
}
var availabilityEventNames = ["website:update_operators_availability", "website:users:available"];
function toOperatorAvailability(e) {
  if (e.name === "website:users:available" && typeof e.data.available === "boolean") {
    return { websiteId: e.websiteId, userId: null, online: e.data.available };
  }
  const userId = str(e.data.user_id);
  const availability = isData(e.data.availability) ? e.data.availability.type : void 0;
  if (e.name !== "website:update_operators_availability" || !userId || typeof availability !== "string") return void 0;
  return { websiteId: e.websiteId, userId, online: availability === "online" };
}

// src/rtm/dedupe.ts
import { createHash } from "node:crypto";
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function dedupeKey(e) {
  const fingerprint = e.data.fingerprint;
  if (e.sessionId && typeof fingerprint === "number") {
    if (e.name === "message:send" || e.name === "message:received") {
      return { key: `message|${e.websiteId}|${e.sessionId}|${fingerprint}`, exact: true };
    }
    if (e.name === "message:removed") return { key: `removed|${e.websiteId}|${e.sessionId}|${fingerprint}`, exact: true };
  }
  const hash = createHash("sha256").update(canonical(e.data)).digest("base64url");
  return { key: `${e.name}|${e.websiteId}|${hash}`, exact: false };
}
function createDedupe(options = {}) {
  const maxKeys = options.maxKeys ?? 1e4;
  const messageTtlMs = options.messageTtlMs ?? 6e5;
  const eventTtlMs = options.eventTtlMs ?? 6e4;
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  function live(key, ttl, t) {
    const list2 = (entries.get(key) ?? []).filter((o) => t - o.at < ttl);
    entries.delete(key);
    if (list2.length > 0) entries.set(key, list2);
    return list2;
  }
  function remember(key, list2) {
    entries.set(key, list2);
    while (entries.size > maxKeys) entries.delete(entries.keys().next().value);
  }
  return {
    /** True the first time an event is seen; false for a copy of one already accepted. */
    accept(e) {
      const t = now();
      const { key, exact } = dedupeKey(e);
      const list2 = live(key, exact ? messageTtlMs : eventTtlMs, t);
      if (exact) {
        if (list2.length > 0) return false;
        remember(key, [{ at: t, seen: /* @__PURE__ */ new Set([e.source]) }]);
        return true;
      }
      const twin = list2.find((o) => !o.seen.has(e.source));
      if (twin) {
        twin.seen.add(e.source);
        remember(key, list2);
        return false;
      }
      if (e.attempt > 1 && list2.length > 0) {
        remember(key, list2);
        return false;
      }
      remember(key, [...list2, { at: t, seen: /* @__PURE__ */ new Set([e.source]) }]);
      return true;
    },
    get size() {
      return entries.size;
    }
  };
}

// src/rtm/feed.ts
import { GraphQLError as GraphQLError2 } from "graphql";
var SlowSubscriberError = class extends GraphQLError2 {
  code = "SUBSCRIBER_TOO_SLOW";
  constructor(limit) {
    super(`The subscription fell more than ${limit} events behind and was closed; subscribe again.`, {
      extensions: { code: "SUBSCRIBER_TOO_SLOW" }
    });
  }
};
var Feed = class {
  constructor(limit, onClose) {
    this.limit = limit;
    this.onClose = onClose;
  }
  limit;
  onClose;
  queue = [];
  waiting;
  done = false;
  push(value) {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = void 0;
      return resolve({ value, done: false });
    }
    if (this.queue.length < this.limit) return void this.queue.push(value);
    this.queue.push(new SlowSubscriberError(this.limit));
    this.finish();
  }
  next() {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.done) return Promise.resolve({ value: void 0, done: true });
    return new Promise((resolve) => this.waiting = resolve);
  }
  return() {
    this.queue.length = 0;
    this.finish();
    return Promise.resolve({ value: void 0, done: true });
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  finish() {
    if (this.done) return;
    this.done = true;
    this.waiting?.({ value: void 0, done: true });
    this.waiting = void 0;
    this.onClose();
  }
};

// src/rtm/pubsub.ts
import { Redis } from "ioredis";
var Listeners = class {
  byChannel = /* @__PURE__ */ new Map();
  /** Returns true when this is the channel's first listener. */
  add(channel, listener) {
    const set = this.byChannel.get(channel) ?? /* @__PURE__ */ new Set();
    set.add(listener);
    this.byChannel.set(channel, set);
    return set.size === 1;
  }
  /** Returns true when the channel has no listener left. */
  remove(channel, listener) {
    const set = this.byChannel.get(channel);
    if (!set?.delete(listener)) return false;
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }
  emit(channel, payload) {
    for (const l of this.byChannel.get(channel) ?? []) l(payload);
  }
};
function createMemoryPubSub() {
  const listeners = new Listeners();
  return {
    async publish(topic, key, payload) {
      listeners.emit(`${topic}:${key}`, payload);
    },
    async subscribe(topic, key, listener) {
      const channel = `${topic}:${key}`;
      listeners.add(channel, listener);
      return async () => void listeners.remove(channel, listener);
    },
    async close() {
    }
  };
}
function reportRedisErrors(redis, logger2, role) {
  redis.on("error", (err) => logger2.warn("rtm: redis error", { role, code: err.code ?? err.name }));
  return redis;
}
function createRedisPubSub(options) {
  const publisher = reportRedisErrors(new Redis(options.url), options.logger, "publisher");
  const subscriber = reportRedisErrors(new Redis(options.url), options.logger, "subscriber");
  const listeners = new Listeners();
  const subscribed = /* @__PURE__ */ new Map();
  subscriber.on("message", (channel, message) => {
    listeners.emit(channel, JSON.parse(message));
  });
  return {
    async publish(topic, key, payload) {
      await publisher.publish(`${options.prefix}${topic}:${key}`, JSON.stringify(payload));
    },
    async subscribe(topic, key, listener) {
      const channel = `${options.prefix}${topic}:${key}`;
      if (listeners.add(channel, listener)) subscribed.set(channel, subscriber.subscribe(channel));
      await subscribed.get(channel);
      return async () => {
        if (!listeners.remove(channel, listener)) return;
        subscribed.delete(channel);
        await subscriber.unsubscribe(channel);
      };
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    }
  };
}

// src/rtm/relay.ts
import { createHash as createHash2 } from "node:crypto";

// src/rtm/lease.ts
import { randomUUID } from "node:crypto";
import { Redis as Redis2 } from "ioredis";
function createLocalLease() {
  let held = false;
  return {
    get held() {
      return held;
    },
    start(onChange) {
      held = true;
      onChange(true);
    },
    async stop() {
      held = false;
    }
  };
}
var RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
var RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
function createRedisLease(options) {
  const ttlMs = options.ttlMs ?? 15e3;
  const owner = randomUUID();
  const redis = reportRedisErrors(new Redis2(options.url), options.logger, "lease");
  let held = false;
  let timer;
  let stopped = false;
  let lastRenewed = 0;
  let onChange = () => {
  };
  const set = (next) => {
    if (held === next) return;
    held = next;
    onChange(next);
  };
  async function tick() {
    if (stopped) return;
    try {
      if (held) {
        const renewed = await redis.eval(RENEW, 1, options.key, owner, String(ttlMs));
        if (renewed === 1) lastRenewed = Date.now();
        else set(false);
      } else {
        const taken = await redis.set(options.key, owner, "PX", ttlMs, "NX");
        if (taken === "OK" && stopped) await redis.eval(RELEASE, 1, options.key, owner);
        else if (taken === "OK") {
          lastRenewed = Date.now();
          set(true);
        }
      }
    } catch {
      if (held && Date.now() - lastRenewed >= ttlMs) set(false);
    }
    if (!stopped) timer = setTimeout(() => void tick(), ttlMs / 3);
  }
  return {
    get held() {
      return held;
    },
    start(listener) {
      onChange = listener;
      void tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (held) await redis.eval(RELEASE, 1, options.key, owner).catch(() => void 0);
      set(false);
      await redis.quit().catch(() => void 0);
    }
  };
}

// src/rtm/socket-io.ts
import { io } from "socket.io-client";
function createRtmSocket(options) {
  const minMs = options.reconnectMinMs ?? 1e3;
  const maxMs = options.reconnectMaxMs ?? 1e4;
  const rebindIntervalMs = options.rebindIntervalMs ?? 2500;
  const { origin, pathname } = new URL(options.url);
  const events3 = new Set(options.events);
  const socket = io(origin, {
    path: pathname || "/",
    transports: ["websocket"],
    reconnection: false,
    autoConnect: false,
    forceNew: true,
    timeout: 1e4
  });
  let state2 = "idle";
  let failures = 0;
  let authenticated = false;
  let reconnectTimer;
  let rebindTimer;
  let lastRebind = 0;
  const setState = (next) => {
    if (state2 === next) return;
    state2 = next;
    options.onState?.(next);
  };
  function scheduleReconnect() {
    if (state2 === "stopped" || state2 === "unauthorized" || reconnectTimer) return;
    setState("reconnecting");
    const base = Math.min(maxMs, minMs * 2 ** failures++);
    const delay = base / 2 + Math.random() * (base / 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = void 0;
      socket.connect();
    }, delay);
  }
  socket.on("connect", () => {
    socket.emit("authentication", {
      username: options.username,
      password: options.password,
      tier: options.tier,
      events: options.events
    });
  });
  socket.on("authenticated", () => {
    failures = 0;
    authenticated = true;
    setState("connected");
    options.onAuthenticated();
  });
  socket.on("unauthorized", () => {
    setState("unauthorized");
    socket.disconnect();
  });
  socket.on("disconnect", () => {
    if (authenticated) options.onDisconnected?.();
    authenticated = false;
    scheduleReconnect();
  });
  socket.on("connect_error", () => scheduleReconnect());
  socket.onAny((name, data2) => {
    if (authenticated && events3.has(name)) options.onEvent(name, data2);
  });
  return {
    get state() {
      return state2;
    },
    start() {
      if (state2 !== "idle") return;
      setState("connecting");
      socket.connect();
    },
    stop() {
      setState("stopped");
      clearTimeout(reconnectTimer);
      clearTimeout(rebindTimer);
      socket.disconnect();
    },
    rebind() {
      if (rebindTimer) return;
      const wait = Math.max(0, lastRebind + rebindIntervalMs - Date.now());
      rebindTimer = setTimeout(() => {
        rebindTimer = void 0;
        lastRebind = Date.now();
        if (authenticated) socket.emit("socket:bind", {});
      }, wait);
    }
  };
}

// src/rtm/relay.ts
async function discoverRelay(crisp, tier, websiteId = "") {
  const path = tier === "website" ? route`/website/${websiteId}/connect/endpoints` : `/${tier}/connect/endpoints`;
  const data2 = await crisp.get(path);
  const url = data2?.socket?.app;
  if (typeof url !== "string" || !url) throw new Error("connect/endpoints gave no socket.app");
  return url;
}
function buildRelay(options) {
  const { logger: logger2, token } = options;
  const ttlMs = options.leaseTtlMs ?? 15e3;
  const lease = options.redis ? createRedisLease({
    url: options.redis.url,
    // One lease per token; the identifier is hashed so it never shows in Redis.
    key: `${options.redis.prefix}lease:${createHash2("sha256").update(token.identifier).digest("hex").slice(0, 16)}`,
    ttlMs,
    logger: logger2
  }) : createLocalLease();
  let state2 = "standby";
  let socket;
  let discovery;
  let gapSince = Date.now();
  function connect(url) {
    socket = createRtmSocket({
      url,
      username: token.identifier,
      password: token.key,
      tier: token.tier,
      events: eventsForTier(token.tier),
      reconnectMinMs: options.reconnect?.minMs,
      reconnectMaxMs: options.reconnect?.maxMs,
      onEvent: options.onEvent,
      onAuthenticated: () => {
        logger2.info("rtm: authenticated", { tier: token.tier });
        options.onResync(gapSince);
      },
      onDisconnected: () => {
        gapSince = Date.now();
      },
      onState: (s) => {
        state2 = s;
        if (s === "unauthorized") logger2.warn("rtm: relay refused the token; not retrying", { tier: token.tier });
      }
    });
    socket.start();
  }
  function discover(attempt = 0) {
    state2 = "discovering";
    discoverRelay(options.crisp, token.tier, options.websiteId).then(
      (url) => {
        if (lease.held && !socket) connect(url);
      },
      (err) => {
        if (!lease.held) return;
        if (err instanceof UnauthenticatedError) {
          state2 = "unauthorized";
          return logger2.warn("rtm: discovery refused the token; not retrying", { tier: token.tier });
        }
        const delay = Math.min(3e4, 1e3 * 2 ** attempt);
        logger2.warn("rtm: relay discovery failed", { error: err.name, retryInMs: delay });
        discovery = setTimeout(() => discover(attempt + 1), delay);
      }
    );
  }
  function release() {
    clearTimeout(discovery);
    socket?.stop();
    socket = void 0;
  }
  function onLease(held) {
    if (held) {
      gapSince = Date.now() - (options.redis ? ttlMs : 0);
      return discover();
    }
    release();
    if (state2 !== "unauthorized") state2 = "standby";
  }
  return {
    get state() {
      return state2;
    },
    get held() {
      return lease.held;
    },
    /** Throttled inside the socket; a no-op on replicas that do not hold it. */
    rebind: () => socket?.rebind(),
    start: () => lease.start(onLease),
    async stop() {
      release();
      await lease.stop();
    }
  };
}

// src/rtm/webhook.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var HookRejection = class extends Error {
  constructor(status2, reason) {
    super(reason);
    this.status = status2;
    this.reason = reason;
  }
  status;
  reason;
};
function readRaw(req, maxBytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new HookRejection(413, "too_large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
var header = (req, name) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};
function signHook(secret, timestamp, raw) {
  return createHmac("sha256", secret).update(`[${timestamp};`).update(raw).update("]").digest("hex");
}
function timestampMs(value) {
  if (!/^\d{1,16}$/.test(value)) return void 0;
  const n = Number(value);
  return value.length <= 10 ? n * 1e3 : n;
}
function createWebhookHandler(options) {
  const maxAgeMs = options.maxAgeMs ?? 3e5;
  const maxBytes = options.maxBytes ?? 1048576;
  const now = options.now ?? Date.now;
  const logger2 = options.logger ?? console;
  async function verify(req) {
    const raw = await readRaw(req, maxBytes);
    const timestamp = header(req, "x-crisp-request-timestamp") ?? "";
    const signature = header(req, "x-crisp-signature") ?? "";
    const at = timestampMs(timestamp);
    if (at === void 0 || !/^[0-9a-f]{64}$/i.test(signature)) throw new HookRejection(401, "unsigned");
    const expected = Buffer.from(signHook(options.secret, timestamp, raw), "hex");
    if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) throw new HookRejection(401, "bad_signature");
    if (Math.abs(now() - at) > maxAgeMs) throw new HookRejection(401, "stale");
    let body;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      throw new HookRejection(400, "invalid_json");
    }
    const envelope = body;
    const { event, data: data2 } = envelope ?? {};
    if (typeof event !== "string" || typeof data2 !== "object" || data2 === null || Array.isArray(data2)) {
      throw new HookRejection(400, "invalid_envelope");
    }
    const attempt = Number(header(req, "x-delivery-attempt-count"));
    return {
      name: event,
      data: data2,
      meta: {
        source: "hook",
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        websiteId: typeof envelope?.website_id === "string" ? envelope.website_id : void 0,
        timestamp: typeof envelope?.timestamp === "number" ? envelope.timestamp : void 0
      }
    };
  }
  return async function handleWebhook(req, res) {
    const answer = (status2, reason) => {
      res.writeHead(status2, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error: status2 >= 400, reason }));
    };
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return answer(405, "method_not_allowed");
    }
    let hook;
    try {
      hook = await verify(req);
    } catch (err) {
      const rejection = err instanceof HookRejection ? err : new HookRejection(400, "unreadable");
      logger2.warn("webhook: rejected", { reason: rejection.reason });
      if (!res.headersSent && !res.destroyed) answer(rejection.status, rejection.reason);
      return;
    }
    answer(200, "accepted");
    setImmediate(() => {
      options.ingest(hook.name, hook.data, hook.meta).catch((err) => {
        logger2.warn("webhook: could not publish", { event: hook.name, error: err instanceof Error ? err.name : "unknown" });
      });
    });
  };
}

// src/rtm/live.ts
var wantsMessages = (l) => !l.names || l.names.has("message:send") || l.names.has("message:received");
function buildLive(options) {
  const logger2 = options.logger ?? console;
  const bufferSize = options.bufferSize ?? 1e3;
  const pubsub = options.redis ? createRedisPubSub({ ...options.redis, logger: logger2 }) : createMemoryPubSub();
  const bridge = createBridge(pubsub);
  const dedupe = createDedupe(options.dedupe);
  const channels = /* @__PURE__ */ new Map();
  const backfill = createBackfill({
    crisp: options.crisp,
    publish: (e) => pubsub.publish("website", e.websiteId, e),
    marginMs: options.backfillMarginMs,
    logger: logger2
  });
  const relay = options.mode === "websocket" ? buildRelay({
    crisp: options.crisp,
    token: options.token,
    websiteId: options.websiteId,
    redis: options.redis,
    leaseTtlMs: options.leaseTtlMs,
    reconnect: options.reconnect,
    onEvent: (name, data2) => {
      bridge.ingest(name, data2, { source: "socket" }).catch((err) => {
        logger2.warn("rtm: could not publish", { event: name, error: err.name });
      });
    },
    // Every replica backfills what its own subscribers follow, so the news goes on the bus.
    onResync: (since) => void pubsub.publish("control", "all", { kind: "resync", since }),
    logger: logger2
  }) : void 0;
  let stopControl;
  let stopped = false;
  const stats = { socket: 0, hook: 0, backfill: 0, duplicates: 0 };
  function onBusEvent(e) {
    const channel = channels.get(e.websiteId);
    if (!channel) return;
    stats[e.source]++;
    if (!dedupe.accept(e)) return void stats.duplicates++;
    backfill.observe(e);
    for (const l of channel.locals) {
      if (l.filter.sessionId && l.filter.sessionId !== e.sessionId) continue;
      if (l.names && !l.names.has(e.name)) continue;
      l.deliver(e);
    }
  }
  function targets() {
    const found = { sessions: /* @__PURE__ */ new Map(), websites: /* @__PURE__ */ new Map() };
    const earliest2 = (m, key, at) => m.set(key, Math.min(m.get(key) ?? at, at));
    for (const [websiteId, channel] of channels) {
      for (const l of channel.locals) {
        if (!wantsMessages(l)) continue;
        if (l.filter.sessionId) earliest2(found.sessions, `${websiteId}|${l.filter.sessionId}`, l.since);
        else earliest2(found.websites, websiteId, l.since);
      }
    }
    return found;
  }
  function onControl(c) {
    if (c.kind === "rebind") relay?.rebind();
    else backfill.schedule(c.since, targets);
  }
  const webhook = options.webhook && options.mode !== "off" ? createWebhookHandler({
    secret: options.webhook.secret,
    maxAgeMs: options.webhook.maxAgeMs,
    ingest: (name, data2, meta) => bridge.ingest(name, data2, meta),
    logger: logger2
  }) : void 0;
  return {
    get state() {
      if (stopped) return "off";
      return relay?.state ?? (options.mode === "websocket" ? "standby" : options.mode);
    },
    /** Whether this replica holds the RTM socket. */
    get holdsSocket() {
      return relay?.held ?? false;
    },
    /** `POST /webhooks/crisp`, when a hook secret is configured. */
    handleWebhook: webhook,
    /** Resolves once every backfill queued so far has run. */
    settled: () => backfill.settled(),
    /** Counters since start, for metrics and tests. */
    stats,
    /** Local subscribers of a website (for tests and metrics). */
    subscribers(websiteId) {
      return channels.get(websiteId)?.locals.size ?? 0;
    },
    /**
     * A subscriber's stream: events of one website, filtered, mapped to a typed model (events
     * `map` turns into undefined are skipped), buffered up to `bufferSize`. Resolves once the
     * subscription is active on the bus, so events published after that reach it.
     */
    async subscribe(filter2, map) {
      let channel = channels.get(filter2.websiteId);
      if (!channel) {
        channel = { locals: /* @__PURE__ */ new Set(), ready: pubsub.subscribe("website", filter2.websiteId, onBusEvent) };
        channels.set(filter2.websiteId, channel);
      }
      const owner = channel;
      const local = {
        filter: filter2,
        names: filter2.names ? new Set(filter2.names) : void 0,
        since: Date.now(),
        deliver: (e) => {
          const value = map(e);
          if (value !== void 0) feed.push(value);
        }
      };
      const feed = new Feed(bufferSize, () => {
        owner.locals.delete(local);
        if (owner.locals.size > 0 || channels.get(filter2.websiteId) !== owner) return;
        channels.delete(filter2.websiteId);
        void owner.ready.then((unsubscribe) => unsubscribe());
      });
      owner.locals.add(local);
      try {
        await owner.ready;
      } catch (err) {
        await feed.return();
        throw err;
      }
      return feed;
    },
    async start() {
      stopControl = await pubsub.subscribe("control", "all", onControl);
      relay?.start();
    },
    async stop() {
      stopped = true;
      await relay?.stop();
      await stopControl?.();
      await backfill.settled().catch(() => void 0);
      await pubsub.close();
    }
  };
}

// src/schema/builder.ts
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ValidationPlugin from "@pothos/plugin-validation";
import { GraphQLError as GraphQLError3 } from "graphql";
var builder = new SchemaBuilder({
  plugins: [ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  errors: { directResult: false },
  relay: {
    clientMutationId: "omit",
    cursorType: "String"
  },
  validation: {
    validationError: (failure) => {
      const issue = failure.issues[0];
      const field = issue?.path?.map((p) => typeof p === "object" ? String(p.key) : String(p)).join(".") ?? "";
      return new GraphQLError3(`Invalid input${field ? ` for ${field}` : ""}: ${issue?.message ?? "invalid value"}`, {
        extensions: { code: "BAD_USER_INPUT", field }
      });
    }
  }
});
builder.queryType({});
builder.mutationType({});

// src/schema/scalars.ts
import { GraphQLError as GraphQLError4, GraphQLScalarType, Kind } from "graphql";
var bad = (message) => new GraphQLError4(message, { extensions: { code: "BAD_USER_INPUT" } });
function literal(ast) {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  throw bad("Expected a string or a number literal.");
}
function stringScalar(name, description, check, normalize = (s) => s) {
  const parse3 = (v) => {
    if (typeof v !== "string" || !check(v)) throw bad(`${name} is not valid: ${JSON.stringify(v)?.slice(0, 80)}`);
    return normalize(v);
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (v) => String(v),
    parseValue: parse3,
    parseLiteral: (ast) => parse3(ast.kind === Kind.STRING ? ast.value : literal(ast))
  });
}
function parseFingerprint(v) {
  const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw bad("Fingerprint must be a non-negative safe integer.");
  return n;
}
var FingerprintScalar = new GraphQLScalarType({
  name: "Fingerprint",
  description: "A Crisp message fingerprint: a positive integer that can exceed 32 bits (safe up to 2^53).",
  serialize: (v) => Number(v),
  parseValue: parseFingerprint,
  parseLiteral: (ast) => parseFingerprint(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : void 0)
});
function parseDateTime(v) {
  const d = typeof v === "string" || typeof v === "number" ? new Date(v) : void 0;
  if (!d || Number.isNaN(d.getTime())) throw bad("DateTime must be an ISO 8601 date-time.");
  return d;
}
var DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "An ISO 8601 date-time (UTC). Crisp millisecond timestamps are converted.",
  serialize: (v) => (v instanceof Date ? v : new Date(v)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast))
});
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var EmailScalar = stringScalar("Email", "An email address.", (s) => s.length <= 254 && EMAIL.test(s));
var UrlScalar = stringScalar("URL", "An absolute http(s) URL.", (s) => {
  try {
    return ["http:", "https:"].includes(new URL(s).protocol);
  } catch {
    return false;
  }
});
var CountryCodeScalar = stringScalar(
  "CountryCode",
  "An ISO 3166-1 alpha-2 country code, e.g. FR.",
  (s) => /^[A-Za-z]{2}$/.test(s),
  (s) => s.toUpperCase()
);
var LocaleScalar = stringScalar("Locale", "A locale code such as en, fr or pt-br.", (s) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s), (s) => s.toLowerCase());
var JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value.",
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: function parse(ast) {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map((v) => parse(v));
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((f) => [f.name.value, parse(f.value)]));
      default:
        throw bad("JSON literals cannot hold variables.");
    }
  }
});
builder.addScalarType("Fingerprint", FingerprintScalar);
builder.addScalarType("DateTime", DateTimeScalar);
builder.addScalarType("Email", EmailScalar);
builder.addScalarType("URL", UrlScalar);
builder.addScalarType("CountryCode", CountryCodeScalar);
builder.addScalarType("Locale", LocaleScalar);
builder.addScalarType("JSON", JSONScalar);

// src/schema/errors.ts
var ErrorInterface = builder.interfaceRef("Error").implement({
  description: "A failure the client can act on. `code` is stable; `message` is safe to show.",
  fields: (t) => ({
    message: t.exposeString("message"),
    code: t.exposeString("code")
  })
});
var errorTypes = [
  [NotFoundError, "NotFoundError", "The Crisp resource does not exist."],
  [ForbiddenError, "ForbiddenError", "The operation is not allowed."],
  [UnauthenticatedError, "UnauthenticatedError", "Crisp rejected the credentials."],
  [RateLimitedError, "RateLimitedError", "A Crisp rate limit or quota was reached."],
  [InvalidDataError, "InvalidDataError", "Crisp refused the data sent."],
  [UpstreamUnavailableError, "UpstreamUnavailableError", "Crisp could not be reached in time."],
  [UpstreamError, "UpstreamError", "Crisp answered with an unexpected error."]
];
for (const [cls, name, description] of errorTypes) {
  builder.objectType(cls, { name, description, interfaces: [ErrorInterface], isTypeOf: (v) => v instanceof cls });
}
var mutationErrors = [
  NotFoundError,
  ForbiddenError,
  UnauthenticatedError,
  RateLimitedError,
  InvalidDataError,
  UpstreamUnavailableError,
  UpstreamError
];

// src/schema/website.ts
import { z as z2 } from "zod";

// src/resolvers/website.ts
import { GraphQLError as GraphQLError5 } from "graphql";
function websiteIdOrDefault(ctx, id) {
  const websiteId = id ?? ctx.defaultWebsiteId;
  if (!websiteId) {
    throw new GraphQLError5("A website id is required: pass one, or set CRISP_WEBSITE_ID on the gateway.", {
      extensions: { code: "BAD_USER_INPUT", field: "websiteId" }
    });
  }
  return websiteId.toLowerCase();
}
async function websites(ctx) {
  if (ctx.crisp.options.tier !== "plugin") {
    return ctx.defaultWebsiteId ? [await ctx.loaders.website.load(ctx.defaultWebsiteId)] : [];
  }
  const ids = await ctx.loaders.connectWebsiteIds.load("all");
  const loaded2 = await ctx.loaders.website.loadMany(ids);
  return loaded2.filter((w) => {
    if (w instanceof NotFoundError) return false;
    if (w instanceof Error) throw w;
    return true;
  });
}
function website(ctx, id) {
  return { id: websiteIdOrDefault(ctx, id) };
}
function details(ctx, ref) {
  return "name" in ref ? ref : ctx.loaders.website.load(ref.id);
}
function websiteExists(ctx, domain) {
  return checkWebsiteExists(ctx.crisp, domain);
}
async function createWebsite2(ctx, input) {
  const created = await createWebsite(ctx.crisp, input);
  ctx.loaders.website.prime(created.id, created);
  return created;
}
async function deleteWebsite2(ctx, websiteId, password) {
  const id = websiteId.toLowerCase();
  await deleteWebsite(ctx.crisp, id, password);
  return id;
}

// src/schema/website.ts
var websiteIdSchema = z2.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a website UUID");
var domainSchema = z2.string().trim().toLowerCase().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain name, e.g. example.com");
var Website = builder.objectRef("Website");
Website.implement({
  description: "A Crisp website (workspace).",
  // Only these fields read GET /website/{id}: a query that goes from a website to its
  // conversations or people costs no read of the website itself.
  fields: (t) => ({
    id: t.exposeID("id", { description: "The Crisp website id (a UUID)." }),
    name: t.string({ resolve: async (w, _, ctx) => (await details(ctx, w)).name }),
    domain: t.string({ resolve: async (w, _, ctx) => (await details(ctx, w)).domain }),
    logo: t.field({
      type: "URL",
      nullable: true,
      description: "Logo image URL, when one is set.",
      resolve: async (w, _, ctx) => (await details(ctx, w)).logo
    }),
    verified: t.boolean({
      nullable: true,
      description: "Whether the domain ownership is verified.",
      resolve: async (w, _, ctx) => (await details(ctx, w)).verified
    }),
    institutional: t.boolean({ nullable: true, resolve: async (w, _, ctx) => (await details(ctx, w)).institutional })
  })
});
builder.queryFields((t) => ({
  websites: t.field({
    type: [Website],
    description: "Websites the token reaches: for a plugin token, every website that installed the plugin; for a website or user token, the configured default website (CRISP_WEBSITE_ID).",
    resolve: (_, __, ctx) => websites(ctx)
  }),
  website: t.field({
    type: Website,
    // Nullable, so a missing website leaves the operation's other fields intact.
    nullable: true,
    description: "One website; without `id`, the configured default website (CRISP_WEBSITE_ID).",
    args: { id: t.arg.id({ validate: websiteIdSchema.nullish() }) },
    resolve: (_, { id }, ctx) => website(ctx, id)
  }),
  websiteExists: t.boolean({
    description: "Whether some Crisp workspace already uses this domain.",
    args: { domain: t.arg.string({ required: true, validate: domainSchema }) },
    resolve: (_, { domain }, ctx) => websiteExists(ctx, domain)
  })
}));
var CreateWebsiteInput = builder.inputType("CreateWebsiteInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: z2.string().trim().min(1).max(200) }),
    domain: t.string({ required: true, validate: domainSchema })
  })
});
var DeleteWebsiteInput = builder.inputType("DeleteWebsiteInput", {
  fields: (t) => ({
    websiteId: t.id({ required: true, validate: websiteIdSchema }),
    password: t.string({ required: true, description: "The account password Crisp asks for to confirm.", validate: z2.string().min(1) })
  })
});
builder.mutationFields((t) => ({
  createWebsite: t.field({
    type: Website,
    description: "Creates a website (user tokens only).",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateWebsiteInput, required: true }) },
    resolve: (_, { input }, ctx) => createWebsite2(ctx, input)
  }),
  deleteWebsite: t.field({
    type: "ID",
    description: "Schedules the deletion of a website (user tokens only); returns its id. Crisp emails the owners, who can still cancel it.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: DeleteWebsiteInput, required: true }) },
    resolve: (_, { input }, ctx) => deleteWebsite2(ctx, input.websiteId, input.password)
  })
}));

// src/schema/crisp-request.ts
import { z as z3 } from "zod";

// src/resolvers/crisp-request.ts
import { GraphQLError as GraphQLError6 } from "graphql";
var allowedHeaders = ["accept-language", "cache-control", "x-request-id"];
var isAllowedHeader = (name) => allowedHeaders.includes(name.toLowerCase());
var WEBSITE_PATH = /^\/website\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;
var SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;
function pathProblem(path) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) return "must be a path below /v1, not a URL";
  if (!path.startsWith("/")) return "must start with /";
  if (path.includes("?") || path.includes("#")) return "must not hold a query string or fragment; use query";
  const segments = path.slice(1).split("/");
  for (const segment of segments) {
    if (segment === "") return "must not hold empty segments";
    if (!SEGMENT.test(segment)) return "segments must be percent-encoded";
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "segments must be valid percent-encoded UTF-8";
    }
    if (decoded === "." || decoded === "..") return "must not hold . or .. segments";
  }
  if (segments[0] === "plugin" && segments.length > 1) return void 0;
  if (WEBSITE_PATH.test(path)) return void 0;
  return "must start with /website/{website_id} or /plugin/";
}
var badInput = (message, field) => new GraphQLError6(message, { extensions: { code: "BAD_USER_INPUT", field } });
async function checkWebsite(ctx, path) {
  const websiteId = WEBSITE_PATH.exec(path)?.[1]?.toLowerCase();
  if (!websiteId) return;
  const { tier } = ctx.crisp.options;
  if (tier === "user") return;
  const allowed = tier === "website" ? [ctx.defaultWebsiteId] : await ctx.loaders.connectWebsiteIds.load("all");
  if (!allowed.includes(websiteId)) {
    throw badInput("The path names a website this gateway does not serve.", "input.path");
  }
}
async function send(ctx, input, { readOnly }) {
  const method = input.method ?? "GET";
  if (readOnly && method !== "GET") throw badInput("Query.crispRequest only sends GET; use Mutation.crispRequest.", "input.method");
  if (method === "GET" && input.body !== void 0 && input.body !== null) throw badInput("A GET request takes no body.", "input.body");
  await checkWebsite(ctx, input.path);
  const res = await ctx.crisp.send({
    method,
    path: input.path,
    query: input.query ?? void 0,
    headers: input.headers ? Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v])) : void 0,
    // The Node client sends {} for POST/PUT/PATCH without a payload.
    body: input.body ?? (method === "GET" || method === "DELETE" ? void 0 : {})
  });
  const envelope = typeof res.body === "object" && res.body !== null ? res.body : {};
  return {
    status: res.status,
    error: res.status >= 400 || envelope.error === true,
    reason: typeof envelope.reason === "string" ? envelope.reason : void 0,
    data: envelope.data
  };
}

// src/schema/crisp-request.ts
var CrispRequestMethod = builder.enumType("CrispRequestMethod", {
  values: ["GET", "POST", "PUT", "PATCH", "DELETE"]
});
var jsonObject = z3.record(z3.string(), z3.unknown(), "must be a JSON object");
var CrispRequestInput = builder.inputType("CrispRequestInput", {
  description: "A raw Crisp REST call, for routes the typed schema does not cover yet.",
  fields: (t) => ({
    method: t.field({ type: CrispRequestMethod, description: "Query.crispRequest only takes GET. Defaults to GET." }),
    path: t.string({
      required: true,
      description: "Path below /v1, starting with /website/{website_id}/ or /plugin/; segments percent-encoded, no query string.",
      validate: z3.string().max(2048).superRefine((path, ctx) => {
        const problem = pathProblem(path);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
    }),
    query: t.field({ type: "JSON", description: "Query string parameters, as a JSON object." }).validate(jsonObject.nullish()),
    headers: t.field({
      type: "JSON",
      description: `Extra request headers, as a JSON object of strings. Allowed: ${allowedHeaders.join(", ")}.`
    }).validate(
      z3.record(z3.string(), z3.string().max(512), "must be a JSON object of strings").superRefine((headers, ctx) => {
        const refused = Object.keys(headers).filter((name) => !isAllowedHeader(name));
        if (refused.length) ctx.addIssue({ code: "custom", message: `header ${refused.join(", ")} is not allowed` });
      }).nullish()
    ),
    body: t.field({ type: "JSON", description: "The JSON body (not with GET)." })
  })
});
var CrispResponse = builder.objectRef("CrispResponse").implement({
  description: "Crisp's answer, as sent: error answers are returned here too, not raised.",
  fields: (t) => ({
    status: t.exposeInt("status", { description: "The HTTP status." }),
    error: t.exposeBoolean("error"),
    reason: t.exposeString("reason", { nullable: true, description: "Crisp's reason, e.g. resolved, not_found." }),
    data: t.expose("data", { type: "JSON", nullable: true })
  })
});
builder.queryField(
  "crispRequest",
  (t) => t.field({
    type: CrispResponse,
    nullable: true,
    description: "Sends a read-only (GET) Crisp REST call with the gateway token and returns the answer as is.",
    args: { input: t.arg({ type: CrispRequestInput, required: true }) },
    resolve: (_, { input }, ctx) => send(ctx, input, { readOnly: true })
  })
);
builder.mutationField(
  "crispRequest",
  (t) => t.field({
    type: CrispResponse,
    description: "Sends any Crisp REST call with the gateway token and returns the answer as is.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CrispRequestInput, required: true }) },
    resolve: (_, { input }, ctx) => send(ctx, input, { readOnly: false })
  })
);

// src/schema/people.ts
import { GraphQLError as GraphQLError8 } from "graphql";
import { z as z8 } from "zod";

// src/resolvers/people.ts
import { offsetForArgs, offsetToCursor } from "@pothos/plugin-relay";

// src/datasources/people-detail.ts
var date4 = (ms) => typeof ms === "number" ? new Date(ms) : void 0;
async function getPeopleStatistics(crisp, websiteId) {
  const raw = await crisp.get(route`/website/${websiteId}/people/stats`);
  return { total: raw.total ?? 0 };
}
async function listSuggestedPeopleSegments(crisp, websiteId, page) {
  const raw = await crisp.get(route`/website/${websiteId}/people/suggest/segments/${page}`);
  return raw.map((s) => ({ segment: s.segment, count: s.count ?? 0 }));
}
function listPeopleConversations(crisp, websiteId, peopleId, page) {
  return crisp.get(route`/website/${websiteId}/people/conversations/${peopleId}/list/${page}`);
}
async function addPeopleEvent(crisp, websiteId, peopleId, event) {
  await crisp.post(route`/website/${websiteId}/people/events/${peopleId}`, event);
}
async function listPeopleEvents(crisp, websiteId, peopleId, page) {
  const raw = await crisp.get(route`/website/${websiteId}/people/events/${peopleId}/list/${page}`);
  return raw.map((e) => ({ text: e.text, data: e.data, color: e.color, timestamp: date4(e.timestamp) }));
}
async function getPeopleData(crisp, websiteId, peopleId) {
  const raw = await crisp.get(route`/website/${websiteId}/people/data/${peopleId}`);
  return raw.data ?? {};
}
async function savePeopleData(crisp, websiteId, peopleId, data2) {
  await crisp.put(route`/website/${websiteId}/people/data/${peopleId}`, { data: data2 });
}
async function updatePeopleData(crisp, websiteId, peopleId, data2) {
  await crisp.patch(route`/website/${websiteId}/people/data/${peopleId}`, { data: data2 });
}
async function getPeopleSubscriptionStatus(crisp, websiteId, peopleId) {
  const raw = await crisp.get(route`/website/${websiteId}/people/subscription/${peopleId}`);
  return { email: raw.email ?? false };
}
async function updatePeopleSubscriptionStatus(crisp, websiteId, peopleId, email) {
  await crisp.patch(route`/website/${websiteId}/people/subscription/${peopleId}`, { email });
}

// src/resolvers/people.ts
async function pageConnection(args, fetchPage) {
  const { offset, expectedSize } = offsetForArgs({ args, defaultSize: PAGE_SIZE, maxSize: 100 });
  const window = [];
  let hasNextPage = false;
  for (let page = Math.floor(offset / PAGE_SIZE) + 1, skip = offset % PAGE_SIZE; expectedSize > 0; page++, skip = 0) {
    const items = await fetchPage(page);
    window.push(...items.slice(skip));
    if (window.length > expectedSize || window.length === expectedSize && items.length === PAGE_SIZE) {
      hasNextPage = true;
      break;
    }
    if (items.length < PAGE_SIZE) break;
  }
  const edges = window.slice(0, expectedSize).map((node, i) => ({ cursor: offsetToCursor(offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    }
  };
}
function compact(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== void 0));
}
var geolocationBody = (g) => g ? compact(g) : void 0;
function companyBody(c) {
  return compact({
    name: c.name,
    legal_name: c.legalName,
    domain: c.domain,
    url: c.url,
    description: c.description,
    timezone: c.timezone,
    phones: c.phones,
    emails: c.emails,
    geolocation: geolocationBody(c.geolocation),
    metrics: c.metrics ? compact({ employees: c.metrics.employees, market_cap: c.metrics.marketCap, raised: c.metrics.raised, arr: c.metrics.arr }) : void 0,
    tags: c.tags
  });
}
function profileBody(input) {
  const p = input.person;
  return compact({
    email: input.email,
    person: p ? compact({
      ...p,
      profiles: p.profiles?.map((s) => compact(s)),
      employment: p.employment ? compact(p.employment) : void 0,
      geolocation: geolocationBody(p.geolocation)
    }) : void 0,
    company: input.company ? companyBody(input.company) : void 0,
    segments: input.segments,
    notepad: input.notepad,
    active: input.active?.getTime()
  });
}
function target(ctx, t) {
  return { websiteId: websiteIdOrDefault(ctx, t.websiteId), peopleId: t.peopleId ?? t.email };
}
function person(ctx, websiteId, t) {
  return ctx.loaders.person.load(personKey(websiteId, t.peopleId ?? t.email));
}
function personExists(ctx, websiteId, idOrEmail) {
  return checkPeopleProfileExists(ctx.crisp, websiteId, idOrEmail);
}
function people(ctx, websiteId, args) {
  const query = {
    searchText: args.search,
    sortField: args.sortField,
    sortOrder: args.sortOrder,
    searchOperator: args.searchOperator,
    searchFilter: args.filter
  };
  return pageConnection(args, async (page) => {
    const list2 = await listPeopleProfiles(ctx.crisp, websiteId, page, query);
    for (const p of list2) ctx.loaders.person.prime(personKey(websiteId, p.peopleId), p);
    return list2;
  });
}
var statistics = (ctx, websiteId) => getPeopleStatistics(ctx.crisp, websiteId);
var suggestedSegments = (ctx, websiteId, args) => pageConnection(args, (page) => listSuggestedPeopleSegments(ctx.crisp, websiteId, page));
var events = (ctx, p, args) => pageConnection(args, (page) => listPeopleEvents(ctx.crisp, p.websiteId, p.peopleId, page));
var data = (ctx, p) => getPeopleData(ctx.crisp, p.websiteId, p.peopleId);
var subscription = (ctx, p) => getPeopleSubscriptionStatus(ctx.crisp, p.websiteId, p.peopleId);
var conversations = (ctx, p, args) => pageConnection(args, async (page) => {
  const sessionIds = await listPeopleConversations(ctx.crisp, p.websiteId, p.peopleId, page);
  return sessionIds.map((sessionId) => ({ websiteId: p.websiteId, sessionId }));
});
function reload(ctx, websiteId, peopleId) {
  const key = personKey(websiteId, peopleId);
  ctx.loaders.person.clear(key);
  return ctx.loaders.person.load(key);
}
async function createPerson(ctx, input) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId);
  const peopleId = await addNewPeopleProfile(ctx.crisp, websiteId, profileBody(input));
  return reload(ctx, websiteId, peopleId);
}
async function updatePerson(ctx, t, profile) {
  const { websiteId, peopleId } = target(ctx, t);
  await updatePeopleProfile(ctx.crisp, websiteId, peopleId, profileBody(profile));
  return reload(ctx, websiteId, t.peopleId ?? profile.email ?? peopleId);
}
async function savePerson(ctx, t, profile) {
  const { websiteId, peopleId } = target(ctx, t);
  await savePeopleProfile(ctx.crisp, websiteId, peopleId, profileBody(profile));
  return reload(ctx, websiteId, t.peopleId ?? profile.email ?? peopleId);
}
async function removePerson(ctx, t) {
  const { websiteId, peopleId } = target(ctx, t);
  await removePeopleProfile(ctx.crisp, websiteId, peopleId);
  return true;
}
async function addPersonEvent(ctx, t, event) {
  const { websiteId, peopleId } = target(ctx, t);
  await addPeopleEvent(ctx.crisp, websiteId, peopleId, compact(event));
  return true;
}
async function writePersonData(ctx, t, values2, mode) {
  const { websiteId, peopleId } = target(ctx, t);
  const write = mode === "save" ? savePeopleData : updatePeopleData;
  await write(ctx.crisp, websiteId, peopleId, values2);
  return getPeopleData(ctx.crisp, websiteId, peopleId);
}
async function updateSubscription(ctx, t, email) {
  const { websiteId, peopleId } = target(ctx, t);
  await updatePeopleSubscriptionStatus(ctx.crisp, websiteId, peopleId, email);
  return { email };
}
async function batchRemovePeople2(ctx, input) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId);
  const people2 = input.peopleIds ? { profiles: input.peopleIds } : { search: { filter: input.filter ?? [], operator: input.searchOperator ?? "and" } };
  await batchRemovePeople(ctx.crisp, websiteId, people2);
  return true;
}

// src/schema/conversation.ts
import { GraphQLError as GraphQLError7 } from "graphql";
import { z as z6 } from "zod";

// src/resolvers/conversation.ts
function loaded(ctx, c) {
  return isLoaded(c) ? Promise.resolve(c) : ctx.loaders.conversation.load(conversationKey(c));
}
function get(ctx, key) {
  return ctx.loaders.conversation.load(conversationKey(key));
}
function exists(ctx, key) {
  return checkConversationExists(ctx.crisp, key);
}
async function state(ctx, c) {
  return isLoaded(c) ? c.state : ctx.loaders.conversationState.load(conversationKey(c));
}
async function isBlocked(ctx, c) {
  return isLoaded(c) ? c.isBlocked : ctx.loaders.conversationBlock.load(conversationKey(c));
}
async function metas(ctx, c) {
  return isLoaded(c) ? c.metas : ctx.loaders.conversationMetas.load(conversationKey(c));
}
async function assignedUserId(ctx, c) {
  return isLoaded(c) ? c.assignedUserId ?? null : ctx.loaders.conversationRouting.load(conversationKey(c));
}
async function unread(ctx, c) {
  const full = await loaded(ctx, c);
  return { operator: full.unreadOperator, visitor: full.unreadVisitor };
}
async function person2(ctx, c) {
  const { peopleId } = await loaded(ctx, c);
  return peopleId ? ctx.loaders.person.load(personKey(c.websiteId, peopleId)) : null;
}
async function assignedOperator(ctx, c) {
  const userId = await assignedUserId(ctx, c);
  if (!userId) return null;
  const operators2 = await ctx.loaders.operators.load(c.websiteId);
  return operators2.find((o) => o.userId === userId) ?? null;
}
var pages = (ctx, c, page) => listConversationPages(ctx.crisp, c, page);
var events2 = (ctx, c, page) => listConversationEvents(ctx.crisp, c, page);
var files = (ctx, c, page) => listConversationFiles(ctx.crisp, c, page);
function toListQuery(f, perPage) {
  return {
    per_page: perPage,
    // The filter clauses travel JSON-encoded in search_query, as the Node client sends them.
    search_query: f.searchFilters ? JSON.stringify(f.searchFilters) : f.searchQuery ?? void 0,
    search_type: f.searchType ?? void 0,
    search_operator: f.searchOperator ?? void 0,
    include_empty: f.includeEmpty ?? void 0,
    filter_inbox_id: f.inboxId ?? void 0,
    filter_unread: f.filterUnread ?? void 0,
    filter_resolved: f.filterResolved ?? void 0,
    filter_not_resolved: f.filterNotResolved ?? void 0,
    filter_mention: f.filterMention ?? void 0,
    filter_assigned: f.filterAssigned ?? void 0,
    filter_unassigned: f.filterUnassigned ?? void 0,
    filter_date_start: f.filterDateStart?.toISOString(),
    filter_date_end: f.filterDateEnd?.toISOString(),
    order_date_created: f.orderDateCreated ?? void 0,
    order_date_updated: f.orderDateUpdated ?? void 0,
    order_date_waiting: f.orderDateWaiting ?? void 0
  };
}
var CURSOR = /^conversation:(\d{1,9})$/;
var encodeListCursor = (index) => Buffer.from(`conversation:${index}`).toString("base64url");
function decodeListCursor(cursor) {
  const match = CURSOR.exec(Buffer.from(cursor, "base64url").toString());
  return match ? Number(match[1]) : void 0;
}
async function list(ctx, websiteId, filter2, first, after) {
  const start = after === void 0 ? 0 : after + 1;
  const perPage = filter2.perPage ?? Math.min(50, Math.max(20, first));
  const query = toListQuery(filter2, perPage);
  const read = [];
  let lastPageFull = false;
  for (let page = Math.floor(start / perPage) + 1; page <= Math.floor((start + first - 1) / perPage) + 1; page++) {
    const items = await listConversations(ctx.crisp, websiteId, page, query);
    items.forEach((node, i) => {
      ctx.loaders.conversation.prime(conversationKey(node), node);
      read.push({ index: (page - 1) * perPage + i, node });
    });
    lastPageFull = items.length === perPage;
    if (!lastPageFull) break;
  }
  const edges = read.filter(({ index }) => index >= start && index < start + first).map(({ index, node }) => ({ cursor: encodeListCursor(index), node }));
  const beyond = read.some(({ index }) => index >= start + first);
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: start > 0,
      hasNextPage: edges.length === first && (beyond || lastPageFull)
    }
  };
}
function keyOf(ctx, input) {
  return { websiteId: websiteIdOrDefault(ctx, input.websiteId), sessionId: input.sessionId };
}
function forget(ctx, key) {
  const k = conversationKey(key);
  for (const loader of [
    ctx.loaders.conversation,
    ctx.loaders.conversationState,
    ctx.loaders.conversationMetas,
    ctx.loaders.conversationRouting,
    ctx.loaders.conversationBlock
  ]) {
    loader.clear(k);
  }
  return key;
}
function create(ctx, websiteId) {
  return createNewConversation(ctx.crisp, websiteIdOrDefault(ctx, websiteId));
}
async function initiate(ctx, input) {
  const key = keyOf(ctx, input);
  await initiateConversationWithExistingSession(ctx.crisp, key);
  return forget(ctx, key);
}
async function remove(ctx, input) {
  const key = keyOf(ctx, input);
  await removeConversation(ctx.crisp, key);
  forget(ctx, key);
  return key.sessionId;
}
async function updateMetas(ctx, input) {
  const { websiteId: _w, sessionId: _s, ...fields } = input;
  const metas2 = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== void 0));
  const key = keyOf(ctx, input);
  await updateConversationMetas(ctx.crisp, key, metas2);
  return forget(ctx, key);
}
async function changeState(ctx, input) {
  const key = keyOf(ctx, input);
  await changeConversationState(ctx.crisp, key, input.state);
  return forget(ctx, key);
}
async function assignRouting(ctx, input) {
  const key = keyOf(ctx, input);
  await assignConversationRouting(ctx.crisp, key, input.assignedUserId ?? null, input.silent ?? void 0);
  return forget(ctx, key);
}
async function block(ctx, input) {
  const key = keyOf(ctx, input);
  await blockIncomingMessagesForConversation(ctx.crisp, key, input.blocked);
  return forget(ctx, key);
}
async function requestTranscript(ctx, input) {
  const key = keyOf(ctx, input);
  await requestEmailTranscriptForConversation(ctx.crisp, key, { to: input.to, email: input.email ?? void 0 });
  return key;
}

// src/schema/conversation-filter.ts
import { z as z4 } from "zod";
var uuidSchema = z4.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a UUID");
var ConversationSearchType = builder.enumType("ConversationSearchType", {
  values: {
    TEXT: { value: "text", description: "Free text over visitor identity, subject and messages." },
    SEGMENT: { value: "segment", description: "Conversations carrying the segment named in `searchQuery`." },
    FILTER: { value: "filter", description: "The clauses of `searchFilters`, joined by `searchOperator`." }
  }
});
var ConversationSearchOperator = builder.enumType("ConversationSearchOperator", {
  values: { AND: { value: "and" }, OR: { value: "or" } }
});
var ConversationFilterCriterionInput = builder.inputType("ConversationFilterCriterionInput", {
  description: 'One advanced-filter clause, e.g. `{ model: "session", criterion: "email", operator: "eq", query: ["a@b.c"] }`.',
  fields: (t) => ({
    model: t.string({ required: true, validate: z4.string().min(1).max(64) }),
    criterion: t.string({ required: true, validate: z4.string().min(1).max(128) }),
    operator: t.string({ required: true, description: "eq, neq, has, nhas, gt, gte, lt, lte", validate: z4.string().min(1).max(16) }),
    query: t.stringList({ required: true, validate: z4.array(z4.string().max(512)).max(50) })
  })
});
var ConversationFilterInput = builder.inputType("ConversationFilterInput", {
  fields: (t) => ({
    searchQuery: t.string({
      description: "Text to search (TEXT) or the segment name (SEGMENT).",
      validate: z4.string().min(1).max(512)
    }),
    searchType: t.field({ type: ConversationSearchType }),
    searchFilters: t.field({ type: [ConversationFilterCriterionInput], description: "Clauses for searchType FILTER." }),
    searchOperator: t.field({ type: ConversationSearchOperator, description: "How FILTER clauses combine (default AND)." }),
    includeEmpty: t.boolean({ description: "Also list conversations without messages." }),
    filterUnread: t.boolean({ description: "Only conversations with messages the team has not read." }),
    filterResolved: t.boolean(),
    filterNotResolved: t.boolean(),
    filterMention: t.boolean({ description: "Only conversations where an operator is mentioned." }),
    filterAssigned: t.id({ description: "Only conversations assigned to this operator (user id).", validate: uuidSchema }),
    filterUnassigned: t.boolean(),
    filterDateStart: t.field({ type: "DateTime", description: "Updated at or after." }),
    filterDateEnd: t.field({ type: "DateTime", description: "Updated at or before." }),
    orderDateCreated: t.boolean({ description: "Sort by creation date instead of last update." }),
    orderDateUpdated: t.boolean(),
    orderDateWaiting: t.boolean({ description: "Longest-waiting first." }),
    inboxId: t.id({ validate: uuidSchema }),
    perPage: t.int({
      description: "Crisp page size, 20 to 50 (default: `first`, within those bounds).",
      validate: z4.number().int().min(20).max(50)
    })
  }),
  // Loose: the other fields pass through untouched.
  validate: z4.looseObject({
    searchQuery: z4.string().nullish(),
    searchType: z4.string().nullish(),
    searchFilters: z4.array(z4.unknown()).nullish()
  }).refine((f) => f.searchType !== "filter" || f.searchFilters?.length && !f.searchQuery, {
    message: "searchType FILTER takes searchFilters, not searchQuery",
    path: ["searchFilters"]
  }).refine((f) => !f.searchFilters || f.searchType === "filter", {
    message: "searchFilters needs searchType FILTER",
    path: ["searchType"]
  })
});

// src/schema/operator.ts
import { z as z5 } from "zod";

// src/resolvers/operator.ts
var operators = (ctx, websiteId) => ctx.loaders.operators.load(websiteId);
var invites = async (ctx, websiteId) => (await ctx.loaders.operatorList.load(websiteId)).invites;
async function operator(ctx, websiteId, userId) {
  const id = userId.toLowerCase();
  const listed = (await ctx.loaders.operators.load(websiteId)).find((o) => o.userId === id);
  return listed ?? ctx.loaders.operator.load(operatorKey(websiteId, id));
}
var lastActive = (ctx, websiteId) => listLastActiveWebsiteOperators(ctx.crisp, websiteId);
var lastActiveOperator = (ctx, a) => operator(ctx, a.websiteId, a.userId);
async function inviteOperator(ctx, input) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId);
  await inviteWebsiteOperator(ctx.crisp, websiteId, { email: input.email, role: input.role, verify: input.verify });
  return true;
}
async function changeOperatorMembership2(ctx, input) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId);
  const userId = input.userId.toLowerCase();
  await changeOperatorMembership(ctx.crisp, websiteId, userId, {
    ...input.role != null && { role: input.role },
    ...input.title != null && { title: input.title }
  });
  return getWebsiteOperator(ctx.crisp, websiteId, userId);
}
async function unlinkOperator(ctx, input) {
  await unlinkOperatorFromWebsite(ctx.crisp, websiteIdOrDefault(ctx, input.websiteId), input.userId.toLowerCase());
  return true;
}

// src/schema/operator.ts
var userIdSchema = z5.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a user UUID");
var OperatorRole = builder.enumType("OperatorRole", {
  values: { OWNER: { value: "owner" }, MEMBER: { value: "member" } }
});
var Operator = builder.objectRef("Operator");
Operator.implement({
  description: "A member of a website (operator or owner).",
  fields: (t) => ({
    userId: t.exposeID("userId", { description: "The Crisp user_id (UUID)." }),
    websiteId: t.exposeID("websiteId"),
    email: t.expose("email", { type: "Email", nullable: true }),
    firstName: t.exposeString("firstName", { nullable: true }),
    lastName: t.exposeString("lastName", { nullable: true }),
    avatar: t.exposeString("avatar", { nullable: true }),
    role: t.expose("role", { type: OperatorRole, nullable: true }),
    title: t.exposeString("title", { nullable: true }),
    availability: t.exposeString("availability", { nullable: true, description: "`online`, `away` or `offline`." }),
    hasToken: t.exposeBoolean("hasToken", { nullable: true, description: "Whether the operator has an API token." })
  })
});
var OperatorInvite = builder.objectRef("OperatorInvite").implement({
  description: "An invitation not accepted yet.",
  fields: (t) => ({
    email: t.expose("email", { type: "Email", nullable: true }),
    role: t.expose("role", { type: OperatorRole, nullable: true })
  })
});
var LastActiveOperator = builder.objectRef("LastActiveOperator").implement({
  fields: (t) => ({
    userId: t.exposeID("userId"),
    nickname: t.exposeString("nickname", { nullable: true }),
    avatar: t.exposeString("avatar", { nullable: true }),
    lastActiveAt: t.expose("lastActiveAt", { type: "DateTime", nullable: true }),
    operator: t.field({ type: Operator, resolve: (a, _, ctx) => lastActiveOperator(ctx, a) })
  })
});
builder.objectFields(Website, (t) => ({
  operators: t.field({
    type: [Operator],
    description: "Linked operators (one Crisp call per website per request).",
    resolve: (w, _, ctx) => operators(ctx, w.id)
  }),
  operatorInvites: t.field({
    type: [OperatorInvite],
    description: "Pending invitations (from the same call as `operators`).",
    resolve: (w, _, ctx) => invites(ctx, w.id)
  }),
  operator: t.field({
    type: Operator,
    args: { userId: t.arg.id({ required: true, validate: userIdSchema }) },
    resolve: (w, { userId }, ctx) => operator(ctx, w.id, userId)
  }),
  lastActiveOperators: t.field({
    type: [LastActiveOperator],
    resolve: (w, _, ctx) => lastActive(ctx, w.id)
  })
}));
var VerifyMethod = builder.enumType("VerifyMethod", {
  values: { PASSWORD: { value: "password" }, TOKEN: { value: "token" }, GOOGLE: { value: "google" } }
});
var VerifyInput = builder.inputType("VerifyInput", {
  description: "Proof of identity Crisp asks for before sensitive team changes.",
  fields: (t) => ({
    method: t.field({ type: VerifyMethod, required: true, defaultValue: "password" }),
    secret: t.string({ required: true, description: "The password, or a 2FA code.", validate: z5.string().min(1) })
  })
});
var InviteOperatorInput = builder.inputType("InviteOperatorInput", {
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    email: t.field({ type: "Email", required: true }),
    role: t.field({ type: OperatorRole, required: true }),
    verify: t.field({ type: VerifyInput, required: true })
  })
});
var ChangeOperatorMembershipInput = builder.inputType("ChangeOperatorMembershipInput", {
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    userId: t.id({ required: true, validate: userIdSchema }),
    role: t.field({ type: OperatorRole }),
    title: t.string({ validate: z5.string().max(100).nullish() })
  })
});
var UnlinkOperatorInput = builder.inputType("UnlinkOperatorInput", {
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    userId: t.id({ required: true, validate: userIdSchema })
  })
});
builder.mutationFields((t) => ({
  inviteOperator: t.boolean({
    description: "Invites someone to operate the website; they appear in `operatorInvites` until they accept.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: InviteOperatorInput, required: true }) },
    resolve: (_, { input }, ctx) => inviteOperator(ctx, input)
  }),
  changeOperatorMembership: t.field({
    type: Operator,
    description: "Changes an operator\u2019s role or title. Crisp refuses to demote the last owner.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ChangeOperatorMembershipInput, required: true }) },
    resolve: (_, { input }, ctx) => changeOperatorMembership2(ctx, input)
  }),
  unlinkOperator: t.boolean({
    description: "Removes an operator from the website. Crisp refuses to unlink the last owner.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UnlinkOperatorInput, required: true }) },
    resolve: (_, { input }, ctx) => unlinkOperator(ctx, input)
  })
}));

// src/schema/conversation.ts
var sessionIdSchema = z6.string().regex(/^session_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be session_ followed by a UUID");
var ConversationStateEnum = builder.enumType("ConversationState", {
  values: {
    PENDING: { value: "pending", description: "New, not yet answered by the team." },
    UNRESOLVED: { value: "unresolved", description: "Ongoing." },
    RESOLVED: { value: "resolved" }
  }
});
var DeviceGeolocation = builder.objectRef("DeviceGeolocation").implement({
  fields: (t) => ({
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2 country code." }),
    region: t.exposeString("region", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    latitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.latitude }),
    longitude: t.float({ nullable: true, resolve: (g) => g.coordinates?.longitude })
  })
});
var SoftwareVersion = builder.objectRef("SoftwareVersion").implement({
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    version: t.exposeString("version", { nullable: true }),
    major: t.exposeString("major", { nullable: true, description: "Major version (browsers only)." })
  })
});
var ConversationDevice = builder.objectRef("ConversationDevice").implement({
  description: "The visitor's device, as the chatbox reported it.",
  fields: (t) => ({
    capabilities: t.exposeStringList("capabilities"),
    geolocation: t.expose("geolocation", { type: DeviceGeolocation, nullable: true }),
    os: t.expose("os", { type: SoftwareVersion, nullable: true }),
    engine: t.expose("engine", { type: SoftwareVersion, nullable: true }),
    browser: t.expose("browser", { type: SoftwareVersion, nullable: true }),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    timezone: t.exposeInt("timezone", { nullable: true, description: "UTC offset in minutes." }),
    locales: t.exposeStringList("locales")
  })
});
var ConversationMetas = builder.objectRef("ConversationMetas").implement({
  description: "What the conversation knows about the visitor.",
  fields: (t) => ({
    nickname: t.exposeString("nickname", { nullable: true }),
    // Crisp stores whatever the chatbox sent: plain strings, so a malformed value still reads.
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    subject: t.exposeString("subject", { nullable: true }),
    ip: t.exposeString("ip", { nullable: true }),
    avatar: t.exposeString("avatar", { nullable: true }),
    origin: t.exposeString("origin", { nullable: true }),
    data: t.expose("data", { type: "JSON", description: "Custom data: a map of strings, numbers and booleans." }),
    segments: t.exposeStringList("segments"),
    isp: t.exposeString("isp", { nullable: true }),
    asn: t.exposeString("asn", { nullable: true }),
    device: t.expose("device", { type: ConversationDevice, nullable: true })
  })
});
var ConversationUnread = builder.objectRef("ConversationUnread").implement({
  fields: (t) => ({
    operator: t.exposeInt("operator", { description: "Visitor messages the team has not read." }),
    visitor: t.exposeInt("visitor", { description: "Team messages the visitor has not read." })
  })
});
var ConversationPage = builder.objectRef("ConversationPage").implement({
  description: "A page the visitor browsed.",
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    referrer: t.exposeString("referrer", { nullable: true }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true })
  })
});
var ConversationEvent = builder.objectRef("ConversationEvent").implement({
  description: "A custom event pushed for the session.",
  fields: (t) => ({
    text: t.exposeString("text", { nullable: true }),
    data: t.expose("data", { type: "JSON" }),
    color: t.exposeString("color", { nullable: true }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true })
  })
});
var ConversationFile = builder.objectRef("ConversationFile").implement({
  description: "A file shared in the conversation.",
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    mimeType: t.exposeString("mimeType", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    fingerprint: t.expose("fingerprint", { type: "Fingerprint", nullable: true, description: "The message that carried the file." }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true })
  })
});
function parseGlobalKey(key) {
  const parsed = (() => {
    try {
      return parseConversationKey(key);
    } catch {
      return void 0;
    }
  })();
  if (!parsed || !websiteIdSchema.safeParse(parsed.websiteId).success || !sessionIdSchema.safeParse(parsed.sessionId).success) {
    throw new GraphQLError7("Invalid input for id: not a Conversation id", { extensions: { code: "BAD_USER_INPUT", field: "id" } });
  }
  return conversationKey({ websiteId: parsed.websiteId.toLowerCase(), sessionId: parsed.sessionId.toLowerCase() });
}
var pageArg = z6.number().int().min(1).max(1e3);
var Conversation = builder.objectRef("Conversation");
builder.node(Conversation, {
  description: "A Crisp conversation (session) of one website.",
  id: { resolve: (c) => conversationKey(c), parse: parseGlobalKey },
  // websiteId + sessionId
  loadWithoutCache: (key, ctx) => ctx.loaders.conversation.load(key),
  // the loader caches already
  fields: (t) => ({
    sessionId: t.exposeString("sessionId", { description: "The Crisp session id (`session_<uuid>`)." }),
    websiteId: t.exposeID("websiteId"),
    state: t.field({ type: ConversationStateEnum, resolve: (c, _, ctx) => state(ctx, c) }),
    status: t.int({
      nullable: true,
      description: "Crisp's numeric counterpart of `state`.",
      resolve: async (c, _, ctx) => (await loaded(ctx, c)).status
    }),
    isBlocked: t.boolean({
      description: "Whether the visitor's messages are blocked.",
      resolve: (c, _, ctx) => isBlocked(ctx, c)
    }),
    isVerified: t.boolean({ resolve: async (c, _, ctx) => (await loaded(ctx, c)).isVerified }),
    inboxId: t.id({ nullable: true, resolve: async (c, _, ctx) => (await loaded(ctx, c)).inboxId }),
    createdAt: t.field({ type: "DateTime", nullable: true, resolve: async (c, _, ctx) => (await loaded(ctx, c)).createdAt }),
    updatedAt: t.field({ type: "DateTime", nullable: true, resolve: async (c, _, ctx) => (await loaded(ctx, c)).updatedAt }),
    waitingSince: t.field({
      type: "DateTime",
      nullable: true,
      description: "Since when the visitor has been waiting for a reply, if they are.",
      resolve: async (c, _, ctx) => (await loaded(ctx, c)).waitingSince
    }),
    unread: t.field({ type: ConversationUnread, resolve: (c, _, ctx) => unread(ctx, c) }),
    mentions: t.idList({
      description: "Operators (user ids) mentioned in the conversation.",
      resolve: async (c, _, ctx) => (await loaded(ctx, c)).mentions
    }),
    metas: t.field({ type: ConversationMetas, resolve: (c, _, ctx) => metas(ctx, c) }),
    person: t.field({
      type: Person,
      nullable: true,
      description: "The contact profile the conversation is bound to, if any.",
      resolve: (c, _, ctx) => person2(ctx, c)
    }),
    assignedUserId: t.id({ nullable: true, resolve: (c, _, ctx) => assignedUserId(ctx, c) }),
    assignedOperator: t.field({
      type: Operator,
      nullable: true,
      description: "The operator the conversation is routed to, if any.",
      resolve: (c, _, ctx) => assignedOperator(ctx, c)
    }),
    pages: t.field({
      type: [ConversationPage],
      description: "Pages the visitor browsed, newest first, one Crisp page at a time.",
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => pages(ctx, c, page)
    }),
    events: t.field({
      type: [ConversationEvent],
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => events2(ctx, c, page)
    }),
    files: t.field({
      type: [ConversationFile],
      args: { page: t.arg.int({ defaultValue: 1, required: true, validate: pageArg }) },
      resolve: (c, { page }, ctx) => files(ctx, c, page)
    })
  })
});
var ConversationConnection = builder.connectionObject({ type: Conversation, name: "ConversationConnection" });
var afterSchema = z6.string().transform((s) => decodeListCursor(s)).refine((n) => n !== void 0, "not a cursor from this connection");
builder.objectFields(Website, (t) => ({
  conversations: t.field({
    type: ConversationConnection,
    description: "Conversations, most recent first, filtered and searched as in the Crisp inbox. Crisp pages by number; this walks only the pages `first` needs. `hasNextPage` is true when the last page read was full (Crisp gives no total).",
    args: {
      filter: t.arg({ type: ConversationFilterInput }),
      first: t.arg.int({ defaultValue: 20, required: true, validate: z6.number().int().min(1).max(100) }),
      after: t.arg.string().validate(afterSchema)
    },
    resolve: (w, { filter: filter2, first, after }, ctx) => list(ctx, w.id, filter2 ?? {}, first, after ?? void 0)
  }),
  conversation: t.field({
    type: Conversation,
    // Nullable, so a missing conversation leaves the operation's other fields intact.
    nullable: true,
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => get(ctx, { websiteId: w.id, sessionId })
  }),
  conversationExists: t.boolean({
    args: { sessionId: t.arg.string({ required: true, validate: sessionIdSchema }) },
    resolve: (w, { sessionId }, ctx) => exists(ctx, { websiteId: w.id, sessionId })
  })
}));

// src/schema/people-input.ts
import { z as z7 } from "zod";
var peopleIdSchema = z7.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a people UUID");
var peopleDataSchema = z7.record(
  z7.string().min(1, "keys must not be empty"),
  z7.union([z7.string(), z7.number(), z7.boolean()], { error: "values must be strings, numbers or booleans" })
);
var timezoneSchema = z7.number().int().min(-720).max(840);
var nonNegative = z7.number().int().min(0);
var SortOrder = builder.enumType("SortOrder", {
  values: { ASC: { value: "ascending" }, DESC: { value: "descending" } }
});
var searchOperatorDescription = "How `filter` clauses combine. @default AND";
var SearchOperator = builder.enumType("SearchOperator", {
  description: "How several filter clauses combine.",
  values: { AND: { value: "and" }, OR: { value: "or" } }
});
var PeopleFilterOperator = builder.enumType("PeopleFilterOperator", {
  description: "A `search_filter` comparison, as the Crisp dashboard builds them.",
  values: {
    EQ: { value: "eq" },
    NEQ: { value: "neq" },
    HAS: { value: "has" },
    HAS_NOT: { value: "has_not" },
    EXISTS: { value: "exists" },
    GT: { value: "gt" },
    GTE: { value: "gte" },
    LT: { value: "lt" },
    LTE: { value: "lte" }
  }
});
var PeopleFilterInput = builder.inputType("PeopleFilterInput", {
  description: 'One people-search clause (Crisp `search_filter`), e.g. email EQ ["jo@acme.com"].',
  fields: (t) => ({
    model: t.string({ required: true, defaultValue: "people", description: "The record searched; Crisp uses `people`." }),
    criterion: t.string({
      required: true,
      description: "A profile path (`email`, `segments`, `person.geolocation.country`, `data.<key>`).",
      validate: z7.string().min(1)
    }),
    operator: t.field({ type: PeopleFilterOperator, required: true }),
    query: t.stringList({ required: true, description: "Values compared against the criterion." })
  })
});
var CoordinatesInput = builder.inputType("CoordinatesInput", {
  fields: (t) => ({
    latitude: t.float({ required: true, validate: z7.number().min(-90).max(90) }),
    longitude: t.float({ required: true, validate: z7.number().min(-180).max(180) })
  })
});
var GeolocationInput = builder.inputType("GeolocationInput", {
  fields: (t) => ({
    country: t.field({ type: "CountryCode" }),
    region: t.string(),
    city: t.string(),
    coordinates: t.field({ type: CoordinatesInput })
  })
});
var SocialProfileInput = builder.inputType("SocialProfileInput", {
  fields: (t) => ({
    type: t.string({ required: true, description: "Network name: facebook, twitter, linkedin\u2026", validate: z7.string().min(1) }),
    handle: t.string(),
    url: t.field({ type: "URL" })
  })
});
var EmploymentInput = builder.inputType("EmploymentInput", {
  fields: (t) => ({
    name: t.string({ description: "Employer name." }),
    domain: t.string({ description: "Employer domain." }),
    title: t.string(),
    role: t.string(),
    seniority: t.string()
  })
});
var PersonCardInput = builder.inputType("PersonCardInput", {
  description: "Who the contact is (Crisp `person`).",
  fields: (t) => ({
    nickname: t.string({ description: "Full name." }),
    avatar: t.field({ type: "URL" }),
    gender: t.string(),
    phone: t.string(),
    address: t.string(),
    description: t.string(),
    website: t.string({ description: "The contact\u2019s own website." }),
    timezone: t.int({ description: "UTC offset in minutes.", validate: timezoneSchema }),
    profiles: t.field({ type: [SocialProfileInput] }),
    employment: t.field({ type: EmploymentInput }),
    geolocation: t.field({ type: GeolocationInput }),
    locales: t.field({ type: ["Locale"] })
  })
});
var CompanyMetricsInput = builder.inputType("CompanyMetricsInput", {
  fields: (t) => ({
    employees: t.int({ validate: nonNegative }),
    // Money amounts pass 2^31, so they travel as Float and must still be whole.
    marketCap: t.float({ validate: nonNegative }),
    raised: t.float({ validate: nonNegative }),
    arr: t.float({ description: "Annual recurring revenue.", validate: nonNegative })
  })
});
var CompanyInput = builder.inputType("CompanyInput", {
  description: "The contact\u2019s company (Crisp `company`).",
  fields: (t) => ({
    name: t.string(),
    legalName: t.string(),
    domain: t.string(),
    url: t.field({ type: "URL" }),
    description: t.string(),
    timezone: t.int({ description: "UTC offset in minutes.", validate: timezoneSchema }),
    phones: t.stringList(),
    emails: t.field({ type: ["Email"] }),
    geolocation: t.field({ type: GeolocationInput }),
    metrics: t.field({ type: CompanyMetricsInput }),
    tags: t.stringList()
  })
});
var profileFields = (t) => ({
  email: t.field({ type: "Email" }),
  person: t.field({ type: PersonCardInput }),
  company: t.field({ type: CompanyInput }),
  segments: t.stringList(),
  notepad: t.string({ description: "Private notes shown to operators." }),
  active: t.field({ type: "DateTime", description: "Last-active time to record." })
});
var PersonProfileInput = builder.inputType("PersonProfileInput", { fields: profileFields });
var personTargetFields = (t) => ({
  websiteId: t.id({ validate: websiteIdSchema.nullish() }),
  peopleId: t.id({ description: "The contact\u2019s people_id; or pass `email`.", validate: peopleIdSchema.nullish() }),
  email: t.field({ type: "Email", description: "The contact\u2019s email; or pass `peopleId`." })
});
var personTargetSchema = z7.looseObject({ peopleId: z7.string().nullish(), email: z7.string().nullish() }).refine((v) => v.peopleId == null !== (v.email == null), { message: "pass exactly one of peopleId or email", path: ["peopleId"] });
var CreatePersonInput = builder.inputType("CreatePersonInput", {
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    ...profileFields(t),
    email: t.field({ type: "Email", required: true, description: "Crisp keeps one contact per email." })
  })
});
var UpdatePersonInput = builder.inputType("UpdatePersonInput", {
  description: "Changes only the fields given (PATCH).",
  fields: (t) => ({ ...personTargetFields(t), profile: t.field({ type: PersonProfileInput, required: true }) }),
  validate: personTargetSchema
});
var SavePersonInput = builder.inputType("SavePersonInput", {
  description: "Replaces the whole profile (PUT): fields left out are cleared.",
  fields: (t) => ({ ...personTargetFields(t), profile: t.field({ type: PersonProfileInput, required: true }) }),
  validate: personTargetSchema
});
var RemovePersonInput = builder.inputType("RemovePersonInput", {
  fields: (t) => personTargetFields(t),
  validate: personTargetSchema
});
var PersonEventColor = builder.enumType("PersonEventColor", {
  description: "Colour of a timeline event.",
  values: ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "grey", "black"]
});
var AddPersonEventInput = builder.inputType("AddPersonEventInput", {
  fields: (t) => ({
    ...personTargetFields(t),
    text: t.string({ required: true, validate: z7.string().min(1).max(500) }),
    data: t.field({ type: "JSON", description: "String, number and boolean values only." }).validate(peopleDataSchema.nullish()),
    color: t.field({ type: PersonEventColor })
  }),
  validate: personTargetSchema
});
var PersonDataInput = (name, description) => builder.inputType(name, {
  description,
  fields: (t) => ({
    ...personTargetFields(t),
    data: t.field({ type: "JSON", required: true, description: "String, number and boolean values only." }).validate(peopleDataSchema)
  }),
  validate: personTargetSchema
});
var SavePersonDataInput = PersonDataInput("SavePersonDataInput", "Replaces all custom data (PUT).");
var UpdatePersonDataInput = PersonDataInput("UpdatePersonDataInput", "Merges keys into the custom data (PATCH).");
var UpdatePersonSubscriptionInput = builder.inputType("UpdatePersonSubscriptionInput", {
  fields: (t) => ({
    ...personTargetFields(t),
    subscribed: t.boolean({ required: true, description: "Whether the contact receives email campaigns." })
  }),
  validate: personTargetSchema
});
var BatchRemovePeopleInput = builder.inputType("BatchRemovePeopleInput", {
  description: "Removes contacts by id, or every contact a search matches (exactly one).",
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    peopleIds: t.idList({ validate: z7.array(peopleIdSchema).min(1).nullish() }),
    filter: t.field({ type: [PeopleFilterInput] }),
    searchOperator: t.field({ type: SearchOperator, description: searchOperatorDescription })
  }),
  validate: z7.looseObject({ peopleIds: z7.array(z7.string()).nullish(), filter: z7.array(z7.unknown()).nullish() }).refine((v) => v.peopleIds == null !== (v.filter == null), { message: "pass exactly one of peopleIds or filter", path: ["peopleIds"] })
});

// src/schema/people.ts
var Coordinates = builder.objectRef("Coordinates").implement({
  fields: (t) => ({
    latitude: t.exposeFloat("latitude", { nullable: true }),
    longitude: t.exposeFloat("longitude", { nullable: true })
  })
});
var Geolocation = builder.objectRef("Geolocation").implement({
  fields: (t) => ({
    country: t.expose("country", { type: "CountryCode", nullable: true }),
    region: t.exposeString("region", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    coordinates: t.expose("coordinates", { type: Coordinates, nullable: true })
  })
});
var SocialProfile = builder.objectRef("SocialProfile").implement({
  fields: (t) => ({
    type: t.exposeString("type", { nullable: true, description: "Network name: facebook, twitter, linkedin\u2026" }),
    handle: t.exposeString("handle", { nullable: true }),
    url: t.exposeString("url", { nullable: true })
  })
});
var Employment = builder.objectRef("Employment").implement({
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true, description: "Employer name." }),
    domain: t.exposeString("domain", { nullable: true }),
    title: t.exposeString("title", { nullable: true }),
    role: t.exposeString("role", { nullable: true }),
    seniority: t.exposeString("seniority", { nullable: true })
  })
});
var CompanyMetrics = builder.objectRef("CompanyMetrics").implement({
  fields: (t) => ({
    employees: t.exposeInt("employees", { nullable: true }),
    // Money amounts pass GraphQL's 32-bit Int.
    marketCap: t.exposeFloat("marketCap", { nullable: true }),
    raised: t.exposeFloat("raised", { nullable: true }),
    arr: t.exposeFloat("arr", { nullable: true, description: "Annual recurring revenue." })
  })
});
var Company = builder.objectRef("Company").implement({
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    legalName: t.exposeString("legalName", { nullable: true }),
    domain: t.exposeString("domain", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    timezone: t.exposeInt("timezone", { nullable: true, description: "UTC offset in minutes." }),
    phones: t.exposeStringList("phones"),
    emails: t.exposeStringList("emails"),
    metrics: t.expose("metrics", { type: CompanyMetrics, nullable: true }),
    geolocation: t.expose("geolocation", { type: Geolocation, nullable: true }),
    tags: t.exposeStringList("tags")
  })
});
var PersonActivity = builder.objectRef("PersonActivity").implement({
  fields: (t) => ({
    now: t.exposeBoolean("now", { nullable: true, description: "Whether the contact is online now." }),
    last: t.expose("last", { type: "DateTime", nullable: true })
  })
});
var PersonEvent = builder.objectRef("PersonEvent").implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    data: t.expose("data", { type: "JSON", nullable: true }),
    color: t.exposeString("color", { nullable: true }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true })
  })
});
var PersonSubscription = builder.objectRef("PersonSubscription").implement({
  fields: (t) => ({
    email: t.exposeBoolean("email", { description: "Whether the contact receives email campaigns." })
  })
});
var SuggestedSegment = builder.objectRef("SuggestedSegment").implement({
  fields: (t) => ({
    segment: t.exposeString("segment"),
    count: t.exposeInt("count", { description: "Contacts in the segment." })
  })
});
var PeopleStatistics = builder.objectRef("PeopleStatistics").implement({
  fields: (t) => ({ total: t.exposeInt("total") })
});
function parseGlobalKey2(key) {
  const parsed = (() => {
    try {
      return parsePersonKey(key);
    } catch {
      return void 0;
    }
  })();
  if (!parsed || !websiteIdSchema.safeParse(parsed.websiteId).success || !peopleIdSchema.safeParse(parsed.peopleId).success) {
    throw new GraphQLError8("Invalid input for id: not a Person id", { extensions: { code: "BAD_USER_INPUT", field: "id" } });
  }
  return personKey(parsed.websiteId.toLowerCase(), parsed.peopleId.toLowerCase());
}
var Person = builder.objectRef("Person");
builder.node(Person, {
  description: "A Crisp contact (people profile) of one website.",
  id: { resolve: (p) => personKey(p.websiteId, p.peopleId), parse: parseGlobalKey2 },
  // websiteId + peopleId
  loadWithoutCache: (key, ctx) => ctx.loaders.person.load(key),
  // the loader caches already
  fields: (t) => ({
    peopleId: t.exposeID("peopleId", { description: "The Crisp people_id (UUID)." }),
    websiteId: t.exposeID("websiteId"),
    email: t.expose("email", { type: "Email", nullable: true }),
    nickname: t.exposeString("nickname", { nullable: true, description: "Full name." }),
    avatar: t.exposeString("avatar", { nullable: true }),
    gender: t.exposeString("gender", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    website: t.exposeString("website", { nullable: true }),
    timezone: t.exposeInt("timezone", { nullable: true, description: "UTC offset in minutes." }),
    profiles: t.expose("profiles", { type: [SocialProfile], description: "Social network profiles." }),
    employment: t.expose("employment", { type: Employment, nullable: true }),
    geolocation: t.expose("geolocation", { type: Geolocation, nullable: true }),
    locales: t.expose("locales", { type: ["Locale"] }),
    company: t.expose("company", { type: Company, nullable: true }),
    segments: t.exposeStringList("segments"),
    notepad: t.exposeString("notepad", { nullable: true }),
    active: t.expose("active", { type: PersonActivity, nullable: true }),
    score: t.exposeInt("score", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime", nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", nullable: true }),
    events: t.connection({
      type: PersonEvent,
      description: "The contact\u2019s timeline events, newest first.",
      resolve: (p, args, ctx) => events(ctx, p, args)
    }),
    data: t.field({
      type: "JSON",
      description: "Custom data: a map of string, number and boolean values.",
      resolve: (p, _, ctx) => data(ctx, p)
    }),
    subscription: t.field({
      type: PersonSubscription,
      resolve: (p, _, ctx) => subscription(ctx, p)
    }),
    conversations: t.connection({
      type: Conversation,
      description: "The contact\u2019s conversations (Crisp lists their session ids).",
      resolve: (p, args, ctx) => conversations(ctx, p, args)
    })
  })
});
builder.objectFields(Website, (t) => ({
  people: t.connection({
    type: Person,
    description: "Contacts, searched and sorted by Crisp, read page by page.",
    args: {
      search: t.arg.string({ description: "Free text (name, email\u2026)." }),
      sortField: t.arg.string({ description: "A profile field to sort on, e.g. `created_at`." }),
      sortOrder: t.arg({ type: SortOrder }),
      filter: t.arg({ type: [PeopleFilterInput] }),
      searchOperator: t.arg({ type: SearchOperator, description: searchOperatorDescription })
    },
    resolve: (w, args, ctx) => people(ctx, w.id, args)
  }),
  person: t.field({
    type: Person,
    description: "One contact, by people_id or by email (exactly one).",
    args: {
      id: t.arg.id({ description: "The people_id.", validate: peopleIdSchema.nullish() }),
      email: t.arg({ type: "Email" })
    },
    validate: z8.looseObject({ id: z8.string().nullish(), email: z8.string().nullish() }).refine((a) => a.id == null !== (a.email == null), { message: "pass exactly one of id or email", path: ["id"] }),
    resolve: (w, { id, email }, ctx) => person(ctx, w.id, { peopleId: id, email })
  }),
  personExists: t.boolean({
    description: "Whether a contact with this people_id or email exists.",
    args: { idOrEmail: t.arg.string({ required: true, validate: z8.union([peopleIdSchema, z8.email()], "must be a people UUID or an email") }) },
    resolve: (w, { idOrEmail }, ctx) => personExists(ctx, w.id, idOrEmail)
  }),
  peopleStatistics: t.field({ type: PeopleStatistics, resolve: (w, _, ctx) => statistics(ctx, w.id) }),
  suggestedPeopleSegments: t.connection({
    type: SuggestedSegment,
    description: "Segments in use, with their contact counts.",
    resolve: (w, args, ctx) => suggestedSegments(ctx, w.id, args)
  })
}));
builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    description: "Creates a contact (Crisp add_profile).",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => createPerson(ctx, input)
  }),
  updatePerson: t.field({
    type: Person,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => updatePerson(ctx, input, input.profile)
  }),
  savePerson: t.field({
    type: Person,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SavePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => savePerson(ctx, input, input.profile)
  }),
  removePerson: t.boolean({
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RemovePersonInput, required: true }) },
    resolve: (_, { input }, ctx) => removePerson(ctx, input)
  }),
  addPersonEvent: t.boolean({
    description: "Adds an event to the contact\u2019s timeline.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AddPersonEventInput, required: true }) },
    resolve: (_, { input }, ctx) => addPersonEvent(ctx, input, input)
  }),
  savePersonData: t.field({
    type: "JSON",
    description: "Replaces the custom data; returns it as Crisp now holds it.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SavePersonDataInput, required: true }) },
    resolve: (_, { input }, ctx) => writePersonData(ctx, input, input.data, "save")
  }),
  updatePersonData: t.field({
    type: "JSON",
    description: "Merges keys into the custom data; returns it as Crisp now holds it.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonDataInput, required: true }) },
    resolve: (_, { input }, ctx) => writePersonData(ctx, input, input.data, "update")
  }),
  updatePersonSubscription: t.field({
    type: PersonSubscription,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonSubscriptionInput, required: true }) },
    resolve: (_, { input }, ctx) => updateSubscription(ctx, input, input.subscribed)
  }),
  batchRemovePeople: t.boolean({
    description: "Removes many contacts at once; Crisp may finish the work after answering.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BatchRemovePeopleInput, required: true }) },
    resolve: (_, { input }, ctx) => batchRemovePeople2(ctx, input)
  })
}));

// src/schema/visitor.ts
import { z as z9 } from "zod";

// src/datasources/visitor.ts
var toVisitor = (websiteId, raw) => ({
  websiteId,
  sessionId: raw.session_id,
  inboxId: raw.inbox_id ?? void 0,
  nickname: raw.nickname,
  email: raw.email,
  avatar: raw.avatar,
  useragent: raw.useragent,
  initiated: raw.initiated,
  active: raw.active,
  lastPage: raw.last_page && { title: raw.last_page.page_title, url: raw.last_page.page_url },
  geolocation: toGeolocation(raw.geolocation),
  timezone: raw.timezone,
  capabilities: raw.capabilities ?? [],
  locales: raw.locales ?? []
});
async function countVisitors(crisp, websiteId) {
  const raw = await crisp.get(route`/website/${websiteId}/visitors/count`);
  return { count: raw.count ?? 0, active: raw.active ?? 0, limited: raw.limited ?? false };
}
async function listVisitors(crisp, websiteId, page) {
  const raw = await crisp.get(route`/website/${websiteId}/visitors/list/${page}`);
  return raw.map((v) => toVisitor(websiteId, v));
}
async function getSessionIdentifierFromToken(crisp, websiteId, tokenId) {
  const raw = await crisp.get(route`/website/${websiteId}/visitors/token/${tokenId}`);
  return raw.session_id;
}

// src/resolvers/visitor.ts
var count = (ctx, websiteId) => countVisitors(ctx.crisp, websiteId);
var visitors = (ctx, websiteId, args) => pageConnection(args, (page) => listVisitors(ctx.crisp, websiteId, page));
async function sessionFromToken(ctx, websiteId, tokenId) {
  return { websiteId, sessionId: await getSessionIdentifierFromToken(ctx.crisp, websiteId, tokenId) };
}

// src/schema/visitor.ts
var VisitorPage = builder.objectRef("VisitorPage").implement({
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    url: t.exposeString("url", { nullable: true })
  })
});
var Visitor = builder.objectRef("Visitor").implement({
  description: "Someone on the website right now.",
  fields: (t) => ({
    sessionId: t.exposeID("sessionId"),
    inboxId: t.exposeID("inboxId", { nullable: true }),
    nickname: t.exposeString("nickname", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    avatar: t.exposeString("avatar", { nullable: true }),
    useragent: t.exposeString("useragent", { nullable: true }),
    initiated: t.exposeBoolean("initiated", { nullable: true, description: "Whether the visitor opened a conversation." }),
    active: t.exposeBoolean("active", { nullable: true }),
    lastPage: t.expose("lastPage", { type: VisitorPage, nullable: true }),
    geolocation: t.expose("geolocation", { type: Geolocation, nullable: true }),
    timezone: t.exposeInt("timezone", { nullable: true, description: "UTC offset in minutes." }),
    capabilities: t.exposeStringList("capabilities"),
    locales: t.exposeStringList("locales"),
    conversation: t.field({
      type: Conversation,
      description: "The visitor\u2019s conversation (loaded only when asked for).",
      resolve: (v) => ({ websiteId: v.websiteId, sessionId: v.sessionId })
    })
  })
});
var VisitorCount = builder.objectRef("VisitorCount").implement({
  fields: (t) => ({
    count: t.exposeInt("count"),
    active: t.exposeInt("active"),
    limited: t.exposeBoolean("limited", { description: "True when the plan caps the count." })
  })
});
var VisitorSession = builder.objectRef("VisitorSession").implement({
  description: "The session a chatbox token (CRISP_TOKEN_ID) continues.",
  fields: (t) => ({
    sessionId: t.exposeID("sessionId"),
    conversation: t.field({ type: Conversation, resolve: (s) => s })
  })
});
builder.objectFields(Website, (t) => ({
  visitorsCount: t.field({ type: VisitorCount, resolve: (w, _, ctx) => count(ctx, w.id) }),
  visitors: t.connection({
    type: Visitor,
    description: "Visitors on the website now, read page by page.",
    resolve: (w, args, ctx) => visitors(ctx, w.id, args)
  }),
  visitorSession: t.field({
    type: VisitorSession,
    args: { tokenId: t.arg.string({ required: true, validate: z9.string().min(1).max(500) }) },
    resolve: (w, { tokenId }, ctx) => sessionFromToken(ctx, w.id, tokenId)
  })
}));

// src/schema/settings.ts
import { z as z10 } from "zod";

// src/datasources/settings.ts
var camel = (key) => key.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
var snake = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
function rekey(value, key) {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== void 0).map(([k, v]) => [key(k), rekey(v, key)])
  );
}
async function getWebsiteSettings(crisp, websiteId) {
  const raw = await crisp.get(route`/website/${websiteId}/settings`);
  return rekey(raw, camel);
}
async function updateWebsiteSettings(crisp, websiteId, patch) {
  await crisp.patch(route`/website/${websiteId}/settings`, rekey(patch, snake));
}

// src/resolvers/settings.ts
var get2 = (ctx, websiteId) => getWebsiteSettings(ctx.crisp, websiteId);
async function update(ctx, { websiteId, ...patch }) {
  const id = websiteIdOrDefault(ctx, websiteId);
  await updateWebsiteSettings(ctx.crisp, id, patch);
  return getWebsiteSettings(ctx.crisp, id);
}

// src/schema/settings.ts
var opt = { nullable: true };
var AuditSettings = builder.objectRef("AuditSettings").implement({
  fields: (t) => ({ log: t.exposeBoolean("log", opt) })
});
var ContactSettings = builder.objectRef("ContactSettings").implement({
  description: "Contact channels shown to visitors.",
  fields: (t) => ({
    email: t.exposeString("email", opt),
    phone: t.exposeString("phone", opt),
    messenger: t.exposeString("messenger", opt),
    telegram: t.exposeString("telegram", opt),
    twitter: t.exposeString("twitter", opt),
    whatsapp: t.exposeString("whatsapp", opt),
    instagram: t.exposeString("instagram", opt)
  })
});
var InboxSettings = builder.objectRef("InboxSettings").implement({
  fields: (t) => ({
    lockRemoval: t.exposeBoolean("lockRemoval", opt),
    forceOperatorToken: t.exposeBoolean("forceOperatorToken", opt),
    locale: t.exposeString("locale", opt)
  })
});
var EmailSettings = builder.objectRef("EmailSettings").implement({
  fields: (t) => ({
    rating: t.exposeBoolean("rating", opt),
    transcript: t.exposeBoolean("transcript", opt),
    trackers: t.exposeBoolean("trackers", opt),
    junkFilter: t.exposeBoolean("junkFilter", opt),
    enrich: t.exposeBoolean("enrich", { ...opt, deprecationReason: "Removed from Crisp\u2019s clients; may no longer be honoured." })
  })
});
var ChatboxSettings = builder.objectRef("ChatboxSettings").implement({
  description: "How the chatbox looks and behaves on the website.",
  fields: (t) => ({
    tile: t.exposeString("tile", opt),
    conversations: t.exposeBoolean("conversations", opt),
    waitGame: t.exposeBoolean("waitGame", opt),
    websiteLogo: t.exposeBoolean("websiteLogo", opt),
    lastOperatorFace: t.exposeBoolean("lastOperatorFace", opt),
    ongoingOperatorFace: t.exposeBoolean("ongoingOperatorFace", opt),
    activityMetrics: t.exposeBoolean("activityMetrics", opt),
    operatorPrivacy: t.exposeBoolean("operatorPrivacy", opt),
    visitorPrivacy: t.exposeBoolean("visitorPrivacy", opt),
    availabilityTooltip: t.exposeBoolean("availabilityTooltip", opt),
    hideVacation: t.exposeBoolean("hideVacation", opt),
    hideOnAway: t.exposeBoolean("hideOnAway", opt),
    hideOnMobile: t.exposeBoolean("hideOnMobile", opt),
    positionReverse: t.exposeBoolean("positionReverse", opt),
    emailVisitors: t.exposeBoolean("emailVisitors", opt),
    phoneVisitors: t.exposeBoolean("phoneVisitors", opt),
    forceIdentify: t.exposeBoolean("forceIdentify", opt),
    ignorePrivacy: t.exposeBoolean("ignorePrivacy", opt),
    visitorCompose: t.exposeBoolean("visitorCompose", opt),
    fileTransfer: t.exposeBoolean("fileTransfer", opt),
    audioRecord: t.exposeBoolean("audioRecord", opt),
    guardLevel: t.exposeString("guardLevel", opt),
    modeInitial: t.exposeString("modeInitial", opt),
    home: t.exposeBoolean("home", opt),
    overlaySearch: t.exposeBoolean("overlaySearch", opt),
    overlayMode: t.exposeBoolean("overlayMode", opt),
    helpdeskLink: t.exposeBoolean("helpdeskLink", opt),
    helpdeskOnly: t.exposeBoolean("helpdeskOnly", opt),
    helpdeskNavigate: t.exposeString("helpdeskNavigate", opt),
    statusHealthDead: t.exposeBoolean("statusHealthDead", opt),
    checkDomain: t.exposeBoolean("checkDomain", opt),
    colorTheme: t.exposeString("colorTheme", opt),
    colorMode: t.exposeString("colorMode", opt),
    layoutTheme: t.exposeString("layoutTheme", opt),
    textTheme: t.exposeString("textTheme", opt),
    welcomeMessage: t.exposeString("welcomeMessage", opt),
    locale: t.expose("locale", { type: "Locale", nullable: true }),
    allowedPages: t.exposeStringList("allowedPages", opt),
    blockedPages: t.exposeStringList("blockedPages", opt),
    blockedCountries: t.expose("blockedCountries", { type: ["CountryCode"], nullable: true }),
    blockedLocales: t.expose("blockedLocales", { type: ["Locale"], nullable: true }),
    blockedIps: t.exposeStringList("blockedIps", opt)
  })
});
var WebsiteSettings = builder.objectRef("WebsiteSettings").implement({
  fields: (t) => ({
    websiteId: t.exposeID("websiteId", opt),
    name: t.exposeString("name", opt),
    domain: t.exposeString("domain", opt),
    domainAlternates: t.exposeStringList("domainAlternates", opt),
    logo: t.exposeString("logo", opt),
    audit: t.expose("audit", { type: AuditSettings, ...opt }),
    contact: t.expose("contact", { type: ContactSettings, ...opt }),
    inbox: t.expose("inbox", { type: InboxSettings, ...opt }),
    emails: t.expose("emails", { type: EmailSettings, ...opt }),
    chatbox: t.expose("chatbox", { type: ChatboxSettings, ...opt })
  })
});
builder.objectField(
  Website,
  "settings",
  (t) => t.field({ type: WebsiteSettings, resolve: (w, _, ctx) => get2(ctx, w.id) })
);
var AuditSettingsInput = builder.inputType("AuditSettingsInput", { fields: (t) => ({ log: t.boolean() }) });
var ContactSettingsInput = builder.inputType("ContactSettingsInput", {
  fields: (t) => ({
    email: t.field({ type: "Email" }),
    phone: t.string(),
    messenger: t.string(),
    telegram: t.string(),
    twitter: t.string(),
    whatsapp: t.string(),
    instagram: t.string()
  })
});
var InboxSettingsInput = builder.inputType("InboxSettingsInput", {
  fields: (t) => ({
    lockRemoval: t.boolean(),
    forceOperatorToken: t.boolean(),
    locale: t.field({ type: "Locale" })
  })
});
var EmailSettingsInput = builder.inputType("EmailSettingsInput", {
  fields: (t) => ({
    rating: t.boolean(),
    transcript: t.boolean(),
    trackers: t.boolean(),
    junkFilter: t.boolean()
  })
});
var ChatboxSettingsInput = builder.inputType("ChatboxSettingsInput", {
  fields: (t) => ({
    tile: t.string(),
    conversations: t.boolean(),
    waitGame: t.boolean(),
    websiteLogo: t.boolean(),
    lastOperatorFace: t.boolean(),
    ongoingOperatorFace: t.boolean(),
    activityMetrics: t.boolean(),
    operatorPrivacy: t.boolean(),
    visitorPrivacy: t.boolean(),
    availabilityTooltip: t.boolean(),
    hideVacation: t.boolean(),
    hideOnAway: t.boolean(),
    hideOnMobile: t.boolean(),
    positionReverse: t.boolean(),
    emailVisitors: t.boolean(),
    phoneVisitors: t.boolean(),
    forceIdentify: t.boolean(),
    ignorePrivacy: t.boolean(),
    visitorCompose: t.boolean(),
    fileTransfer: t.boolean(),
    audioRecord: t.boolean(),
    guardLevel: t.string(),
    modeInitial: t.string(),
    home: t.boolean(),
    overlaySearch: t.boolean(),
    overlayMode: t.boolean(),
    helpdeskLink: t.boolean(),
    helpdeskOnly: t.boolean(),
    helpdeskNavigate: t.string(),
    statusHealthDead: t.boolean(),
    checkDomain: t.boolean(),
    colorTheme: t.string(),
    colorMode: t.string(),
    layoutTheme: t.string(),
    textTheme: t.string(),
    welcomeMessage: t.string(),
    locale: t.field({ type: "Locale" }),
    allowedPages: t.stringList(),
    blockedPages: t.stringList(),
    blockedCountries: t.field({ type: ["CountryCode"] }),
    blockedLocales: t.field({ type: ["Locale"] }),
    blockedIps: t.stringList()
  })
});
var UpdateWebsiteSettingsInput = builder.inputType("UpdateWebsiteSettingsInput", {
  description: "Only the settings given change; groups merge key by key.",
  fields: (t) => ({
    websiteId: t.id({ validate: websiteIdSchema.nullish() }),
    name: t.string({ validate: z10.string().trim().min(1).max(200).nullish() }),
    domain: t.string(),
    domainAlternates: t.stringList(),
    logo: t.field({ type: "URL" }),
    audit: t.field({ type: AuditSettingsInput }),
    contact: t.field({ type: ContactSettingsInput }),
    inbox: t.field({ type: InboxSettingsInput }),
    emails: t.field({ type: EmailSettingsInput }),
    chatbox: t.field({ type: ChatboxSettingsInput })
  })
});
builder.mutationField(
  "updateWebsiteSettings",
  (t) => t.field({
    type: WebsiteSettings,
    description: "Changes website settings; returns them as Crisp now holds them.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateWebsiteSettingsInput, required: true }) },
    resolve: (_, { input }, ctx) => update(ctx, input)
  })
);

// src/datasources/availability.ts
async function getWebsiteAvailabilityStatus(crisp, websiteId) {
  const raw = await crisp.get(route`/website/${websiteId}/availability/status`);
  return { status: raw.status, since: typeof raw.since === "number" ? new Date(raw.since) : void 0 };
}

// src/resolvers/availability.ts
var status = (ctx, websiteId) => getWebsiteAvailabilityStatus(ctx.crisp, websiteId);

// src/schema/availability.ts
var WebsiteAvailability = builder.objectRef("WebsiteAvailability").implement({
  fields: (t) => ({
    status: t.exposeString("status", { description: "Overall team availability: `online`, `away` or `offline`." }),
    since: t.expose("since", { type: "DateTime", nullable: true })
  })
});
builder.objectField(
  Website,
  "availability",
  (t) => t.field({ type: WebsiteAvailability, resolve: (w, _, ctx) => status(ctx, w.id) })
);

// src/schema/bucket.ts
import { z as z11 } from "zod";

// src/datasources/bucket.ts
async function generateBucketURL(crisp, request) {
  await crisp.post(route`/bucket/url/generate`, request);
}

// src/resolvers/bucket.ts
async function generateUrl(ctx, input) {
  await generateBucketURL(ctx.crisp, input);
  return { id: input.id, namespace: input.namespace, event: `bucket:url:${input.namespace}:generated` };
}

// src/schema/bucket.ts
var BucketNamespace = builder.enumType("BucketNamespace", {
  values: ["upload", "avatar", "website", "campaign", "helpdesk", "status", "processing"]
});
var BucketFileInput = builder.inputType("BucketFileInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: z11.string().min(1).max(255) }),
    type: t.string({ required: true, description: "MIME type, e.g. image/png.", validate: z11.string().regex(/^[\w.+-]+\/[\w.+-]+$/, "must be a MIME type") })
  })
});
var BucketResourceInput = builder.inputType("BucketResourceInput", {
  description: "The object the file belongs to.",
  fields: (t) => ({
    type: t.string({ required: true }),
    id: t.string({ required: true })
  })
});
var GenerateBucketUrlInput = builder.inputType("GenerateBucketUrlInput", {
  fields: (t) => ({
    namespace: t.field({ type: BucketNamespace, required: true }),
    id: t.string({ required: true, description: "Your correlation id; the RTM reply carries it back.", validate: z11.string().min(1).max(100) }),
    file: t.field({ type: BucketFileInput, required: true }),
    resource: t.field({ type: BucketResourceInput })
  })
});
var BucketUrlRequest = builder.objectRef("BucketUrlRequest").implement({
  description: "Crisp accepted the request. The signed upload URL is not in this answer: it arrives as the RTM event named in `event`, whose payload carries the same `id`.",
  fields: (t) => ({
    id: t.exposeString("id"),
    namespace: t.exposeString("namespace"),
    event: t.exposeString("event", { description: "The RTM event that will carry the URL." })
  })
});
builder.mutationField(
  "generateBucketUrl",
  (t) => t.field({
    type: BucketUrlRequest,
    description: "Asks Crisp for a signed upload URL (delivered over RTM).",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: GenerateBucketUrlInput, required: true }) },
    resolve: (_, { input }, ctx) => generateUrl(ctx, { namespace: input.namespace, id: input.id, file: input.file, ...input.resource && { resource: input.resource } })
  })
);

// src/schema/conversation-mutation.ts
import { z as z12 } from "zod";
var websiteIdField = (t) => t.id({ description: "The website; default: the configured one (CRISP_WEBSITE_ID).", validate: websiteIdSchema.nullish() });
var conversationInputFields = (t) => ({
  websiteId: websiteIdField(t),
  sessionId: t.string({ required: true, validate: sessionIdSchema })
});
var CreateConversationInput = builder.inputType("CreateConversationInput", {
  fields: (t) => ({ websiteId: websiteIdField(t) })
});
var InitiateConversationInput = builder.inputType("InitiateConversationInput", { fields: conversationInputFields });
var RemoveConversationInput = builder.inputType("RemoveConversationInput", { fields: conversationInputFields });
var dataSchema = z12.record(z12.string().min(1).max(64), z12.union([z12.string().max(1024), z12.number(), z12.boolean()]));
var metaText = (max) => z12.string().trim().min(1).max(max);
var UpdateConversationMetasInput = builder.inputType("UpdateConversationMetasInput", {
  description: "Only the fields given change (Crisp merges them).",
  fields: (t) => ({
    ...conversationInputFields(t),
    nickname: t.string({ validate: metaText(128) }),
    email: t.field({ type: "Email" }),
    phone: t.string({ validate: z12.string().regex(/^\+?[0-9 ().-]{3,32}$/, "must be a phone number") }),
    ip: t.string({ validate: z12.union([z12.ipv4(), z12.ipv6()]) }),
    avatar: t.field({ type: "URL" }),
    address: t.string({ validate: metaText(512) }),
    subject: t.string({ validate: metaText(512) }),
    origin: t.string({ validate: metaText(128) }),
    segments: t.stringList({ validate: z12.array(metaText(64)).max(50) }),
    data: t.field({ type: "JSON", description: "A flat map of strings, numbers and booleans.", validate: dataSchema })
  })
});
var ChangeConversationStateInput = builder.inputType("ChangeConversationStateInput", {
  fields: (t) => ({ ...conversationInputFields(t), state: t.field({ type: ConversationStateEnum, required: true }) })
});
var AssignConversationRoutingInput = builder.inputType("AssignConversationRoutingInput", {
  fields: (t) => ({
    ...conversationInputFields(t),
    assignedUserId: t.id({ description: "The operator to assign; null or absent unassigns.", validate: uuidSchema.nullish() }),
    silent: t.boolean({ description: "Skip the assignment notification." })
  })
});
var BlockConversationInput = builder.inputType("BlockConversationInput", {
  fields: (t) => ({ ...conversationInputFields(t), blocked: t.boolean({ required: true }) })
});
var TranscriptRecipient = builder.enumType("TranscriptRecipient", {
  values: {
    USER: { value: "user", description: "The visitor (their email, or `email`)." },
    OPERATOR: { value: "operator", description: "The operator who asks." }
  }
});
var RequestConversationTranscriptInput = builder.inputType("RequestConversationTranscriptInput", {
  fields: (t) => ({
    ...conversationInputFields(t),
    to: t.field({ type: TranscriptRecipient, required: true }),
    email: t.field({ type: "Email", description: "Where to send it, instead of the address Crisp knows." })
  })
});
builder.mutationFields((t) => ({
  createConversation: t.field({
    type: Conversation,
    description: "Creates an empty conversation; it shows in the inbox once it has a message or is initiated.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => create(ctx, input.websiteId)
  }),
  initiateConversation: t.field({
    type: Conversation,
    description: "Starts a conversation with an existing (visitor) session.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: InitiateConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => initiate(ctx, input)
  }),
  removeConversation: t.field({
    type: "String",
    description: "Deletes the conversation and its messages; returns the removed session id.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RemoveConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => remove(ctx, input)
  }),
  updateConversationMetas: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateConversationMetasInput, required: true }) },
    resolve: (_, { input }, ctx) => updateMetas(ctx, { ...input, data: input.data })
  }),
  changeConversationState: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ChangeConversationStateInput, required: true }) },
    resolve: (_, { input }, ctx) => changeState(ctx, input)
  }),
  assignConversationRouting: t.field({
    type: Conversation,
    description: "Assigns the conversation to an operator, or unassigns it.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AssignConversationRoutingInput, required: true }) },
    resolve: (_, { input }, ctx) => assignRouting(ctx, input)
  }),
  blockConversation: t.field({
    type: Conversation,
    description: "Blocks (or unblocks) the visitor's messages.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BlockConversationInput, required: true }) },
    resolve: (_, { input }, ctx) => block(ctx, input)
  }),
  requestConversationTranscript: t.field({
    type: Conversation,
    description: "Emails a transcript of the conversation.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RequestConversationTranscriptInput, required: true }) },
    resolve: (_, { input }, ctx) => requestTranscript(ctx, input)
  })
}));

// src/schema/message.ts
import { z as z14 } from "zod";

// src/resolvers/message.ts
import { randomInt } from "node:crypto";
async function messages(ctx, c, before, limit) {
  const newestFirst = [];
  let cursor = before?.getTime();
  let more = true;
  while (newestFirst.length < limit && more) {
    const batch = await ctx.loaders.messageBatch.load(messageBatchKey(c, cursor));
    const older = cursor === void 0 ? batch.messages : batch.messages.filter((m) => m.timestamp.getTime() < cursor);
    newestFirst.push(...[...older].reverse());
    more = batch.more && older.length > 0;
    cursor = older[0]?.timestamp.getTime();
  }
  const page = newestFirst.slice(0, limit).reverse();
  const edges = page.map((node) => ({ cursor: node.timestamp.toISOString(), node }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: newestFirst.length > limit || more,
      // The connection only walks back in time (Relay allows false when paginating backwards).
      hasNextPage: false
    }
  };
}
function get3(ctx, c, fingerprint) {
  return ctx.loaders.message.load(messageKey(c, fingerprint));
}
function contentOf(input) {
  const [kind, value] = Object.entries(input).find(([, v]) => v !== null && v !== void 0);
  const content = typeof value === "string" ? { kind, text: value } : { kind, ...withoutNulls(value) };
  return content;
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== void 0).map(([k, v]) => [k, withoutNulls(v)])
  );
}
var newFingerprint = () => Date.now() * 1e3 + randomInt(1e3);
async function send2(ctx, input) {
  const key = keyOf(ctx, input);
  const fingerprint = await sendMessageInConversation(ctx.crisp, key, {
    ...toMessageContentRaw(contentOf(input.content)),
    from: input.from,
    origin: input.origin,
    fingerprint: input.fingerprint ?? newFingerprint(),
    mentions: input.mentions ?? void 0,
    user: input.user ? {
      type: input.user.type ?? void 0,
      nickname: input.user.nickname ?? void 0,
      avatar: input.user.avatar ?? void 0
    } : void 0,
    original: input.original ?? void 0,
    translated: input.translated ?? void 0,
    stealth: input.stealth ?? void 0,
    automated: input.automated ?? void 0
  });
  forget(ctx, key);
  return { ...key, fingerprint };
}
async function update2(ctx, input) {
  const key = keyOf(ctx, input);
  const { content } = toMessageContentRaw(contentOf(input.content));
  await updateMessageInConversation(ctx.crisp, key, input.fingerprint, content);
  ctx.loaders.message.clear(messageKey(key, input.fingerprint));
  forget(ctx, key);
  return { ...key, fingerprint: input.fingerprint };
}
async function compose(ctx, input) {
  const key = keyOf(ctx, input);
  const { type, from, excerpt, stealth, automated } = input;
  await composeMessageInConversation(ctx.crisp, key, {
    type,
    from,
    excerpt: excerpt ?? void 0,
    stealth: stealth ?? void 0,
    automated: automated ?? void 0
  });
  return key;
}
async function mark(ctx, receipt, input) {
  const key = keyOf(ctx, input);
  const body = { from: input.from, origin: input.origin, fingerprints: input.fingerprints };
  if (receipt === "read") await markMessagesReadInConversation(ctx.crisp, key, body);
  else await markMessagesDeliveredInConversation(ctx.crisp, key, body);
  return forget(ctx, key);
}

// src/schema/message-input.ts
import { z as z13 } from "zod";
var MessageFromEnum = builder.enumType("MessageFrom", {
  values: {
    USER: { value: "user", description: "The visitor or contact side." },
    OPERATOR: { value: "operator", description: "The team side, bots included." }
  }
});
var MessageUserTypeEnum = builder.enumType("MessageUserType", {
  values: { WEBSITE: { value: "website" }, PARTICIPANT: { value: "participant" } }
});
var text = (max) => z13.string().min(1).max(max);
var mimeType = z13.string().regex(/^[\w.+-]+\/[\w.+-]+$/, "must be a MIME type such as image/png");
var FileContentInput = builder.inputType("FileContentInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(256) }),
    url: t.field({ type: "URL", required: true }),
    mimeType: t.string({ required: true, validate: mimeType })
  })
});
var AnimationContentInput = builder.inputType("AnimationContentInput", {
  fields: (t) => ({
    url: t.field({ type: "URL", required: true }),
    mimeType: t.string({ required: true, validate: mimeType })
  })
});
var AudioContentInput = builder.inputType("AudioContentInput", {
  fields: (t) => ({
    url: t.field({ type: "URL", required: true }),
    mimeType: t.string({ required: true, validate: mimeType }),
    duration: t.int({ required: true, description: "Length in seconds.", validate: z13.number().int().min(0).max(86400) })
  })
});
var PickerChoiceActionInput = builder.inputType("PickerChoiceActionInput", {
  fields: (t) => ({
    type: t.string({ required: true, description: "e.g. `link`", validate: text(32) }),
    target: t.string({ required: true, validate: text(2048) })
  })
});
var PickerChoiceInput = builder.inputType("PickerChoiceInput", {
  fields: (t) => ({
    value: t.string({ required: true, validate: text(256) }),
    label: t.string({ required: true, validate: text(256) }),
    selected: t.boolean({ required: true }),
    icon: t.string({ validate: text(64) }),
    action: t.field({ type: PickerChoiceActionInput })
  })
});
var PickerContentInput = builder.inputType("PickerContentInput", {
  fields: (t) => ({
    id: t.string({ required: true, validate: text(128) }),
    text: t.string({ required: true, validate: text(2e3) }),
    choices: t.field({ type: [PickerChoiceInput], required: true, validate: z13.array(z13.unknown()).min(1).max(20) }),
    required: t.boolean()
  })
});
var FieldContentInput = builder.inputType("FieldContentInput", {
  fields: (t) => ({
    id: t.string({ required: true, validate: text(128) }),
    text: t.string({ required: true, validate: text(2e3) }),
    explain: t.string({ required: true, description: "Placeholder shown in the empty field.", validate: text(2e3) }),
    value: t.string({ validate: z13.string().max(2e3) }),
    required: t.boolean()
  })
});
var CarouselActionInput = builder.inputType("CarouselActionInput", {
  fields: (t) => ({
    label: t.string({ required: true, validate: text(128) }),
    url: t.field({ type: "URL", required: true })
  })
});
var CarouselTargetInput = builder.inputType("CarouselTargetInput", {
  fields: (t) => ({
    title: t.string({ required: true, validate: text(256) }),
    description: t.string({ required: true, validate: z13.string().max(2e3) }),
    image: t.field({ type: "URL" }),
    actions: t.field({ type: [CarouselActionInput], required: true, validate: z13.array(z13.unknown()).max(10) })
  })
});
var CarouselContentInput = builder.inputType("CarouselContentInput", {
  fields: (t) => ({
    text: t.string({ required: true, validate: text(2e3) }),
    targets: t.field({ type: [CarouselTargetInput], required: true, validate: z13.array(z13.unknown()).min(1).max(10) })
  })
});
var EventContentInput = builder.inputType("EventContentInput", {
  fields: (t) => ({
    namespace: t.string({ required: true, description: "The event name, e.g. `state:resolved`.", validate: text(128) }),
    text: t.string({ validate: z13.string().max(2e3) })
  })
});
var MessageContentInput = builder.inputType("MessageContentInput", {
  isOneOf: true,
  fields: (t) => ({
    text: t.string({ validate: text(1e4) }),
    note: t.string({ description: "A private note, seen by operators only.", validate: text(1e4) }),
    file: t.field({ type: FileContentInput }),
    animation: t.field({ type: AnimationContentInput }),
    audio: t.field({ type: AudioContentInput }),
    picker: t.field({ type: PickerContentInput }),
    field: t.field({ type: FieldContentInput }),
    carousel: t.field({ type: CarouselContentInput }),
    event: t.field({ type: EventContentInput })
  })
});
var originSchema = z13.string().regex(/^(chat|email|urn:[\w.:-]{1,200})$/, "must be chat, email or a urn:\u2026 identifier");
var MessageUserInput = builder.inputType("MessageUserInput", {
  description: "Who the message shows as sent by.",
  fields: (t) => ({
    type: t.field({ type: MessageUserTypeEnum }),
    nickname: t.string({ validate: text(128) }),
    avatar: t.field({ type: "URL" })
  })
});
var MessageOriginalInput = builder.inputType("MessageOriginalInput", {
  description: "The raw original (e.g. the HTML of an email); Crisp keeps it beside the message.",
  fields: (t) => ({
    type: t.string({ required: true, validate: mimeType }),
    content: t.string({ required: true, validate: z13.string().min(1).max(1e6) })
  })
});
var SendMessageInput = builder.inputType("SendMessageInput", {
  fields: (t) => ({
    ...conversationInputFields(t),
    content: t.field({ type: MessageContentInput, required: true }),
    from: t.field({ type: MessageFromEnum, required: true }),
    origin: t.string({ required: true, defaultValue: "chat", validate: originSchema }),
    mentions: t.idList({ description: "Operators (user ids) to notify, for notes.", validate: z13.array(uuidSchema).max(50) }),
    fingerprint: t.field({
      type: "Fingerprint",
      description: "De-duplication key: sending twice with the same one stores one message. Generated when absent."
    }),
    user: t.field({ type: MessageUserInput }),
    original: t.field({ type: MessageOriginalInput }),
    translated: t.boolean(),
    stealth: t.boolean({ description: "Deliver silently: no notification, no unread count." }),
    automated: t.boolean({ description: "Sent by a bot or an automation." })
  })
});
var UpdateMessageInput = builder.inputType("UpdateMessageInput", {
  description: "The new content must be of the message's type (Crisp refuses others).",
  fields: (t) => ({
    ...conversationInputFields(t),
    fingerprint: t.field({ type: "Fingerprint", required: true }),
    content: t.field({ type: MessageContentInput, required: true })
  })
});
var ComposeType = builder.enumType("ComposeType", {
  values: { START: { value: "start" }, STOP: { value: "stop" } }
});
var ComposeMessageInput = builder.inputType("ComposeMessageInput", {
  description: "A typing indicator.",
  fields: (t) => ({
    ...conversationInputFields(t),
    type: t.field({ type: ComposeType, required: true }),
    from: t.field({ type: MessageFromEnum, required: true }),
    excerpt: t.string({ description: "What is being typed, for a live preview.", validate: z13.string().max(2e3) }),
    stealth: t.boolean(),
    automated: t.boolean()
  })
});
var markFields = (t) => ({
  ...conversationInputFields(t),
  from: t.field({ type: MessageFromEnum, required: true, description: "The side that read or received the messages." }),
  origin: t.string({ required: true, defaultValue: "chat", validate: originSchema }),
  fingerprints: t.field({
    type: ["Fingerprint"],
    required: true,
    description: "The messages; an empty list means every pending one.",
    validate: z13.array(z13.number()).max(500)
  })
});
var MarkMessagesReadInput = builder.inputType("MarkMessagesReadInput", { fields: markFields });
var MarkMessagesDeliveredInput = builder.inputType("MarkMessagesDeliveredInput", { fields: markFields });

// src/schema/message.ts
var MessageTypeEnum = builder.enumType("MessageType", {
  values: {
    TEXT: { value: "text" },
    NOTE: { value: "note", description: "A private note, seen by operators only." },
    FILE: { value: "file" },
    ANIMATION: { value: "animation" },
    AUDIO: { value: "audio" },
    PICKER: { value: "picker", description: "A choice among buttons." },
    FIELD: { value: "field", description: "A question with a free-text answer field." },
    CAROUSEL: { value: "carousel" },
    EVENT: { value: "event", description: "A system event shown in the timeline." }
  }
});
var contentType = (kind, name) => builder.objectRef(name).implement({ isTypeOf: (c) => c.kind === kind });
var PickerChoice = builder.objectRef("PickerChoice").implement({
  fields: (t) => ({
    value: t.exposeString("value"),
    label: t.exposeString("label"),
    selected: t.exposeBoolean("selected"),
    icon: t.exposeString("icon", { nullable: true }),
    actionType: t.string({ nullable: true, resolve: (c) => c.action?.type }),
    actionTarget: t.string({ nullable: true, resolve: (c) => c.action?.target })
  })
});
var CarouselTarget = builder.objectRef("CarouselTarget").implement({
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    image: t.exposeString("image", { nullable: true }),
    actions: t.field({ type: [CarouselAction], resolve: (c) => c.actions })
  })
});
var CarouselAction = builder.objectRef("CarouselAction").implement({
  fields: (t) => ({ label: t.exposeString("label"), url: t.exposeString("url") })
});
var TextContent = contentType("text", "TextContent");
var NoteContent = contentType("note", "NoteContent");
var FileContent = contentType("file", "FileContent");
var AnimationContent = contentType("animation", "AnimationContent");
var AudioContent = contentType("audio", "AudioContent");
var PickerContent = contentType("picker", "PickerContent");
var FieldContent = contentType("field", "FieldContent");
var CarouselContent = contentType("carousel", "CarouselContent");
var EventContent = contentType("event", "EventContent");
builder.objectFields(TextContent, (t) => ({ text: t.exposeString("text") }));
builder.objectFields(NoteContent, (t) => ({ text: t.exposeString("text") }));
builder.objectFields(FileContent, (t) => ({ name: t.exposeString("name"), url: t.exposeString("url"), mimeType: t.exposeString("mimeType") }));
builder.objectFields(AnimationContent, (t) => ({ url: t.exposeString("url"), mimeType: t.exposeString("mimeType") }));
builder.objectFields(AudioContent, (t) => ({
  url: t.exposeString("url"),
  mimeType: t.exposeString("mimeType"),
  duration: t.exposeInt("duration", { description: "Seconds." })
}));
builder.objectFields(PickerContent, (t) => ({
  id: t.exposeString("id"),
  text: t.exposeString("text"),
  choices: t.field({ type: [PickerChoice], resolve: (c) => c.choices }),
  required: t.exposeBoolean("required", { nullable: true })
}));
builder.objectFields(FieldContent, (t) => ({
  id: t.exposeString("id"),
  text: t.exposeString("text"),
  explain: t.exposeString("explain"),
  value: t.exposeString("value", { nullable: true }),
  required: t.exposeBoolean("required", { nullable: true })
}));
builder.objectFields(CarouselContent, (t) => ({
  text: t.exposeString("text"),
  targets: t.field({ type: [CarouselTarget], resolve: (c) => c.targets })
}));
builder.objectFields(EventContent, (t) => ({ namespace: t.exposeString("namespace"), text: t.exposeString("text", { nullable: true }) }));
var MessageContent = builder.unionType("MessageContent", {
  description: "The content of a message; its type matches the message type.",
  types: [TextContent, NoteContent, FileContent, AnimationContent, AudioContent, PickerContent, FieldContent, CarouselContent, EventContent]
});
var MessageUser = builder.objectRef("MessageUser").implement({
  fields: (t) => ({
    type: t.expose("type", { type: MessageUserTypeEnum, nullable: true }),
    userId: t.exposeString("userId", { nullable: true }),
    nickname: t.exposeString("nickname", { nullable: true }),
    avatar: t.exposeString("avatar", { nullable: true })
  })
});
var Message = builder.objectRef("Message").implement({
  description: "A message of a conversation.",
  fields: (t) => ({
    fingerprint: t.expose("fingerprint", { type: "Fingerprint" }),
    sessionId: t.exposeString("sessionId"),
    type: t.expose("type", { type: MessageTypeEnum }),
    from: t.expose("from", { type: MessageFromEnum, nullable: true }),
    origin: t.exposeString("origin", { nullable: true, description: "`chat`, `email` or an integration `urn:\u2026`." }),
    content: t.field({ type: MessageContent, resolve: (m) => m.content }),
    text: t.string({
      nullable: true,
      description: "The text of the message, whatever its type (a file gives its name).",
      resolve: (m) => textOf(m.content)
    }),
    mentions: t.exposeIDList("mentions"),
    read: t.exposeString("read", { nullable: true, description: "The channel it was read on, once read." }),
    delivered: t.exposeString("delivered", { nullable: true, description: "The channel it was delivered on, once delivered." }),
    edited: t.exposeBoolean("edited"),
    translated: t.exposeBoolean("translated"),
    automated: t.exposeBoolean("automated"),
    stamped: t.exposeBoolean("stamped"),
    timestamp: t.expose("timestamp", { type: "DateTime" }),
    user: t.expose("user", { type: MessageUser, nullable: true }),
    originalId: t.exposeString("originalId", { nullable: true, description: "Id of the raw original (e.g. email HTML)." })
  })
});
var ConversationPreview = builder.objectRef("ConversationPreview").implement({
  description: "The last message, as the inbox shows it.",
  fields: (t) => ({
    type: t.expose("type", { type: MessageTypeEnum, nullable: true }),
    from: t.expose("from", { type: MessageFromEnum, nullable: true }),
    excerpt: t.exposeString("excerpt", { nullable: true }),
    fingerprint: t.expose("fingerprint", { type: "Fingerprint", nullable: true })
  })
});
var MessageConnection = builder.connectionObject({ type: Message, name: "MessageConnection" });
builder.objectFields(Conversation, (t) => ({
  lastMessage: t.field({
    type: ConversationPreview,
    nullable: true,
    resolve: async (c, _, ctx) => (await loaded(ctx, c)).preview
  }),
  messages: t.field({
    type: MessageConnection,
    description: "The `limit` messages before `before` (default: the latest), oldest first. Crisp serves history in batches walked back in time; only as many as `limit` needs are read. Each cursor is the message's DateTime: pass `pageInfo.startCursor` as `before` for older ones.",
    args: {
      before: t.arg({ type: "DateTime" }),
      limit: t.arg.int({ defaultValue: 10, required: true, validate: z14.number().int().min(1).max(100) })
    },
    resolve: (c, { before, limit }, ctx) => messages(ctx, c, before ?? void 0, limit)
  }),
  message: t.field({
    type: Message,
    // Nullable, so a missing message leaves the operation's other fields intact.
    nullable: true,
    args: { fingerprint: t.arg({ type: "Fingerprint", required: true }) },
    resolve: (c, { fingerprint }, ctx) => get3(ctx, c, fingerprint)
  })
}));
var MessageReceipt = builder.objectRef("MessageReceipt").implement({
  description: "A message Crisp accepted. `message` and `conversation` are read only when selected.",
  fields: (t) => ({
    fingerprint: t.expose("fingerprint", { type: "Fingerprint", description: "Send it again with the same one to retry safely." }),
    message: t.field({ type: Message, resolve: (r, _, ctx) => get3(ctx, r, r.fingerprint) }),
    conversation: t.field({ type: Conversation, resolve: (r) => ({ websiteId: r.websiteId, sessionId: r.sessionId }) })
  })
});
builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: MessageReceipt,
    description: "Sends a message. A fingerprint always goes with it (generated when absent), so a retry cannot duplicate it.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SendMessageInput, required: true }) },
    resolve: (_, { input }, ctx) => send2(ctx, input)
  }),
  updateMessage: t.field({
    type: MessageReceipt,
    description: "Replaces a message's content.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateMessageInput, required: true }) },
    resolve: (_, { input }, ctx) => update2(ctx, input)
  }),
  composeMessage: t.field({
    type: Conversation,
    description: "Starts or stops the typing indicator.",
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ComposeMessageInput, required: true }) },
    resolve: (_, { input }, ctx) => compose(ctx, input)
  }),
  markMessagesRead: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: MarkMessagesReadInput, required: true }) },
    resolve: (_, { input }, ctx) => mark(ctx, "read", input)
  }),
  markMessagesDelivered: t.field({
    type: Conversation,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: MarkMessagesDeliveredInput, required: true }) },
    resolve: (_, { input }, ctx) => mark(ctx, "delivered", input)
  })
}));

// src/schema/batch.ts
import { z as z15 } from "zod";

// src/datasources/batch.ts
async function batchResolveConversations(crisp, websiteId, body) {
  await crisp.patch(route`/website/${websiteId}/batch/resolve`, body);
}
async function batchReadConversations(crisp, websiteId, body) {
  await crisp.patch(route`/website/${websiteId}/batch/read`, body);
}
async function batchRemoveConversations(crisp, websiteId, body) {
  await crisp.patch(route`/website/${websiteId}/batch/remove`, body);
}

// src/resolvers/batch.ts
var calls = {
  resolve: batchResolveConversations,
  read: batchReadConversations,
  remove: batchRemoveConversations
};
async function conversations2(ctx, operation, input) {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId);
  await calls[operation](ctx.crisp, websiteId, { sessions: input.sessionIds, inbox_id: input.inboxId ?? void 0 });
  return input.sessionIds;
}

// src/schema/batch.ts
var batchFields = (t) => ({
  websiteId: t.id({ description: "The website; default: the configured one (CRISP_WEBSITE_ID).", validate: websiteIdSchema.nullish() }),
  sessionIds: t.stringList({ required: true, validate: z15.array(sessionIdSchema).min(1).max(500) }),
  inboxId: t.id({ description: "Limits the operation to conversations of this inbox.", validate: uuidSchema.nullish() })
});
var operations = [
  ["batchResolveConversations", "BatchResolveConversationsInput", "resolve", "Marks the conversations resolved."],
  ["batchReadConversations", "BatchReadConversationsInput", "read", "Marks every message of the conversations read."],
  ["batchRemoveConversations", "BatchRemoveConversationsInput", "remove", "Deletes the conversations and their messages."]
];
for (const [field, inputName, operation, description] of operations) {
  const Input = builder.inputType(inputName, { fields: batchFields });
  builder.mutationField(
    field,
    (t) => t.field({
      type: ["String"],
      description: `${description} Crisp applies it asynchronously; returns the session ids sent.`,
      errors: { types: mutationErrors },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: (_, { input }, ctx) => conversations2(ctx, operation, input)
    })
  );
}

// src/schema/subscription.ts
import { z as z16 } from "zod";

// src/resolvers/subscription.ts
import { GraphQLError as GraphQLError9 } from "graphql";
function liveOf(ctx) {
  if (!ctx.live) {
    throw new GraphQLError9("Live events are turned off on this gateway (CRISP_RTM_MODE=off).", {
      extensions: { code: "LIVE_EVENTS_OFF" }
    });
  }
  return ctx.live;
}
var filter = ({ websiteId, sessionId }, names) => ({
  websiteId: websiteId.toLowerCase(),
  sessionId: sessionId?.toLowerCase() ?? void 0,
  names
});
var follow = (ctx, scope, names, map) => liveOf(ctx).subscribe(filter(scope, names), map);
function unwrap(value) {
  if (value instanceof SlowSubscriberError) throw value;
  return value;
}
var messages2 = (ctx, scope) => follow(ctx, scope, messageEventNames, toMessageEvent);
var composing = (ctx, scope) => follow(ctx, scope, composingEventNames, toComposing);
var acknowledgements = (ctx, scope) => follow(ctx, scope, acknowledgementEventNames, toAcknowledgement);
var conversationChanges = (ctx, scope) => follow(ctx, scope, conversationEventNames, toConversationChange);
var peopleProfiles = (ctx, scope) => follow(ctx, scope, peopleEventNames, toPeopleProfileEvent);
var visitorsCount = (ctx, scope) => follow(ctx, scope, ["website:update_visitors_count"], toVisitorsCount);
var operatorAvailability = (ctx, scope) => follow(ctx, scope, availabilityEventNames, toOperatorAvailability);
var crispEvents = (ctx, scope, names) => follow(ctx, scope, names, (e) => e);

// src/schema/rtm-event.ts
var enumKey = (name) => name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
var values = Object.fromEntries(
  rtmEvents.map((e) => [enumKey(e.name), { value: e.name, description: `\`${e.name}\` (${e.group}).` }])
);
if (Object.keys(values).length !== rtmEvents.length) throw new Error("RtmEventName: two event names give the same enum key");
var RtmEventName = builder.enumType("RtmEventName", {
  description: "A Crisp RTM / web hook event. The value on the wire is the enum key; Crisp names it as described.",
  values
});
var RtmEventSource = builder.enumType("RtmEventSource", {
  values: {
    SOCKET: { value: "socket", description: "The RTM WebSocket." },
    HOOK: { value: "hook", description: "A signed web hook delivery." },
    BACKFILL: { value: "backfill", description: "Read back from REST after a reconnection (messages only)." }
  }
});
var CrispEvent = builder.objectRef("CrispEvent").implement({
  description: "Any Crisp event: the common scope typed, the payload exactly as Crisp sent it.",
  fields: (t) => ({
    name: t.field({ type: RtmEventName, resolve: (e) => e.name }),
    websiteId: t.exposeID("websiteId"),
    sessionId: t.exposeString("sessionId", { nullable: true, description: "On conversation events." }),
    timestamp: t.field({
      type: "DateTime",
      nullable: true,
      description: "The payload's timestamp, else the web hook's; most non-message events carry none.",
      resolve: (e) => e.timestamp
    }),
    source: t.field({ type: RtmEventSource, resolve: (e) => e.source }),
    payload: t.field({ type: "JSON", description: "The event payload (snake_case, as Crisp sends it).", resolve: (e) => e.data })
  })
});

// src/schema/subscription.ts
builder.subscriptionType({});
var MessageEventKind = builder.enumType("MessageEventKind", {
  values: {
    SENT: { value: "send", description: "`message:send`: written by the visitor." },
    RECEIVED: { value: "received", description: "`message:received`: written by the team side (operators, bots, plugins)." },
    UPDATED: { value: "updated", description: "`message:updated`: the content was edited." },
    REMOVED: { value: "removed", description: "`message:removed`." }
  }
});
var MessageEvent = builder.objectRef("MessageEvent").implement({
  fields: (t) => ({
    kind: t.field({ type: MessageEventKind, resolve: (e) => e.kind }),
    websiteId: t.exposeID("websiteId"),
    sessionId: t.exposeString("sessionId"),
    fingerprint: t.expose("fingerprint", { type: "Fingerprint" }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true }),
    message: t.field({ type: Message, nullable: true, description: "The message, on SENT and RECEIVED.", resolve: (e) => e.message }),
    content: t.field({ type: "JSON", nullable: true, description: "The new content, on UPDATED.", resolve: (e) => e.content })
  })
});
var ComposingSide = builder.enumType("ComposingSide", {
  values: {
    VISITOR: { value: "visitor", description: "`message:compose:send`" },
    OPERATOR: { value: "operator", description: "`message:compose:receive`" }
  }
});
var ComposingEvent = builder.objectRef("ComposingEvent").implement({
  description: "Someone started or stopped typing in a conversation.",
  fields: (t) => ({
    websiteId: t.exposeID("websiteId"),
    sessionId: t.exposeString("sessionId"),
    side: t.field({ type: ComposingSide, resolve: (e) => e.side }),
    typing: t.exposeBoolean("typing"),
    excerpt: t.exposeString("excerpt", { nullable: true, description: "What is being typed, when Crisp sends it." }),
    timestamp: t.expose("timestamp", { type: "DateTime", nullable: true })
  })
});
var AcknowledgementKind = builder.enumType("AcknowledgementKind", {
  values: {
    READ_SEND: { value: "read_send", description: "`message:acknowledge:read:send`" },
    READ_RECEIVED: { value: "read_received", description: "`message:acknowledge:read:received`" },
    UNREAD_SEND: { value: "unread_send", description: "`message:acknowledge:unread:send`" },
    DELIVERED: { value: "delivered", description: "`message:acknowledge:delivered`" },
    IGNORED: { value: "ignored", description: "`message:acknowledge:ignored`" }
  }
});
var AcknowledgementEvent = builder.objectRef("AcknowledgementEvent").implement({
  description: "Messages marked read, unread, delivered or ignored.",
  fields: (t) => ({
    kind: t.field({ type: AcknowledgementKind, resolve: (e) => e.kind }),
    websiteId: t.exposeID("websiteId"),
    sessionId: t.exposeString("sessionId"),
    origin: t.exposeString("origin", { nullable: true }),
    fingerprints: t.field({ type: ["Fingerprint"], resolve: (e) => e.fingerprints })
  })
});
var ConversationChangeKind = builder.enumType("ConversationChangeKind", {
  values: {
    STATE: { value: "state", description: "`session:set_state`" },
    BLOCK: { value: "block", description: "`session:set_block`" },
    ROUTING: { value: "routing", description: "`session:set_routing`" },
    INBOX: { value: "inbox", description: "`session:set_inbox`" },
    REMOVED: { value: "removed", description: "`session:removed`" },
    META: { value: "meta", description: "`session:set_email`, `set_nickname`, `set_data`, \u2026 (see `name`)." }
  }
});
var ConversationChangeEvent = builder.objectRef("ConversationChangeEvent").implement({
  description: "A conversation's state, block, routing, inbox or metas changed, or it was removed.",
  fields: (t) => ({
    kind: t.field({ type: ConversationChangeKind, resolve: (e) => e.kind }),
    name: t.field({ type: RtmEventName, resolve: (e) => e.name }),
    websiteId: t.exposeID("websiteId"),
    sessionId: t.exposeString("sessionId"),
    state: t.field({ type: ConversationStateEnum, nullable: true, resolve: (e) => e.state }),
    blocked: t.exposeBoolean("blocked", { nullable: true }),
    routingId: t.exposeString("routingId", { nullable: true }),
    changes: t.field({ type: "JSON", description: "What changed, as Crisp sent it.", resolve: (e) => e.changes })
  })
});
var PeopleProfileEventKind = builder.enumType("PeopleProfileEventKind", {
  values: { CREATED: { value: "created" }, UPDATED: { value: "updated" }, REMOVED: { value: "removed" } }
});
var PeopleProfileEvent = builder.objectRef("PeopleProfileEvent").implement({
  fields: (t) => ({
    kind: t.field({ type: PeopleProfileEventKind, resolve: (e) => e.kind }),
    websiteId: t.exposeID("websiteId"),
    peopleId: t.exposeString("peopleId"),
    email: t.exposeString("email", { nullable: true })
  })
});
var VisitorsCountEvent = builder.objectRef("VisitorsCountEvent").implement({
  fields: (t) => ({ websiteId: t.exposeID("websiteId"), count: t.exposeInt("count") })
});
var OperatorAvailabilityEvent = builder.objectRef("OperatorAvailabilityEvent").implement({
  fields: (t) => ({
    websiteId: t.exposeID("websiteId"),
    userId: t.exposeString("userId", { nullable: true, description: "Null when the change is about the whole team." }),
    online: t.exposeBoolean("online")
  })
});
builder.subscriptionFields((t) => {
  const websiteId = () => t.arg.id({ required: true, validate: websiteIdSchema });
  const sessionId = (required) => t.arg.string({ required, validate: sessionIdSchema, description: required ? void 0 : "Only this conversation." });
  return {
    conversationMessages: t.field({
      type: MessageEvent,
      description: "Messages sent, received, edited or removed in one conversation.",
      args: { websiteId: websiteId(), sessionId: sessionId(true) },
      subscribe: (_, args, ctx) => messages2(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    websiteMessages: t.field({
      type: MessageEvent,
      description: "Messages sent, received, edited or removed in any of the website's conversations.",
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => messages2(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    conversationComposing: t.field({
      type: ComposingEvent,
      description: "Typing indicators.",
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => composing(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    messageAcknowledgements: t.field({
      type: AcknowledgementEvent,
      description: "Read, unread, delivered and ignored acknowledgements.",
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => acknowledgements(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    conversationChanges: t.field({
      type: ConversationChangeEvent,
      description: "State, block, routing, inbox and meta changes, and removals.",
      args: { websiteId: websiteId(), sessionId: sessionId(false) },
      subscribe: (_, args, ctx) => conversationChanges(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    peopleProfiles: t.field({
      type: PeopleProfileEvent,
      description: "Contact profiles created, updated or removed.",
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => peopleProfiles(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    visitorsCount: t.field({
      type: VisitorsCountEvent,
      description: "The number of visitors on the website, when it changes.",
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => visitorsCount(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    operatorAvailability: t.field({
      type: OperatorAvailabilityEvent,
      description: "An operator, or the whole team, going online or offline.",
      args: { websiteId: websiteId() },
      subscribe: (_, args, ctx) => operatorAvailability(ctx, args),
      resolve: (e) => unwrap(e)
    }),
    crispEvents: t.field({
      type: CrispEvent,
      description: "Any of the current Crisp events, by name, with the raw payload.",
      args: {
        websiteId: websiteId(),
        names: t.arg({ type: [RtmEventName], required: true, validate: z16.array(z16.string()).min(1, "name at least one event") })
      },
      subscribe: (_, { names, ...scope }, ctx) => crispEvents(ctx, scope, names),
      resolve: (e) => unwrap(e)
    })
  };
});

// src/schema/index.ts
var schema = builder.toSchema({ sortSchema: true });

// src/server/access.ts
import { getOperationAST, GraphQLError as GraphQLError10 } from "graphql";
var AccessDeniedError = class extends ForbiddenError {
  constructor(message = "This client may not use this website.") {
    super("access_denied", "gateway", 403);
    this.message = message;
  }
};
var READ_ONLY = "This client may only read: mutations need write access.";
function mayUse(principal, websiteId, access = "read") {
  if (access === "write" && !principal.write) return false;
  return principal.websites === "*" || principal.websites.has(websiteId.toLowerCase());
}
var WEBSITE_PATH2 = /^\/website\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
var GUARDED = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "request", "send"]);
function guardCrisp(crisp, principal) {
  if (principal.websites === "*") return crisp;
  const check = (path) => {
    const websiteId = WEBSITE_PATH2.exec(String(path))?.[1];
    if (websiteId && !mayUse(principal, websiteId)) throw new AccessDeniedError();
  };
  return new Proxy(crisp, {
    get(target2, name, receiver) {
      const value = Reflect.get(target2, name, receiver);
      if (typeof value !== "function") return value;
      const method = value.bind(target2);
      if (typeof name !== "string" || !GUARDED.has(name)) return method;
      return (...args) => {
        const first = args[0];
        check(typeof first === "object" && first !== null && "path" in first ? first.path : first);
        return method(...args);
      };
    }
  });
}
var forbiddenResult = (error) => ({ errors: [error] });
function useAccessControl() {
  const refusal = (args) => {
    const ctx = args.contextValue;
    if (ctx.authError) return ctx.authError;
    const operation = getOperationAST(args.document, args.operationName)?.operation;
    if (operation === "mutation" && !ctx.principal.write) {
      return new GraphQLError10(READ_ONLY, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
    }
    return void 0;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution(forbiddenResult(error));
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution(forbiddenResult(error));
    }
  };
}

// src/server/auth.ts
import { createHash as createHash3, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
import { GraphQLError as GraphQLError11 } from "graphql";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from "jose";
var anonymous = { id: "anonymous", websites: "*", write: true };
var messages3 = {
  missing: "Authentication required: send Authorization: Bearer <token>, or X-API-Key.",
  invalid: "The credentials are not valid.",
  expired: "The token has expired."
};
var AuthenticationError = class extends GraphQLError11 {
  constructor(failure) {
    const challenge = failure === "missing" ? "Bearer" : `Bearer error="invalid_token"`;
    super(messages3[failure], {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: { "www-authenticate": challenge } } }
    });
    this.failure = failure;
  }
  failure;
  code = "UNAUTHENTICATED";
};
function credentialsFromHeaders(get4) {
  return { authorization: get4("authorization") ?? void 0, apiKey: get4("x-api-key") ?? void 0 };
}
function credentialsFromSocket(params, headers) {
  const str2 = (v) => typeof v === "string" ? v : void 0;
  const authorization = str2(params?.authorization) ?? str2(params?.Authorization);
  const apiKey = str2(params?.apiKey) ?? str2(params?.["x-api-key"]) ?? str2(params?.["X-API-Key"]);
  if (authorization || apiKey) return { authorization, apiKey };
  return credentialsFromHeaders((name) => str2(headers?.[name]));
}
var JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
var ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
var UUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var sha256 = (value) => createHash3("sha256").update(value).digest();
function principalFromClaims(payload) {
  const claim = payload.websites;
  const websites2 = claim === "*" ? "*" : new Set(Array.isArray(claim) ? claim.filter((w) => typeof w === "string" && UUID2.test(w)).map((w) => w.toLowerCase()) : []);
  const scope = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
  return { id: `jwt:${payload.sub ?? "unknown"}`, websites: websites2, write: scope.includes("write") };
}
function createAuthenticator(config, warn = console.warn) {
  const auth = config.auth;
  const configured = Boolean(auth.jwtSecret || auth.jwksUrl || auth.apiKeys.length > 0);
  if (!configured) {
    if (!config.sandbox && auth.mode !== "none") {
      throw new ConfigError([
        "No client authentication is configured while real Crisp credentials are set: set GATEWAY_JWT_SECRET, GATEWAY_JWKS_URL or GATEWAY_API_KEYS, or GATEWAY_AUTH=none to run open on purpose"
      ]);
    }
    if (!config.sandbox) warn("WARNING: GATEWAY_AUTH=none: anyone who reaches this gateway acts with its Crisp token, on every website, with write access.");
    return { required: false, authenticate: async () => anonymous };
  }
  const keys = new Map(auth.apiKeys.map((k) => [sha256(k.key).toString("hex"), k]));
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : void 0;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 5e3, cooldownDuration: 3e4 }) : void 0;
  const algorithms = [...secret ? ["HS256"] : [], ...jwks ? ASYMMETRIC : []];
  const getKey = async (header2, token) => {
    if (header2.alg === "HS256" && secret) return secret;
    if (jwks) return jwks(header2, token);
    throw new AuthenticationError("invalid");
  };
  function byKey(key) {
    const found = keys.get(sha256(key).toString("hex"));
    if (!found || !timingSafeEqual2(sha256(found.key), sha256(key))) throw new AuthenticationError("invalid");
    return { id: `key:${found.name}`, websites: found.websites === "*" ? "*" : new Set(found.websites), write: found.write };
  }
  async function byToken(token) {
    try {
      const { payload } = await jwtVerify(token, getKey, {
        algorithms,
        issuer: auth.jwtIssuer,
        audience: auth.jwtAudience,
        requiredClaims: ["exp"],
        clockTolerance: 5
      });
      return principalFromClaims(payload);
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AuthenticationError("expired");
      if (err instanceof joseErrors.JWKSTimeout || err instanceof Error && !(err instanceof joseErrors.JOSEError) && !(err instanceof GraphQLError11)) {
        warn(`auth: the JWKS could not be read (${err.name})`);
      }
      throw new AuthenticationError("invalid");
    }
  }
  return {
    required: true,
    async authenticate({ authorization, apiKey }) {
      if (apiKey) return byKey(apiKey.trim());
      if (!authorization) throw new AuthenticationError("missing");
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw new AuthenticationError("invalid");
      const token = match[1];
      if ((secret || jwks) && JWT_SHAPE.test(token)) return byToken(token);
      if (keys.size > 0) return byKey(token);
      throw new AuthenticationError("invalid");
    }
  };
}
function useAuthentication(authenticator, principals) {
  return {
    async onRequestParse({ request }) {
      if (!authenticator.required) return;
      principals.set(request, await authenticator.authenticate(credentialsFromHeaders((name) => request.headers.get(name))));
    }
  };
}
var nobody = { id: "unauthenticated", websites: /* @__PURE__ */ new Set(), write: false };
async function identify(authenticator, principals, initial) {
  if (!authenticator.required) return { principal: anonymous };
  if (initial.request) {
    const principal = principals.get(initial.request);
    if (principal) return { principal };
    return { principal: nobody, authError: new AuthenticationError("missing") };
  }
  try {
    return { principal: await authenticator.authenticate(credentialsFromSocket(initial.connectionParams, initial.req?.headers)) };
  } catch (err) {
    if (err instanceof AuthenticationError) return { principal: nobody, authError: err };
    throw err;
  }
}

// src/server/graphiql-examples.ts
var Websites = (
  /* GraphQL */
  `
query Websites {
  websites {
    id
    name
    domain
  }
}
`
);
var Inbox = (
  /* GraphQL */
  `
# The inbox: latest conversations with their contact, last message and assignee.
query Inbox {
  website {
    name
    conversations(first: 10) {
      edges {
        node {
          sessionId
          state
          updatedAt
          person {
            nickname
            email
          }
          lastMessage {
            excerpt
            from
          }
          assignedOperator {
            firstName
            lastName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
`
);
var Conversation2 = (
  /* GraphQL */
  `
# One conversation's latest messages. Variables: { "sessionId": "session_\u2026" } (from Inbox).
query Conversation($sessionId: String!) {
  website {
    conversation(sessionId: $sessionId) {
      sessionId
      state
      messages(limit: 20) {
        edges {
          node {
            fingerprint
            from
            type
            text
            timestamp
          }
        }
      }
    }
  }
}
`
);
var SendMessage = (
  /* GraphQL */
  `
# Reply as an operator. Variables: { "sessionId": "session_\u2026", "text": "Hello!" }
mutation SendMessage($sessionId: String!, $text: String!) {
  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {
    __typename
    ... on MutationSendMessageSuccess {
      data {
        fingerprint
      }
    }
    ... on Error {
      code
      message
    }
  }
}
`
);
var ConversationMessages = (
  /* GraphQL */
  `
# Live messages of one conversation. Variables: { "websiteId": "\u2026", "sessionId": "session_\u2026" }
subscription ConversationMessages($websiteId: ID!, $sessionId: String!) {
  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {
    kind
    fingerprint
    message {
      from
      text
      timestamp
    }
  }
}
`
);
var CrispRequest = (
  /* GraphQL */
  `
# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.
# Variables: { "path": "/website/<websiteId>/operators/list" }
query CrispRequest($path: String!) {
  crispRequest(input: { path: $path }) {
    status
    reason
    data
  }
}
`
);
var welcome = `# Welcome to the Crisp GraphQL gateway. Press Run and pick an operation.
# Without CRISP_IDENTIFIER the gateway serves the offline sandbox, and its first website is
# the default one, so most operations below need no website id.
`;
var graphiqlExamples = [welcome, Websites, Inbox, Conversation2, SendMessage, ConversationMessages, CrispRequest].join("");

// src/server/limits.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError as GraphQLError12, NoSchemaIntrospectionCustomRule, parse as parse2, print } from "graphql";
var csrfHeaders = ["x-graphql-yoga-csrf", "authorization", "x-api-key"];
var normalizeHash = (hash) => hash.replace(/^sha256:/i, "").toLowerCase();
function loadPersistedOperations(path) {
  let json;
  try {
    json = JSON.parse(readFileSync2(path, "utf8"));
  } catch {
    throw new ConfigError(["GATEWAY_PERSISTED_OPERATIONS must name a readable JSON file"]);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ConfigError(["GATEWAY_PERSISTED_OPERATIONS must hold a JSON object of hash \u2192 document"]);
  }
  const operations2 = /* @__PURE__ */ new Map();
  for (const [hash, document] of Object.entries(json)) {
    try {
      if (typeof document !== "string") throw new Error("not a string");
      operations2.set(normalizeHash(hash), parse2(document));
    } catch {
      throw new ConfigError([`GATEWAY_PERSISTED_OPERATIONS: the document of ${hash} is not a GraphQL document`]);
    }
  }
  return operations2;
}
var persistedError = (message, code, status2) => ({ message, extensions: { code, http: { status: status2 } } });
function persistedId(params) {
  if (typeof params.documentId === "string") return normalizeHash(params.documentId);
  const pq = params.extensions?.persistedQuery;
  return pq?.version === 1 && typeof pq.sha256Hash === "string" ? normalizeHash(pq.sha256Hash) : null;
}
function usePersistedOnly(operations2) {
  const printed = new Set([...operations2.values()].map((d) => print(d)));
  return [
    usePersistedOperations({
      allowArbitraryOperations: false,
      extractPersistedOperationId: persistedId,
      getPersistedOperation: (key) => operations2.get(key) ?? null,
      customErrors: {
        notFound: persistedError("Unknown persisted operation.", "PERSISTED_QUERY_NOT_FOUND", 400),
        persistedQueryOnly: persistedError("Only persisted operations are accepted: send documentId.", "PERSISTED_QUERY_ONLY", 400),
        keyNotFound: persistedError("A persisted operation id (documentId) is required.", "PERSISTED_QUERY_ID_REQUIRED", 400)
      }
    }),
    {
      onParse({ context }) {
        if ("request" in context && context.request) return;
        return ({ result, replaceParseResult }) => {
          if (result instanceof Error || result === null) return;
          if (!printed.has(print(result))) {
            replaceParseResult(new GraphQLError12("Only persisted operations are accepted.", { extensions: { code: "PERSISTED_QUERY_ONLY" } }));
          }
        };
      }
    }
  ];
}
var report = (ctx, error) => ctx?.reportError(new GraphQLError12(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "OPERATION_LIMIT_EXCEEDED" } }));
function createLimits(config) {
  const l = config.limits;
  const open = Boolean(config.sandbox);
  const introspection = l.introspection ?? open;
  const graphiql = l.graphiql ?? open;
  const origins = l.corsOrigins ?? (open ? "*" : void 0);
  const common = { onReject: [report], propagateOnRejection: false };
  const plugins = [
    EnvelopArmorPlugin({
      maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...common },
      maxAliases: { n: l.maxAliases, ...common },
      maxDirectives: { n: l.maxDirectives, ...common },
      costLimit: { maxCost: l.maxCost, ignoreIntrospection: true, ...common },
      // Parsing stops at the limit: the error is a syntax error (400).
      maxTokens: { n: l.maxTokens },
      blockFieldSuggestion: { enabled: !introspection }
    })
  ];
  if (!introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  if (l.csrf) plugins.push(useCSRFPrevention({ requestHeaders: csrfHeaders }));
  if (l.persistedOperationsPath) plugins.push(...usePersistedOnly(loadPersistedOperations(l.persistedOperationsPath)));
  return {
    graphiql,
    introspection,
    maxRequestBodySize: l.maxBodyBytes,
    cors: origins ? {
      origin: origins === "*" ? "*" : origins,
      // Bearer tokens and API keys, never cookies: no credentialed CORS.
      credentials: false,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "accept", ...csrfHeaders],
      maxAge: 600
    } : false,
    plugins
  };
}

// src/server/ws.ts
import { GraphQLError as GraphQLError13 } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
function attachWebSocket(server, yoga, path = "/graphql") {
  const wss = new WebSocketServer({ server, path });
  const disposable = useServer(
    {
      execute: (args) => args.rootValue.execute(args),
      subscribe: (args) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema: schema2, execute, subscribe, contextFactory, parse: parse3, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload
        });
        let document;
        try {
          document = parse3(payload.query);
        } catch (err) {
          if (err instanceof GraphQLError13) return [err];
          throw err;
        }
        const args = {
          schema: schema2,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe }
        };
        const errors = validate(args.schema, args.document);
        return errors.length > 0 ? errors : args;
      }
    },
    wss
  );
  return {
    async close() {
      await disposable.dispose();
      await new Promise((resolve) => wss.close(() => resolve()));
    }
  };
}

// src/server/gateway.ts
var MASKED_MESSAGE = "Unexpected error.";
function rootOf(error) {
  let e = error;
  while (e instanceof GraphQLError14 && e.originalError) e = e.originalError;
  return e;
}
function createLogger(out) {
  const describe = (args) => args.map((a) => {
    const e = rootOf(a);
    if (e instanceof CrispError) return `${e.code} reason=${e.reason} route="${e.route}" status=${e.status}`;
    if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
    return typeof a === "string" ? a : JSON.stringify(a);
  });
  return {
    debug: () => {
    },
    info: (...args) => out.info("gateway:", ...describe(args)),
    warn: (...args) => out.warn("gateway:", ...describe(args)),
    error: (...args) => out.error("gateway:", ...describe(args))
  };
}
function withInputCode(error) {
  const match = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"/s.exec(error.message) ?? /^Variable "\$([^"]+)"/.exec(error.message);
  if (!match || error.extensions.field) return error;
  return new GraphQLError14(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", field: match[1] }
  });
}
function maskError(error, logger2) {
  const root = rootOf(error);
  if (root instanceof CrispError) {
    logger2.warn(root);
    return error;
  }
  if (error instanceof GraphQLError14) {
    if (!error.path) return withInputCode(error);
    const kept = ["BAD_USER_INPUT", "SUBSCRIBER_TOO_SLOW", "LIVE_EVENTS_OFF"];
    if (root instanceof GraphQLError14 && kept.includes(String(root.extensions.code))) return error;
  }
  const located = error instanceof GraphQLError14 ? error : void 0;
  return new GraphQLError14(MASKED_MESSAGE, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" }
  });
}
function buildGateway(config, options = {}) {
  if (!config.crisp) throw new Error("buildGateway needs Crisp credentials (config.crisp).");
  const authenticator = createAuthenticator(config, (line) => (options.logger ?? console).warn(line));
  const limits = createLimits(config);
  const principals = /* @__PURE__ */ new WeakMap();
  const crisp = new CrispClient({
    baseUrl: options.crispBaseUrl ?? config.crispApiUrl,
    ...config.crisp,
    timeoutMs: config.crispTimeoutMs
  });
  const logger2 = createLogger(options.logger ?? console);
  const live = config.rtmMode === "off" ? void 0 : buildLive({
    crisp,
    token: config.crisp,
    mode: config.rtmMode,
    websiteId: config.defaultWebsiteId,
    webhook: config.webhookSecret ? { secret: config.webhookSecret, maxAgeMs: config.webhookMaxAgeMs } : void 0,
    redis: config.redisUrl ? { url: config.redisUrl, prefix: config.redisKeyPrefix } : void 0,
    leaseTtlMs: config.rtmLeaseTtlMs,
    logger: options.logger ?? console,
    ...options.rtm
  });
  const yoga = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    logging: logger2,
    graphiql: limits.graphiql && { title: "Crisp GraphQL gateway", defaultQuery: graphiqlExamples },
    maskedErrors: { maskError: (error) => maskError(error, logger2) },
    cors: limits.cors,
    maxRequestBodySize: limits.maxRequestBodySize,
    // The persisted-documents id (GATEWAY_PERSISTED_OPERATIONS).
    extraParamNames: ["documentId"],
    plugins: [useAuthentication(authenticator, principals), ...limits.plugins, useAccessControl()],
    // A fresh set of loaders per operation: nothing is cached across requests. Their Crisp client
    // refuses websites the caller may not use.
    context: async (initial) => {
      const { principal, authError } = await identify(authenticator, principals, initial);
      const scoped = guardCrisp(crisp, principal);
      return { crisp: scoped, loaders: createLoaders(scoped, options.loaders), defaultWebsiteId: config.defaultWebsiteId, live, principal, authError };
    }
  });
  const server = createServer((req, res) => {
    if (req.url === "/health" && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      return void res.end(req.method === "HEAD" ? void 0 : JSON.stringify({ status: "ok" }));
    }
    if (req.url?.split("?")[0] === "/webhooks/crisp" && live?.handleWebhook) return void live.handleWebhook(req, res);
    void yoga(req, res);
  });
  const ws = attachWebSocket(server, yoga);
  let url = "";
  return {
    get url() {
      if (!url) throw new Error("The gateway is not started.");
      return url;
    },
    server,
    crisp,
    live,
    async start() {
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      const { port: port2 } = server.address();
      const host = ["0.0.0.0", "::"].includes(config.host) ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
      url = `http://${host}:${port2}/graphql`;
      await live?.start();
    },
    async stop() {
      await ws.close();
      await live?.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await crisp.close();
    }
  };
}

// bench/gateway-process.ts
var send3 = (m) => process.send(m);
var logger = { debug() {
}, info() {
}, warn() {
}, error: console.error };
var gateway = buildGateway(loadConfig(), { logger });
await gateway.start();
var unsettled = ["standby", "discovering", "connecting"];
while (gateway.live && unsettled.includes(gateway.live.state)) await new Promise((r) => setTimeout(r, 20));
process.on("message", (q) => {
  if (q.kind === "rss") {
    globalThis.gc?.();
    globalThis.gc?.();
    return send3({ kind: "answer", id: q.id, value: process.memoryUsage().rss });
  }
  send3({ kind: "answer", id: q.id, value: gateway.live?.subscribers(q.websiteId) ?? 0 });
});
process.on("disconnect", () => void gateway.stop().finally(() => process.exit(0)));
send3({ kind: "ready", url: gateway.url });
