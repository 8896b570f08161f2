import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { CrispClient, Tier } from '../datasources/crisp-client.ts';
import { CrispError } from '../datasources/crisp-errors.ts';
import { route } from '../datasources/crisp-request.ts';
import type { QuotaCounter } from '../datasources/quota.ts';

/** `pending` until the boot check answers; `rejected`: Crisp refused the token (401/403). */
export type CredentialsState = 'pending' | 'verified' | 'rejected' | 'unreachable';

export interface HealthOptions {
  crisp: CrispClient;
  tier: Tier;
  /** The website a website token covers (its check reads it). */
  websiteId?: string;
  quota?: QuotaCounter;
  /** The live bridge's state; absent: live events are off and do not count. */
  rtmState?: () => string;
  /** What the read cache relies on: whether events flow, so how old a cached answer may be. */
  cache?: () => { events: 'flowing' | 'down'; maxAgeMs: number };
  /** The boot check is tried again this often while Crisp cannot be reached. @default 5000 */
  recheckMs?: number;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/**
 * The cheapest call that proves the token: GET /plugin/connect/account (plugin),
 * GET /website/{website_id} (website, or user with a default website), GET /user/account (user).
 */
function checkRequest(tier: Tier, websiteId?: string) {
  if (tier === 'plugin') return '/plugin/connect/account';
  if (websiteId) return route`/website/${websiteId}`;
  return '/user/account';
}

/** RTM states that mean events flow (or are not expected from a socket at all). */
const RTM_READY = new Set(['connected', 'webhooks', 'standby', 'off']);

/**
 * `GET /health`: the process answers. `GET /ready`: it can serve — Crisp accepted the token at
 * boot, the RTM socket is connected when live events use it, and no shutdown has begun. Both
 * answer JSON detail; /ready is 503 while any check fails.
 */
export function createHealth(options: HealthOptions) {
  let credentials: CredentialsState = 'pending';
  let draining = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function verify(): Promise<void> {
    try {
      // Past the read cache: another replica's answer proves nothing about this one's token.
      await options.crisp.forCaller('health', true).request({
        method: 'GET',
        path: checkRequest(options.tier, options.websiteId),
      });
      credentials = 'verified';
    } catch (err) {
      const status = err instanceof CrispError ? err.status : 0;
      // Crisp authenticates before it routes: a 404 still means the token was accepted.
      if (status === 404) credentials = 'verified';
      else if (status === 401 || status === 403) credentials = 'rejected';
      else credentials = 'unreachable';
    }
    if (credentials === 'verified')
      options.logger.info({ tier: options.tier }, 'crisp credentials verified');
    else if (credentials === 'rejected')
      options.logger.error({ tier: options.tier }, 'crisp refused the credentials');
    else if (!stopped) {
      options.logger.warn({ tier: options.tier }, 'crisp unreachable at boot; checking again');
      timer = setTimeout(() => void verify(), options.recheckMs ?? 5000);
      timer.unref();
    }
  }

  function readiness() {
    const rtm = options.rtmState?.();
    const quota = options.quota?.snapshot();
    const cache = options.cache?.();
    const checks = {
      credentials,
      ...(rtm === undefined ? {} : { rtm }),
      ...(draining ? { shutdown: 'draining' } : {}),
    };
    const ready =
      credentials === 'verified' && (rtm === undefined || RTM_READY.has(rtm)) && !draining;
    return {
      ready,
      body: {
        status: ready ? 'ready' : 'unavailable',
        checks,
        ...(quota ? { quota } : {}),
        ...(cache ? { cache } : {}),
      },
    };
  }

  return {
    /** Sends the boot check; resolves once it answered (success or not), rechecks run in the background. */
    verify,
    get credentials(): CredentialsState {
      return credentials;
    },
    /** From now on /ready answers 503, so load balancers stop sending traffic. */
    drain(): void {
      draining = true;
    },
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
    readiness,
    /** Answers `/health` and `/ready`; returns false for any other path. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      const path = req.url?.split('?')[0];
      if (
        (path !== '/health' && path !== '/ready') ||
        (req.method !== 'GET' && req.method !== 'HEAD')
      )
        return false;
      const { ready, body } =
        path === '/health' ? { ready: true, body: { status: 'ok' } } : readiness();
      res.writeHead(ready ? 200 : 503, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
      return true;
    },
  };
}

export type Health = ReturnType<typeof createHealth>;
