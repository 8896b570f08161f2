import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import type { CrispClient } from '../datasources/crisp-client.ts';
import { createLoaders, type LoaderFactory } from '../datasources/loaders.ts';
import type { ReadCache } from '../datasources/read-cache.ts';
import { guardCrisp, useAccessControl } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';
import { type AuthenticationError, anonymous, type Principal } from '../request/principal.ts';
import { buildLive, type Live, type LiveOptions } from '../rtm/live.ts';
import { schema } from '../schema/index.ts';
import { createAuthenticator, identify, useAuthentication } from './auth.ts';
import { cacheState } from './cache-metrics.ts';
import { useStaleReads } from './cache-stale.ts';
import type { Config } from './config.ts';
import { createYogaLogger, maskError } from './errors.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { createHealth, type Health } from './health.ts';
import { createLimits } from './limits.ts';
import { createLogger, type Logger, requestIdOf, requestScope } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { useObservability } from './observability.ts';
import { useSharedEventResults } from './shared-events.ts';
import { createUpstream } from './upstream.ts';
import { attachWebSocket } from './ws.ts';

export interface GatewayOptions {
  /** REST base (with `/v1`) used instead of `config.crispApiUrl`, e.g. a sandbox's `url`. */
  crispBaseUrl?: string;
  /** Structured JSON logs (tests pass a silent one). @default pino on stdout at LOG_LEVEL */
  logger?: Logger;
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
  /** The shared read cache in front of `crisp`; absent when GATEWAY_CACHE=off. */
  readonly cache?: ReadCache;
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

/** The HTTP server: GraphQL and GraphiQL at /graphql, GET /health. */
export function buildGateway(config: Config, options: GatewayOptions = {}): Gateway {
  if (!config.crisp) throw new Error('buildGateway needs Crisp credentials (config.crisp).');
  const log = options.logger ?? createLogger({ level: config.logLevel });
  // Both throw ConfigError before anything opens: no client auth with real credentials, a bad
  // persisted-operations file.
  const authenticator = createAuthenticator(config, (line) => log.warn(line));
  const limits = createLimits(config, {
    onEstimate: (found) => metrics.budget(found.crispCalls),
    onRefuse: (limit) => metrics.refused(limit),
  });
  const principals = new WeakMap<Request, Principal>();
  const upstream = createUpstream(
    { ...config, crisp: config.crisp },
    options.crispBaseUrl ?? config.crispApiUrl,
    log,
  );
  const crisp: CrispClient = upstream.crisp;
  const logger = createYogaLogger(log);
  const live =
    config.rtmMode === 'off'
      ? undefined
      : buildLive({
          crisp,
          token: config.crisp,
          mode: config.rtmMode,
          websiteId: config.defaultWebsiteId,
          webhook: config.webhookSecret
            ? { secret: config.webhookSecret, maxAgeMs: config.webhookMaxAgeMs }
            : undefined,
          redis: config.redisUrl
            ? { url: config.redisUrl, prefix: config.redisKeyPrefix }
            : undefined,
          leaseTtlMs: config.rtmLeaseTtlMs,
          gapSignalMs: config.rtmGapSignalMs,
          cache: upstream.cache,
          replyTimeoutMs: config.rtmReplyTimeoutMs,
          logger: log,
          ...options.rtm,
        });

  const rtmState = live ? () => live.state : undefined;
  const metrics = createMetrics({
    crisp,
    quota: upstream.quota,
    rateLimiter: upstream.rateLimiter,
    rtmState,
    cache: upstream.cache,
  });
  const health = createHealth({
    crisp,
    tier: config.crisp.tier,
    websiteId: config.defaultWebsiteId,
    quota: upstream.quota,
    rtmState,
    cache: cacheState(upstream.cache, config.cache),
    logger: log,
  });

  type Identified = { principal: Principal; authError?: AuthenticationError };
  const createContext = (
    { principal, authError }: Identified,
    request?: Request,
  ): GatewayContext => {
    const freshReads = /no-cache/i.test(request?.headers.get('cache-control') ?? '');
    // Each caller's calls queue on their own for rate-limit tokens, served in turn.
    const scoped = guardCrisp(crisp.forCaller(principal.id, freshReads, []), principal);
    return {
      crisp: scoped,
      loaders: (options.createLoaders ?? createLoaders)(scoped),
      defaultWebsiteId: config.defaultWebsiteId,
      live,
      principal,
      authError,
      freshReads,
    };
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
    renderGraphiQL: async (options) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    maskedErrors: { maskError: (error) => maskError(error, logger) },
    cors: limits.cors,
    // GATEWAY_MAX_BODY_BYTES is checked by limits.plugins, without streaming every body.
    maxRequestBodySize: false,
    // The persisted-documents id (GATEWAY_PERSISTED_OPERATIONS).
    extraParamNames: ['documentId'],
    plugins: [
      useObservability(log, metrics),
      useAuthentication(authenticator, principals),
      ...limits.plugins,
      useAccessControl(),
      useSharedEventResults(),
      useStaleReads(),
    ],
    // A fresh set of loaders per operation; across requests, only the read cache shares Crisp's
    // answers. Their Crisp client refuses websites the caller may not use.
    // An open gateway (sandbox, GATEWAY_AUTH=none) has one caller, known without waiting.
    context: (initial) =>
      authenticator.required
        ? identify(authenticator, principals, initial).then((p) =>
            createContext(p, initial.request),
          )
        : createContext({ principal: anonymous }, initial.request),
  });

  // Log lines carry the request id (the logger's mixin reads requestScope). A silent logger
  // writes none, and the AsyncLocalStorage would cost promise hooks on every promise of every
  // request for nothing.
  const scopeRequests = log.level !== 'silent';

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
      res.writeHead(503, {
        'content-type': 'application/json; charset=utf-8',
        connection: 'close',
        'retry-after': '1',
      });
      return void res.end(
        JSON.stringify({
          errors: [
            { message: 'The gateway is shutting down.', extensions: { code: 'SHUTTING_DOWN' } },
          ],
        }),
      );
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
      if (req.url?.split('?')[0] === '/webhooks/crisp' && live?.handleWebhook)
        return void live.handleWebhook(req, res);
      void yoga(req, res);
    };
    if (scopeRequests) requestScope.run({ requestId }, serve);
    else serve();
  });
  const ws = attachWebSocket(server, yoga, log, {
    authenticator,
    maxPayload: config.limits.maxBodyBytes,
    persistedQuery: limits.persistedQuery,
    origins: limits.corsOrigins,
  });
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
    if (!finished)
      log.warn({ inFlight, timeoutMs }, 'shutdown deadline passed; cutting requests in flight');
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
    cache: upstream.cache,
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
      const host = ['0.0.0.0', '::'].includes(config.host)
        ? 'localhost'
        : config.host.includes(':')
          ? `[${config.host}]`
          : config.host;
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
