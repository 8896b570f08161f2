import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { rtmEventByName, validateRtmDef } from '../catalogue.ts';
import type { EmittedEvent, SandboxStore, Tier, Token } from '../store.ts';

export interface RelayOptions {
  /**
   * Sockets that have not authenticated by then are dropped (docs/crisp/RTM.md §4). @default 10_000
   */
  authTimeoutMs?: number;
}

export interface Relay {
  stop(): Promise<void>;
  /** Cuts every RTM connection from the server side; clients see `transport close` and reconnect. */
  disconnectAll(): void;
}

/** The `authentication` payload, once it has validated against `RtmAuthenticationRequest`. */
interface AuthenticationRequest {
  username: string;
  password: string;
  tier: Tier;
  events: string[];
  rooms?: string[];
}

/** An authenticated socket and what it asked to receive. */
interface Subscriber {
  socket: Socket;
  token: Token;
  events: Set<string>;
  /** The authentication's optional `rooms` filter: only these websites, when present. */
  only?: Set<string>;
}

const WEBSITE_ROOM = 'website:';
/** The sockets of one token, where replies to its own REST calls go (`bucket:url:*`). */
const TOKEN_ROOM = 'token:';
/** Every authenticated socket: where other events without a website go. */
const AUTHENTICATED_ROOM = 'authenticated';

/**
 * Website-scoped events go to the sockets of that website. The others (`bucket:url:*`) carry no
 * website (docs/crisp/RTM.md §8): they go to the token named in the payload's `identifier`, else to
 * everyone.
 */
function roomOf({ website_id, event, data }: EmittedEvent): string {
  const scoped = rtmEventByName.get(event)?.website_scoped !== false;
  if (scoped && website_id) return WEBSITE_ROOM + website_id;
  return typeof data.identifier === 'string' ? TOKEN_ROOM + data.identifier : AUTHENTICATED_ROOM;
}

/**
 * Reads a `socket:bind*` payload (`RtmSocketBindRequest`): `{}` or `''` rebind the rooms and give
 * `{}`; `{events}` gives the names. Anything else is `undefined`. The catalogue's schema cannot
 * check this one (its `oneOf` matches `{events}` twice), so it is read by hand.
 */
function readBind(payload: unknown): { events?: string[] } | undefined {
  if (payload === '' || payload === undefined) return {};
  if (typeof payload !== 'object' || payload === null) return undefined;
  if (!('events' in payload)) return {};
  const { events } = payload;
  const names = Array.isArray(events) && events.every((e) => typeof e === 'string');
  return names ? { events } : undefined;
}

/** Plugin (and website) tokens never get user-only events such as `spam:*`, and the reverse. */
function visibleTo(tier: Tier, event: string): boolean {
  const tiers = rtmEventByName.get(event)?.tiers;
  return !tiers || tiers.includes(tier === 'website' ? 'plugin' : tier);
}

/**
 * The socket.io RTM relay of docs/crisp/RTM.md, mounted on `path` of the sandbox's HTTP server:
 * websocket transport only, EIO 3 and 4, default namespace, silent until `authentication` succeeds.
 */
export function startRelay(
  server: HttpServer,
  store: SandboxStore,
  path: string,
  options: RelayOptions = {},
): Relay {
  const authTimeoutMs = options.authTimeoutMs ?? 10_000;
  // No CORS and no client bundle: the relay's clients are servers (the gateway, crisp-api, Go).
  const io = new Server(server, {
    path,
    transports: ['websocket'],
    allowEIO3: true,
    serveClient: false,
  });
  const subscribers = new Map<string, Subscriber>();

  /** Puts the socket in the rooms of the websites its token may see now (`socket:bind`). */
  function bindRooms(s: Subscriber): void {
    // The token may have been replaced or have gained websites since the socket authenticated.
    s.token = store.tokens.get(s.token.identifier) ?? s.token;
    const websites = [...s.token.websiteIds].filter((id) => !s.only || s.only.has(id));
    const wanted = new Set(websites.map((id) => WEBSITE_ROOM + id));
    wanted.add(TOKEN_ROOM + s.token.identifier).add(AUTHENTICATED_ROOM);
    for (const room of s.socket.rooms) {
      if (room !== s.socket.id && !wanted.has(room)) void s.socket.leave(room);
    }
    void s.socket.join([...wanted]);
  }

  function deliver(e: EmittedEvent): void {
    const { event, data } = e;
    for (const id of io.sockets.adapter.rooms.get(roomOf(e)) ?? []) {
      const s = subscribers.get(id);
      if (s?.events.has(event) && visibleTo(s.token.tier, event)) s.socket.emit(event, data);
    }
  }

  function authenticate(socket: Socket, payload: unknown): Subscriber | undefined {
    const valid = validateRtmDef('RtmAuthenticationRequest', payload);
    const request = payload as AuthenticationRequest;
    const token = valid.ok ? store.tokens.get(request.username) : undefined;
    if (!token || token.key !== request.password || token.tier !== request.tier) {
      const message = valid.ok ? 'invalid token' : `invalid authentication: ${valid.message}`;
      socket.emit('unauthorized', { message });
      socket.disconnect(true);
      return undefined;
    }
    const s: Subscriber = { socket, token, events: new Set(request.events) };
    if (request.rooms) s.only = new Set(request.rooms);
    return s;
  }

  io.on('connection', (socket) => {
    const timer = setTimeout(() => socket.disconnect(true), authTimeoutMs);
    socket.on('disconnect', () => {
      clearTimeout(timer);
      subscribers.delete(socket.id);
    });

    // A second `authentication` on the same socket replaces the first (filter, rooms, token).
    socket.on('authentication', (payload: unknown) => {
      const s = authenticate(socket, payload);
      if (!s) return;
      clearTimeout(timer);
      subscribers.set(socket.id, s);
      bindRooms(s);
      socket.emit('authenticated', true);
    });

    // Before authentication these are ignored, like everything else (the channel is silent).
    socket.on('socket:bind', (payload: unknown) => {
      const s = subscribers.get(socket.id);
      const bind = readBind(payload);
      if (!s || !bind) return;
      if (bind.events) s.events = new Set(bind.events); // Go's BindSocket replaces the filter
      bindRooms(s);
    });
    socket.on('socket:bind:push', (payload: unknown) => {
      const s = subscribers.get(socket.id);
      for (const name of readBind(payload)?.events ?? []) s?.events.add(name);
    });
    socket.on('socket:bind:pop', (payload: unknown) => {
      const s = subscribers.get(socket.id);
      for (const name of readBind(payload)?.events ?? []) s?.events.delete(name);
    });
  });

  store.events.on('event', deliver);

  return {
    // Closes the transports rather than sending socket.io's disconnect packet: that is what a relay
    // restart or a network cut looks like, and clients reconnect (after `io server disconnect`
    // socket.io-client would not).
    disconnectAll() {
      for (const socket of io.sockets.sockets.values()) socket.conn.close();
    },
    async stop() {
      store.events.off('event', deliver);
      io.disconnectSockets(true);
      // Not io.close(): that would also close the HTTP server, which createSandbox owns.
      io.engine.close();
    },
  };
}
