import type { IncomingMessage } from 'node:http';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type WebSocket as ProtocolSocket,
  type ServerOptions,
} from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

/** What an operation may read of its connection besides graphql-ws's own context. */
export type SocketExtra = {
  socket: WebSocket;
  /** The upgrade request, reduced to its headers (credentials may come in them). */
  request: Pick<IncomingMessage, 'headers'>;
};

/** graphql-ws's default: every socket is pinged this often; one still silent at the next ping is cut. */
const KEEPALIVE_MS = 12_000;
/** graphql-ws's own default: a client has this long to send connection_init. */
const INIT_TIMEOUT_MS = 3_000;

/**
 * One connection as graphql-ws sees it. A class, its listeners shared by every socket (they find
 * their connection through `connections`): with thousands of subscribers, the per-socket closures
 * and timers of `graphql-ws/use/ws` were a good part of each one's memory.
 */
class Connection implements ProtocolSocket {
  readonly protocol: string;
  received: ((data: string) => Promise<void>) | undefined;
  closed: ((code: number, reason: string) => Promise<void>) | undefined;
  initTimer: NodeJS.Timeout | undefined;
  awaitingPong = false;

  constructor(
    readonly socket: WebSocket,
    /** The gateway's logger, for internal errors. */
    readonly log: Pick<Logger, 'error'>,
  ) {
    this.protocol = socket.protocol;
  }

  /**
   * graphql-ws waits on the returned promise before taking the next result from the stream, which
   * is how a slow reader backs up into its own buffer and hits its bound. A message that finds the
   * socket's queue empty is handed over without a callback (the kernel usually takes it at once);
   * one that finds data still queued waits until that and itself are written, so graphql-ws stays
   * at most one message ahead of the socket.
   */
  send(data: string): Promise<void> | void {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount === 0) return void socket.send(data);
    return new Promise((resolve, reject) =>
      socket.send(data, (err) => (err ? reject(err) : resolve())),
    );
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(cb: (data: string) => Promise<void>): void {
    this.received = cb;
  }
}

const connections = new WeakMap<WebSocket, Connection>();

/** The upgrade's own headers, which `ws` has read and nothing after it does. */
const HANDSHAKE = new Set([
  'connection',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
  'sec-websocket-protocol',
]);

/** The headers an operation may read (credentials among them), kept for the connection's life. */
function operationHeaders(request: IncomingMessage): IncomingMessage['headers'] {
  const kept: IncomingMessage['headers'] = {};
  for (const [name, value] of Object.entries(request.headers))
    if (!HANDSHAKE.has(name)) kept[name] = value;
  return kept;
}

/** An error by name and code only: its message can quote what the client sent. */
function errorFields(err: unknown) {
  return err instanceof Error
    ? { error: err.name, code: (err as NodeJS.ErrnoException).code }
    : { error: String(err) };
}

function fail(socket: WebSocket, err: unknown): void {
  connections.get(socket)?.log.error(errorFields(err), 'graphql-ws: internal error on a WebSocket');
  socket.close(CloseCode.InternalServerError, 'Internal server error');
}

function onSocketMessage(this: WebSocket, data: Buffer | ArrayBuffer | Buffer[]): void {
  // Not an async listener: its frame would hold the message's buffer for the whole subscription.
  connections
    .get(this)
    ?.received?.(String(data))
    .catch((err: unknown) => fail(this, err));
}

function onSocketPong(this: WebSocket): void {
  const connection = connections.get(this);
  if (connection) connection.awaitingPong = false;
}

function onSocketError(this: WebSocket, err: Error): void {
  fail(this, err);
}

function onSocketClose(this: WebSocket, code: number, reason: Buffer): void {
  const connection = connections.get(this);
  if (!connection) return;
  connections.delete(this);
  clearTimeout(connection.initTimer);
  void connection.closed?.(code, String(reason));
}

/**
 * graphql-ws's protocol (`makeServer`) on a `ws` server, as `graphql-ws/use/ws` serves it, with
 * the same close codes, keep-alive and connection_init deadline, but a connection's state is one
 * small object: no per-socket keep-alive interval (one sweep pings every socket), no upgrade
 * request kept for the connection's life (only its headers), and no async listener frame
 * holding each message's buffer.
 */
export function serveGraphqlWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  log: Pick<Logger, 'error'>,
  keepAliveMs = KEEPALIVE_MS,
) {
  const server = makeServer<P, SocketExtra>({
    ...options,
    // Timed here instead, so the timer is let go once the client has sent connection_init.
    connectionInitWaitTimeout: 0,
    onConnect: (ctx) => {
      const connection = connections.get(ctx.extra.socket);
      if (connection) {
        clearTimeout(connection.initTimer);
        connection.initTimer = undefined;
      }
      return options.onConnect?.(ctx);
    },
  });
  wss.options.handleProtocols = handleProtocols;

  wss.once('error', (err) => {
    log.error(errorFields(err), 'graphql-ws: internal error on the WebSocket server');
    for (const socket of wss.clients)
      socket.close(CloseCode.InternalServerError, 'Internal server error');
  });

  wss.on('connection', (socket, request) => {
    const connection = new Connection(socket, log);
    connections.set(socket, connection);
    socket.on('error', onSocketError);
    socket.on('pong', onSocketPong);
    socket.on('message', onSocketMessage);
    // `on`, not `once`: 'close' comes once anyway, and `once` wraps each listener in two objects.
    socket.on('close', onSocketClose);
    connection.closed = server.opened(connection, {
      socket,
      request: { headers: operationHeaders(request) },
    });
    if (socket.readyState !== socket.OPEN) return;
    connection.initTimer = setTimeout(
      () =>
        socket.close(
          CloseCode.ConnectionInitialisationTimeout,
          'Connection initialisation timeout',
        ),
      INIT_TIMEOUT_MS,
    );
  });

  // One sweep for every socket rather than an interval apiece: a socket that has not answered the
  // previous ping is cut.
  const keepalive = setInterval(() => {
    for (const socket of wss.clients) {
      const connection = connections.get(socket);
      if (!connection || socket.readyState !== socket.OPEN) continue;
      if (connection.awaitingPong) {
        socket.terminate();
        continue;
      }
      connection.awaitingPong = true;
      socket.ping();
    }
  }, keepAliveMs);
  keepalive.unref();

  return {
    async dispose(): Promise<void> {
      clearInterval(keepalive);
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wss.close((err) => (err ? reject(err) : resolve())),
      );
    },
  };
}
