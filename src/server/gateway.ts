import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaLogger } from 'graphql-yoga';
import type { CrispClient } from '../datasources/crisp-client.ts';
import { CrispError } from '../datasources/crisp-errors.ts';
import { createLoaders, type LoaderFactory } from '../datasources/loaders.ts';
import { buildLive, type Live, type LiveOptions } from '../rtm/live.ts';
import { schema } from '../schema/index.ts';
import { guardCrisp, useAccessControl } from './access.ts';
import { anonymous, createAuthenticator, identify, useAuthentication, type AuthenticationError, type Principal } from './auth.ts';
import type { Config } from './config.ts';
import type { GatewayContext } from './context.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { createLimits } from './limits.ts';
import { attachWebSocket } from './ws.ts';
import { createHealth, type Health } from './health.ts';
import { consoleOnLogger, createLogger as createJsonLogger, loggerOnConsole, requestIdOf, requestScope, type Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { useObservability } from './observability.ts';
import { useSharedEventResults } from './shared-events.ts';
import { createUpstream } from './upstream.ts';

export interface GatewayOptions {
  /** REST base (with `/v1`) used instead of `config.crispApiUrl`, e.g. a sandbox's `url`. */
  crispBaseUrl?: string;
  /** Where log lines go, console-shaped (tests pass a silent one). @default `log` */
  logger?: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;
  /** Structured JSON logs. @default pino on stdout at LOG_LEVEL, or onto `logger` when given */
  log?: Logger;
  /** Live-event tuning that has no environment variable (tests shorten the delays). */
  rtm?: Pick<LiveOptions, 'reconnect' | 'bufferSize' | 'backfillRetry'>;
  /** Builds each operation's loaders (a benchmark passes one without batching). @default createLoaders */
  createLoaders?: LoaderFactory;
}

export interface Gateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`; known once started. */
  readonly url: string;
  /** The node:http server, so a WebSocket transport can share the port. */
  readonly server: Server;
  readonly crisp: CrispClient;
  /** Live Crisp events (RTM socket, web hooks); absent when CRISP_RTM_MODE=off. */
  readonly live?: Live;
  readonly metrics: Metrics;
  readonly health: Health;
  start(): Promise<void>;
  /**
   * Stops accepting, closes WebSockets with 1001, lets operations in flight finish within
   * `timeoutMs` (then cuts them), and closes the Crisp pool and Redis.
   * @default { timeoutMs: config.shutdownTimeoutMs }
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

const MASKED_MESSAGE = 'Unexpected error.';

/** The innermost error a GraphQLError wraps (resolver errors arrive wrapped with a path). */
function rootOf(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

/**
 * One line per log entry, with names and codes but never request bodies: a masked error's own
 * message could quote Crisp data, and the Authorization header must never reach a log.
 */
function createLogger(out: NonNullable<GatewayOptions['logger']>): YogaLogger {
  const describe = (args: unknown[]) =>
    args.map((a) => {
      const e = rootOf(a);
      if (e instanceof CrispError) return `${e.code} reason=${e.reason} route="${e.route}" status=${e.status}`;
      if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
      return typeof a === 'string' ? a : JSON.stringify(a);
    });
  return {
    debug: () => {},
    info: (...args) => out.info('gateway:', ...describe(args)),
    warn: (...args) => out.warn('gateway:', ...describe(args)),
    error: (...args) => out.error('gateway:', ...describe(args)),
  };
}

/**
 * graphql-js reports a variable that does not fit its type (a string where an object is due, two
 * keys in a @oneOf input, a bad custom scalar) without a code; it is bad user input like a
 * validation failure, so it gets the same code and the `field` it names (`input.content.text`).
 */
function withInputCode(error: GraphQLError): GraphQLError {
  const match = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"/s.exec(error.message) ?? /^Variable "\$([^"]+)"/.exec(error.message);
  if (!match || error.extensions.field) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field: match[1] },
  });
}

/**
 * Yoga's masking, narrowed: request errors (syntax, validation, variable coercion — no path),
 * typed Crisp failures and BAD_USER_INPUT keep their message and `extensions.code`; any other
 * resolver failure becomes "Unexpected error." and is logged.
 */
export function maskError(error: unknown, logger: YogaLogger): Error {
  const root = rootOf(error);
  if (root instanceof CrispError) {
    logger.warn(root);
    return error as Error;
  }
  // Pothos's own input checks (a malformed relay global id, `last` without `first`): bad input.
  if (root instanceof PothosValidationError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(`Invalid input: ${root.message.slice(0, 200)}`, { nodes: located?.nodes, path: located?.path, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (error instanceof GraphQLError) {
    if (!error.path) return withInputCode(error);
    const kept = ['BAD_USER_INPUT', 'SUBSCRIBER_TOO_SLOW', 'LIVE_EVENTS_GAP', 'LIVE_EVENTS_OFF'];
    if (root instanceof GraphQLError && kept.includes(String(root.extensions.code))) return error;
  }
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(MASKED_MESSAGE, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** The HTTP server: GraphQL and GraphiQL at /graphql, GET /health. */
export function buildGateway(config: Config, options: GatewayOptions = {}): Gateway {
  if (!config.crisp) throw new Error('buildGateway needs Crisp credentials (config.crisp).');
  const log = options.log ?? (options.logger ? (loggerOnConsole(options.logger) as Logger) : createJsonLogger({ level: config.logLevel }));
  const out = options.logger ?? consoleOnLogger(log);
  // Both throw ConfigError before anything opens: no client auth with real credentials, a bad
  // persisted-operations file.
  const authenticator = createAuthenticator(config, (line) => out.warn(line));
  const limits = createLimits(config, {
    onEstimate: (found) => metrics.budget(found.crispCalls),
    onRefuse: (limit) => metrics.refused(limit),
  });
  const principals = new WeakMap<Request, Principal>();
  const upstream = createUpstream({ ...config, crisp: config.crisp }, options.crispBaseUrl ?? config.crispApiUrl, log);
  const crisp: CrispClient = upstream.crisp;
  const logger = createLogger(out);
  const live =
    config.rtmMode === 'off'
      ? undefined
      : buildLive({
          crisp,
          token: config.crisp,
          mode: config.rtmMode,
          websiteId: config.defaultWebsiteId,
          webhook: config.webhookSecret ? { secret: config.webhookSecret, maxAgeMs: config.webhookMaxAgeMs } : undefined,
          redis: config.redisUrl ? { url: config.redisUrl, prefix: config.redisKeyPrefix } : undefined,
          leaseTtlMs: config.rtmLeaseTtlMs,
          gapSignalMs: config.rtmGapSignalMs,
          logger: out,
          ...options.rtm,
        });

  const rtmState = live ? () => live.state : undefined;
  const metrics = createMetrics({ crisp, quota: upstream.quota, rateLimiter: upstream.rateLimiter, rtmState });
  const health = createHealth({ crisp, tier: config.crisp.tier, websiteId: config.defaultWebsiteId, quota: upstream.quota, rtmState, logger: log });

  const createContext = ({ principal, authError }: { principal: Principal; authError?: AuthenticationError }): GatewayContext => {
    // Each caller's calls queue on their own for rate-limit tokens, served in turn.
    const scoped = guardCrisp(crisp.forCaller(principal.id), principal);
    return { crisp: scoped, loaders: (options.createLoaders ?? createLoaders)(scoped), defaultWebsiteId: config.defaultWebsiteId, live, principal, authError };
  };

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: logger,
    // GraphiQL subscribes over SSE with a GET, which CSRF prevention refuses without one of its
    // headers: GraphiQL's own requests carry one (a cross-site form still cannot).
    graphiql: limits.graphiql && {
      title: 'Crisp GraphQL gateway',
      defaultQuery: graphiqlExamples,
      additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
    },
    // GraphiQL's assets inlined in the page: yoga's default loads them from unpkg.com, so the
    // offline sandbox (or a browser without Internet access) would show a blank page. Imported on
    // the first page view: its 9 MB of assets stay out of memory while nobody opens GraphiQL.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    maskedErrors: { maskError: (error) => maskError(error, logger) },
    cors: limits.cors,
    // GATEWAY_MAX_BODY_BYTES is checked by limits.plugins, without streaming every body.
    maxRequestBodySize: false,
    // The persisted-documents id (GATEWAY_PERSISTED_OPERATIONS).
    extraParamNames: ['documentId'],
    plugins: [useObservability(log, metrics), useAuthentication(authenticator, principals), ...limits.plugins, useAccessControl(), useSharedEventResults()],
    // A fresh set of loaders per operation: nothing is cached across requests. Their Crisp client
    // refuses websites the caller may not use.
    // An open gateway (sandbox, GATEWAY_AUTH=none) has one caller, known without waiting.
    context: (initial) => (authenticator.required ? identify(authenticator, principals, initial).then(createContext) : createContext({ principal: anonymous })),
  });

  // Only the JSON logger stamps lines with the request id (its mixin reads requestScope). With a
  // console-shaped logger nothing reads it, and the AsyncLocalStorage would cost promise hooks
  // on every promise of every request for nothing.
  const scopeRequests = options.log !== undefined || options.logger === undefined;

  /** Requests being answered, SSE streams aside (they end at shutdown, not by themselves). */
  let inFlight = 0;
  let draining = false;
  const idle = new Set<() => void>();
  const server = createServer((req, res) => {
    if (health.handle(req, res)) return;
    if (req.url?.split('?')[0] === '/metrics' && req.method === 'GET') {
      return void metrics.render().then(({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(body);
      });
    }
    if (draining) {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '1' });
      return void res.end(JSON.stringify({ errors: [{ message: 'The gateway is shutting down.', extensions: { code: 'SHUTTING_DOWN' } }] }));
    }
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    if (!String(req.headers.accept).includes('text/event-stream')) {
      inFlight += 1;
      res.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) for (const resolve of idle) resolve();
      });
    }
    const serve = () => {
      // Path only: a hook URL configured in Crisp may carry a query string.
      if (req.url?.split('?')[0] === '/webhooks/crisp' && live?.handleWebhook) return void live.handleWebhook(req, res);
      void yoga(req, res);
    };
    if (scopeRequests) requestScope.run({ requestId }, serve);
    else serve();
  });
  const ws = attachWebSocket(server, yoga, out, { authenticator, maxPayload: config.limits.maxBodyBytes, persistedQuery: limits.persistedQuery });
  let stopping: Promise<void> | undefined;

  async function stop(timeoutMs = config.shutdownTimeoutMs): Promise<void> {
    draining = true;
    health.drain();
    health.stop();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // graphql-ws closes every socket with 1001 (Going away); clients resubscribe elsewhere.
    await ws.close();
    let timer: NodeJS.Timeout | undefined;
    const finished = await new Promise<boolean>((resolve) => {
      if (inFlight === 0) return resolve(true);
      const done = () => resolve(true);
      idle.add(done);
      timer = setTimeout(() => {
        idle.delete(done);
        resolve(false);
      }, timeoutMs);
    });
    clearTimeout(timer);
    if (!finished) log.warn({ inFlight, timeoutMs }, 'shutdown deadline passed; cutting requests in flight');
    server.closeAllConnections();
    await closed;
    await live?.stop();
    await upstream.close(!finished);
  }

  let url = '';
  return {
    get url() {
      if (!url) throw new Error('The gateway is not started.');
      return url;
    },
    server,
    crisp,
    live,
    metrics,
    health,
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const { port } = server.address() as AddressInfo;
      // 0.0.0.0 / :: listen everywhere; a browser reaches them as localhost.
      const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
      url = `http://${host}:${port}/graphql`;
      // /ready stays 503 until Crisp has accepted the token; a Crisp that cannot be reached is
      // asked again in the background rather than holding the start.
      await Promise.all([live?.start(), health.verify()]);
    },
    stop(options = {}) {
      stopping ??= stop(options.timeoutMs);
      return stopping;
    },
  };
}
