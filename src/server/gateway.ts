import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaLogger } from 'graphql-yoga';
import { CrispClient } from '../datasources/crisp-client.ts';
import { CrispError } from '../datasources/crisp-errors.ts';
import { createLoaders } from '../datasources/loaders.ts';
import { buildLive, type Live, type LiveOptions } from '../rtm/live.ts';
import { schema } from '../schema/index.ts';
import type { Config } from './config.ts';
import type { GatewayContext } from './context.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { attachWebSocket } from './ws.ts';

export interface GatewayOptions {
  /** REST base (with `/v1`) used instead of `config.crispApiUrl`, e.g. a sandbox's `url`. */
  crispBaseUrl?: string;
  /** Where log lines go. @default console */
  logger?: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;
  /** Live-event tuning that has no environment variable (tests shorten the delays). */
  rtm?: Pick<LiveOptions, 'reconnect' | 'bufferSize'>;
}

export interface Gateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`; known once started. */
  readonly url: string;
  /** The node:http server, so a WebSocket transport can share the port. */
  readonly server: Server;
  readonly crisp: CrispClient;
  /** Live Crisp events (RTM socket, web hooks); absent when CRISP_RTM_MODE=off. */
  readonly live?: Live;
  start(): Promise<void>;
  stop(): Promise<void>;
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
  if (error instanceof GraphQLError) {
    if (!error.path) return withInputCode(error);
    const kept = ['BAD_USER_INPUT', 'SUBSCRIBER_TOO_SLOW', 'LIVE_EVENTS_OFF'];
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
  const crisp = new CrispClient({
    baseUrl: options.crispBaseUrl ?? config.crispApiUrl,
    ...config.crisp,
    timeoutMs: config.crispTimeoutMs,
  });
  const logger = createLogger(options.logger ?? console);
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
          logger: options.logger ?? console,
          ...options.rtm,
        });

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: logger,
    graphiql: { title: 'Crisp GraphQL gateway', defaultQuery: graphiqlExamples },
    maskedErrors: { maskError: (error) => maskError(error, logger) },
    // A fresh set of loaders per operation: nothing is cached across requests.
    context: () => ({ crisp, loaders: createLoaders(crisp), defaultWebsiteId: config.defaultWebsiteId, live }),
  });

  const server = createServer((req, res) => {
    if (req.url === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ status: 'ok' }));
    }
    // Path only: a hook URL configured in Crisp may carry a query string.
    if (req.url?.split('?')[0] === '/webhooks/crisp' && live?.handleWebhook) return void live.handleWebhook(req, res);
    void yoga(req, res);
  });
  const ws = attachWebSocket(server, yoga);

  let url = '';
  return {
    get url() {
      if (!url) throw new Error('The gateway is not started.');
      return url;
    },
    server,
    crisp,
    live,
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
      await live?.start();
    },
    async stop() {
      await ws.close();
      await live?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await crisp.close();
    },
  };
}
