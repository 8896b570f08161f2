export type CircuitState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive failed calls of one route that open its circuit. */
  threshold: number;
  /** How long an open circuit refuses calls before letting one probe through. */
  cooldownMs: number;
}

export const defaultBreakerOptions: BreakerOptions = { threshold: 5, cooldownMs: 10_000 };

/** Circuits remembered at most; `crispRequest` paths and callers vary, so the map is bounded. */
const MAX_ROUTES = 1000;

interface Circuit {
  state: CircuitState;
  failures: number;
  openedAt: number;
  /** A half-open circuit lets one call through at a time. */
  probing: boolean;
}

/**
 * One circuit per Crisp route template (`GET /website/:id/conversation/:id`), and one per caller
 * and template for raw `crispRequest` calls (see `CrispRequest.caller`): a route that keeps
 * failing (timeouts, resets, 5xx, bad bodies) stops being called for `cooldownMs`, so requests
 * fail fast with UPSTREAM_UNAVAILABLE instead of each waiting out a timeout; then one probe is
 * let through, and its outcome closes or re-opens the circuit. Answers such as 404 or 429 are
 * not failures of the route.
 */
export class CircuitBreakers {
  private readonly circuits = new Map<string, Circuit>();
  private readonly listeners = new Set<(route: string, state: CircuitState) => void>();

  constructor(
    readonly options: BreakerOptions = defaultBreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called on every state change (metrics, logs). */
  onChange(listener: (route: string, state: CircuitState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a call of `route` may go out now; a `true` must be followed by `success`/`failure`/`release`. */
  allow(route: string): boolean {
    const c = this.circuits.get(route);
    if (!c || c.state === 'closed') return true;
    if (c.state === 'open') {
      if (this.now() - c.openedAt < this.options.cooldownMs) return false;
      this.set(route, c, 'half_open');
    }
    if (c.probing) return false;
    c.probing = true;
    return true;
  }

  success(route: string): void {
    const c = this.circuits.get(route);
    if (!c) return;
    c.failures = 0;
    c.probing = false;
    if (c.state !== 'closed') this.set(route, c, 'closed');
  }

  failure(route: string): void {
    const c = this.circuits.get(route) ?? this.create(route);
    c.failures += 1;
    c.probing = false;
    if (c.state === 'half_open' || (c.state === 'closed' && c.failures >= this.options.threshold)) {
      c.openedAt = this.now();
      this.set(route, c, 'open');
    }
  }

  /** The call ended without telling anything about the route (the caller gave up). */
  release(route: string): void {
    const c = this.circuits.get(route);
    if (c) c.probing = false;
  }

  state(route: string): CircuitState {
    return this.circuits.get(route)?.state ?? 'closed';
  }

  /** Routes whose circuit is not closed. */
  notClosed(): Array<{ route: string; state: CircuitState }> {
    return [...this.circuits]
      .filter(([, c]) => c.state !== 'closed')
      .map(([route, c]) => ({ route, state: c.state }));
  }

  private create(route: string): Circuit {
    if (this.circuits.size >= MAX_ROUTES) {
      // Forget the oldest closed circuit; open ones are kept until they close.
      for (const [r, c] of this.circuits) {
        if (c.state === 'closed') {
          this.circuits.delete(r);
          break;
        }
      }
    }
    const c: Circuit = { state: 'closed', failures: 0, openedAt: 0, probing: false };
    this.circuits.set(route, c);
    return c;
  }

  private set(route: string, c: Circuit, state: CircuitState): void {
    c.state = state;
    for (const l of this.listeners) l(route, state);
  }
}
