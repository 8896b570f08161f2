import type { Socket } from 'socket.io-client';
import { loadSocketIo } from '../lazy-modules.ts';

/**
 * `unauthorized` is final: the relay refused the token, and retrying bad credentials only loops
 * (docs/crisp/RTM.md §4), so the socket stays down until the gateway restarts with a new token.
 */
export type RtmSocketState =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'unauthorized'
  | 'stopped';

export interface RtmSocketOptions {
  /** The relay URL from `connect/endpoints` (`data.socket.app`). */
  url: string;
  username: string;
  password: string;
  tier: 'plugin' | 'website' | 'user';
  /** The event filter of the `authentication` payload. */
  events: string[];
  /** First reconnection delay; it doubles on each failure, with jitter. @default 1000 */
  reconnectMinMs?: number;
  /** @default 10000 (the Node client's ceiling) */
  reconnectMaxMs?: number;
  /** The relay refuses rebinds closer than this (docs/crisp/RTM.md §5). @default 2500 */
  rebindIntervalMs?: number;
  /** Every subscribed event, with its one payload argument. */
  onEvent(name: string, data: unknown): void;
  /** After each `authenticated`: the first one, and each one after a reconnection. */
  onAuthenticated(): void;
  /** A disconnect of an authenticated socket: events from now on are lost until backfill. */
  onDisconnected?(): void;
  onState?(state: RtmSocketState): void;
}

export interface RtmSocket {
  readonly state: RtmSocketState;
  start(): void;
  stop(): void;
  /** Asks the relay to recompute the socket's websites; throttled to one per interval. */
  rebind(): void;
}

/** The only user of socket.io-client: connects, authenticates, reconnects, rebinds. */
export function createRtmSocket(options: RtmSocketOptions): RtmSocket {
  const minMs = options.reconnectMinMs ?? 1000;
  const maxMs = options.reconnectMaxMs ?? 10_000;
  const rebindIntervalMs = options.rebindIntervalMs ?? 2500;
  const { origin, pathname } = new URL(options.url);
  const events = new Set(options.events);
  // socket.io's own reconnection does not re-run after a server-side disconnect, and the
  // relay disconnects on purpose (unauthorized, drops); one loop here handles every case.
  // forceNew: two gateways in one process must not share a Manager (and so one socket).
  const socket: Socket = loadSocketIo()(origin, {
    path: pathname || '/',
    transports: ['websocket'],
    reconnection: false,
    autoConnect: false,
    forceNew: true,
    timeout: 10_000,
  });

  let state: RtmSocketState = 'idle';
  let failures = 0;
  let authenticated = false;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let rebindTimer: NodeJS.Timeout | undefined;
  let lastRebind = 0;

  const setState = (next: RtmSocketState) => {
    if (state === next) return;
    state = next;
    options.onState?.(next);
  };

  function scheduleReconnect(): void {
    if (state === 'stopped' || state === 'unauthorized' || reconnectTimer) return;
    setState('reconnecting');
    const base = Math.min(maxMs, minMs * 2 ** failures++);
    const delay = base / 2 + Math.random() * (base / 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      socket.connect();
    }, delay);
  }

  socket.on('connect', () => {
    socket.emit('authentication', {
      username: options.username,
      password: options.password,
      tier: options.tier,
      events: options.events,
    });
  });
  socket.on('authenticated', () => {
    failures = 0;
    authenticated = true;
    setState('connected');
    options.onAuthenticated();
  });
  socket.on('unauthorized', () => {
    setState('unauthorized');
    socket.disconnect();
  });
  socket.on('disconnect', () => {
    if (authenticated) options.onDisconnected?.();
    authenticated = false;
    scheduleReconnect();
  });
  socket.on('connect_error', () => scheduleReconnect());
  socket.onAny((name: string, data: unknown) => {
    if (authenticated && events.has(name)) options.onEvent(name, data);
  });

  return {
    get state() {
      return state;
    },
    start() {
      if (state !== 'idle') return;
      setState('connecting');
      socket.connect();
    },
    stop() {
      setState('stopped');
      clearTimeout(reconnectTimer);
      clearTimeout(rebindTimer);
      socket.disconnect();
    },
    rebind() {
      if (rebindTimer) return; // one is already due: a burst becomes one rebind
      const wait = Math.max(0, lastRebind + rebindIntervalMs - Date.now());
      rebindTimer = setTimeout(() => {
        rebindTimer = undefined;
        lastRebind = Date.now();
        if (authenticated) socket.emit('socket:bind', {});
      }, wait);
    },
  };
}
